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
  starts: Uint32Array;
}

/** 0, 1, 2…: the offsets of a text that folds one to one, shared by every such text as a view (no copy). */
let identity = new Uint32Array(0);

function identityStarts(length: number): Uint32Array {
  if (identity.length < length) {
    identity = new Uint32Array(Math.max(length, identity.length * 2, 4096));
    for (let i = 0; i < identity.length; i += 1) identity[i] = i;
  }
  return identity.subarray(0, length);
}

/**
 * Folds a text and keeps a map back to the original, so a match can be quoted as the source wrote it. The map is a
 * typed array, and for ASCII text (most of it) a view of one shared 0, 1, 2… array: at 5,000 articles a number per
 * character of every paragraph was about 100 MB of the build's heap.
 */
export function foldWithMap(text: string): FoldedText {
  // Most article text is ASCII: lower-case it in one call and map offsets one to one; fold the rest character by character.
  if (/^[\x00-\x7f]*$/.test(text)) return { folded: text.toLowerCase(), starts: identityStarts(text.length + 1) };
  const parts: string[] = [];
  const starts: number[] = [];
  let index = 0;
  for (const char of text) {
    const out = char.length === 1 && char.charCodeAt(0) < 128 ? char.toLowerCase() : foldChar(char);
    for (let i = 0; i < out.length; i += 1) starts.push(index);
    parts.push(out);
    index += char.length;
  }
  starts.push(index);
  return { folded: parts.join(""), starts: Uint32Array.from(starts) };
}

export function foldText(text: string): string {
  return foldWithMap(text).folded;
}

