// Citations as numbered endnotes for paper: each cited paragraph gets a number in the order it is first cited, the
// text gets a superscript mark after each citation link, and the endnote carries the full reference.
import { formatDate } from "../dates.ts";
import type { PartialDate } from "../model.ts";

/** One cited passage: a source page's paragraph. */
export interface Endnote {
  number: number;
  source: string;
  paragraph: string;
}

/** The full reference an endnote prints: everything a reader needs without the site. */
export interface EndnoteReference extends Endnote {
  outlet: string;
  headline: string;
  date: string;
  url: string | null;
  /** The passage's address in the dossier site, root-relative. */
  address: string;
  /** The paragraph's number within its source: `p4` → 4. */
  paragraphNumber: number;
}

/** A source as the endnotes need it: the fields of a source page's front matter. */
export interface SourceForNotes {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  precision: PartialDate["precision"] | null;
  url: string | null;
}

// A citation link as markdown-it renders one: `<a href="/sources/<id>/#p3">…</a>` (path prefix not yet added).
const CITATION = /<a href="\/sources\/([a-z0-9-]+)\/#(p\d+)"[^>]*>[\s\S]*?<\/a>/g;

/** The cited paragraphs of an HTML fragment, numbered in the order they are first cited; a repeat keeps its number. */
export function endnotesOf(html: string): Endnote[] {
  const notes: Endnote[] = [];
  for (const m of html.matchAll(CITATION)) {
    const [source, paragraph] = [m[1]!, m[2]!];
    if (!notes.some((n) => n.source === source && n.paragraph === paragraph)) notes.push({ number: notes.length + 1, source, paragraph });
  }
  return notes;
}

/**
 * The HTML with a print-only endnote mark after every citation link. Only for HTML the project rendered. The mark is
 * kept out of the search index, where it would run into the link's text ("The Cradle, p63" for p6, note 3).
 */
export function withEndnoteMarks(html: string): string {
  const notes = endnotesOf(html);
  return html.replace(CITATION, (link, source: string, paragraph: string) => {
    const note = notes.find((n) => n.source === source && n.paragraph === paragraph)!;
    return `${link}<sup class="endnote-ref" aria-hidden="true" data-pagefind-ignore>${note.number}</sup>`;
  });
}

/** Each endnote with its source's full reference; a note whose source is unknown keeps what it has. */
export function endnoteReferences(notes: readonly Endnote[], sources: readonly SourceForNotes[]): EndnoteReference[] {
  return notes.map((note) => {
    const source = sources.find((s) => s.id === note.source);
    return {
      ...note,
      outlet: source?.outlet ?? "Outlet not given",
      headline: source?.title ?? note.source,
      date: source?.published && source.precision ? formatDate({ iso: source.published, precision: source.precision }) : "undated",
      url: source?.url ?? null,
      address: `/sources/${note.source}/#${note.paragraph}`,
      paragraphNumber: Number(note.paragraph.slice(1)),
    };
  });
}
