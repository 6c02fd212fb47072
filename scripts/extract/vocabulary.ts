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
  // A subject of several words is also written with hyphens ("sea-boundary accord", "military-cooperation deal").
  const spellings = (t: string) => (/\s/.test(t.trim()) ? [t, t.trim().replace(/\s+/g, "-")] : [t]);
  for (const [name, terms] of Object.entries(vocabulary.subjects)) for (const t of terms.flatMap(spellings)) if (!subject.has(foldText(t))) subject.set(foldText(t), name);
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
  const subjects = lexicon.subjects.find(folded).filter((m) => !FIGURATIVE_OF.test(text.slice(m.end, m.end + 50)));
  const named = lexicon.nouns.find(folded).filter((n) => !isQuantity(n, text));
  // "memorandum of understanding" is one noun, not also an "understanding".
  const documents = lexicon.documents.find(folded).filter((d) => !named.some((n) => n.start < d.end && n.end > d.start) && (actedOnBeside(d, acts, subjects, text) || addedToActedOn(d, named, acts, text)));
  const nouns = [...named, ...documents];
  nouns.push(...secondOnes(nouns, text));
  nouns.sort((a, b) => a.start - b.start);
  return { nouns, acts, backers: lexicon.backers.find(folded), subjects };
}

// "Holding their ground in defence of their sovereignty", "the security of its rights": a subject word guarding something
// abstract is said in its figurative sense, and says nothing of what an agreement is about.
const FIGURATIVE_OF = /^\s+of\s+(?:(?:the|its|their|our|his|her|your)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:sovereignty|sovereign rights|rights|interests|claims|positions?|stance|principles|values|legitimacy|dignity|honour|honor)\b/iu;

// "… signed an agreement on the maritime borders, as well as a second one to widen their cooperation in security";
// "the memoranda just signed come after the one signed in 2019 on the maritime boundaries".
const ONE_MORE = /\b(?:(?:a|the)\s+second|another|the\s+other|the\s+(?:earlier|previous|former|first)|the(?=\s+one\s+(?:(?:they|it|he|she|Ankara|Tripoli)\s+)?(?:had\s+|has\s+|was\s+|were\s+)?(?:signed|concluded|agreed|reached|inked|struck|sealed)\b))\s+(one)\b/gi;

/**
 * "A second one", "another one", "the one signed in 2019" after an agreement noun of its sentence: another agreement,
 * named by that noun's word.
 */
function secondOnes(nouns: readonly TermMatch[], text: string): TermMatch[] {
  const out: TermMatch[] = [];
  for (const m of text.matchAll(ONE_MORE)) {
    const start = m.index + m[0].length - 3;
    const before = nouns.filter((n) => n.end <= m.index && m.index - n.end <= 200 && !/[.;!?]/.test(text.slice(n.end, m.index))).at(-1);
    if (before) out.push({ term: before.term, start, end: start + 3 });
  }
  return out;
}

// Right before a document noun, what adds it to a list: ", and also an", "as well as a".
const ADDED = /(?:,\s*|\s+)(?:and|as well as)\s+(?:also\s+)?(?:a|an|another|a second)\s+$/i;

/**
 * "Turkey and the GNA signed an agreement on their sea border, and also an arrangement on security": a document noun
 * added to an agreement noun of its sentence that something is done to shares what is done to it.
 */
function addedToActedOn(noun: TermMatch, named: readonly TermMatch[], acts: readonly TermMatch[], text: string): boolean {
  if (!ADDED.test(text.slice(Math.max(0, noun.start - 30), noun.start))) return false;
  const first = named.filter((n) => n.end <= noun.start && noun.start - n.end <= 200 && !/[.;!?]/.test(text.slice(n.end, noun.start))).at(0);
  return first !== undefined && acts.some((a) => a.end <= first.start && first.start - a.end <= 60 && !/[.;!?]/.test(text.slice(a.end, first.start)));
}

