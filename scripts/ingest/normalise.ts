// Normalises decoded text without changing a word: line endings, invisible controls, white space, Unicode NFC.
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic } from "../model.ts";

export interface Line {
  /** 1-based line number in the seed. */
  line: number;
  text: string;
}

// Invisible characters that can hide or reorder text (zero-width space, word joiner, stray BOM, bidi embeddings and overrides).
const INVISIBLE = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
// C0 controls other than tab and line feed, plus DEL: never part of an article.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// Every kind of horizontal space, folded to one ASCII space.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

export function normaliseText(path: string, text: string): { lines: Line[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const unified = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n");
  const lines = unified.split("\n").map((raw, index) => {
    const line = index + 1;
    const controls = findFirst(raw, CONTROL);
    if (controls) diagnostics.push(diagnostic(path, "warning", `removed ${controls.count} control character(s) such as U+${hex(controls.char)} (NUL bytes or similar)`, "seed-control-chars", line, controls.column));
    const invisible = findFirst(raw, INVISIBLE);
    if (invisible) diagnostics.push(diagnostic(path, "warning", `removed ${invisible.count} invisible formatting character(s) such as U+${hex(invisible.char)} (zero-width or bidirectional control)`, "seed-invisible-chars", line, invisible.column));
    const cleaned = raw.replace(CONTROL, "").replace(INVISIBLE, "").replace(SPACES, " ").replace(/ {2,}/g, " ").trim();
    return { line, text: cleaned.normalize("NFC") };
  });
  return { lines, diagnostics };
}

function findFirst(text: string, pattern: RegExp): { count: number; column: number; char: string } | undefined {
  pattern.lastIndex = 0;
  const matches = text.match(pattern);
  if (!matches) return undefined;
  const column = text.search(pattern) + 1;
  return { count: matches.length, column, char: matches[0]! };
}

function hex(char: string): string {
  return char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
}
