// Assembles one agreement's brief from the sources linked to it: key facts, what each source says, where sources differ, related reporting.
import type { Agreement, DossierData, Entity, EntityId, RelatedTopic } from "../catalogue.ts";
import type { Brief, BriefDifference, BriefRelated, BriefSourceRef } from "../brief-schema.ts";
import { displayTitle, shortLabel } from "../display.ts";
import type { Link } from "../evidence.ts";
import { foldText, findTerms } from "../fold.ts";
import { gradeClaim, independentOrigins, originOf, sourceBadge } from "../grading.ts";
import type { Citation, Claim, Source } from "../model.ts";
import { bestFirst, type SourceStanding } from "./best-citations.ts";
import { analystClaims, citeSpan, dateClaim, splitDateClaim, officialClaims, partiesClaim, placeClaim, scopeClaims, statusClaim, uniqueCitations, type Passage } from "./claims.ts";
import { findDiscrepancies } from "./discrepancies.ts";
import { alsoSpelled } from "./entities.ts";
import type { SourceReading } from "./reading.ts";
import { matchTermRule } from "./related.ts";

export interface BriefInputs {
  agreement: Agreement;
  /** The sources linked to this agreement, with their passages and the facts they state. */
  links: Link[];
  /** `sourceId#pN` of paragraphs that report more than one agreement. */
  shared: ReadonlySet<string>;
  readings: ReadonlyMap<string, SourceReading>;
  /** Other agreements that share a source with this one. */
  neighbours: Agreement[];
  /** Related reporting found in all sources, by topic (see findRelated). */
  related: ReadonlyMap<string, BriefRelated[]>;
  data: DossierData;
}

/** The brief of an agreement that sources report; its date is unset when neither they nor the analyst give one. */
export function assembleBrief(input: BriefInputs): Brief {
  const { agreement, links, data } = input;
  const { gazetteer } = data;
  // A source may report an agreement without dating it, and the catalogue may give no date: the brief says "not known".
  const date = splitDateClaim(dateClaim(agreement, links, input.readings));
  const readings = links.map((l) => input.readings.get(l.source)!);
  const passages: Passage[] = links.flatMap((l) => {
    const reading = input.readings.get(l.source)!;
    return l.passages.map((w) => ({ reading, paragraph: reading.paragraphs.find((p) => p.paragraph.id === w.paragraph)! }));
  });
  const parties = partiesClaim(agreement, links, gazetteer);
  const officials = officialClaims(agreement, passages, gazetteer);
  const scope = scopeClaims(passages, input.shared, data.scope);
  const place = placeClaim(agreement, links, gazetteer);
  const status = statusClaim(links, gazetteer);
  // Each fact's citations best first: the brief shows the first few, the evidence page the rest.
  const standing = standingOf(input.readings);
  const event = date.agreement_date ? { iso: date.agreement_date.iso, precision: date.agreement_date.precision } : null;
  const claims: Claim[] = [...(date.claim ? [date.claim] : []), parties, ...(place ? [place] : []), ...(status ? [status] : []), ...officials.map((o) => o.claim), ...scope, ...analystClaims(agreement)]
    .filter((c) => c.citations.length || c.provenance === "analyst")
    .map((c) => ({ ...c, citations: bestFirst(c.citations, standing, event) }));
  const sources = new Map<string, Source>([...input.readings.values()].map((r) => [r.source.id as string, r.source]));
  // Spellings are not differences between sources: the names note ("also spelled") lists them.
  const discrepancies = findDiscrepancies(links, sources, sourceLabel(readings), gazetteer);
  const differences = [...discrepancies.map(({ contests: _, ...note }) => note), ...framingDifferences(passages, data.catalogue.framing, readings)];
  const contested = new Set(discrepancies.flatMap((d) => d.contests));
  const graded = claims.map((c) => ({ ...c, grade: gradeClaim(c, sources, contested.has(c.id)) }));
  const entityIds = [...agreement.parties, ...passages.flatMap((p) => p.paragraph.entities.filter((m) => m.named).map((m) => m.entity))];
  return {
    id: agreement.id,
    title: agreement.title,
    short_title: agreement.short_title,
    kind: agreement.kind,
    aliases: agreement.aliases,
    parties: agreement.parties.map((id) => ({ id, name: nameOf(id, gazetteer) })),
    officials: officials.map((o) => o.official),
    agreement_date: date.agreement_date,
    year: date.year,
    place: place ? { value: place.value, provenance: place.provenance } : null,
    status: agreement.status,
    scope_tags: scope.map((s) => s.value),
    sources: links.map((l) => l.source),
    // Independent origins: a copy and its original, two stories of one outlet, or a story and the outlet it relays are one voice.
    corroboration: independentOrigins(readings.map((r) => r.source)),
    summary: agreement.summary,
    context: agreement.context,
    assessment: { confidence: agreement.assessment?.confidence ?? null, basis: agreement.assessment?.basis ?? null },
    claims: graded,
    quotes: links.map((l) => ({
      source: l.source,
      title: displayTitle(input.readings.get(l.source)!.source),
      citations: uniqueCitations(l.passages.map((w) => ({ source: l.source, paragraph: w.paragraph, quote: w.quote }))),
    })),
    differences,
    related: data.catalogue.related.filter((r) => r.bears_on.includes(agreement.id)).flatMap((r) => input.related.get(r.id) ?? []),
    related_briefs: relatedBriefs(agreement, input.neighbours, data.catalogue.agreements),
    source_refs: readings.map((r) => sourceRef(r)),
    also_spelled: alsoSpelled(entityIds, gazetteer),
  };
}

