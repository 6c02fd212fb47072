// The one schema for a brief's front matter: the generator writes to it, and the build reads every brief back and checks it.
import { diagnostic } from "./diagnostics.ts";
import type { Review, Weighing } from "./evidence.ts";
import type { Citation, Claim, Diagnostic } from "./model.ts";
import { STATUSES } from "./catalogue.ts";
import { CONFIDENCE_LEVELS, type Confidence } from "./assessment.ts";
import type { Change } from "./history.ts";

export interface BriefSourceRef {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  precision: "day" | "month" | "year" | null;
  url: string | null;
  file: string;
  /** The source's own Admiralty badge ("C3"), why it has its letter, and where its words come from. */
  grade: string;
  rationale: string;
  origin: string;
}

export interface BriefQuotes {
  source: string;
  title: string;
  citations: Citation[];
}

/** The facts "Where sources differ" compares, in the order a brief lists them, with their labels; then a source's loaded words. */
export const DIFFERENCE_LABELS = { date: "Date of signing", place: "Place of signing", government: "Signing government", signatories: "Signatories", status: "Status", framing: "Framing" } as const;
export type DifferenceKind = keyof typeof DIFFERENCE_LABELS;
export const DIFFERENCE_KINDS = Object.keys(DIFFERENCE_LABELS) as DifferenceKind[];

export interface BriefDifference {
  /** A fact independent origins state differently (its date, place, signing government, signatories, status), or a source's loaded words. */
  kind: DifferenceKind;
  text: string;
  /** The passages the brief shows: at most a few per side. */
  citations: Citation[];
  /** The other origins' passages for the same sides: counted on the brief, listed on its evidence page. */
  more_citations: Citation[];
}

export interface BriefRelated {
  id: string;
  title: string;
  note: string;
  source: string;
  source_title: string;
  /** How links name the source: its outlet, or the opening words of its title (never its id). */
  source_label: string;
  citations: Citation[];
}

/** Everything a brief page shows, as it stands in the page's front matter. */
export interface BriefData {
  layout: "brief.njk";
  tags: ["brief"];
  id: string;
  title: string;
  short_title: string;
  kind: string;
  aliases: string[];
  parties: Array<{ id: string; name: string }>;
  officials: Array<{ id: string; name: string; role: string; side: string; named_as: string; title_in_source: string }>;
  /** Null only for an agreement no source reports and the catalogue does not date. */
  agreement_date: { iso: string; precision: "day" | "month" | "year"; provenance: "text" | "analyst"; inferred: boolean; note: string | null } | null;
  year: string | null;
  place: { value: string; provenance: "text" | "analyst" } | null;
  status: (typeof STATUSES)[number];
  scope_tags: string[];
  sources: string[];
  /** How many independent origins the sources come from: a copy and its original, or two stories of one outlet, count once. */
  corroboration: number;
  summary: string;
  context: string;
  /** The analyst's confidence in the summary and context (ICD 203), and why; null where the catalogue states none. */
  assessment: { confidence: Confidence | null; basis: string | null };
  claims: Claim[];
  quotes: BriefQuotes[];
  differences: BriefDifference[];
  related: BriefRelated[];
  related_briefs: Array<{ id: string; title: string }>;
  source_refs: BriefSourceRef[];
  also_spelled: string[];
  /** What changed, by build date, newest first, in words (scripts/history.ts): the page lists it, the feed gives each date an entry. */
  changes: Array<{ date: string; items: string[]; first_recorded: boolean }>;
}

/** A brief as extraction assembles it: the front matter without the page's layout and tags, and without its history. */
export type Brief = Omit<BriefData, "layout" | "tags" | "changes">;

/** A brief that cites a source, as the source's page lists it, with why: each linked passage, its score and its evidence. */
export interface CitingBrief {
  id: string;
  title: string;
  /** True when the brief cites the source only under "Related reporting". */
  related: boolean;
  why: Array<Pick<Weighing, "paragraph" | "score" | "evidence">>;
}

/** What the generate stage needs from extraction: the briefs, for each source id the briefs citing it and its names' other spellings, and the review queue. */
export interface Findings {
  briefs: Brief[];
  /** Each brief's recorded changes (scripts/history.ts), oldest first; a brief without any shows none. */
  changes?: ReadonlyMap<string, readonly Change[]>;
  citedIn: Map<string, CitingBrief[]>;
  spellings: Map<string, string[]>;
  review: Review;
  /** The gazetteer's name of each party the review queue's acts name ("Government of National Unity (GNU)" for `gnu`). */
  names?: ReadonlyMap<string, string>;
}

type Check = (value: unknown, path: string) => string[];

