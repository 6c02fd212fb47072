// The generate stage: every page the dossier needs, as front-mattered Markdown files, from ingested sources and extracted briefs.
import type { Findings } from "../brief-schema.ts";
import { displayTitle } from "../display.ts";
import type { ContentFile, Source } from "../model.ts";
import { briefPage } from "./brief-page.ts";
import { reviewPage } from "./review-page.ts";
import { sourcePage } from "./source-page.ts";

export function generateContent(sources: readonly Source[], extracted?: Findings): ContentFile[] {
  const pages = sources.map((s) => sourcePage(s, { citedIn: extracted?.citedIn.get(s.id) ?? [], alsoSpelled: extracted?.spellings.get(s.id) ?? [] }));
  const titles = new Map(sources.map((s) => [s.id as string, displayTitle(s)]));
  return [...pages, ...(extracted?.briefs ?? []).map(briefPage), reviewPage(extracted?.review ?? { near: [], candidates: [] }, titles, extracted?.briefs ?? [])];
}
