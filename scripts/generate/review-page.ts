// The analyst's review queue as pages: unmatched acts grouped by what they are, near calls grouped by passage, closest first, and the sources no brief cites with their closest call, paginated so no page grows with the corpus.
import type { Brief } from "../brief-schema.ts";
import { formatDate } from "../dates.ts";
import { plural } from "../display.ts";
import { NEAR, THRESHOLD, whyNotCited, type Candidate, type Evidence, type Review, type Unplaced, type Weighing } from "../evidence.ts";
import { withFrontMatter } from "../front-matter.ts";
import { escapeMarkdown, pagerLine } from "../markdown.ts";
import type { ContentFile } from "../model.ts";

/** Groups of near calls per review page; the unmatched acts are all on the first. */
export const REVIEW_PAGE_SIZE = 100;
/** Sources linked under one group; the rest are counted, and build-report.json lists them all. */
export const SOURCES_SHOWN = 5;

const e = escapeMarkdown;

/** One unmatched act, as every passage that reports it alike (same parties, subjects, date and status) sees it. */
export interface CandidateGroup {
  /** The words that say what it is: "agreement on military between turkiye, lna, undated (signed)". */
  what: string;
  /** Every passage, in the build's order; the first gives the quote shown. */
  passages: Candidate[];
}

/** One near call: the same sentence weighed the same way for the same agreement, in one source or in several (reprints). */
export interface NearGroup {
  first: Weighing;
  passages: Weighing[];
}

/** How the review pages print what they list: 100 near calls to a page, and the gazetteer's name for each party id. */
export interface ReviewOptions {
  size?: number;
  names?: ReadonlyMap<string, string>;
}

function describe(c: Candidate, names: ReadonlyMap<string, string> = new Map()): string {
  const parties = c.parties.map((id) => names.get(id) ?? id);
  const between = parties.length > 1 ? `${parties.slice(0, -1).join(", ")} and ${parties.at(-1)}` : parties[0];
  const what = [c.kind, c.subjects.length ? `on ${c.subjects.join(" and ")}` : "", between ? `between ${between}` : ""].filter(Boolean).join(" ");
  return `${what}, ${c.date ? `dated ${formatDate(c.date)}` : "undated"}${c.status ? ` (${c.status})` : ""}`;
}

/**
 * The unmatched acts grouped by parties, subjects, date and status (the noun may differ: "an agreement — a deal"), most
 * often reported first: the act a hundred sources report and no entry matches is the one to add to the catalogue.
 */
export function groupCandidates(candidates: readonly Candidate[], names?: ReadonlyMap<string, string>): CandidateGroup[] {
  const groups = new Map<string, CandidateGroup>();
  for (const c of candidates) {
    const key = JSON.stringify([[...c.parties].sort(), [...c.subjects].sort(), c.date?.iso ?? null, c.status]);
    const group = groups.get(key);
    if (group) group.passages.push(c);
    else groups.set(key, { what: describe(c, names), passages: [c] });
  }
  return [...groups.values()].sort((a, b) => sourceCount(b.passages) - sourceCount(a.passages) || (a.what < b.what ? -1 : a.what > b.what ? 1 : 0));
}

/** Near calls grouped by agreement, sentence, score and verdict; closest to the threshold first, then most reprinted. */
export function groupNear(near: readonly Weighing[]): NearGroup[] {
  const groups = new Map<string, NearGroup>();
  for (const w of near) {
    const key = JSON.stringify([w.agreement, w.quote, w.score, w.linked]);
    const group = groups.get(key);
    if (group) group.passages.push(w);
    else groups.set(key, { first: w, passages: [w] });
  }
  const distance = (g: NearGroup) => Math.abs(g.first.score - THRESHOLD);
  return [...groups.values()].sort((a, b) => distance(a) - distance(b) || sourceCount(b.passages) - sourceCount(a.passages));
}

function sourceCount(passages: ReadonlyArray<{ source: string }>): number {
  return new Set(passages.map((p) => p.source)).size;
}

function evidenceList(evidence: readonly Evidence[]): string {
  return evidence.map((x) => `${x.weight > 0 ? "+" : x.weight < 0 ? "−" : "±"}${Math.abs(x.weight)} ${e(x.says)}${x.veto ? " (rules it out)" : ""}`).join("; ");
}

