// Matches the controlled scope vocabulary in a passage: which tags it shows, and the words that show them.
import type { ScopeTag } from "../catalogue.ts";
import { findTerms, foldWithMap, type FoldedText } from "../fold.ts";

export interface ScopeMatch {
  tag: string;
  term: string;
  start: number;
  end: number;
}

/** Each vocabulary tag the text shows, with every place it shows it, in vocabulary order. */
export function findScope(text: string, vocabulary: readonly ScopeTag[], folded: FoldedText = foldWithMap(text)): ScopeMatch[] {
  return vocabulary.flatMap((v) => findTerms(text, v.terms, folded, { inflect: "plural" }).map((m) => ({ tag: v.tag, term: text.slice(m.start, m.end), start: m.start, end: m.end })));
}
