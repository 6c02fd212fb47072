// The generate stage: every page the dossier needs, as front-mattered Markdown files, from ingested sources and extracted briefs.
import type { Findings } from "../brief-schema.ts";
import { displayTitle } from "../display.ts";
import type { ContentFile, Source, SourceId } from "../model.ts";
import { briefPage } from "./brief-page.ts";
import { discrepanciesPage } from "./discrepancies-page.ts";
import { evidencePages } from "./evidence-page.ts";
import { redirectPage } from "./redirect-page.ts";
import { reviewPages } from "./review-page.ts";
import { sourcePage } from "./source-page.ts";

export { sourceListing, type ListedSource } from "./source-page.ts";

/** `redirects`: old addresses of sources, each to lead to the source's current page. */
export function generateContent(sources: readonly Source[], extracted?: Findings, redirects: ReadonlyArray<{ from: SourceId; to: SourceId }> = []): ContentFile[] {
  const pages = sources.map((s) => sourcePage(s, { citedIn: extracted?.citedIn.get(s.id) ?? [], alsoSpelled: extracted?.spellings.get(s.id) ?? [] }));
  const titles = new Map(sources.map((s) => [s.id as string, displayTitle(s)]));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const moved = redirects.flatMap((r) => (byId.has(r.to) ? [redirectPage(r.from, byId.get(r.to)!)] : []));
  return [...pages, ...(extracted?.briefs ?? []).flatMap((b) => [briefPage(b, extracted?.changes?.get(b.id) ?? []), ...evidencePages(b)]), ...reviewPages(extracted?.review ?? { near: [], candidates: [] }, titles, extracted?.briefs ?? []), discrepanciesPage(extracted?.briefs ?? []), ...moved];
}
