// The generate stage: every page the dossier needs, as front-mattered Markdown files, from ingested sources and extracted briefs.
import type { Findings } from "../brief-schema.ts";
import { displayTitle } from "../display.ts";
import type { ContentFile, Source, SourceId } from "../model.ts";
import { briefPage } from "./brief-page.ts";
import { discrepanciesPage } from "./discrepancies-page.ts";
import { evidencePages } from "./evidence-page.ts";
import { redirectPage } from "./redirect-page.ts";
import { reviewNotesBySource, reviewPages, unplacedPages } from "./review-page.ts";
import { sourcePage, type SourcePageExtras } from "./source-page.ts";

export { sourceListing, type ListedSource } from "./source-page.ts";

/** `redirects`: old addresses of sources, each to lead to the source's current page. */
export function generateContent(sources: readonly Source[], extracted?: Findings, redirects: ReadonlyArray<{ from: SourceId; to: SourceId }> = []): ContentFile[] {
  const citing = (id: string) => new Set((extracted?.citedIn.get(id) ?? []).map((b) => b.id));
  const review = extracted?.review ?? { near: [], candidates: [], unplaced: [] };
  const names = extracted?.names;
  const briefs = extracted?.briefs ?? [];
  const inReview = reviewNotesBySource(review, briefs, citing, { names });
  const keptOut = (s: Source) => (s.meta.placed?.notCitedIn ?? []).flatMap((p) => briefs.filter((b) => b.id === p.agreement).map((b) => ({ id: b.id, title: b.title })));
  const pages = sources.map((s) => sourcePageOnce(s, { citedIn: extracted?.citedIn.get(s.id) ?? [], alsoSpelled: extracted?.spellings.get(s.id) ?? [], inReview: inReview.get(s.id) ?? [], keptOut: keptOut(s) }));
  const titles = new Map(sources.map((s) => [s.id as string, displayTitle(s)]));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const moved = redirects.flatMap((r) => (byId.has(r.to) ? [redirectPage(r.from, byId.get(r.to)!)] : []));
  return [...pages, ...briefs.flatMap((b) => [briefPage(b, extracted?.changes?.get(b.id) ?? []), ...evidencePages(b)]), ...reviewPages(review, titles, briefs, { names }), ...unplacedPages(review.unplaced, titles, briefs), discrepanciesPage(briefs), ...moved];
}

/**
 * The last page made for each source, with what was added to it: a process that builds again (the preview's worker)
 * keeps each unchanged source's record, so its page is made again only when what the other stages add has changed.
 */
const madePages = new WeakMap<Source, { extras: string; page: ContentFile }>();

function sourcePageOnce(source: Source, extras: SourcePageExtras): ContentFile {
  const key = JSON.stringify(extras);
  const made = madePages.get(source);
  if (made?.extras === key) return made.page;
  const page = sourcePage(source, extras);
  madePages.set(source, { extras: key, page });
  return page;
}
