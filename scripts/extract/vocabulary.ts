// Compiles the recognition vocabulary (nouns, acts, backers, subjects) into matchers once per build, so each paragraph is matched in one pass per list.
import type { RecognitionVocabulary, Status } from "../catalogue.ts";
import { STATUSES } from "../catalogue.ts";
import { foldText, TermMatcher, type FoldedText, type TermMatch } from "../fold.ts";

export interface Lexicon {
  nouns: TermMatcher;
  documents: TermMatcher;
  acts: TermMatcher;
  backers: TermMatcher;
  subjects: TermMatcher;
  /** The status an act word gives, by its folded form. */
  statusOf(term: string): Status;
  /** The subject a subject word names. */
  subjectOf(term: string): string;
  subjectNames: readonly string[];
}

export function compileVocabulary(vocabulary: RecognitionVocabulary): Lexicon {
  const status = new Map<string, Status>();
  for (const s of STATUSES) for (const t of vocabulary.acts[s] ?? []) if (!status.has(foldText(t))) status.set(foldText(t), s);
  const subject = new Map<string, string>();
  for (const [name, terms] of Object.entries(vocabulary.subjects)) for (const t of terms) if (!subject.has(foldText(t))) subject.set(foldText(t), name);
  return {
    nouns: new TermMatcher(vocabulary.nouns, { inflect: "plural" }),
    documents: new TermMatcher(vocabulary.documents ?? [], { inflect: "plural" }),
    acts: new TermMatcher([...status.keys()], { inflect: "verb" }),
    backers: new TermMatcher(vocabulary.backers),
    subjects: new TermMatcher([...subject.keys()], { inflect: "plural" }),
    statusOf: (term) => status.get(foldText(term)) ?? "signed",
    subjectOf: (term) => subject.get(foldText(term)) ?? term,
    subjectNames: Object.keys(vocabulary.subjects),
  };
}

/** The lexicon's matches in one folded text, found once and shared by every reader of the paragraph. */
export interface LexicalMatches {
  /** Agreement nouns, and document nouns ("the text") where an act word stands right beside them. */
  nouns: TermMatch[];
  acts: TermMatch[];
  backers: TermMatch[];
  subjects: TermMatch[];
}

export function matchLexicon(lexicon: Lexicon, folded: FoldedText, text: string): LexicalMatches {
  const acts = lexicon.acts.find(folded);
  const nouns = [...lexicon.nouns.find(folded), ...lexicon.documents.find(folded).filter((d) => actedOnBeside(d, acts, text))].sort((a, b) => a.start - b.start);
  return { nouns, acts, backers: lexicon.backers.find(folded), subjects: lexicon.subjects.find(folded) };
}

/** "The text signed between…", "ratified the document": an act word at most one word from the noun, and no other noun between. */
function actedOnBeside(noun: TermMatch, acts: readonly TermMatch[], text: string): boolean {
  return acts.some((a) => (a.start >= noun.end && /^\s+(?:(?:was|were|is|has been|had been|being)\s+)?$/i.test(text.slice(noun.end, a.start))) || (a.end <= noun.start && /^\s+(?:the|a|an|this|that|its|their)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(a.end, noun.start))));
}
