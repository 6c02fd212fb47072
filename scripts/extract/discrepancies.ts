// Where independent origins state different values for the same fact about the same act: the notes "Where sources differ" keeps.
import { DIFFERENCE_LABELS, type BriefDifference } from "../brief-schema.ts";
import type { Entity, EntityId } from "../catalogue.ts";
import { formatDate } from "../dates.ts";
import type { Link } from "../evidence.ts";
import { originOf } from "../grading.ts";
import type { Citation, PartialDate, Source } from "../model.ts";
import { uniqueCitations } from "./claims.ts";
import { entityClosure, stateOf } from "./entities.ts";

/** One fact as one origin states it: a compatible pair is the same value (27 November 2019 and November 2019 agree). */
interface Sighting {
  value: string;
  shown: string;
  origin: string;
  /** The passages that state it: one, or for an origin's signatories every sentence that names one of them. */
  citations: Citation[];
}

/** Origins a side names and cites; the others are counted, and their passages are on the evidence page. */
export const SHOWN_ORIGINS = 2;
/**
 * Values a note names: those the most origins state. The rest are counted and their passages are on the evidence page
 * (at 5,000 articles one date had ten values, and the note alone passed the brief's size bound).
 */
export const SHOWN_SIDES = 2;

/**
 * The facts compared, each with the id of the claim it bears on (contested while the note stands). Signatories
 * bear on the "official:<person>" claims of the persons named on a side in conflict.
 */
export const DISCREPANCY_FACTS = {
  date: { label: DIFFERENCE_LABELS.date, claim: "date" },
  place: { label: DIFFERENCE_LABELS.place, claim: "fact:place" },
  government: { label: DIFFERENCE_LABELS.government, claim: "parties" },
  signatories: { label: DIFFERENCE_LABELS.signatories, claim: "official" },
  status: { label: DIFFERENCE_LABELS.status, claim: "fact:status" },
} as const;
export type DiscrepancyKind = keyof typeof DISCREPANCY_FACTS;

/** A note, with the claims it contests: the kind's claim, or for signatories each person's official claim. */
export type Discrepancy = BriefDifference & { contests: string[] };

/**
 * The brief's discrepancies: for each fact, the values its sources' linked acts state, grouped by origin (a copy, a wire
 * story and the outlet they come from are one), with values that differ only in precision merged. Two groups or more
 * make one note that cites each side and says which origins each value comes from: the first `SHOWN_ORIGINS` of a side
 * named and cited, the rest counted, with their citations kept apart (`more_citations`) for the evidence page. Signatories are compared side
 * by side (the state each person signs for): an origin's account is every person it names for that side, and an
 * account that names fewer of them agrees; one note lists every side that differs.
 */
