// The open data under /data/: claims (JSON and CSV), sources (JSON and CSL-JSON), entities and the timeline, each byte-stable.
import type { Brief } from "../brief-schema.ts";
import { displayTitle } from "../display.ts";
import { gradeClaim, originOf } from "../grading.ts";
import type { Citation, Claim, Source } from "../model.ts";
import type { Actor } from "./actors.ts";
import { CLAIMS_SCHEMA, DATA_FILES, ENTITIES_SCHEMA, SOURCES_SCHEMA, TIMELINE_SCHEMA } from "./data-schemas.ts";
import type { Evidence, Timeline } from "./events.ts";
import type { GlanceInput } from "./inputs.ts";

/** A file to publish under /data/. */
export interface DataFile {
  /** Path under /data/, e.g. `claims.json` or `schema/claims.schema.json`. */
  path: string;
  /** The file's text in pieces, made as they are read: a writer can stream claims.csv, tens of MB at volume, row by row. */
  parts(): Iterable<string>;
  /** The whole text (its parts joined), for tests and small files. */
  readonly text: string;
}

/** A data file whose parts are made only when it is written or read. */
function dataFile(path: string, parts: () => Iterable<string>): DataFile {
  return {
    path,
    parts,
    get text() {
      return [...parts()].join("");
    },
  };
}

/** Turns a root-relative address (`/sources/x/#p3`) into its published form: absolute when the site's address is known. */
export type Publish = (path: string) => string;

/**
 * One CSV cell: always quoted, quotes doubled, and a value a spreadsheet would run as a formula (starting `=`, `+`,
 * `-`, `@`, a tab or a carriage return, or their full-width forms) made text by a leading apostrophe.
 */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  const safe = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows as RFC 4180 CSV: a header, CRLF line ends. */
export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  return [...csvLines(header, rows)].join("");
}

/** The CSV one line at a time (CRLF included), so a large table is never one string. */
export function* csvLines(header: readonly string[], rows: Iterable<readonly unknown[]>): Iterable<string> {
  yield `${header.map(csvCell).join(",")}\r\n`;
  for (const row of rows) yield `${row.map(csvCell).join(",")}\r\n`;
}

/**
 * The columns of claims.csv: one row per fact and passage, the fact's grade and its number of independent origins
 * repeated on each of its rows, and the origin of that row's passage. (A list of every origin on every row made the
 * file grow with the square of the corpus: 628 MB at 5,000 articles; claims.json lists them once per fact.)
 */
export const CLAIMS_CSV_HEADER = ["brief", "claim", "label", "value", "provenance", "note", "grade", "reliability", "credibility", "origin_count", "source", "source_reliability", "origin", "origin_reliability", "paragraph", "quote", "passage_url"] as const;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function citationOut(c: Citation | Evidence, publish: Publish) {
  return { source: c.source, paragraph: c.paragraph, quote: c.quote, passage_url: publish(`/sources/${c.source}/#${c.paragraph}`) };
}

/** `2025-07-11` → [[2025, 7, 11]], `2025-07` → [[2025, 7]]: CSL's date-parts. */
function dateParts(iso: string): number[][] {
  return [iso.split("-").map(Number)];
}

