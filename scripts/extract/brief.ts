// Assembles one agreement's brief from its passages: key facts, what each source says, where sources differ, related reporting.
import { shortLabel } from "../display.ts";
import { displayTitle } from "../display.ts";
import type { Citation, Claim } from "../model.ts";
import type { Brief, BriefDifference, BriefRelated, BriefSourceRef } from "../brief-schema.ts";
import { formatDate } from "../dates.ts";
import type { Agreement, DossierData, Entity, EntityId, RelatedTopic } from "../catalogue.ts";
import { catalogueFactClaims, citeSpan, dateClaim, officialClaims, partiesClaim, scopeClaims, uniqueCitations } from "./claims.ts";
import { alsoSpelled } from "./entities.ts";
import { findTerms, foldText } from "../fold.ts";
import { matchRule, type Passage, type SourceReading } from "./passages.ts";

export interface BriefInputs {
  agreement: Agreement;
  passages: Passage[];
  /** `sourceId#pN` of paragraphs that report more than one agreement. */
  shared: ReadonlySet<string>;
  readings: readonly SourceReading[];
  /** Other agreements' ids that share a source with this one. */
  neighbours: Agreement[];
  data: DossierData;
}

/** A brief, or undefined when no passage and no analyst supplies a date (reported as a diagnostic by the caller). */
export function assembleBrief(input: BriefInputs): Brief | undefined {
  const { agreement, passages, data } = input;
  const { gazetteer } = data;
  const date = dateClaim(agreement, passages);
  if (!date) return undefined;
  const parties = partiesClaim(agreement, passages, gazetteer);
  const officials = officialClaims(agreement, passages, gazetteer);
  const scope = scopeClaims(passages, input.shared, data.scope);
  const facts = catalogueFactClaims(agreement, passages);
  const { date: dated, ...dateOnly } = date;
  const claims: Claim[] = [dateOnly, parties, ...officials.map((o) => o.claim), ...scope, ...facts].filter((c) => c.citations.length || c.provenance === "analyst");
  const sourceIds = [...new Set(passages.map((p) => p.reading.source.id))];
  const readings = sourceIds.map((id) => input.readings.find((r) => r.source.id === id)!);
  const place = facts.find((f) => f.label === "Place");
  const entityIds = [...agreement.parties, ...passages.flatMap((p) => p.paragraph.entities.filter((m) => m.named).map((m) => m.entity))];
  return {
    id: agreement.id,
    title: agreement.title,
    short_title: agreement.short_title,
    kind: agreement.kind,
    aliases: agreement.aliases,
    parties: agreement.parties.map((id) => ({ id, name: nameOf(id, gazetteer) })),
    officials: officials.map((o) => o.official),
    agreement_date: { iso: dated.iso, precision: dated.precision, provenance: dated.provenance, inferred: dated.inferred, note: date.note ?? null },
    year: dated.iso.slice(0, 4),
    place: place ? { value: place.value, provenance: place.provenance } : null,
    status: agreement.status,
    scope_tags: scope.map((s) => s.value),
    sources: sourceIds,
    // Two articles from one outlet are one voice; an article whose outlet is unknown counts on its own.
    corroboration: new Set(readings.map((r) => r.source.meta.outlet?.value ?? r.source.id)).size,
    summary: agreement.summary,
    context: agreement.context,
    claims,
    quotes: readings.map((r) => ({
      source: r.source.id,
      title: displayTitle(r.source),
      citations: uniqueCitations(passages.filter((p) => p.reading === r).flatMap((p) => p.matches.map((m) => citeSpan(r, p.paragraph, m.start, m.end)))),
    })),
    differences: [...spellingDifferences(readings, gazetteer), ...dateDifferences(agreement, passages, readings), ...framingDifferences(passages, data.catalogue.framing, readings)],
    related: relatedReporting(agreement, input.readings, data),
    related_briefs: relatedBriefs(agreement, input.neighbours, data.catalogue.agreements),
    source_refs: readings.map((r) => sourceRef(r)),
    also_spelled: alsoSpelled(entityIds, gazetteer),
  };
}

function nameOf(id: EntityId, gazetteer: readonly Entity[]): string {
  return gazetteer.find((e) => e.id === id)?.name ?? id;
}

function sourceRef(r: SourceReading): BriefSourceRef {
  const m = r.source.meta;
  return {
    id: r.source.id, title: displayTitle(r.source), outlet: m.outlet?.value ?? null, published: m.published?.value.iso ?? null,
    precision: m.published?.value.precision ?? null, url: m.url?.value ?? null, file: r.source.file,
  };
}

/** Names the brief's sources spell differently (Haftar / Hifter, Turkiye / Turkey), each spelling cited once. */
function spellingDifferences(readings: readonly SourceReading[], gazetteer: readonly Entity[]): BriefDifference[] {
  // entity → surname-or-last-word spelling → first sighting in each source
  const spellings = new Map<EntityId, Map<string, Map<string, Citation>>>();
  for (const reading of readings) {
    for (const p of reading.paragraphs) {
      for (const m of p.entities) {
        // Acronyms (GNA, LNA) and adjectives (Turkish) are not spellings of a name.
        if (!m.named || /^[\p{Lu}\d]+$/u.test(m.text)) continue;
        const form = m.text.split(" ").at(-1)!;
        const forms = spellings.get(m.entity) ?? new Map<string, Map<string, Citation>>();
        const sources = forms.get(form) ?? new Map<string, Citation>();
        if (!sources.has(reading.source.id)) sources.set(reading.source.id, citeSpan(reading, p, m.start, m.end));
        forms.set(form, sources);
        spellings.set(m.entity, forms);
      }
    }
  }
  const out: BriefDifference[] = [];
  for (const [entity, forms] of spellings) {
    if (forms.size < 2) continue;
    const allSources = new Set([...forms.values()].flatMap((s) => [...s.keys()]));
    if (allSources.size < 2) continue;
    const parts = [...forms].map(([form, sources]) => `“${form}” in ${[...sources.keys()].map(sourceLabel(readings)).join(", ")}`);
    out.push({ kind: "spelling", text: `${nameOf(entity, gazetteer)} is written ${parts.join("; ")}.`, citations: [...forms.values()].map((s) => [...s.values()][0]!) });
  }
  return out;
}