/** A text's words alone, folded, one space between them: "Libya–Turkey: talks soon!" → "libya turkey talks soon". */
export function foldedWords(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
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

export interface MatchOptions {
  /**
   * Also match inflections of each term's last word: `plural` takes -s and -es (`agreement` finds `agreements`);
   * `verb` also takes -d, -ed and -ing (`sign` finds `signed`, `signing`), but not on a noun in -ion.
   */
  inflect?: "plural" | "verb";
}

/**
 * A list of terms compiled once for matching folded text: whole words only, the leftmost and then longest term wins
 * where terms overlap. Terms are indexed by their first word, so a text is read once, word by word, whatever the
 * number of terms (a single alternation of hundreds of names was the build's slowest step).
 */
export class TermMatcher {
  readonly terms: readonly string[];
  private readonly byKey = new Map<string, string>();
  private readonly byFirstWord = new Map<string, string[]>();
  private readonly suffixes: readonly string[];
  /** Whether a term in -e also matches with it dropped before -ing ("denounce", "denouncing"): verbs only. */
  private readonly dropsE: boolean;
  /** Keys that take no endings: a verb list's nouns in -ion ("conclusion": "the summit's conclusions" is no act). */
  private readonly bare = new Set<string>();
  /** Terms that do not start with a letter or digit, matched the slow way. */
  private readonly odd: RegExp | undefined;

  constructor(terms: readonly string[], options: MatchOptions = {}) {
    this.terms = terms;
    this.suffixes = options.inflect === "verb" ? ["s", "es", "d", "ed", "ing"] : options.inflect === "plural" ? ["s", "es"] : [];
    this.dropsE = options.inflect === "verb";
    const odd: string[] = [];
    for (const term of terms) {
      const key = foldText(term).trim().replace(/\s+/g, " ");
      if (!key || this.byKey.has(key)) continue;
      this.byKey.set(key, term);
      if (options.inflect === "verb" && /ion$/.test(key)) this.bare.add(key);
      const first = /^[\p{L}\p{N}]+/u.exec(key)?.[0];
      if (!first) {
        odd.push(key);
        continue;
      }
      const list = this.byFirstWord.get(first) ?? [];
      list.push(key);
      this.byFirstWord.set(first, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const suffix = this.suffixes.length ? `(?:${this.suffixes.join("|")})?` : "";
    this.odd = odd.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${odd.map((k) => escapeRegExp(k).replace(/ /g, "\\s+")).join("|")})${suffix}(?![\\p{L}\\p{N}])`, "gu") : undefined;
  }

  /** Every match in an already folded text, in original offsets. */
  find(text: FoldedText): TermMatch[] {
    const t = text.folded;
    const words = wordsOf(text);
    const out: TermMatch[] = [];
    // A word inside a match just made is not the start of another.
    let next = 0;
    for (let w = 0; w < words.starts.length; w += 1) {
      const i = words.starts[w]!;
      if (i < next) continue;
      const end = this.longestAt(t, i, words.words[w]!);
      if (end > i) {
        out.push({ term: this.termFor(t.slice(i, end)), start: text.starts[i]!, end: text.starts[end]! });
        next = end;
      }
    }
    if (this.odd) {
      for (const m of t.matchAll(this.odd)) {
        const from = m.index!;
        const to = from + m[0].length;
        if (!out.some((o) => text.starts[from]! < o.end && text.starts[to]! > o.start)) out.push({ term: this.termFor(m[0]), start: text.starts[from]!, end: text.starts[to]! });
      }
      out.sort((a, b) => a.start - b.start);
    }
    return out;
  }

  /** Where the longest term starting at `at` ends in the text (or `at` when none does). */
  private longestAt(t: string, at: number, word: string): number {
    let best = this.longestFrom(t, at, word, at);
    for (const x of this.suffixes) if (word.length > x.length + 1 && word.endsWith(x)) best = this.longestFrom(t, at, word.slice(0, -x.length), best);
    // "denouncing", "opposing": a verb in -e drops it before -ing.
    if (this.dropsE && word.length > 5 && word.endsWith("ing")) best = this.longestFrom(t, at, `${word.slice(0, -3)}e`, best);
    return best;
  }

  /** The furthest end, past `best`, of a term whose first word is `first` matched at `at`. */
  private longestFrom(t: string, at: number, first: string, best: number): number {
    const keys = this.byFirstWord.get(first);
    if (!keys) return best;
    for (const key of keys) {
      const end = matchKey(t, at, key, this.bare.has(key) ? [] : this.suffixes);
      if (end > best) best = end;
    }
    return best;
  }

  private termFor(matched: string): string {
    const key = matched.replace(/\s+/g, " ");
    const exact = this.byKey.get(key);
    if (exact) return exact;
    // An inflected match: the longest term the matched words start with.
    let best = "";
    for (const k of this.byKey.keys()) if (key.startsWith(k) && k.length > best.length) best = k;
    // ("Denouncing": "denounce", which dropped its -e.)
    if (!best && key.endsWith("ing")) return this.byKey.get(`${key.slice(0, -3)}e`) ?? matched;
    return this.byKey.get(best) ?? matched;
  }
}

/** The words of a folded text (runs of letters and digits): where each starts, and the word. */
interface Words {
  starts: number[];
  words: string[];
}

// Every matcher reads the same paragraph: its words are found once and kept while the paragraph's fold is alive.
const wordCache = new WeakMap<FoldedText, Words>();

function wordsOf(text: FoldedText): Words {
  const cached = wordCache.get(text);
  if (cached) return cached;
  const t = text.folded;
  const words: Words = { starts: [], words: [] };
  let i = 0;
  while (i < t.length) {
    if (!isWordChar(t.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < t.length && isWordChar(t.charCodeAt(j))) j += 1;
    words.starts.push(i);
    words.words.push(t.slice(i, j));
    i = j;
  }
  wordCache.set(text, words);
  return words;
}

function isWordChar(code: number): boolean {
  // ASCII letters and digits, and anything beyond ASCII that is a letter or digit.
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** The end of `key` matched at `at` (a space in the key matches any run of white space, the last word may take a suffix), or -1. */
function matchKey(t: string, at: number, key: string, suffixes: readonly string[]): number {
  let i = at;
  for (let k = 0; k < key.length; k += 1) {
    const c = key[k]!;
    if (c === " ") {
      if (i >= t.length || !/\s/.test(t[i]!)) return -1;
      while (i < t.length && /\s/.test(t[i]!)) i += 1;
      continue;
    }
    if (t[i] !== c) {
      // (The -e a verb drops before -ing: "denounce", "denouncing".)
      const dropped = c === "e" && k === key.length - 1 && suffixes.includes("ing") && t.startsWith("ing", i) && (i + 3 >= t.length || !isWordChar(t.charCodeAt(i + 3)));
      return dropped ? i + 3 : -1;
    }
    i += 1;
  }
  if (i >= t.length || !isWordChar(t.charCodeAt(i))) return i;
  for (const s of suffixes) if (t.startsWith(s, i) && (i + s.length >= t.length || !isWordChar(t.charCodeAt(i + s.length)))) return i + s.length;
  return -1;
}

// Matchers for term lists that callers pass as plain arrays, compiled once per distinct list.
const compiled = new Map<string, TermMatcher>();

/** The compiled matcher for a term list (cached by its contents). */
export function matcherFor(terms: readonly string[], options: MatchOptions = {}): TermMatcher {
  const key = `${options.inflect ?? "-"}\u0000${terms.join("\u0000")}`;
  let matcher = compiled.get(key);
  if (!matcher) {
    matcher = new TermMatcher(terms, options);
    compiled.set(key, matcher);
  }
  return matcher;
}

/** Every whole-word occurrence of any term in the text, matched folded, reported in original offsets, the leftmost and longest where they overlap. */
export function findTerms(text: string, terms: readonly string[], folded: FoldedText = foldWithMap(text), options: MatchOptions = {}): TermMatch[] {
  return matcherFor(terms, options).find(folded);
}