/** An origin as a reader sees it: an outlet's name, or "its own (outlet not known)". */
function originName(name: string): string {
  return name.startsWith("source:") ? "its own (outlet not known)" : name;
}

/**
 * A source as the citation order weighs it: whether its words are another's (a reprint, wire copy from an agency
 * other than its outlet, a relayed report), and when it was published.
 */
function standingOf(readings: ReadonlyMap<string, SourceReading>): (source: string) => SourceStanding {
  return (source) => {
    const found = readings.get(source)?.source;
    if (!found) return { reprint: false, published: null };
    const meta = found.meta;
    const agency = meta.agency?.value;
    const origin = originOf(found);
    const ownWords = !origin.secondHand && origin.name === (meta.outlet?.value ?? `source:${found.id}`);
    return { reprint: Boolean(agency && agency !== meta.outlet?.value) || !ownWords, published: meta.published?.value ?? null };
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
    grade: sourceBadge(r.source), rationale: m.grade?.rationale ?? "Cannot be judged: not graded.", origin: originName(originOf(r.source).name),
  };
}

function sourceLabel(readings: readonly SourceReading[]): (id: string) => string {
  return (id) => {
    const r = readings.find((x) => x.source.id === id);
    return r ? shortLabel(sourceRef(r)) : id;
  };
}

/** Loaded words (from the catalogue's framing list) that a source uses in its passages. */
function framingDifferences(passages: readonly Passage[], framing: readonly string[], readings: readonly SourceReading[]): BriefDifference[] {
  const label = sourceLabel(readings);
  const bySource = new Map<string, { words: string[]; citations: Citation[] }>();
  for (const passage of passages) {
    for (const t of findTerms(passage.paragraph.text, framing, passage.paragraph.folded)) {
      const entry = bySource.get(passage.reading.source.id) ?? { words: [], citations: [] };
      const word = passage.paragraph.paragraph.text.slice(t.start, t.end);
      if (!entry.words.some((w) => foldText(w) === foldText(word))) entry.words.push(word);
      entry.citations.push(citeSpan(passage.reading, passage.paragraph, t.start, t.end));
      bySource.set(passage.reading.source.id, entry);
    }
  }
  return [...bySource].map(([source, e]) => ({ kind: "framing" as const, text: `${label(source)} uses loaded words: ${e.words.map((w) => `“${w}”`).join(", ")}.`, citations: uniqueCitations(e.citations), more_citations: [] }));
}

/** Reporting that is not an agreement (a visit, a statement), by catalogue topic, found once for all the briefs it bears on. */
export function findRelated(readings: readonly SourceReading[], data: DossierData): Map<string, BriefRelated[]> {
  return new Map(data.catalogue.related.map((topic) => [topic.id, readings.flatMap((r) => relatedIn(topic, r, data))]));
}

function relatedIn(topic: RelatedTopic, r: SourceReading, data: DossierData): BriefRelated[] {
  for (const p of r.paragraphs) {
    const matches = matchTermRule(topic.recognise, p, data.gazetteer);
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