function sourceLabel(readings: readonly SourceReading[]): (id: string) => string {
  return (id) => {
    const r = readings.find((x) => x.source.id === id);
    return r ? shortLabel(sourceRef(r)) : id;
  };
}

/** Dates in the window that disagree between sources, at the precision they share. */
function dateDifferences(agreement: Agreement, passages: readonly Passage[], readings: readonly SourceReading[]): BriefDifference[] {
  const label = sourceLabel(readings);
  const window = agreement.recognise.window;
  const dated = passages.flatMap((p) => p.paragraph.dates.filter((m) => m.date && (!window || (m.date.iso >= window.from.slice(0, m.date.iso.length) && m.date.iso <= window.to.slice(0, m.date.iso.length)))).map((m) => ({ m, p })));
  const bySource = new Map<string, typeof dated>();
  for (const d of dated) bySource.set(d.p.reading.source.id, [...(bySource.get(d.p.reading.source.id) ?? []), d]);
  const out: BriefDifference[] = [];
  const all = [...bySource.values()].map((list) => list[0]!);
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      const a = all[i]!;
      const b = all[j]!;
      const shared = Math.min(a.m.date!.iso.length, b.m.date!.iso.length);
      const same = a.m.date!.iso.slice(0, shared) === b.m.date!.iso.slice(0, shared);
      const text = same
        ? `${label(a.p.reading.source.id)} gives “${a.m.text}” (${formatDate(a.m.date!)}) and ${label(b.p.reading.source.id)} “${b.m.text}” (${formatDate(b.m.date!)}): consistent, at different precision.`
        : `${label(a.p.reading.source.id)} dates it “${a.m.text}” (${formatDate(a.m.date!)}) but ${label(b.p.reading.source.id)} “${b.m.text}” (${formatDate(b.m.date!)}).`;
      if (same && a.m.date!.iso === b.m.date!.iso) continue;
      out.push({ kind: "date", text, citations: [citeSpan(a.p.reading, a.p.paragraph, a.m.start, a.m.end), citeSpan(b.p.reading, b.p.paragraph, b.m.start, b.m.end)] });
    }
  }
  return out;
}

/** Loaded words (from the catalogue's framing list) that a source uses in its passages. */
function framingDifferences(passages: readonly Passage[], framing: readonly string[], readings: readonly SourceReading[]): BriefDifference[] {
  const label = sourceLabel(readings);
  const bySource = new Map<string, { words: string[]; citations: Citation[] }>();
  for (const passage of passages) {
    for (const t of findTerms(passage.paragraph.paragraph.text, framing, passage.paragraph.folded)) {
      const entry = bySource.get(passage.reading.source.id) ?? { words: [], citations: [] };
      const word = passage.paragraph.paragraph.text.slice(t.start, t.end);
      if (!entry.words.some((w) => foldText(w) === foldText(word))) entry.words.push(word);
      entry.citations.push(citeSpan(passage.reading, passage.paragraph, t.start, t.end));
      bySource.set(passage.reading.source.id, entry);
    }
  }
  return [...bySource].map(([source, e]) => ({ kind: "framing" as const, text: `${label(source)} uses loaded words: ${e.words.map((w) => `“${w}”`).join(", ")}.`, citations: uniqueCitations(e.citations) }));
}

/** Reporting that is not an agreement (a visit, a statement) that the catalogue says bears on this one. */
function relatedReporting(agreement: Agreement, readings: readonly SourceReading[], data: DossierData): BriefRelated[] {
  const topics = data.catalogue.related.filter((r) => r.bears_on.includes(agreement.id));
  return topics.flatMap((topic) => readings.flatMap((r) => relatedIn(topic, r, data)));
}

function relatedIn(topic: RelatedTopic, r: SourceReading, data: DossierData): BriefRelated[] {
  for (const p of r.paragraphs) {
    const matches = matchRule(topic.recognise, r, p, data.gazetteer);
    if (!matches) continue;
    const citations = uniqueCitations(matches.map((m) => citeSpan(r, p, m.start, m.end)));
    const ref = sourceRef(r);
    return [{ id: topic.id, title: topic.title, note: topic.note, source: r.source.id, source_title: ref.title, source_label: shortLabel(ref), citations }];
  }
  return [];
}

/** The catalogue's "see also" briefs, then any that share a source, in catalogue order. */
function relatedBriefs(agreement: Agreement, neighbours: readonly Agreement[], all: readonly Agreement[]): Array<{ id: string; title: string }> {
  const wanted = new Set([...(agreement.see_also ?? []), ...neighbours.map((n) => n.id)]);
  wanted.delete(agreement.id);
  return all.filter((a) => wanted.has(a.id)).map((a) => ({ id: a.id, title: a.title }));
}
