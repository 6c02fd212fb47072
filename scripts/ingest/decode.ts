// Turns a seed's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 with a warning.
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic } from "../model.ts";

/** Seeds larger than this are refused: no news article is 10 MB of text. */
export const MAX_SEED_BYTES = 10 * 1024 * 1024;

export interface Decoded {
  text?: string;
  encoding?: string;
  diagnostics: Diagnostic[];
}

export function decodeSeed(path: string, bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_SEED_BYTES) {
    return refuse(path, `file is ${bytes.length} bytes, over the ${MAX_SEED_BYTES}-byte limit for a seed`, "seed-too-large");
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(path, bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(path, bytes.subarray(2), "utf-16be");
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) {
    return refuse(path, "file is binary data, not text (it has control bytes a text article never has)", "seed-binary");
  }
  const utf8 = tryDecode(body, "utf-8");
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", diagnostics: [] };
  // Not valid UTF-8: the usual culprit is a page saved as Windows-1252 (a superset of Latin-1's printable range).
  const position = firstInvalidUtf8(body);
  const text = decodeWindows1252(body);
  const { line, column } = lineAndColumn(body, position);
  return {
    text,
    encoding: "windows-1252",
    diagnostics: [
      diagnostic(path, "warning", "file is not valid UTF-8; decoded as Windows-1252 — check accented letters and quotation marks, or re-save the file as UTF-8", "seed-encoding", line, column),
    ],
  };
}

function decodeWith(path: string, bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  const text = tryDecode(bytes, encoding);
  if (text === undefined) return refuse(path, `file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`, "seed-encoding");
  return { text, encoding, diagnostics: [] };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function refuse(path: string, message: string, rule: string): Decoded {
  return { diagnostics: [diagnostic(path, "error", `${message}; seed skipped`, rule)] };
}

/**
 * Binary when the file starts with an image, PDF or ZIP signature, or its first 8 KiB hold more than 1 in 100
 * control bytes (tab, line feed, form feed, carriage return and NUL aside), or more than 1 in 10 NULs.
 * A few stray NULs in text are cleaned later, with a warning.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  const signatures = [[0x89, 0x50, 0x4e, 0x47], [0x25, 0x50, 0x44, 0x46], [0x50, 0x4b, 0x03, 0x04], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38]];
  if (signatures.some((sig) => sig.every((b, i) => head[i] === b))) return true;
  let control = 0;
  let nul = 0;
  for (const b of head) {
    if (b === 0) nul += 1;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control += 1;
  }
  return head.length > 0 && (control / head.length > 0.01 || nul / head.length > 0.1);
}

// Windows-1252's printable characters in 0x80–0x9F (Node's TextDecoder treats this range as Latin-1 controls).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
