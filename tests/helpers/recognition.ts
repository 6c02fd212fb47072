// Reads small texts the way the extract stage does, against a frozen copy of the dossier's data (tests/fixtures/recognition/), for unit tests of recognition.
import { join } from "node:path";
import type { DossierData } from "../../scripts/catalogue.ts";
import { readDossierData } from "../../scripts/data.ts";
import type { PartialDate } from "../../scripts/model.ts";
import { readingContext, readSource, type ReadingContext, type SourceReading } from "../../scripts/extract/reading.ts";
import { REPO } from "./build.ts";
import { makeSource } from "./sources.ts";

export const RECOGNITION_FIXTURE = join(REPO, "tests", "fixtures", "recognition");

let cached: { data: DossierData; ctx: ReadingContext } | undefined;

/** The frozen data and the reading context built from it. */
export async function fixtureContext(): Promise<{ data: DossierData; ctx: ReadingContext }> {
  if (!cached) {
    const data = await readDossierData(join(RECOGNITION_FIXTURE, "_data"));
    cached = { data, ctx: readingContext(data) };
  }
  return cached;
}

/** Reads paragraphs as one article (with an optional headline and date). */
export function readText(ctx: ReadingContext, paragraphs: string[], options: { headline?: string; published?: PartialDate; id?: string } = {}): SourceReading {
  return readSource(makeSource(options.id ?? "a", paragraphs, options), ctx);
}
