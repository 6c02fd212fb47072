// Turns the facts the linked acts state into an agreement's key facts, each with the sentences that state it: date, parties, place, status, officials, scope, and the analyst's own facts.
import type { Brief } from "../brief-schema.ts";
import type { Agreement, Entity, EntityId, ScopeTag, Status } from "../catalogue.ts";
import { formatDate } from "../dates.ts";
import type { Link, StatedFact } from "../evidence.ts";
import type { Citation, Claim, PartialDate } from "../model.ts";
import { entityClosure, findTitledPeople } from "./entities.ts";
import type { ParagraphReading, SourceReading } from "./reading.ts";
import { findScope } from "./scope.ts";
import { sentencesCovering } from "./sentences.ts";

/** A paragraph that reports the agreement, with the source it belongs to. */
export interface Passage {
  reading: SourceReading;
  paragraph: ParagraphReading;
}

/** The sentence(s) of a paragraph that hold a span, as a citation. */
export function citeSpan(reading: SourceReading, p: ParagraphReading, start: number, end: number): Citation {
  const quote = sentencesCovering(p.sentences, start, end).map((s) => s.text).join(" ");
  return { source: reading.source.id, paragraph: p.paragraph.id, quote };
}

/** Citations without repeats, in the order given. */
export function uniqueCitations(list: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.source}#${c.paragraph}#${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cite(link: Link, fact: StatedFact<unknown>): Citation {
  return { source: link.source, paragraph: fact.paragraph, quote: fact.quote };
}

