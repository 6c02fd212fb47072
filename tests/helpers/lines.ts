// Builds the Line records that ingest steps take, from plain text, for unit tests; and tells whether a page shows a seed line.
import type { Line } from "../../scripts/ingest/normalise.ts";

export function linesOf(text: string): Line[] {
  return text.split("\n").map((t, i) => ({ line: i + 1, text: t.trim() }));
}

/**
 * Whether a page shows a seed line: word for word, or, for a line that ends in a word the line break hyphenated
 * ("the Libyan govern-"), as the start of the word ingest made whole ("the Libyan government").
 */
export function showsLine(shown: string, line: string): boolean {
  return shown.includes(line) || (/\p{L}-$/u.test(line) && shown.includes(line.slice(0, -1)));
}
