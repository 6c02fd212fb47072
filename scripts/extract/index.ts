// The extract stage: reads every source for entities and dates, finds each agreement's passages, and assembles one brief per reported agreement.
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic, Source } from "../model.ts";
import { assembleBrief } from "./brief.ts";
import type { Brief, CitingBrief } from "../brief-schema.ts";
import { checkData } from "./check-data.ts";
import type { DossierData } from "../catalogue.ts";
import { alsoSpelled } from "./entities.ts";
import { findPassages, readSource, type SourceReading } from "./passages.ts";

export interface Extracted {
  briefs: Brief[];
  readings: SourceReading[];
  /** For each source id, the briefs that cite it: as reporting the agreement, or as related reporting only. */
  citedIn: Map<string, CitingBrief[]>;
  /** For each source id, the "also spelled" entries for the names on its page. */
  spellings: Map<string, string[]>;
  diagnostics: Diagnostic[];
}

/** `catalogue` is the path that diagnostics about the catalogue name. */
export function extractDossier(sources: readonly Source[], data: DossierData, catalogue = "content/_data/agreements.yaml"): Extracted {
  const diagnostics = checkData(data, catalogue);
  const readings = sources.map((s) => readSource(s, data.gazetteer));
  const passages = findPassages(readings, data.catalogue.agreements, data.gazetteer);
  const perParagraph = new Map<string, number>();
  for (const p of passages) {
    const key = `${p.reading.source.id}#${p.paragraph.paragraph.id}`;
    perParagraph.set(key, (perParagraph.get(key) ?? 0) + 1);
  }
  const shared = new Set([...perParagraph].filter(([, n]) => n > 1).map(([k]) => k));
  const briefs: Brief[] = [];
  for (const agreement of data.catalogue.agreements) {
    const own = passages.filter((p) => p.agreement === agreement.id);
    if (!own.length) {
      diagnostics.push(diagnostic(catalogue, "info", `no source reports ${agreement.id}; its brief is not written`, "brief-unreported"));
      continue;
    }
    const sourceIds = new Set(own.map((p) => p.reading.source.id));
    const neighbours = data.catalogue.agreements.filter((a) => a.id !== agreement.id && passages.some((p) => p.agreement === a.id && sourceIds.has(p.reading.source.id)));
    const brief = assembleBrief({ agreement, passages: own, shared, readings, neighbours, data });
    if (!brief) {
      diagnostics.push(diagnostic(catalogue, "error", `${agreement.id}: no source dates it and the catalogue gives no analyst date`, "brief-date"));
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

/** What extraction yields when the data files cannot be used: no briefs, and the reasons why. */
export function noBriefs(diagnostics: Diagnostic[]): Extracted {
  return { briefs: [], readings: [], citedIn: new Map(), spellings: new Map(), diagnostics };
}
