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
  // After a word, a footnote's number may follow, as text pasted from a PDF keeps it ("… (MOUs).12 One covered …"); a
  // number with a full stop inside ("version 1.2 Turkey") ends nothing. After the stop, a wiki's bracketed reference
  // marks may follow ("… ever known ». [223] In June 2020 …").
  const boundary = /(?:[.!?](?:["'\u201d\u2019)]*(?:\s*\[\d{1,4}\])+)?|(?<=[\p{L})\]"\u201d\u2019])[.!?]["'\u201d\u2019)\]]*\d{1,3}(?=\s+["'\u201c\u2018(]?\p{Lu}))["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(]?[\p{Lu}\d])/gu;
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

/** The sentence that holds a span wholly, if one does, found by binary search (sentences are in order and do not overlap). */
export function sentenceHolding(sentences: readonly Sentence[], span: { start: number; end: number }): Sentence | undefined {
  // The last sentence that starts at or before the span: the only one that can hold it.
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sentences[middle]!.start <= span.start) low = middle;
    else high = middle - 1;
  }
  const sentence = sentences[low];
  return sentence && span.start >= sentence.start && span.end <= sentence.end ? sentence : undefined;
}

/**
 * Each sentence's items, those lying wholly inside it, in their order: what `items.filter(inside s)` gives for every
 * sentence `s`, found in one pass. Work per act then stays with its sentence, and a paragraph of thousands of sentences
 * is read in time linear in its length, not in its length squared.
 */
export function itemsBySentence<T extends { start: number; end: number }>(items: readonly T[], sentences: readonly Sentence[]): Map<Sentence, T[]> {
  const out = new Map<Sentence, T[]>(sentences.map((s) => [s, []]));
  for (const item of items) {
    const sentence = sentenceHolding(sentences, item);
    if (sentence) out.get(sentence)!.push(item);
  }
  return out;
}

/**
 * A lookup of the items that end within `reach` characters before a point (`at - reach <= end <= at`), in their
 * order: what `items.filter(…)` gives, found by binary search over the items sorted by end, so that asking once per
 * mention costs the log of their number, not their number.
 */
export function endingBefore<T extends { start: number; end: number }>(items: readonly T[]): (at: number, reach: number) => T[] {
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.end - b.item.end || a.index - b.index);
  return (at, reach) => {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (order[middle]!.item.end < at - reach) low = middle + 1;
      else high = middle;
    }
    const found: Array<{ item: T; index: number }> = [];
    for (let i = low; i < order.length && order[i]!.item.end <= at; i++) found.push(order[i]!);
    return found.sort((a, b) => a.index - b.index).map((f) => f.item);
  };
}

/**
 * A test of whether a span overlaps any of the items (`items.some((m) => m.start < end && m.end > start)`), found by
 * binary search over the items sorted by start with the furthest end so far, so that asking once per noun of a long
 * paragraph costs the log of the items' number, not their number.
 */
export function overlapsAny(items: ReadonlyArray<{ start: number; end: number }>): (span: { start: number; end: number }) => boolean {
  const order = [...items].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const [i, item] of order.entries()) furthest.push(Math.max(item.end, i ? furthest[i - 1]! : -Infinity));
  return ({ start, end }) => {
    // How many items start before the span ends; the furthest of their ends decides.
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (order[middle]!.start < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && furthest[low - 1]! > start;
  };
}