/** A passage of a source that the review queue lists, as the source's page tells of it. */
export interface SourceReviewNote {
  /** None where the note is of the whole article ("names no agreement…"). */
  paragraph?: string;
  /** "Paragraph 3", "Headline", "The article". */
  label: string;
  /** What the queue says of it: "scored 5 for …, below the 6 that cites a passage". */
  says: string;
  /** The review page that lists it, and its number. */
  href: string;
  page: number;
  /** The words of the link to that page: "review queue, page 2", "sources no brief cites". */
  link: string;
}

/**
 * For each source, its passages in the review queue, in reading order: the near calls for agreements whose briefs do
 * not cite it (the page's "Cited in" tells of the rest), the acts no catalogue entry matches, and for a source that
 * holds neither and that no brief cites, its closest call (or that it names no act). Every source no brief cites then
 * says where the queue holds it for a check by hand.
 */
export function reviewNotesBySource(review: Review, briefs: readonly Pick<Brief, "id" | "title">[], citedIn: (source: string) => ReadonlySet<string>, { size = REVIEW_PAGE_SIZE, names }: ReviewOptions = {}): Map<string, SourceReviewNote[]> {
  const notes = new Map<string, SourceReviewNote[]>();
  const add = (source: string, note: Omit<SourceReviewNote, "label" | "href" | "link">, unplaced = false) => {
    const list = notes.get(source) ?? [];
    if (!list.length) notes.set(source, list);
    const [href, link] = unplaced ? [unplacedAddress(note.page), "sources no brief cites"] : [reviewAddress(note.page), "review queue"];
    list.push({ ...note, label: note.paragraph ? passageLabel(note.paragraph) : "The article", href, link: note.page > 1 ? `${link}, page ${note.page}` : link });
  };
  const briefTitle = (id: string) => briefs.find((b) => b.id === id)?.title ?? id;
  for (const c of review.candidates) add(c.source, { paragraph: c.paragraph, says: `reports an act no agreement in the catalogue matches: ${describe(c, names)}`, page: 1 });
  groupNear(review.near).forEach((group, i) => {
    for (const w of group.passages) {
      if (w.linked || citedIn(w.source).has(w.agreement)) continue;
      const short = w.score >= THRESHOLD ? "but says nothing of which act it is" : `below the ${THRESHOLD} that cites a passage`;
      add(w.source, { paragraph: w.paragraph, says: `scored ${w.score} for ${briefTitle(w.agreement)}, ${short}`, page: Math.floor(i / size) + 1 });
    }
  });
  orderUnplaced(review.unplaced).forEach(({ source, closest }, i) => {
    const page = Math.floor(i / size) + 1;
    if (!closest) add(source, { says: "names no agreement that recognition could weigh", page }, true);
    else add(source, { paragraph: closest.paragraph, says: `is its closest call: it scored ${closest.score} for ${briefTitle(closest.agreement)}, ${whyNotCited(closest)}`, page }, true);
  });
  for (const list of notes.values()) list.sort((a, b) => readingOrder(a.paragraph) - readingOrder(b.paragraph));
  return notes;
}

/** The sources no brief cites, closest call first (highest score), then those that name no act; equals in the build's order. */
export function orderUnplaced(unplaced: readonly Unplaced[]): Unplaced[] {
  const score = (u: Unplaced) => u.closest?.score ?? -Infinity;
  return [...unplaced].sort((a, b) => score(b) - score(a));
}

/** The address of page `page` of the sources no brief cites: `/review/unplaced/`, then `/review/unplaced/2/`… */
export function unplacedAddress(page = 1): string {
  return page === 1 ? "/review/unplaced/" : `/review/unplaced/${page}/`;
}

function passageLabel(paragraph: string): string {
  return paragraph === "headline" ? "Headline" : paragraph === "standfirst" ? "Standfirst" : `Paragraph ${paragraph.replace(/^p/, "")}`;
}

