// Reads and amends the single-revision PDFs Chromium writes: the document info (metadata) and named destinations' pages.
// Chromium (Skia) writes a classic cross-reference table and stamps the clock into the info dictionary; rewriting
// that dictionary with the build's own values is what makes two prints of one site byte-identical.

/** Document information as the dossier sets it; every value is plain text. */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  /** Seconds since the epoch: used for both the creation and the modification date. */
  epoch: number;
}

interface XrefEntry {
  offset: number;
  generation: number;
  inUse: boolean;
}

interface Layout {
  text: string;
  xrefAt: number;
  entries: Map<number, XrefEntry>;
  trailer: string;
}

/** The file as a latin1 string (one character per byte, so offsets are byte offsets) and its cross-reference table. */
function layoutOf(bytes: Uint8Array): Layout {
  const text = Buffer.from(bytes).toString("latin1");
  const marker = text.lastIndexOf("startxref");
  const xrefAt = Number(/startxref\s+(\d+)/.exec(text.slice(marker))?.[1] ?? NaN);
  if (marker < 0 || !Number.isInteger(xrefAt) || !text.startsWith("xref", xrefAt)) {
    throw new Error("not a PDF with a classic cross-reference table (is this Chromium's output?)");
  }
  const trailerAt = text.indexOf("trailer", xrefAt);
  const table = text.slice(xrefAt + 4, trailerAt);
  const entries = new Map<number, XrefEntry>();
  const lines = table.split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean);
  for (let i = 0; i < lines.length; ) {
    const [first, count] = lines[i]!.split(/\s+/).map(Number) as [number, number];
    for (let k = 0; k < count; k++) {
      const [offset, generation, kind] = lines[i + 1 + k]!.split(/\s+/);
      entries.set(first + k, { offset: Number(offset), generation: Number(generation), inUse: kind === "n" });
    }
    i += 1 + count;
  }
  const trailer = text.slice(trailerAt, marker);
  if (/\/Prev\b/.test(trailer)) throw new Error("PDF has incremental updates; expected a single revision");
  return { text, xrefAt, entries, trailer };
}

function objectNumber(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

/** The text of object `n`, from `n 0 obj` to just after its `endobj` and line end. */
function objectSpan(layout: Layout, n: number): { start: number; end: number; body: string } {
  const entry = layout.entries.get(n);
  if (!entry?.inUse) throw new Error(`PDF object ${n} is not in the cross-reference table`);
  const close = layout.text.indexOf("endobj", entry.offset);
  let end = close + "endobj".length;
  while (layout.text[end] === "\r" || layout.text[end] === "\n") end++;
  return { start: entry.offset, end, body: layout.text.slice(entry.offset, close) };
}

/** `D:20260101000000+00'00'` for an epoch second, in UTC. */
export function pdfDate(epoch: number): string {
  const iso = new Date(epoch * 1000).toISOString();
  return `D:${iso.slice(0, 19).replace(/[-T:]/g, "")}+00'00'`;
}

/** A PDF text string as UTF-16BE hex: safe for any character, nothing to escape. */
export function pdfTextString(value: string): string {
  let hex = "FEFF";
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0");
  return `<${hex}>`;
}

/** Replaces the document info dictionary and fixes every offset after it; the rest of the file is kept byte for byte. */
export function withInfo(bytes: Uint8Array, info: PdfInfo): Uint8Array {
  const layout = layoutOf(bytes);
  const infoNumber = objectNumber(layout.trailer, "Info");
  if (infoNumber === undefined) throw new Error("PDF has no document info dictionary to replace");
  const old = objectSpan(layout, infoNumber);
  const generation = layout.entries.get(infoNumber)!.generation;
  const date = `(${pdfDate(info.epoch)})`;
  const replacement =
    `${infoNumber} ${generation} obj\n<</Title ${pdfTextString(info.title)}\n/Author ${pdfTextString(info.author)}\n` +
    `/Subject ${pdfTextString(info.subject)}\n/Keywords ${pdfTextString(info.keywords)}\n/Creator ${pdfTextString(info.creator)}\n` +
    `/Producer (Skia/PDF via Chromium)\n/CreationDate ${date}\n/ModDate ${date}>>\nendobj\n`;
  const shift = replacement.length - (old.end - old.start);
  const moved = (offset: number) => (offset > old.start ? offset + shift : offset);
  const numbers = [...layout.entries.keys()].sort((a, b) => a - b);
  const size = numbers.length ? numbers[numbers.length - 1]! + 1 : 0;
  let xref = `xref\n0 ${size}\n`;
  for (let n = 0; n < size; n++) {
    const e = layout.entries.get(n) ?? { offset: 0, generation: 65535, inUse: false };
    xref += `${String(e.inUse ? moved(e.offset) : e.offset).padStart(10, "0")} ${String(e.generation).padStart(5, "0")} ${e.inUse ? "n" : "f"} \n`;
  }
  const text =
    layout.text.slice(0, old.start) + replacement + layout.text.slice(old.end, layout.xrefAt) +
    xref + layout.trailer + `startxref\n${layout.xrefAt + shift}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, "latin1"));
}

/**
 * Renumbers the ids Chromium gives tagged-PDF structure elements (`(node00000039)`, taken from its DOM node counter,
 * which differs from run to run) by rank: the same elements get the same ids in every print, their order, and so the
 * sorted ID tree, is kept, and every id keeps its length, so no offset moves.
 */
export function withStableStructureIds(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString("latin1");
  const pattern = /\(node(\d{8})\)/g;
  const numbers = [...new Set([...text.matchAll(pattern)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const rank = new Map(numbers.map((n, i) => [n, i + 1]));
  const renumbered = text.replace(pattern, (_, digits: string) => `(node${String(rank.get(Number(digits))).padStart(8, "0")})`);
  return new Uint8Array(Buffer.from(renumbered, "latin1"));
}

/** The 1-based page each named destination (an element id that something links to) lands on. */
export function destinationPages(bytes: Uint8Array): Map<string, number> {
  const layout = layoutOf(bytes);
  const root = objectSpan(layout, objectNumber(layout.trailer, "Root") ?? NaN).body;
  const pages: number[] = [];
  const walk = (n: number) => {
    const node = objectSpan(layout, n).body;
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? "";
      for (const kid of kids.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(kid[1]));
    } else pages.push(n);
  };
  walk(objectNumber(root, "Pages") ?? NaN);
  const destsNumber = objectNumber(root, "Dests");
  const found = new Map<string, number>();
  if (destsNumber === undefined) return found;
  const dests = objectSpan(layout, destsNumber).body;
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const name = m[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const page = pages.indexOf(Number(m[2]));
    if (page >= 0) found.set(Buffer.from(name, "latin1").toString("utf8"), page + 1);
  }
  return found;
}
