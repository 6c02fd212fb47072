// Builds small in-memory sources and loads the dossier's data files, for unit tests of the extract stage.
import { readDossierData } from "../../scripts/data.ts";
import type { DossierData } from "../../scripts/catalogue.ts";
import type { Paragraph, ParagraphId, PartialDate, Source, SourceId } from "../../scripts/model.ts";
import { DOSSIER_DATA } from "./build.ts";

export function makeSource(id: string, paragraphs: string[], options: { published?: PartialDate; headline?: string; outlet?: string } = {}): Source {
  return {
    id: id as SourceId,
    file: `${id}.txt`,
    digest: id,
    meta: {
      headline: options.headline ? { value: options.headline, from: "text" } : undefined,
      outlet: options.outlet ? { value: options.outlet, from: "text" } : undefined,
      published: options.published ? { value: options.published, from: "text" } : undefined,
      credits: [],
      acknowledgedUnknown: [],
    },
    paragraphs: paragraphs.map((text, i): Paragraph => ({ id: `p${i + 1}` as ParagraphId, text, line: i + 1 })),
    removed: [],
  };
}

/** The frozen dossier's gazetteer, scope vocabulary and catalogue (tests/fixtures/dossier/data). */
export function dossierData(): Promise<DossierData> {
  return readDossierData(DOSSIER_DATA);
}
