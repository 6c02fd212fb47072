// Actor records: every gazetteer entity the sources name (not places), with its roles and tenures, spellings, briefs and passages.
import type { Brief } from "../brief-schema.ts";
import type { Entity, EntityId, EntityKind } from "../catalogue.ts";
import { formatDate, parseIsoDate } from "../dates.ts";
import { displayTitle } from "../display.ts";
import type { Citation } from "../model.ts";
import type { Evidence } from "./events.ts";
import { paragraphRead, paragraphText, passageUrl, type GlanceInput, type NameInParagraph } from "./inputs.ts";

export type ActorKind = Exclude<EntityKind, "place">;

export const ACTOR_KINDS: ReadonlyArray<{ kind: ActorKind; label: string; one: string }> = [
  { kind: "state", label: "States", one: "State" },
  { kind: "government", label: "Governments", one: "Government" },
  { kind: "armed force", label: "Armed forces", one: "Armed force" },
  { kind: "person", label: "People", one: "Person" },
  { kind: "organisation", label: "Organisations", one: "Organisation" },
];

/** A role or tenure, and who gives it: the analyst's gazetteer, or sources that name the actor with a title. */
export interface ActorRole {
  text: string;
  /** `2016-03` to `2021-03`, as the gazetteer gives it; null when it gives none. */
  from: string | null;
  to: string | null;
  /** `March 2016 – March 2021`, `from June 2023`, or null. */
  tenure: string | null;
  given_by: "gazetteer" | "sources";
  evidence: Evidence[];
}

/** Another actor this one stands in a relation to, with that actor's page when it has one. */
export interface ActorRelation {
  relation: "part of" | "speaks for" | "acts for" | "succeeded" | "succeeded by" | "member";
  id: string;
  name: string;
  url: string | null;
  /** When the relation held, where the gazetteer says. */
  when: string | null;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  kind_label: string;
  url: string;
  note: string | null;
  roles: ActorRole[];
  relations: ActorRelation[];
  /** Every spelling the sources use for it, most used first, with how often. */
  spellings: Array<{ text: string; count: number }>;
  /** The gazetteer's other spellings, which search also finds. */
  variants: string[];
  briefs: Array<{ id: string; title: string; url: string }>;
  passages: Array<{ source: string; title: string; paragraphs: Array<{ paragraph: string; href: string; spelling: string }> }>;
}

function actorUrl(id: string): string {
  return `/actors/${id}/`;
}

/** `2021-03` → `March 2021`; anything that is not an ISO date is shown as given. */
function when(iso: string | undefined): string | null {
  if (!iso) return null;
  const d = parseIsoDate(String(iso));
  return d ? formatDate(d) : String(iso);
}

/** `from June 2023`, `March 2016 – March 2021`, or null. */
export function tenure(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return `${when(from)} – ${when(to)}`;
  if (from) return `from ${when(from)}`;
  if (to) return `until ${when(to)}`;
  return null;
}

/** Where a citation's quote sits in its paragraph, so the names inside it can be found. */
function namesInCitation(input: GlanceInput, c: Citation): NameInParagraph[] {
  const read = paragraphRead(input, c.source, c.paragraph);
  const text = paragraphText(input, c.source, c.paragraph);
  const at = text?.indexOf(c.quote) ?? -1;
  if (!read || at < 0) return [];
  return read.names.filter((n) => n.named && n.start >= at && n.end <= at + c.quote.length);
}

/** Each input's briefs' names, worked out once: the actor records and the maps both ask. */
const namedCache = new WeakMap<GlanceInput, WeakMap<Brief, Set<string>>>();

/** The entities a brief names: its parties and officials, and every name inside the passages it quotes. */
export function namedInBrief(input: GlanceInput, b: Brief): Set<string> {
  const cache = namedCache.get(input) ?? new WeakMap<Brief, Set<string>>();
  namedCache.set(input, cache);
  const known = cache.get(b);
  if (known) return known;
  const citations = [...b.claims.flatMap((c) => c.citations), ...b.quotes.flatMap((q) => q.citations), ...b.differences.flatMap((d) => [...d.citations, ...d.more_citations]), ...b.related.flatMap((r) => r.citations)];
  // A passage cited by several claims is read once: at 5,000 articles a brief cites the same passages many times over.
  const once = new Map(citations.map((c) => [`${c.source}#${c.paragraph}#${c.quote}`, c]));
  const named = new Set<string>([...b.parties.map((p) => p.id), ...b.officials.map((o) => o.id), ...[...once.values()].flatMap((c) => namesInCitation(input, c).map((n) => n.entity))]);
  cache.set(b, named);
  return named;
}

/** Governments that stood for the same state one after the other: `to` of one is `from` of the next. */
function successions(gazetteer: readonly Entity[]): Array<{ before: Entity; after: Entity; at: string }> {
  const out: Array<{ before: Entity; after: Entity; at: string }> = [];
  for (const a of gazetteer) {
    for (const b of gazetteer) {
      if (a === b || !a.speaks_for || a.speaks_for !== b.speaks_for || !a.to || !b.from) continue;
      if (String(a.to) === String(b.from)) out.push({ before: a, after: b, at: String(b.from) });
    }
  }
  return out;
}