/** The whole article, then its headline, standfirst, p1, p2…: the order a reader meets them. */
function readingOrder(paragraph: string | undefined): number {
  if (paragraph === undefined) return -3;
  return paragraph === "headline" ? -2 : paragraph === "standfirst" ? -1 : Number(paragraph.replace(/^p/, "")) || 0;
}

/** The address of review page `page`: `/review/`, then `/review/2/`… */
export function reviewAddress(page = 1): string {
  return page === 1 ? "/review/" : `/review/${page}/`;
}

export function reviewPages(review: Review, titles: ReadonlyMap<string, string>, briefs: readonly Pick<Brief, "id" | "title">[], { size = REVIEW_PAGE_SIZE, names }: ReviewOptions = {}): ContentFile[] {
  const title = (id: string) => e(titles.get(id) ?? id);
  const briefTitle = (id: string) => e(briefs.find((b) => b.id === id)?.title ?? id);
  /** The first few passages as links, and how many more there are. */
  const links = (passages: ReadonlyArray<{ source: string; paragraph: string }>) => {
    const shown = passages.slice(0, SOURCES_SHOWN).map((p) => `[${title(p.source)}, ${p.paragraph}](/sources/${p.source}/#${p.paragraph})`);
    const more = passages.length - shown.length;
    return `${shown.join("; ")}${more ? `; and ${more} more (every one in \`build-report.json\`, under \`review\`)` : ""}`;
  };
  const near = groupNear(review.near);
  const candidates = groupCandidates(review.candidates, names);
  const pages: ContentFile[] = [];
  for (const { page, count, shown, pager } of paged(near, size, reviewAddress)) {
    const out: string[] = [];
    out.push(
      `The dossier links a passage to an agreement when the evidence for it reaches ${THRESHOLD} and includes something that says which act it is (its date or a detail of its own); see [how recognition works](/about/#how-recognition-works). These are the calls worth checking by hand. Nothing here is published in a brief unless it says "cited". ${unplacedLine(review.unplaced.length)} ${settling(briefs)}`,
      "",
    );
    if (page === 1) {
      out.push("## Acts that match no agreement in the catalogue", "");
      out.push(
        `Agreements, memoranda and deals the sources report that are not in \`content/_data/agreements.yaml\`, most often reported first; passages that report an act alike (the same parties, subjects, date and status) are one entry. Add one to the catalogue to give it a brief.${review.candidates.length ? ` ${plural(candidates.length, "act")} from ${plural(review.candidates.length, "passage")}.` : ""}`,
        "",
      );
      if (!candidates.length) out.push("None.", "");
      for (const group of candidates) {
        const n = sourceCount(group.passages);
        out.push(`- **${e(group.what)}**, reported by ${plural(n, "source")}: “${e(group.passages[0]!.quote)}” ${links(group.passages)}.`);
      }
      out.push("");
    }
    out.push(`## Passages near the threshold${count > 1 ? ` (page ${page} of ${count})` : ""}`, "");
    if (!near.length) out.push(`No passage scored within ${NEAR} of the threshold.`, "");
    else out.push(`${plural(review.near.length, "passage")} scored within ${NEAR} of the threshold, as ${plural(near.length, "call")}: the same sentence weighed alike in several sources (a reprint) is one. Closest to the threshold first.${count > 1 ? ` Calls ${(page - 1) * size + 1}–${(page - 1) * size + shown.length}. ${pager()}` : ""}`, "");
    for (const group of shown) {
      const w = group.first;
      out.push(`- **${briefTitle(w.agreement)}**, score ${w.score} (${w.linked ? "cited" : "not cited"}): “${e(w.quote)}” ${links(group.passages)}. Evidence: ${evidenceList(w.evidence)}.`);
    }
    if (count > 1) out.push("", pager());
    out.push("");
    const data = {
      layout: "page.njk",
      title: `Review queue${count > 1 ? ` (page ${page} of ${count})` : ""}`,
      permalink: reviewAddress(page),
      // Kept out of the collections, and so out of the sitemap and the feed, and marked noindex; the page is not in the search index either.
      eleventyExcludeFromCollections: true,
      description: "Passages near the recognition threshold and agreements the catalogue does not list, for the analyst to check.",
    };
    pages.push({ path: page === 1 ? "review/index.md" : `review/${page}.md`, text: withFrontMatter(data, out.join("\n")) });
  }
  return pages;
}

