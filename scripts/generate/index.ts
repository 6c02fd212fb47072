// The generate stage: every page the dossier needs, as front-mattered Markdown files, from ingested sources.
import type { ContentFile, Source } from "../model.ts";
import { sourcePage } from "./source-page.ts";

export function generateContent(sources: readonly Source[]): ContentFile[] {
  return sources.map(sourcePage);
}
