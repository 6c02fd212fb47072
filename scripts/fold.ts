// Folds text for matching (case, diacritics, dotless ı, curly quotes) while remembering where each folded character came from.

/** One character folded for matching: lower case, no diacritics, ı → i, typographic quotes and dashes → ASCII. */
function foldChar(char: string): string {
  const quote = QUOTES[char];
  if (quote) return quote;
  if (char === "ı" || char === "İ") return "i";
  return char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const QUOTES: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
  "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u00a0": " ",
};

export interface FoldedText {
  folded: string;
  /** `starts[i]` is the index in the original text of folded character i; one extra entry marks the end. */
  starts: number[];
}

/** Folds a text and keeps a map back to the original, so a match can be quoted as the source wrote it. */
export function foldWithMap(text: string): FoldedText {
  let folded = "";
  const starts: number[] = [];
  let index = 0;
  for (const char of text) {
    const out = foldChar(char);
    for (let i = 0; i < out.length; i += 1) starts.push(index);
    folded += out;
    index += char.length;
  }
  starts.push(index);
  return { folded, starts };
}

export function foldText(text: string): string {
  return foldWithMap(text).folded;
}

/** ASCII spelling of a name, case kept: `İbrahim Kalın` → `Ibrahim Kalin`, `Türkiye` → `Turkiye`. */
export function asciiSpelling(text: string): string {
  return [...text].map((c) => (c === "ı" ? "i" : c === "İ" ? "I" : c.normalize("NFD").replace(/\p{M}/gu, ""))).join("");
}

/** The form quotes are compared in: white space folded to single spaces, curly quotation marks made straight. */
export function normaliseQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** Escapes a string for use inside a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface TermMatch {
  term: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

/** Every whole-word occurrence of any term in the text, matched folded, reported in original offsets, longest first where they overlap. */
export function findTerms(text: string, terms: readonly string[], folded: FoldedText = foldWithMap(text)): TermMatch[] {
  const found: TermMatch[] = [];
  const byLength = [...terms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const taken: Array<[number, number]> = [];
  for (const term of byLength) {
    const key = foldText(term).trim();
    if (!key) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of folded.folded.matchAll(pattern)) {
      const from = m.index!;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      taken.push([from, to]);
      found.push({ term, start: folded.starts[from]!, end: folded.starts[to]! });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
