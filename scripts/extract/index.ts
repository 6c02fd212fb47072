// The extract stage: reads every source for entities and dates, finds each agreement's passages, and assembles one brief per reported agreement.
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic, Source } from "../model.ts";
import { assembleBrief } from "./brief.ts";
import type { Brief, CitingBrief } from "../brief-schema.ts";
import type { DossierData } from "../catalogue.ts";
import { alsoSpelled } from "./entities.ts";
import { findPassages, readSource, type SourceReading } from "./passages.ts";
import { keepPinsInBuild } from "./pins.ts";
import { unreportedBrief } from "./unreported.ts";

export interface Extracted {
  briefs: Brief[];
  readings: SourceReading[];
  /** For each source id, the briefs that cite it: as reporting the agreement, or as related reporting only. */
  citedIn: Map<string, CitingBrief[]>;
  /** For each source id, the "also spelled" entries for the names on its page. */
  spellings: Map<string, string[]>;
  diagnostics: Diagnostic[];
}

/** `catalogue` is the path that diagnostics about the catalogue name when the data carries no locations. */
export function extractDossier(sources: readonly Source[], dossierData: DossierData, catalogue = "content/_data/agreements.yaml"): Extracted {
  const pins = keepPinsInBuild(dossierData.catalogue, new Set(sources.map((s) => s.id)), dossierData.locations, catalogue);
  const data: DossierData = { ...dossierData, catalogue: pins.catalogue };
  const diagnostics: Diagnostic[] = [...pins.diagnostics];
  /** Where the catalogue writes the agreement at `index`, for messages about it. */
  const at = (index: number) => dossierData.locations?.get(dossierData.catalogue.agreements[index]!) ?? { file: catalogue, line: 1, column: 1 };
  const readings = sources.map((s) => readSource(s, data.gazetteer));
  const passages = findPassages(readings, data.catalogue.agreements, data.gazetteer);
  const perParagraph = new Map<string, number>();
  for (const p of passages) {
    const key = `${p.reading.source.id}#${p.paragraph.paragraph.id}`;
    perParagraph.set(key, (perParagraph.get(key) ?? 0) + 1);
  }
  const shared = new Set([...perParagraph].filter(([, n]) => n > 1).map(([k]) => k));
  const briefs: Brief[] = [];
  for (const [index, agreement] of data.catalogue.agreements.entries()) {
    const own = passages.filter((p) => p.agreement === agreement.id);
    if (!own.length) {
      const where = at(index);
      diagnostics.push(diagnostic(where.file, "warning", `agreement "${agreement.id}": no source in this build reports it; its brief says so and shows only what the catalogue supplies`, "brief-unreported", where.line, where.column));
      briefs.push(unreportedBrief(agreement, data));
      continue;
    }
    const sourceIds = new Set(own.map((p) => p.reading.source.id));
    const neighbours = data.catalogue.agreements.filter((a) => a.id !== agreement.id && passages.some((p) => p.agreement === a.id && sourceIds.has(p.reading.source.id)));
    const brief = assembleBrief({ agreement, passages: own, shared, readings, neighbours, data });
    if (!brief) {
      const where = at(index);
      diagnostics.push(diagnostic(where.file, "error", `agreement "${agreement.id}": no source dates it and the catalogue gives no analyst date (\`date:\`); its brief is not built`, "brief-date", where.line, where.column));
      continue;
    }
    briefs.push(brief);
  }
  // A related brief that this build does not write (no source reports it) would be a broken link.
  const written = new Set(briefs.map((b) => b.id));
  for (const brief of briefs) brief.related_briefs = brief.related_briefs.filter((r) => written.has(r.id));
  const citedIn = new Map<string, CitingBrief[]>();
  for (const brief of briefs) {
    const relatedOnly = brief.related.map((r) => r.source).filter((id) => !brief.sources.includes(id));
    for (const id of [...brief.sources, ...new Set(relatedOnly)]) {
      citedIn.set(id, [...(citedIn.get(id) ?? []), { id: brief.id, title: brief.title, related: !brief.sources.includes(id) }]);
    }
  }
  const spellings = new Map(readings.map((r) => [r.source.id as string, alsoSpelled(r.paragraphs.flatMap((p) => p.entities.filter((m) => m.named).map((m) => m.entity)), data.gazetteer)]));
  return { briefs, readings, citedIn, spellings, diagnostics };
}

/** What extraction yields when the data files cannot be used: no briefs (the loader has said why). */
export function noBriefs(): Extracted {
  return { briefs: [], readings: [], citedIn: new Map(), spellings: new Map(), diagnostics: [] };
}
