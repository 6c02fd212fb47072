// Turns an ingested source into its page: front matter for the layout, the cleaned article as escaped Markdown.
import { clip } from "../display.ts";
import { formatDate } from "../dates.ts";
import { displayTitle } from "../display.ts";
import { anchoredParagraph, escapeMarkdown } from "../markdown.ts";
import { compareStrings } from "../diagnostics.ts";
import type { ContentFile, Field, PartialDate, Source } from "../model.ts";
import { isWebAddress } from "../display.ts";
import type { CitingBrief } from "../brief-schema.ts";
import { THRESHOLD } from "../evidence.ts";
import { withFrontMatter } from "../front-matter.ts";
import { originOf, RELIABILITY_WORDS, sourceBadge } from "../grading.ts";
import type { SourceReviewNote } from "./review-page.ts";

/** Metadata as the page shows it: value, where it came from, and the line it was read from. */
export interface ShownField {
  label: string;
  value: string;
  from: string;
  /** Set only on the original URL, and only when it is an http(s) address: the one field the page links. */
  href?: string;
}

/** What other stages add to a source page: the briefs that cite it and why, other spellings of the names on it, its passages in the review queue, and the briefs the analyst keeps it out of. */
export interface SourcePageExtras {
  citedIn: CitingBrief[];
  alsoSpelled: string[];
  inReview?: SourceReviewNote[];
  /** The briefs the analyst keeps this source out of (sidecar `not_cited_in`). */
  keptOut?: Array<{ id: string; title: string }>;
}

/**
 * A source as the pages that list sources read it (the sources index, the feed, the sitemap, a brief's endnotes): its
 * address and the fields of its page's front matter they use. The build passes the whole list as global data, so a
 * listing never needs the source pages themselves to be rendered in the same pass.
 */
export interface ListedSource {
  /** Root-relative, without the path prefix: `/sources/<id>/`. */
  url: string;
  data: {
    id: string;
    title: string;
    untitled: boolean;
    standfirst: string | null;
    description: string;
    outlet: string | null;
    published: string | null;
    precision: PartialDate["precision"] | null;
    url: string | null;
  };
}

/** The source as listings read it: the same values its page's front matter holds. */
export function listedSource(source: Source): ListedSource {
  const { meta } = source;
  const published = meta.published?.value;
  return {
    url: `/sources/${source.id}/`,
    data: {
      id: source.id,
      title: displayTitle(source),
      untitled: !meta.headline,
      standfirst: meta.standfirst?.value ?? null,
      // For search engines and link previews (meta description, Open Graph, the feed's summary).
      description: clip(meta.standfirst?.value ?? source.paragraphs[0]?.text ?? ""),
      outlet: meta.outlet?.value ?? null,
      published: published?.iso ?? null,
      precision: published?.precision ?? null,
      url: meta.url?.value ?? null,
    },
  };
}

/** Every source as listings read it, in the order of the sources index: newest first, undated last, then by title, then by address. */
export function sourceListing(sources: readonly Source[]): ListedSource[] {
  return sources.map(listedSource).sort(bySourceOrder);
}

/** Two sources can share a date and a title, never an address. */
function bySourceOrder(a: ListedSource, b: ListedSource): number {
  const da = a.data.published ?? "";
  const db = b.data.published ?? "";
  if (da !== db) return da > db ? -1 : 1;
  return compareStrings(a.data.title, b.data.title) || compareStrings(a.url, b.url);
}

