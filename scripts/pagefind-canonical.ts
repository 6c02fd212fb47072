// Makes Pagefind's output repeatable: it numbers pages in the order the file system lists the site, and writes
// filter values in hash-map order. We renumber pages by their fragment's name (a hash of the page), sort filter values
// (HTML-escaped, as the search UI shows them as HTML), then rename the files whose names are content hashes and update the references to them.
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { decodeCbor, encodeCbor, type CborValue } from "./cbor.ts";
import { compareStrings } from "./diagnostics.ts";

const SIGNATURE = "pagefind_dcd";
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

export async function canonicalisePagefind(bundleDir: string): Promise<void> {
  const entryPath = join(bundleDir, "pagefind-entry.json");
  const entryText = await readFile(entryPath, "utf8");
  const entry = JSON.parse(entryText) as Entry;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(bundleDir, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(await readFile(metaPath));
    if (!Array.isArray(meta) || !Array.isArray(meta[1]) || !Array.isArray(meta[2]) || !Array.isArray(meta[3]) || !Array.isArray(meta[4])) {
      throw new Error(`unexpected Pagefind metadata layout in ${metaPath}`);
    }
    // Sort indexes would need renumbering too; the site uses none, so their appearance is an error, not a silent difference.
    if (meta[4].length) throw new Error(`Pagefind sort indexes are not canonicalised yet (${metaPath})`);
    const pages = meta[1] as Array<[string, number]>;
    const newNumber = renumbering(pages);
    pages.sort((a, b) => compareStrings(a[0], b[0]));
    for (const chunk of meta[2] as Array<[string, string, string]>) {
      const oldPath = join(bundleDir, "index", `${chunk[2]}.pf_index`);
      const index = readPagefindFile(await readFile(oldPath)) as [PackedWord[]];
      for (const word of index[0]) {
        word[1] = renumberPages(word[1], newNumber);
        for (const variant of word[2]) variant[1] = renumberPages(variant[1], newNumber);
      }
      chunk[2] = await rewrite(oldPath, join(bundleDir, "index"), "pf_index", language, 7, index);
    }
    const filters = meta[3] as Array<[string, string]>;
    for (const pair of filters) {
      const oldPath = join(bundleDir, "filter", `${pair[1]}.pf_filter`);
      const filter = readPagefindFile(await readFile(oldPath)) as [string, Array<[string, number[]]>];
      for (const value of filter[1]) {
        value[1] = value[1].map((n) => newNumber(n)).sort((a, b) => a - b);
        // Pagefind's UI lists filter values as HTML (and Pagefind decodes any escaping in the page), so an outlet named
        // `<img onerror=…>` would become an element on the search page: the index holds the value HTML-escaped.
        value[0] = escapeHtml(value[0]);
      }
      filter[1].sort((a, b) => compareStrings(a[0], b[0]));
      pair[1] = await rewrite(oldPath, join(bundleDir, "filter"), "pf_filter", language, 7, filter);
    }
    filters.sort((a, b) => compareStrings(a[0], b[0]));
    const metaBytes = writePagefindFile(meta);
    const metaHash = `${language}_${digest(metaBytes).slice(0, 10)}`;
    await rm(metaPath);
    await writeFile(join(bundleDir, `pagefind.${metaHash}.pf_meta`), metaBytes);
    info.hash = metaHash;
  }
  await writeFile(entryPath, JSON.stringify(entry));
}

/** A word in an index chunk: the word, the pages it is on, and its other spellings (`türkiye` for `turkiy`) with theirs. */
type PackedWord = [string, PackedPage[], Array<[string, PackedPage[]]>];
/** A page a word is on: its number (as the difference from the previous entry's), where on the page, and metadata positions. */
type PackedPage = [number, CborValue, CborValue];

/** Maps each old page number to its place when pages are ordered by fragment name. */
function renumbering(pages: ReadonlyArray<[string, number]>): (old: number) => number {
  const order = pages.map((page, old) => ({ name: page[0], old })).sort((a, b) => compareStrings(a.name, b.name));
  const table = new Map(order.map((entry, index) => [entry.old, index]));
  return (old) => {
    const next = table.get(old);
    if (next === undefined) throw new Error(`Pagefind index refers to page ${old}, which its metadata does not list`);
    return next;
  };
}

/** Renumbers a delta-encoded page list and puts it back in ascending order. */
function renumberPages(list: PackedPage[], newNumber: (old: number) => number): PackedPage[] {
  let absolute = 0;
  const renumbered = list.map((page): PackedPage => {
    absolute += page[0];
    return [newNumber(absolute), page[1], page[2]];
  });
  renumbered.sort((a, b) => a[0] - b[0]);
  let previous = 0;
  return renumbered.map(([number, locs, metaLocs]) => {
    const delta = number - previous;
    previous = number;
    return [delta, locs, metaLocs];
  });
}

/** Writes a Pagefind data file under its new content-hash name, removes the old one, and returns the new hash. */
async function rewrite(oldPath: string, dir: string, extension: string, language: string, length: number, value: CborValue): Promise<string> {
  const bytes = writePagefindFile(value);
  const hash = `${language}_${digest(bytes).slice(0, length)}`;
  await rm(oldPath);
  await writeFile(join(dir, `${hash}.${extension}`), bytes);
  return hash;
}

function readPagefindFile(gzipped: Buffer): CborValue {
  const raw = gunzipSync(gzipped);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error("not a Pagefind data file");
  return decodeCbor(raw.subarray(SIGNATURE.length));
}

function writePagefindFile(value: CborValue): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(value)]), { level: 9 });
}

function digest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