/** "a great deal", "matters a good deal", "a good deal of": an amount, not an agreement. */
const QUANTITY_BEFORE = /\ba\s+(?:great|good)\s+$/i;
const GOOD_DEAL_AS_AMOUNT = /^\s*(?:of|more|less|better|worse|further|longer|[,.;:!?)"'’”]|$)/i;

/** A noun that with the words around it says how much, not what was agreed ("a great deal was at stake"). */
function isQuantity(noun: TermMatch, text: string): boolean {
  if (!/^deal$/i.test(text.slice(noun.start, noun.end)) || !QUANTITY_BEFORE.test(text.slice(Math.max(0, noun.start - 12), noun.start))) return false;
  // "a good deal for Ankara" may still be an agreement judged good; "a great deal" is always an amount.
  return /great\s+$/i.test(text.slice(noun.start - 8, noun.start)) || GOOD_DEAL_AS_AMOUNT.test(text.slice(noun.end, noun.end + 12));
}

/** "the", "this", or a state's adjective after one, right before a document noun: "the Turkish-Libyan understanding". */
const DEFINITE_BEFORE = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:\p{Lu}[\p{L}'’]*(?:[-–]\p{Lu}[\p{L}'’]*)?\s+)?$/u;

/** A word that counts an agreement's sides, right before a document noun or one word from it: "a trilateral military understanding". */
const SIDES_COUNTED_BEFORE = /\b(?:bilateral|trilateral|tripartite|three-way|three-party|two-way|two-party)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * "The text signed between…", "ratified the document": an act word at most one word from the noun, and no other noun
 * between; or, before the noun, a few words that name what it is about ("rejected the maritime border text"); or after
 * it, a short relative clause ("the two understandings that Turkey reached"); or a word that counts its sides.
 */
function actedOnBeside(noun: TermMatch, acts: readonly TermMatch[], subjects: readonly TermMatch[], text: string): boolean {
  // "The Turkish-Libyan understanding on sea zones": a definite one, on what an agreement can be about.
  const on = /^\s+(?:on|over|concerning|regarding|covering)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
  // "The three-way arrangement between the Wefaq government, Turkey and Qatar": one that counts its sides.
  if (SIDES_COUNTED_BEFORE.test(text.slice(Math.max(0, noun.start - 40), noun.start))) return true;
  if (DEFINITE_BEFORE.test(text.slice(Math.max(0, noun.start - 40), noun.start)) && subjects.some((s) => s.start >= noun.end && s.start - noun.end <= 40 && on.test(text.slice(noun.end, s.start)))) return true;
  return acts.some((a) => {
    // After it, a passive, an adverb allowed ("the text was signed", "an understanding was also reached", "two
    // understandings with the Serraj government were signed": past a short phrase naming its other side), or a short
    // relative clause, with "that" or a name for its subject ("the document Ankara concluded with…").
    if (a.start >= noun.end) return /^\s+(?:(?:(?:with|between)\s+(?:[\p{L}'’-]+\s+){1,4})?(?:was|were|is|has been|had been|being)\s+(?:(?:also|then|later|finally|already|\p{L}+ly)\s+)?|(?:that|which)\s+(?:[\p{L}-]+\s+){1,3}|(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?){1,3}(?:(?:had|has|have)\s+)?)?$/u.test(text.slice(noun.end, a.start));
    if (a.end > noun.start) return false;
    // A plural needs no determiner: "signed economic and trade understandings with Turkey".
    const plural = /s$/i.test(text.slice(noun.start, noun.end));
    const gap = (plural ? /^\s+(?:(?:the|these|those|their|its|two|both|the two)\s+)?((?:[\p{L}-]+\s+){0,3})$/iu : /^\s+(?:the|a|an|this|that|its|their|these|those|two|both|the two)\s+((?:[\p{L}-]+\s+){0,3})$/iu).exec(text.slice(a.end, noun.start));
    if (!gap) return false;
    const words = gap[1]!.trim().split(/\s+/).filter(Boolean);
    if (words.length <= 1) return true;
    const from = noun.start - gap[1]!.length;
    return subjects.some((s) => s.start >= from && s.end <= noun.start);
  });
}
