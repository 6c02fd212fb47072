// Splits the article body into paragraphs with stable ids p1, p2, …; hard-wrapped blocks are rejoined, and a word
// that a line break hyphenated ("govern-" / "ment", pasted from a PDF) is made whole again.
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
  // (Collected only when a line ends in a hyphen: most articles never need them.)
  let pairs: Set<string> | undefined;
  const hyphenated = () => (pairs ??= hyphenPairsOf(lines.map((l) => l.text)));
  const texts: Array<{ text: string; line: number }> = [];
  for (const block of blocks) {
    if (wrapped) texts.push({ text: block.map((l) => l.text).reduce((joined, next) => joinLines(joined, next, hyphenated)), line: block[0]!.line });
    else for (const entry of block) texts.push({ text: entry.text, line: entry.line });
  }
  return joinBrokenSentences(texts, hyphenated).map((t, i) => ({ id: `p${i + 1}` as ParagraphId, text: t.text, line: t.line }));
}

/**
 * Joins a sentence that a stray line break split in two: a piece that ends without a full stop (or other closing
 * mark) and a next piece that goes on in lower case. List items and headings are left alone. (`hyphenated` gives the
 * article's hyphen pairs, when the caller collects them.)
 */
export function joinBrokenSentences(pieces: ReadonlyArray<{ text: string; line: number }>, hyphenated: () => ReadonlySet<string> = () => hyphenPairsOf(pieces.map((p) => p.text))): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let pairs: ReadonlySet<string> | undefined;
  const once = () => (pairs ??= hyphenated());
  for (const piece of pieces) {
    const last = out.at(-1);
    const open = last && !/[.!?:;…"”’)\]]$/.test(last.text) && !/^[-•*·–—]\s/.test(last.text) && last.text.split(/\s+/).length >= 4;
    // (A web address in lower case opens a line of its own: "http://www.crntt.tw 2019-12-08".)
    if (open && /^\p{Ll}/u.test(piece.text) && !/^(?:https?:\/\/|www\.)/i.test(piece.text)) last.text = joinLines(last.text, piece.text, once);
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

/**
 * Joins two lines of one paragraph. A word the break hyphenated is made whole ("govern-" + "ment" = "government"),
 * unless the article writes the pair with its hyphen elsewhere ("oil-" + "and-gas", where "oil-and-gas" recurs): then
 * the hyphen stays, with no space. (Before a capital, "Fotogramma-" + "The", the lines are joined with a space, as
 * any others: a hyphen there may be a dash.)
 */
function joinLines(first: string, next: string, hyphenated: () => ReadonlySet<string>): string {
  const stem = /(\p{L}+)-$/u.exec(first);
  const tail = /^\p{Ll}\p{L}*/u.exec(next);
  if (!stem || !tail) return `${first} ${next}`;
  return hyphenated().has(`${stem[1]}-${tail[0]}`.toLowerCase()) ? first + next : first.slice(0, -1) + next;
}

/** Each pair of words a hyphen joins in the texts, in lower case ("oil-and-gas": "oil-and", "and-gas"). */
function hyphenPairsOf(texts: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) {
    for (const [compound] of text.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)+/gu)) {
      const parts = compound.split("-");
      for (let i = 1; i < parts.length; i++) pairs.add(`${parts[i - 1]}-${parts[i]}`);
    }
  }
  return pairs;
}