export interface DatedClaim extends Claim {
  date: PartialDate & { inferred: boolean; provenance: "text" | "analyst" };
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** The most precise date the sources give the act (stated before inferred); else the catalogue's analyst date; else the earliest report. */
/** A date claim split as a brief holds it: the claim (without its date) among the facts, and the date itself with the year. */
export function splitDateClaim(date: DatedClaim | undefined): { claim?: Claim; agreement_date: Brief["agreement_date"]; year: string | null } {
  if (!date) return { agreement_date: null, year: null };
  const { date: dated, ...claim } = date;
  return {
    claim,
    agreement_date: { iso: dated.iso, precision: dated.precision, provenance: dated.provenance, inferred: dated.inferred, note: date.note ?? null },
    year: dated.iso.slice(0, 4),
  };
}

export function dateClaim(agreement: Agreement, links: readonly Link[], readings: ReadonlyMap<string, SourceReading>): DatedClaim | undefined {
  const found = links.flatMap((link) => link.facts.dates.map((fact) => ({ link, fact })));
  found.sort((a, b) => PRECISION_RANK[a.fact.value.precision] - PRECISION_RANK[b.fact.value.precision] || Number(Boolean(a.fact.inferred)) - Number(Boolean(b.fact.inferred)));
  const best = found[0];
  if (best) {
    const date = best.fact.value;
    const same = found.filter((f) => f.fact.value.iso === date.iso);
    const inferred = same.every((f) => f.fact.inferred);
    const note = inferred ? `Inferred from “${best.fact.words}”: ${best.fact.basis || "the sources do not state it in full"}.` : undefined;
    return {
      id: "date", label: "Date", value: formatDate(date), provenance: "text", ...(note ? { note } : {}),
      citations: uniqueCitations(same.map((f) => cite(f.link, f.fact))),
      date: { ...date, inferred, provenance: "text" },
    };
  }
  if (agreement.date) {
    const { iso, precision, note, citations } = agreement.date;
    return {
      id: "date", label: "Date", value: formatDate({ iso, precision }), provenance: "analyst", note,
      citations: (citations ?? []) as Citation[], date: { iso, precision, inferred: false, provenance: "analyst" },
    };
  }
  return publicationDateClaim(links, readings);
}

/** Last resort: no source dates the agreement, so the earliest dated article that reports it bounds it ("by 12 July 2025"). */
function publicationDateClaim(links: readonly Link[], readings: ReadonlyMap<string, SourceReading>): DatedClaim | undefined {
  const dated = links.filter((l) => readings.get(l.source)?.source.meta.published).sort((a, b) => (readings.get(a.source)!.source.meta.published!.value.iso < readings.get(b.source)!.source.meta.published!.value.iso ? -1 : 1));
  const first = dated[0];
  if (!first) return undefined;
  const date = readings.get(first.source)!.source.meta.published!.value;
  const note = `Inferred: no source dates the agreement; the earliest article reporting it is dated ${formatDate(date)}, so it was reached by then.`;
  const passage = first.passages[0]!;
  return {
    id: "date", label: "Date", value: `by ${formatDate(date)}`, provenance: "text", note,
    citations: [{ source: first.source, paragraph: passage.paragraph, quote: passage.quote }], date: { ...date, inferred: true, provenance: "text" },
  };
}

/** Sentences in which an act names every party (or, for a government, the state it stood for). */
export function partiesClaim(agreement: Agreement, links: readonly Link[], gazetteer: readonly Entity[]): Claim {
  const names = agreement.parties.map((id) => gazetteer.find((e) => e.id === id)?.name ?? id);
  const states = agreement.parties.map((p) => entityClosure(p, gazetteer).at(-1));
  const citations = links.flatMap((link) =>
    link.facts.parties.filter((f) => states.every((s) => f.value.some((v) => entityClosure(v, gazetteer).at(-1) === s))).map((f) => cite(link, f)),
  );
  // Three sentences are enough to show who the parties are; the rest repeat it.
  return { id: "parties", label: "Parties", value: names.join(" and "), provenance: "text", citations: uniqueCitations(citations).slice(0, 3) };
}

/** Where the sources say it was signed or reached, the place most of them name first; or the analyst's place. */
export function placeClaim(agreement: Agreement, links: readonly Link[], gazetteer: readonly Entity[]): Claim | undefined {
  const byPlace = new Map<EntityId, Citation[]>();
  for (const link of links) for (const f of link.facts.places) byPlace.set(f.value, [...(byPlace.get(f.value) ?? []), cite(link, f)]);
  const ranked = [...byPlace].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  if (ranked.length) {
    const value = ranked.map(([id]) => gazetteer.find((e) => e.id === id)?.name ?? id).join("; ");
    return { id: "fact:place", label: "Place", value, provenance: "text", citations: uniqueCitations(ranked.flatMap(([, c]) => c)) };
  }
  const analyst = agreement.facts?.find((f) => f.label.toLowerCase() === "place");
  return analyst && { id: "fact:place", label: "Place", value: analyst.value, provenance: "analyst", note: analyst.note, citations: (analyst.citations ?? []) as Citation[] };
}

const STATUS_ORDER: readonly Status[] = ["signed", "announced", "to be signed", "ratified", "contested"];

/** What the sources say was done: signed, announced, to be signed, ratified (by whom), contested (by whom). */
export function statusClaim(links: readonly Link[], gazetteer: readonly Entity[]): Claim | undefined {
  const byStatus = new Map<Status, { by: Set<EntityId>; citations: Citation[] }>();
  for (const link of links) {
    for (const f of link.facts.statuses) {
      const entry = byStatus.get(f.value) ?? { by: new Set<EntityId>(), citations: [] };
      for (const b of f.by ?? []) entry.by.add(b);
      entry.citations.push(cite(link, f));
      byStatus.set(f.value, entry);
    }
  }
  if (!byStatus.size) return undefined;
  const name = (id: EntityId) => gazetteer.find((e) => e.id === id)?.name ?? id;
  const parts = STATUS_ORDER.filter((s) => byStatus.has(s)).map((s) => {
    const by = [...byStatus.get(s)!.by].map(name);
    return `${s}${by.length && (s === "ratified" || s === "contested") ? ` by ${by.join(", ")}` : ""}`;
  });
  const value = parts.join("; ").replace(/^./, (c) => c.toUpperCase());
  return { id: "fact:status", label: "Status", value, provenance: "text", citations: uniqueCitations(STATUS_ORDER.flatMap((s) => byStatus.get(s)?.citations ?? [])) };
}

export interface Official {
  id: EntityId;
  name: string;
  role: string;
  side: string;
  named_as: string;
  title_in_source: string;
}

/** People the linked passages name with an official title, acting for one of the parties. */
export function officialClaims(agreement: Agreement, passages: readonly Passage[], gazetteer: readonly Entity[]): Array<{ official: Official; claim: Claim }> {
  const byId = new Map(gazetteer.map((e) => [e.id, e]));
  const sides = new Set(agreement.parties.flatMap((p) => entityClosure(p, gazetteer)));
  const out = new Map<EntityId, { official: Official; claim: Claim }>();
  for (const passage of passages) {
    for (const { mention, title } of findTitledPeople(passage.paragraph.text, gazetteer, passage.paragraph.entities)) {
      const person = byId.get(mention.entity)!;
      if (!person.acts_for || !entityClosure(person.acts_for, gazetteer).some((e) => sides.has(e))) continue;
      const citation = citeSpan(passage.reading, passage.paragraph, mention.start, mention.end);
      const known = out.get(person.id);
      if (known) {
        known.claim.citations = uniqueCitations([...known.claim.citations, citation]);
        continue;
      }
      const side = byId.get(person.acts_for)?.name ?? person.acts_for;
      const official: Official = { id: person.id, name: person.name, role: person.role ?? title, side, named_as: mention.text, title_in_source: title };
      out.set(person.id, { official, claim: { id: `official:${person.id}`, label: "Official", value: `${person.name}, ${title} (${side})`, provenance: "text", citations: [citation] } });
    }
  }
  return [...out.values()];
}

/** What the agreement covers, in the scope vocabulary, from passages that report only this agreement. */
export function scopeClaims(passages: readonly Passage[], shared: ReadonlySet<string>, vocabulary: readonly ScopeTag[]): Claim[] {
  const byTag = new Map<string, Citation[]>();
  for (const passage of passages) {
    // A paragraph that reports two agreements cannot say which of them covers what.
    if (shared.has(`${passage.reading.source.id}#${passage.paragraph.paragraph.id}`)) continue;
    for (const m of findScope(passage.paragraph.text, vocabulary, passage.paragraph.folded)) {
      const list = byTag.get(m.tag) ?? [];
      list.push(citeSpan(passage.reading, passage.paragraph, m.start, m.end));
      byTag.set(m.tag, list);
    }
  }
  return vocabulary
    .filter((v) => byTag.has(v.tag))
    .map((v) => ({ id: `scope:${v.tag}`, label: "Scope", value: v.tag, provenance: "text" as const, citations: uniqueCitations(byTag.get(v.tag)!) }));
}

/** Facts the analyst supplies (other than the place, which the sources may give): each with its note. */
export function analystClaims(agreement: Agreement): Claim[] {
  return (agreement.facts ?? [])
    .filter((f) => f.label.toLowerCase() !== "place")
    .map((f) => ({ id: `fact:${f.label.toLowerCase()}`, label: f.label, value: f.value, provenance: "analyst" as const, note: f.note, citations: (f.citations ?? []) as Citation[] }));
}