export function findDiscrepancies(links: readonly Link[], sources: ReadonlyMap<string, Source>, label: (source: string) => string, gazetteer: readonly Entity[]): Discrepancy[] {
  const sightings: Record<Exclude<DiscrepancyKind, "signatories">, Sighting[]> = { date: [], place: [], government: [], status: [] };
  const signed: Array<{ person: EntityId; origin: string; citation: Citation }> = [];
  const nameOf = (id: EntityId) => gazetteer.find((e) => e.id === id)?.name ?? id;
  for (const link of links) {
    const source = sources.get(link.source);
    if (!source) continue;
    const said = (paragraph: string, quote: string) => ({ origin: originOf(source, paragraph as Citation["paragraph"]).name, citation: { source: link.source, paragraph: paragraph as Citation["paragraph"], quote } });
    const seen = (paragraph: string, quote: string) => {
      const { origin, citation } = said(paragraph, quote);
      return { origin, citations: [citation] };
    };
    for (const d of link.facts.dates) sightings.date.push({ value: d.value.iso, shown: formatDate(d.value as PartialDate), ...seen(d.paragraph, d.quote) });
    for (const p of link.facts.places) sightings.place.push({ value: p.value, shown: nameOf(p.value), ...seen(p.paragraph, p.quote) });
    for (const p of link.facts.parties) {
      for (const id of p.value.filter((e) => gazetteer.find((g) => g.id === e)?.kind === "government")) sightings.government.push({ value: id, shown: nameOf(id), ...seen(p.paragraph, p.quote) });
    }
    for (const s of link.facts.statuses) if (s.value === "signed" || s.value === "to be signed") sightings.status.push({ value: s.value, shown: s.value, ...seen(s.paragraph, s.quote) });
    for (const s of link.facts.signatories) for (const person of s.value) signed.push({ person, ...said(s.paragraph, s.quote) });
  }
  const compatible: Record<Exclude<DiscrepancyKind, "signatories">, (a: string, b: string) => boolean> = {
    // A difference of precision is none: 2019 agrees with 27 November 2019.
    date: (a, b) => a.startsWith(b) || b.startsWith(a),
    // Tripoli is in Libya: a place and the place that contains it agree.
    place: (a, b) => entityClosure(a as EntityId, gazetteer).includes(b as EntityId) || entityClosure(b as EntityId, gazetteer).includes(a as EntityId),
    government: (a, b) => a === b,
    status: (a, b) => a === b,
  };
  const out: Discrepancy[] = [];
  type Side = ReturnType<typeof sidesOf>[number];
  /**
   * A note's words and passages from its sides: the SHOWN_SIDES values the most origins state are named, in the order
   * the sources first state them, and the rest counted. Each named side's first origins are cited on the brief; the
   * others' passages, and every passage of a side not named, go to the evidence page.
   */
  const describe = (sides: readonly Side[]) => {
    const named = new Set([...sides].sort((a, b) => b.origins.length - a.origins.length).slice(0, SHOWN_SIDES));
    const kept = sides.filter((s) => named.has(s));
    const left = sides.filter((s) => !named.has(s));
    const told = kept
      .map((side) => {
        const shownOrigins = side.origins.slice(0, SHOWN_ORIGINS).map((o) => originLabel(o, side.sightings, label));
        const others = side.origins.length - shownOrigins.length;
        return `${side.shown} from ${shownOrigins.join(" and ")}${others ? ` and ${others} other origin${others === 1 ? "" : "s"}` : ""}`;
      })
      .join("; but ");
    const leftOrigins = left.reduce((n, s) => n + s.origins.length, 0);
    return {
      text: left.length ? `${told}; and ${left.length} other value${left.length === 1 ? "" : "s"} from ${leftOrigins} origin${leftOrigins === 1 ? "" : "s"}, on the evidence page` : told,
      citations: kept.flatMap((s) => s.sightings.slice(0, SHOWN_ORIGINS).flatMap((x) => x.citations)),
      more: [...kept.flatMap((s) => s.sightings.slice(SHOWN_ORIGINS)), ...left.flatMap((s) => s.sightings)].flatMap((x) => x.citations),
    };
  };
  for (const kind of Object.keys(DISCREPANCY_FACTS) as DiscrepancyKind[]) {
    if (kind === "signatories") {
      const bySide = signatoriesBySide(signed, gazetteer)
        .map(({ side, sightings }) => ({ side, sides: sidesOf(sightings, (a, b) => subset(a, b) || subset(b, a)) }))
        .filter((s) => s.sides.length >= 2)
        .map((s) => ({ ...s, note: describe(s.sides) }));
      if (!bySide.length) continue;
      const persons = bySide.flatMap((s) => s.sides.flatMap((x) => x.sightings.flatMap((y) => y.value.split("+"))));
      out.push({
        kind,
        text: bySide.map(({ side, note }) => `For ${nameOf(side)}: ${note.text}.`).join(" "),
        citations: uniqueCitations(bySide.flatMap((s) => s.note.citations)),
        more_citations: uniqueCitations(bySide.flatMap((s) => s.note.more)),
        contests: [...new Set(persons)].map((p) => `official:${p}`),
      });
      continue;
    }
    const sides = sidesOf(sightings[kind], compatible[kind]);
    if (sides.length < 2) continue;
    const note = describe(sides);
    out.push({ kind, text: `${note.text}.`, citations: note.citations, more_citations: note.more, contests: [DISCREPANCY_FACTS[kind].claim] });
  }
  return out;
}

/** True when every person of set `a` ("x+y") is in set `b`: naming fewer of the signatories is precision, not conflict. */
function subset(a: string, b: string): boolean {
  const of = new Set(b.split("+"));
  return a.split("+").every((p) => of.has(p));
}

/**
 * Each side's signatories as each origin states them: the persons every sentence of the origin names for that side,
 * together (one sentence may name the president, another the minister), with those sentences. A side is the state the
 * person acts for, so a GNA and a GNU official sign for the same side.
 */
function signatoriesBySide(signed: ReadonlyArray<{ person: EntityId; origin: string; citation: Citation }>, gazetteer: readonly Entity[]): Array<{ side: EntityId; sightings: Sighting[] }> {
  const sideOf = (person: EntityId) => {
    const body = gazetteer.find((e) => e.id === person)?.acts_for;
    return body && stateOf(body, gazetteer);
  };
  const sides = new Map<EntityId, Map<string, { persons: EntityId[]; citations: Citation[] }>>();
  for (const s of signed) {
    const side = sideOf(s.person);
    if (!side) continue;
    const origins = sides.get(side) ?? new Map<string, { persons: EntityId[]; citations: Citation[] }>();
    const stated = origins.get(s.origin) ?? { persons: [], citations: [] };
    if (!stated.persons.includes(s.person)) stated.persons.push(s.person);
    stated.citations.push(s.citation);
    origins.set(s.origin, stated);
    sides.set(side, origins);
  }
  const names = (ids: readonly EntityId[]) => ids.map((id) => gazetteer.find((e) => e.id === id)?.name ?? id).join(" and ");
  return [...sides].map(([side, origins]) => ({
    side,
    sightings: [...origins].map(([origin, stated]) => ({ value: [...stated.persons].sort().join("+"), shown: names(stated.persons), origin, citations: uniqueCitations(stated.citations) })),
  }));
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
    return { shown: s.exclusive.find((x) => x.value === s.head)?.shown ?? s.exclusive[0]!.shown, origins: [...byOrigin.keys()], sightings: [...byOrigin.values()] };
  });
}

/** "Daily Sabah", or for a report that relays another outlet, "TRT Haber (via Caliber.Az)"; an article of unknown outlet by its label. */
function originLabel(origin: string, sightings: readonly Sighting[], label: (source: string) => string): string {
  const sighting = sightings.find((s) => s.origin === origin)!;
  const via = label(sighting.citations[0]!.source);
  if (origin.startsWith("source:")) return via;
  return via === origin ? origin : `${origin} (via ${via})`;
}
