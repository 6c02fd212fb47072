// Splits a paragraph into sentences, so a citation quotes the sentence that carries a fact rather than the whole paragraph.

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  "gen", "col", "lt", "maj", "capt", "sgt", "adm", "dr", "mr", "mrs", "ms", "st", "no", "vs", "jr", "sr", "prof",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.n", "u.s", "u.k", "e.g", "i.e",
]);

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // A sentence ends at . ! or ? (and any closing quotes or brackets) followed by white space and a capital, digit or quote.
  const boundary = /[.!?]["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index! + m[0].length;
    const before = text.slice(start, m.index!);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    if (m[0][0] === "." && (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(lastWord))) continue;
    pushSentence(sentences, text, start, end);
    start = end;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(list: Sentence[], text: string, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a]!)) a += 1;
  while (b > a && /\s/.test(text[b - 1]!)) b -= 1;
  if (b > a) list.push({ text: text.slice(a, b), start: a, end: b });
}

/** The sentences that overlap a span of the paragraph, joined as one quote. */
export function sentencesCovering(sentences: readonly Sentence[], start: number, end: number): Sentence[] {
  return sentences.filter((s) => s.start < Math.max(end, start + 1) && s.end > start);
}