export function sourcePage(source: Source, extras: SourcePageExtras = { citedIn: [], alsoSpelled: [] }): ContentFile {
  const { meta } = source;
  const published = meta.published?.value;
  const listed = listedSource(source).data;
  const data = {
    // Layout and collection are set here, not in a directory data file, so staged builds outside the repo behave the same.
    layout: "source.njk",
    tags: ["source"],
    id: listed.id,
    title: listed.title,
    untitled: listed.untitled,
    standfirst: listed.standfirst,
    description: listed.description,
    file: source.file,
    digest: source.digest,
    outlet: listed.outlet,
    published: listed.published,
    precision: listed.precision,
    year: published ? published.iso.slice(0, 4) : null,
    url: listed.url,
    language: meta.language?.value ?? "en",
    fields: shownFields(source),
    paragraphCount: source.paragraphs.length,
    removed: source.removed.map((r) => ({ line: r.line, reason: r.reason, text: r.text })),
    cited_in: extras.citedIn,
    in_review: extras.inReview ?? [],
    kept_out: extras.keptOut ?? [],
    threshold: THRESHOLD,
    also_spelled: extras.alsoSpelled,
    grade: sourceGrade(source),
    chain: chainOf(source),
  };
  const body = source.paragraphs.map((p) => anchoredParagraph(escapeMarkdown(p.text), p.id)).join("\n\n");
  return { path: `sources/${source.id}.md`, text: withFrontMatter(data, `${body}\n`) };
}


/** The source's badge as the page prints it, with what its letter means and why it has it. */
function sourceGrade(source: Source) {
  const grade = source.meta.grade;
  const reliability = grade?.reliability ?? "F";
  const origin = originOf(source);
  return {
    badge: sourceBadge(source),
    reliability,
    words: RELIABILITY_WORDS[reliability],
    rationale: grade?.rationale ?? "Cannot be judged: not graded.",
    from: grade?.from === "sidecar" ? `the analyst, ${source.file}.meta.yaml` : grade?.from === "outlet" ? "the outlet's entry in outlets.yaml" : "no grade: the outlet is not known or not graded",
    origin: origin.name.startsWith("source:") ? "this article (its outlet is not known)" : origin.name,
    second_hand: origin.secondHand,
  };
}

/** The republication chain, one line per link, as the page lists it. */
function chainOf(source: Source) {
  const kinds = { reprint: "Reprints", wire: "Wire copy of", attribution: "Credits" } as const;
  return (source.meta.relays ?? []).map((r) => ({
    kind: r.kind,
    says: r.by ? `Copied by ${r.by} from ${r.outlet} (${r.reliability})` : `${kinds[r.kind]} ${r.outlet} (${r.reliability})`,
    words: r.words,
    where: r.paragraph ? `#${r.paragraph}` : null,
    line: r.line ?? null,
  }));
}

function shownFields(source: Source): ShownField[] {
  const { meta } = source;
  const shown: ShownField[] = [];
  const add = (label: string, field: Field | undefined, key: string, value = field?.value) => {
    if (field && value !== undefined) shown.push({ label, value, from: provenance(field, source.file) });
    else shown.push({ label, value: "", from: meta.acknowledgedUnknown.includes(key) ? "not given in the text (confirmed in the sidecar)" : "not given in the text" });
  };
  add("Headline", meta.headline, "headline");
  add("Outlet", meta.outlet, "outlet");
  add("Author", meta.author, "author");
  add("Published", meta.published as Field<unknown> as Field | undefined, "published", meta.published && formatDate(meta.published.value));
  add("Original URL", meta.url, "url");
  // The page links the address only when it is http(s); the sidecar reader refuses others, and this holds regardless.
  if (meta.url && isWebAddress(meta.url.value)) shown[shown.length - 1]!.href = meta.url.value;
  if (meta.dateline) shown.push({ label: "Dateline", value: meta.dateline.value, from: provenance(meta.dateline, source.file) });
  if (meta.agency) shown.push({ label: "Wire agency", value: meta.agency.value, from: provenance(meta.agency, source.file) });
  if (meta.credits.length) {
    shown.push({ label: "Credits reporting by", value: meta.credits.map((c) => c.value).join(", "), from: "the text" });
  }
  if (meta.language) shown.push({ label: "Language", value: meta.language.value, from: provenance(meta.language, source.file) });
  if (meta.notes) shown.push({ label: "Notes", value: meta.notes.value, from: provenance(meta.notes, source.file) });
  return shown;
}

function provenance(field: Field<unknown>, file: string): string {
  const where = field.from === "text" ? file : `${file}.meta.yaml`;
  return `${field.from === "text" ? "the text" : "the sidecar"}, ${where}${field.line ? ` line ${field.line}` : ""}`;
}
