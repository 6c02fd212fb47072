// Splits the article body into paragraphs with stable ids p1, p2, …; hard-wrapped blocks are rejoined.
import type { Paragraph, ParagraphId } from "../model.ts";
import type { Line } from "./normalise.ts";

export function splitParagraphs(lines: readonly Line[]): Paragraph[] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const entry of lines) {
    if (entry.text) {
      current.push(entry);
    } else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  const wrapped = isHardWrapped(lines);
  const texts: Array<{ text: string; line: number }> = [];
  for (const block of blocks) {
    if (wrapped) texts.push({ text: block.map((l) => l.text).join(" "), line: block[0]!.line });
    else for (const entry of block) texts.push({ text: entry.text, line: entry.line });
  }
  return joinBrokenSentences(texts).map((t, i) => ({ id: `p${i + 1}` as ParagraphId, text: t.text, line: t.line }));
}

/**
 * Joins a sentence that a stray line break split in two: a piece that ends without a full stop (or other closing
 * mark) and a next piece that goes on in lower case. List items and headings are left alone.
 */
export function joinBrokenSentences(pieces: ReadonlyArray<{ text: string; line: number }>): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    const open = last && !/[.!?:;…"”’)\]]$/.test(last.text) && !/^[-•*·–—]\s/.test(last.text) && last.text.split(/\s+/).length >= 4;
    // (A web address in lower case opens a line of its own: "http://www.crntt.tw 2019-12-08".)
    if (open && /^\p{Ll}/u.test(piece.text) && !/^(?:https?:\/\/|www\.)/i.test(piece.text)) last.text = `${last.text} ${piece.text}`;
    else out.push({ ...piece });
  }
  return out;
}

/** A text is hard-wrapped when its lines never run past 100 characters and most multi-line blocks fill 40 or more. */
export function isHardWrapped(lines: readonly Line[]): boolean {
  const filled = lines.filter((l) => l.text);
  if (filled.length < 3 || filled.some((l) => [...l.text].length > 100)) return false;
  const wide = filled.filter((l) => [...l.text].length >= 40).length;
  return wide / filled.length >= 0.6;
}