const str: Check = (v, p) => (typeof v === "string" && v.length > 0 ? [] : [`${p} must be a non-empty string`]);
const num: Check = (v, p) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? [] : [`${p} must be a whole number`]);
const bool: Check = (v, p) => (typeof v === "boolean" ? [] : [`${p} must be true or false`]);
const oneOf = (...values: readonly unknown[]): Check => (v, p) => (values.includes(v) ? [] : [`${p} must be one of ${values.join(", ")}, not ${JSON.stringify(v)}`]);
const nullable = (check: Check): Check => (v, p) => (v === null ? [] : check(v, p));
const list = (check: Check): Check => (v, p) => (Array.isArray(v) ? v.flatMap((item, i) => check(item, `${p}[${i}]`)) : [`${p} must be a list`]);
const record = (shape: Record<string, Check>, optional: readonly string[] = []): Check => (v, p) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return [`${p} must be a mapping`];
  const o = v as Record<string, unknown>;
  const extra = Object.keys(o).filter((k) => !(k in shape)).map((k) => `${p}.${k} is not in the brief schema`);
  return [...extra, ...Object.entries(shape).flatMap(([k, check]) => (optional.includes(k) && o[k] === undefined ? [] : check(o[k], `${p}.${k}`)))];
};

const citation = record({ source: str, paragraph: (v, p) => (typeof v === "string" && /^p\d+$/.test(v) ? [] : [`${p} must be a paragraph id like p3`]), quote: str });
const grade = record({ badge: (v, p) => (typeof v === "string" && /^[A-F][1-6]$/.test(v) ? [] : [`${p} must be a grade such as C3`]), reliability: oneOf("A", "B", "C", "D", "E", "F"), credibility: oneOf(1, 2, 3, 4, 5, 6), reason: str, origins: list(str) });
const claim = record({ id: str, label: str, value: str, provenance: oneOf("text", "analyst"), note: str, citations: list(citation), grade }, ["note", "grade"]);
const precision = oneOf("day", "month", "year");

export const BRIEF_SCHEMA: Check = record({
  layout: oneOf("brief.njk"),
  tags: (v, p) => (Array.isArray(v) && v.length === 1 && v[0] === "brief" ? [] : [`${p} must be ["brief"]`]),
  id: (v, p) => (typeof v === "string" && /^[a-z0-9-]+$/.test(v) ? [] : [`${p} must be a lower-case id`]),
  title: str,
  short_title: str,
  kind: oneOf("MoU", "agreement", "deal"),
  aliases: list(str),
  parties: list(record({ id: str, name: str })),
  officials: list(record({ id: str, name: str, role: str, side: str, named_as: str, title_in_source: str })),
  agreement_date: nullable(record({ iso: (v, p) => (typeof v === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? [] : [`${p} must be an ISO date`]), precision, provenance: oneOf("text", "analyst"), inferred: bool, note: nullable(str) })),
  year: nullable(str),
  place: nullable(record({ value: str, provenance: oneOf("text", "analyst") })),
  status: oneOf(...STATUSES),
  scope_tags: list(str),
  sources: list(str),
  corroboration: num,
  summary: str,
  context: str,
  assessment: record({ confidence: nullable(oneOf(...CONFIDENCE_LEVELS)), basis: nullable(str) }),
  claims: list(claim),
  quotes: list(record({ source: str, title: str, citations: list(citation) })),
  differences: list(record({ kind: oneOf(...DIFFERENCE_KINDS), text: str, citations: list(citation), more_citations: list(citation) })),
  related: list(record({ id: str, title: str, note: str, source: str, source_title: str, source_label: str, citations: list(citation) })),
  related_briefs: list(record({ id: str, title: str })),
  source_refs: list(record({ id: str, title: str, outlet: nullable(str), published: nullable(str), precision: nullable(precision), url: nullable(str), file: str, grade: (v, p) => (typeof v === "string" && /^[A-F][1-6]$/.test(v) ? [] : [`${p} must be a grade such as C3`]), rationale: str, origin: str })),
  also_spelled: list(str),
  changes: list(record({ date: (v, p) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? [] : [`${p} must be a day such as 2026-01-01`]), items: list(str), first_recorded: bool })),
});

/** Schema problems in a brief's front matter, as error diagnostics naming the file and the field. */
export function checkBriefData(file: string, data: unknown): Diagnostic[] {
  return BRIEF_SCHEMA(data, "front matter").map((message) => diagnostic(file, "error", `brief does not fit the schema: ${message}`, "brief-schema"));
}

/** Every citation in a brief, with the claim or section it belongs to, for verification. */
export function citationsOf(data: BriefData): Array<{ where: string; citation: Citation }> {
  return [
    ...data.claims.flatMap((c) => c.citations.map((citation) => ({ where: `claim "${c.id}" (${c.label}: ${c.value})`, citation }))),
    ...data.quotes.flatMap((q) => q.citations.map((citation) => ({ where: `quote from ${q.source}`, citation }))),
    ...data.differences.flatMap((d) => [...d.citations, ...d.more_citations].map((citation) => ({ where: `difference "${d.text}"`, citation }))),
    ...data.related.flatMap((r) => r.citations.map((citation) => ({ where: `related reporting "${r.id}"`, citation }))),
  ];
}