/** One actor record per entity (other than a place) that any source names, in gazetteer order. */
export function actorRecords(input: GlanceInput): Actor[] {
  const { gazetteer } = input;
  const byId = new Map(gazetteer.map((e) => [e.id as string, e]));
  const mentions = new Map<string, Array<{ source: string; paragraph: string; text: string }>>();
  for (const read of input.paragraphs) {
    for (const n of read.names) {
      if (!n.named) continue;
      const list = mentions.get(n.entity) ?? [];
      list.push({ source: read.source, paragraph: read.paragraph, text: n.text });
      mentions.set(n.entity, list);
    }
  }
  const actors = gazetteer.filter((e) => e.kind !== "place" && mentions.has(e.id));
  const shown = new Set(actors.map((e) => e.id as string));
  const link = (id: string) => (shown.has(id) ? actorUrl(id) : null);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const briefNames = new Map(input.briefs.map((b) => [b.id, namedInBrief(input, b)]));
  const sourceTitle = new Map(input.sources.map((s) => [s.id as string, displayTitle(s)]));
  const follows = successions(gazetteer);
  return actors.map((e) => {
    const kind = e.kind as ActorKind;
    const roles: ActorRole[] = [];
    // A role that ends in its years in words ("(2018–2023)") shows the gazetteer's dates instead, once.
    if (e.role) roles.push({ text: e.from || e.to ? e.role.replace(/\s*\([^()]*\d{4}[^()]*\)\s*$/, "") : e.role, from: e.from ? String(e.from) : null, to: e.to ? String(e.to) : null, tenure: tenure(e.from, e.to), given_by: "gazetteer", evidence: [] });
    else if (e.from || e.to) roles.push({ text: e.note ?? `${ACTOR_KINDS.find((k) => k.kind === kind)!.one}`, from: e.from ? String(e.from) : null, to: e.to ? String(e.to) : null, tenure: tenure(e.from, e.to), given_by: "gazetteer", evidence: [] });
    // The titles sources give an official in a brief's passages, each with the sentences that give it.
    for (const b of input.briefs) {
      for (const o of b.officials.filter((o) => o.id === e.id)) {
        const text = `${o.title_in_source} (${b.short_title})`;
        const claim = b.claims.find((c) => c.id === `official:${o.id}`);
        const evidence = (claim?.citations ?? []).map((c) => ({ ...c, href: passageUrl(c.source, c.paragraph) }));
        if (!roles.some((r) => r.text === text)) roles.push({ text, from: null, to: null, tenure: null, given_by: "sources", evidence });
      }
    }
    const relations: ActorRelation[] = [];
    const rel = (relation: ActorRelation["relation"], id: string | undefined, at: string | null = null) => {
      if (id) relations.push({ relation, id, name: nameOf(id), url: link(id), when: at });
    };
    rel("part of", e.part_of);
    rel("speaks for", e.speaks_for, tenure(e.from, e.to));
    rel("acts for", e.acts_for);
    for (const s of follows) {
      if (s.after.id === e.id) rel("succeeded", s.before.id, when(s.at));
      if (s.before.id === e.id) rel("succeeded by", s.after.id, when(s.at));
    }
    for (const m of actors.filter((m) => m.acts_for === e.id)) rel("member", m.id);
    const found = mentions.get(e.id)!;
    const counts = new Map<string, number>();
    for (const m of found) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const spellings = [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
    // Grouped by source in the order first named, each paragraph once: by key, not by scanning the groups, since a
    // state is named thousands of times at 1,000 articles.
    const passages: Actor["passages"] = [];
    const groups = new Map<string, Actor["passages"][number]>();
    const listed = new Set<string>();
    for (const m of found) {
      let group = groups.get(m.source);
      if (!group) {
        group = { source: m.source, title: sourceTitle.get(m.source) ?? m.source, paragraphs: [] };
        groups.set(m.source, group);
        passages.push(group);
      }
      const key = `${m.source}#${m.paragraph}`;
      if (!listed.has(key)) {
        listed.add(key);
        group.paragraphs.push({ paragraph: m.paragraph, href: passageUrl(m.source, m.paragraph), spelling: m.text });
      }
    }
    return {
      id: e.id,
      name: e.name,
      kind,
      kind_label: ACTOR_KINDS.find((k) => k.kind === kind)!.one,
      url: actorUrl(e.id),
      note: e.note ?? null,
      roles,
      relations,
      spellings,
      variants: e.variants.filter((v) => v !== e.name),
      briefs: input.briefs.filter((b) => briefNames.get(b.id)!.has(e.id)).map((b) => ({ id: b.id, title: b.title, url: `/briefs/${b.id}/` })),
      passages,
    };
  });
}

/** For linking names in rendered briefs: each actor's page and the names that mean it, longest first. */
export function actorLinks(actors: readonly Actor[], gazetteer: readonly Entity[]): Array<{ id: string; url: string; names: string[] }> {
  return actors.map((a) => {
    const e = gazetteer.find((x) => x.id === (a.id as EntityId))!;
    const names = [...new Set([e.name, ...e.variants])].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
    return { id: a.id, url: a.url, names };
  });
}