/** A list cut into numbered pages of `size` (one page, empty, when there is nothing), each with its pager line. */
function paged<T>(items: readonly T[], size: number, address: (page: number) => string): Array<{ page: number; count: number; shown: readonly T[]; pager: () => string }> {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ page: i + 1, count, shown: items.slice(i * size, (i + 1) * size), pager: () => pagerLine(count, i + 1, address) }));
}

/** How the analyst settles a call, as each review page says, with the catalogue's own agreement ids. */
function settling(briefs: readonly Pick<Brief, "id">[]): string {
  const [one, other] = [briefs[0]?.id ?? "agreement-id", briefs[1]?.id ?? briefs[0]?.id ?? "agreement-id"];
  return `To settle a call, write in the article's sidecar \`cited_in: {${one}: p3}\` (cite it in that brief, at that paragraph) or \`not_cited_in: [${other}]\` (keep it out of that brief).`;
}

/** What the queue's pages say of the sources no brief cites: how many, and where they are listed. */
function unplacedLine(count: number): string {
  return count ? `[${plural(count, "source")} no brief cites](${unplacedAddress()}) hold nothing listed here: each is listed with its closest call.` : "Every source is cited in a brief or holds something listed here.";
}

/**
 * The sources no brief cites and the rest of the queue does not hold, each with its closest call (the passage that
 * came nearest an agreement, and its evidence), highest score first, then those that name no act: the analyst checks
 * that each reports none of the agreements, so no article is left out unseen. Paginated like the near calls.
 */
export function unplacedPages(unplaced: readonly Unplaced[], titles: ReadonlyMap<string, string>, briefs: readonly Pick<Brief, "id" | "title">[], { size = REVIEW_PAGE_SIZE }: ReviewOptions = {}): ContentFile[] {
  const title = (id: string) => e(titles.get(id) ?? id);
  const briefTitle = (id: string) => e(briefs.find((b) => b.id === id)?.title ?? id);
  const ordered = orderUnplaced(unplaced);
  const pages: ContentFile[] = [];
  for (const { page, count, shown, pager } of paged(ordered, size, unplacedAddress)) {
    const out: string[] = [];
    out.push(
      `Sources that no brief cites, with no passage near the threshold and no act the catalogue lacks: check that each reports none of the agreements the dossier tracks. Each shows its closest call, the passage that came nearest an agreement, and its evidence; highest score first, then the sources that name no agreement at all. A passage is cited at ${THRESHOLD}; see [how recognition works](/about/#how-recognition-works) and the rest of the [review queue](${reviewAddress()}). ${settling(briefs)}`,
      "",
    );
    if (!ordered.length) out.push("None: every source is cited in a brief or held in the review queue.", "");
    else out.push(`${plural(ordered.length, "source")}.${count > 1 ? ` Sources ${(page - 1) * size + 1}–${(page - 1) * size + shown.length}. ${pager()}` : ""}`, "");
    for (const { source, closest } of shown) {
      if (!closest) out.push(`- [${title(source)}](/sources/${source}/): names no agreement that recognition could weigh.`);
      else out.push(`- [${title(source)}, ${closest.paragraph}](/sources/${source}/#${closest.paragraph}): score ${closest.score} for **${briefTitle(closest.agreement)}**: “${e(closest.quote)}” Evidence: ${evidenceList(closest.evidence)}.`);
    }
    if (count > 1) out.push("", pager());
    out.push("");
    const data = {
      layout: "page.njk",
      title: `Sources no brief cites${count > 1 ? ` (page ${page} of ${count})` : ""}`,
      permalink: unplacedAddress(page),
      // Out of the collections, the sitemap, the feed and search, like the rest of the review queue.
      eleventyExcludeFromCollections: true,
      description: "Sources that no brief cites, each with the passage that came nearest an agreement, for the analyst to check.",
    };
    // (Files at the top of review/, where the writer removes the pages a build no longer makes; the permalink gives the address.)
    pages.push({ path: page === 1 ? "review/unplaced.md" : `review/unplaced-${page}.md`, text: withFrontMatter(data, out.join("\n")) });
  }
  return pages;
}
