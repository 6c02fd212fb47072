// A brief's notes: each cited paragraph once, numbered in the order the page first points at it, so a quote is printed once and facts, lists and tables point at it by number.
import type { Citation } from "../model.ts";

/** How many citations a fact shows on its brief; the rest are on the evidence page. */
export const SHOWN_CITATIONS = 3;

/**
 * Notes a brief opens before it turns frugal, so its page stays short whatever the corpus: past this many, a fact shows
 * those of its best citations that already have a note, or else the best of all its citations that has one, or else
 * its single best one.
 */
export const NOTE_BUDGET = 12;

/** One note: a cited paragraph and every quote of it the page relies on. */
export interface Note {
  number: number;
  source: string;
  paragraph: string;
  quotes: string[];
  /** Earlier notes that already quote some of this passage's words (a reprint, or the same wire copy): named, not quoted again. */
  sameAs: number[];
}

/** What a fact shows: the notes of its best citations, and how much more the evidence page holds. */
export interface FactNotes {
  numbers: number[];
  /** Further passages (not in the shown notes) that state the fact. */
  morePassages: number;
  /** Sources among those further passages that none of the shown notes comes from. */
  moreSources: number;
}

/** The notes of one page; `cite` numbers a citation's paragraph the first time it is met. */
export class BriefNotes {
  readonly #notes = new Map<string, Note>();

  /** Whether the page already has a note for a citation's paragraph. */
  quotes(c: Citation): boolean {
    return this.#notes.has(`${c.source}#${c.paragraph}`);
  }

  /** The note number of a citation's paragraph, adding its quote to the note. */
  cite(c: Citation): number {
    const key = `${c.source}#${c.paragraph}`;
    let note = this.#notes.get(key);
    if (!note) {
      note = { number: this.#notes.size + 1, source: c.source, paragraph: c.paragraph, quotes: [], sameAs: [] };
      this.#notes.set(key, note);
    }
    if (!note.quotes.includes(c.quote)) note.quotes.push(c.quote);
    return note.number;
  }

  /**
   * A fact's citations (best first) as notes: the first `shown` (fewer once the page has `budget` notes), and any
   * later one from a paragraph already shown; the rest are counted for the "N more" link.
   */
  fact(citations: readonly Citation[], shown = SHOWN_CITATIONS, budget = NOTE_BUDGET): FactNotes {
    const top = citations.slice(0, shown);
    const noted = (c: Citation) => this.quotes(c);
    const open = top.filter(noted);
    // Past the budget a passage the page already quotes serves, wherever it ranks: the more sources a dossier holds,
    // the less a fact's best three overlap with what is already on the page.
    const anyOpen = citations.find(noted);
    const best = this.#notes.size < budget ? top : open.length ? open : anyOpen ? [anyOpen] : top.slice(0, 1);
    const keys = new Set(best.map((c) => `${c.source}#${c.paragraph}`));
    const numbers = [...new Set(best.map((c) => this.cite(c)))];
    const rest = citations.filter((c) => !best.includes(c)).filter((c) => {
      if (!keys.has(`${c.source}#${c.paragraph}`)) return true;
      this.cite(c);
      return false;
    });
    const shownSources = new Set(best.map((c) => c.source));
    const passages = new Set(rest.map((c) => `${c.source}#${c.paragraph}`));
    return { numbers, morePassages: passages.size, moreSources: new Set(rest.map((c) => c.source).filter((s) => !shownSources.has(s))).size };
  }

  /**
   * The notes in number order, each quote once on the page: a quote inside a longer one of the same note is left to it,
   * and a quote an earlier note already gives is replaced by that note's number.
   */
  list(): Note[] {
    const quotedIn = new Map<string, number>();
    return [...this.#notes.values()].map((n) => {
      const own = n.quotes.filter((q) => !n.quotes.some((other) => other !== q && other.includes(q)));
      const sameAs = [...new Set(own.flatMap((q) => (quotedIn.has(q) ? [quotedIn.get(q)!] : [])))];
      const quotes = own.filter((q) => !quotedIn.has(q));
      for (const q of quotes) quotedIn.set(q, n.number);
      return { ...n, quotes, sameAs };
    });
  }
}
