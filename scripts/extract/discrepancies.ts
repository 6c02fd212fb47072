// Where independent origins state different values for the same fact about the same act: the notes "Where sources differ" keeps.
import type { BriefDifference } from "../brief-schema.ts";
import type { Entity, EntityId } from "../catalogue.ts";
import { formatDate } from "../dates.ts";
import type { Link } from "../evidence.ts";
import { originOf } from "../grading.ts";
import type { Citation, PartialDate, Source } from "../model.ts";
import { entityClosure } from "./entities.ts";

/** One fact as one origin states it: a compatible pair is the same value (27 November 2019 and November 2019 agree). */
interface Sighting {
  value: string;
  shown: string;
  origin: string;
  citation: Citation;
}

/** Origins a side names and cites; the others are counted, and their passages are on the evidence page. */
export const SHOWN_ORIGINS = 2;

/** The facts compared, each with the claim it bears on (that claim is contested while the note stands). */
export const DISCREPANCY_FACTS = {
  date: { label: "Date of signing", claim: "date" },
  place: { label: "Place of signing", claim: "place" },
  government: { label: "Signing government", claim: "parties" },
  status: { label: "Status", claim: "status" },
} as const;
export type DiscrepancyKind = keyof typeof DISCREPANCY_FACTS;

/**
 * The brief's discrepancies: for each fact, the values its sources' linked acts state, grouped by origin (a copy, a wire
 * story and the outlet they come from are one), with values that differ only in precision merged. Two groups or more
 * make one note that cites each side and says which origins each value comes from: the first `SHOWN_ORIGINS` of a
 * side named and cited, the rest counted, with their citations kept apart (`more_citations`) for the evidence page.
 */
export function findDiscrepancies(links: readonly Link[], sources: ReadonlyMap<string, Source>, label: (source: string) => string, gazetteer: readonly Entity[]): BriefDifference[] {
  const sightings: Record<DiscrepancyKind, Sighting[]> = { date: [], place: [], government: [], status: [] };
  const nameOf = (id: EntityId) => gazetteer.find((e) => e.id === id)?.name ?? id;
  for (const link of links) {
    const source = sources.get(link.source);
    if (!source) continue;
    const seen = (paragraph: string, quote: string) => ({ origin: originOf(source, paragraph as Citation["paragraph"]).name, citation: { source: link.source, paragraph: paragraph as Citation["paragraph"], quote } });
    for (const d of link.facts.dates) sightings.date.push({ value: d.value.iso, shown: formatDate(d.value as PartialDate), ...seen(d.paragraph, d.quote) });
    for (const p of link.facts.places) sightings.place.push({ value: p.value, shown: nameOf(p.value), ...seen(p.paragraph, p.quote) });
    for (const p of link.facts.parties) {
      for (const id of p.value.filter((e) => gazetteer.find((g) => g.id === e)?.kind === "government")) sightings.government.push({ value: id, shown: nameOf(id), ...seen(p.paragraph, p.quote) });
    }
    for (const s of link.facts.statuses) if (s.value === "signed" || s.value === "to be signed") sightings.status.push({ value: s.value, shown: s.value, ...seen(s.paragraph, s.quote) });
  }
  const compatible: Record<DiscrepancyKind, (a: string, b: string) => boolean> = {
    // A difference of precision is none: 2019 agrees with 27 November 2019.
    date: (a, b) => a.startsWith(b) || b.startsWith(a),
    // Tripoli is in Libya: a place and the place that contains it agree.
    place: (a, b) => entityClosure(a as EntityId, gazetteer).includes(b as EntityId) || entityClosure(b as EntityId, gazetteer).includes(a as EntityId),
    government: (a, b) => a === b,
    status: (a, b) => a === b,
  };
  const out: BriefDifference[] = [];
  for (const kind of Object.keys(DISCREPANCY_FACTS) as DiscrepancyKind[]) {
    const sides = sidesOf(sightings[kind], compatible[kind]);
    if (sides.length < 2) continue;
    const parts = sides.map((side) => {
      const named = side.origins.slice(0, SHOWN_ORIGINS).map((o) => originLabel(o, side.sightings, label));
      const others = side.origins.length - named.length;
      return `${side.shown} from ${named.join(" and ")}${others ? ` and ${others} other origin${others === 1 ? "" : "s"}` : ""}`;
    });
    out.push({ kind, text: `${parts.join("; but ")}.`, citations: sides.flatMap((s) => s.citations.slice(0, SHOWN_ORIGINS)), more_citations: sides.flatMap((s) => s.citations.slice(SHOWN_ORIGINS)) });
  }
  return out;
}

/**
 * The values one fact takes, each with the origins that state it: an origin's values that agree are one; a value
 * compatible with two that conflict (a year beside two days of it) takes no side. One citation per origin and value.
 */
function sidesOf(sightings: readonly Sighting[], compatible: (a: string, b: string) => boolean) {
  const values = [...new Set(sightings.map((s) => s.value))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // The most precise values that do not agree with one another, then each sighting placed under every value it agrees with.
  const heads: string[] = [];
  for (const v of values) if (!heads.some((h) => compatible(h, v))) heads.push(v);
  const sides = heads.map((head) => {
    const agreeing = sightings.filter((s) => compatible(head, s.value));
    return { head, agreeing, exclusive: agreeing.filter((s) => heads.filter((h) => compatible(h, s.value)).length === 1) };
  });
  // A side stands only when some origin states it alone, and two sides must come from different origins.
  const standing = sides.filter((s) => s.exclusive.length);
  const origins = new Set(standing.flatMap((s) => s.exclusive.map((x) => x.origin)));
  if (standing.length < 2 || origins.size < 2) return [];
  // In the order the brief's sources first state them.
  standing.sort((a, b) => sightings.indexOf(a.exclusive[0]!) - sightings.indexOf(b.exclusive[0]!));
  return standing.map((s) => {
    const byOrigin = new Map<string, Sighting>();
    for (const x of s.exclusive) if (!byOrigin.has(x.origin)) byOrigin.set(x.origin, x);
    return { shown: s.exclusive.find((x) => x.value === s.head)?.shown ?? s.exclusive[0]!.shown, origins: [...byOrigin.keys()], sightings: [...byOrigin.values()], citations: [...byOrigin.values()].map((x) => x.citation) };
  });
}

/** "Daily Sabah", or for a report that relays another outlet, "TRT Haber (via Caliber.Az)"; an article of unknown outlet by its label. */
function originLabel(origin: string, sightings: readonly Sighting[], label: (source: string) => string): string {
  const sighting = sightings.find((s) => s.origin === origin)!;
  const via = label(sighting.citation.source);
  if (origin.startsWith("source:")) return via;
  return via === origin ? origin : `${origin} (via ${via})`;
}