/** A source as a CSL-JSON item, with only the fields the source gives. */
export function cslItem(source: Source, publish: Publish): Record<string, unknown> {
  const m = source.meta;
  return {
    id: source.id,
    type: m.outlet ? "article-newspaper" : "article",
    title: displayTitle(source),
    ...(m.outlet ? { "container-title": m.outlet.value } : {}),
    ...(m.author ? { author: [{ literal: m.author.value }] } : {}),
    ...(m.published ? { issued: { "date-parts": dateParts(m.published.value.iso) } } : {}),
    ...(m.url && /^https?:\/\//i.test(m.url.value) ? { URL: m.url.value } : {}),
    ...(m.language ? { language: m.language.value } : {}),
    note: `In the Türkiye–Libya briefing dossier: ${publish(`/sources/${source.id}/`)}`,
  };
}

/**
 * A claim's Admiralty grade as open data: its badge, credibility (1–6) and the rule's reason, and the reliability letter
 * of every origin its words come from, so a reader can weigh each fact without the site. A brief's claims are graded by
 * extraction; one that is not (a hand-made record) is graded here by the same rule.
 */
function gradeOut(claim: Claim, sources: ReadonlyMap<string, Source>) {
  const grade = claim.grade ?? gradeClaim(claim, sources);
  const letters = new Map<string, string>();
  if (claim.provenance === "text") {
    for (const c of claim.citations) {
      const source = sources.get(c.source);
      if (!source) continue;
      const origin = originOf(source, c.paragraph);
      if (!letters.has(origin.name)) letters.set(origin.name, origin.reliability);
    }
  }
  const origins = [...letters].map(([name, reliability]) => ({ name, reliability })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { grade: grade.badge, reliability: grade.reliability, credibility: grade.credibility, grade_reason: grade.reason, origins };
}

function claimsOf(briefs: readonly Brief[], sources: ReadonlyMap<string, Source>, publish: Publish) {
  const reliabilityOf = (id: string) => sources.get(id)?.meta.grade?.reliability ?? "F";
  const passageOrigin = (c: Citation) => {
    const source = sources.get(c.source);
    if (!source) return undefined;
    const { name, reliability } = originOf(source, c.paragraph);
    return { name, reliability };
  };
  return briefs.flatMap((b) =>
    b.claims.map((c) => ({
      brief: b.id, brief_title: b.title, id: c.id, label: c.label, value: c.value, provenance: c.provenance, note: c.note ?? null,
      ...gradeOut(c, sources),
      citations: c.citations.map((x) => ({ ...citationOut(x, publish), source_reliability: reliabilityOf(x.source), origin: passageOrigin(x) ?? null })),
    })),
  );
}

/** Every data file and its schema, in a fixed order; `publish` makes the addresses inside them. */
export function openDataFiles(input: GlanceInput, actors: readonly Actor[], timeline: Timeline, publish: Publish): DataFile[] {
  const schemaUrl = (name: string) => publish(`/data/schema/${DATA_FILES.find((f) => f.file === name)!.schemaFile}`);
  const claims = claimsOf(input.briefs, new Map(input.sources.map((s) => [s.id as string, s])), publish);
  // Each brief's sources and related sources as sets, so that a source's briefs cost one look-up per brief.
  const briefSets = input.briefs.map((b) => ({ id: b.id, sources: new Set<string>(b.sources), related: new Set<string>(b.related.map((r) => r.source)) }));
  const citedIn = (id: string) =>
    briefSets.filter((b) => b.sources.has(id) || b.related.has(id)).map((b) => ({ brief: b.id, related_only: !b.sources.has(id) }));
  const sources = input.sources.map((s) => ({
    id: s.id,
    title: displayTitle(s),
    headline: s.meta.headline?.value ?? null,
    outlet: s.meta.outlet?.value ?? null,
    author: s.meta.author?.value ?? null,
    published: s.meta.published?.value.iso ?? null,
    precision: s.meta.published?.value.precision ?? null,
    url: s.meta.url?.value ?? null,
    language: s.meta.language?.value ?? "en",
    file: s.file,
    sha256: s.digest,
    paragraphs: s.paragraphs.length,
    page_url: publish(`/sources/${s.id}/`),
    cited_in: citedIn(s.id),
  }));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  // Every entity's named mentions, in paragraph order, gathered in one pass over the paragraphs.
  const mentions = new Map<string, Array<{ text: string; at: string }>>();
  for (const p of input.paragraphs) {
    for (const n of p.names) {
      if (!n.named) continue;
      const list = mentions.get(n.entity) ?? [];
      list.push({ text: n.text, at: `/sources/${p.source}/#${p.paragraph}` });
      mentions.set(n.entity, list);
    }
  }
  const mentionsOf = (id: string) => mentions.get(id) ?? [];
  const entities = input.gazetteer.map((e) => {
    const found = mentionsOf(e.id);
    const counts = new Map<string, number>();
    for (const m of found) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const actor = actorById.get(e.id);
    const rel = (r: string) => actor?.relations.find((x) => x.relation === r)?.id ?? null;
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      variants: e.variants,
      spellings_in_sources: [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1)),
      role: e.role ?? null,
      from: e.from ? String(e.from) : null,
      to: e.to ? String(e.to) : null,
      note: e.note ?? null,
      part_of: e.part_of ?? null,
      speaks_for: e.speaks_for ?? null,
      acts_for: e.acts_for ?? null,
      succeeded: rel("succeeded"),
      succeeded_by: rel("succeeded by"),
      coords: Array.isArray(e.coords) ? e.coords : null,
      page_url: actor ? publish(actor.url) : null,
      briefs: actor ? actor.briefs.map((b) => b.id) : [],
      passages: [...new Set(found.map((m) => publish(m.at)))],
    };
  });
  const eventOut = <T extends { href: string; evidence: Evidence[]; note?: string }>(e: T) => {
    const { href, evidence, note, ...rest } = e;
    return { ...rest, url: publish(href), evidence: evidence.map((c) => citationOut(c, publish)), note: note ?? null };
  };
  const events = timeline.events.map((e) => {
    const { date, until, ...rest } = eventOut(e);
    return { id: rest.id, kind: rest.kind, date: date.iso, precision: date.precision, until: until?.iso ?? null, dating: rest.dating, label: rest.label, title: rest.title, url: rest.url, briefs: rest.briefs, evidence: rest.evidence, note: rest.note };
  });
  const undated = timeline.undated.map((u) => {
    const out = eventOut(u);
    return { id: out.id, kind: out.kind, label: out.label, title: out.title, url: out.url, briefs: out.briefs, evidence: out.evidence, note: out.note };
  });
  // One row per fact and passage, made as the CSV is written.
  function* csvRows(): Iterable<unknown[]> {
    for (const c of claims) {
      const base = [c.brief, c.id, c.label, c.value, c.provenance, c.note ?? "", c.grade, c.reliability, c.credibility, c.origins.length];
      if (!c.citations.length) yield [...base, "", "", "", "", "", "", ""];
      for (const x of c.citations) yield [...base, x.source, x.source_reliability, x.origin?.name ?? "", x.origin?.reliability ?? "", x.paragraph, x.quote, x.passage_url];
    }
  }
  const whole = (path: string, text: () => string) => dataFile(path, () => [text()]);
  return [
    whole("claims.json", () => json({ schema: schemaUrl("claims.json"), title: String(CLAIMS_SCHEMA.title), claims })),
    dataFile("claims.csv", () => csvLines(CLAIMS_CSV_HEADER, csvRows())),
    whole("sources.json", () => json({ schema: schemaUrl("sources.json"), title: String(SOURCES_SCHEMA.title), sources })),
    whole("sources.csl.json", () => json(input.sources.map((s) => cslItem(s, publish)))),
    whole("entities.json", () => json({ schema: schemaUrl("entities.json"), title: String(ENTITIES_SCHEMA.title), entities })),
    whole("timeline.json", () => json({ schema: schemaUrl("timeline.json"), title: String(TIMELINE_SCHEMA.title), events, undated })),
    ...DATA_FILES.map((f) => whole(`schema/${f.schemaFile}`, () => json(f.schema))),
  ];
}
