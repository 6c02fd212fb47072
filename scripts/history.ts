// What changed in each brief, build to build: the record is a committed, machine-written file; updating it is a pure
// function of the previous record, each brief's state now, and the build date, so the same inputs give the same bytes.
import { createHash } from "node:crypto";
import { DIFFERENCE_LABELS, type Brief } from "./brief-schema.ts";
import { compareStrings, diagnostic } from "./diagnostics.ts";
import { plural } from "./display.ts";
import type { Diagnostic } from "./model.ts";

/** The record's file, in the seeds folder it describes (beside `.addresses.yaml`): `--seeds DIR` keeps its own. */
export const HISTORY_FILE = ".history.json";

/** What a brief's "what changed" compares: its sources, its facts' values, its open discrepancies, its assessment. */
export interface BriefState {
  /** Source id → title, as first seen. */
  sources: Record<string, string>;
  /** Claim id → its label and value. */
  facts: Record<string, { label: string; value: string }>;
  /** Discrepancy kind (date, place, signatories…) → the note's text. */
  discrepancies: Record<string, string>;
  /** A digest of the summary, context and confidence, and the confidence itself. */
  assessment: { digest: string; confidence: string | null };
}

export type ChangeKind =
  | "first-recorded"
  | "source-added"
  | "source-removed"
  | "fact-added"
  | "fact-changed"
  | "fact-removed"
  | "discrepancy-opened"
  | "discrepancy-resolved"
  | "assessment-edited";

/** One change, dated with the build that saw it: `subject` is a source id, claim id or discrepancy kind; `label` says it for readers. */
export interface Change {
  date: string;
  kind: ChangeKind;
  subject: string;
  label: string;
  from: string | null;
  to: string | null;
}

export interface BriefHistory {
  state: BriefState;
  /** Oldest first; the first is always "first-recorded". */
  changes: Change[];
}

export interface History {
  briefs: Record<string, BriefHistory>;
}

/** "date of signing", "signatories": a discrepancy's kind as a change says it; a kind the record knows but this build does not, as it is. */
const discrepancyLabel = (kind: string): string => (DIFFERENCE_LABELS as Record<string, string>)[kind]?.toLowerCase() ?? kind;

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** A brief's state as the history compares it; framing notes (a source's loaded words) are not discrepancies. */
export function briefState(brief: Brief): BriefState {
  return {
    sources: Object.fromEntries(brief.source_refs.map((s) => [s.id, s.title])),
    facts: Object.fromEntries(brief.claims.map((c) => [c.id, { label: c.label, value: c.value }])),
    discrepancies: Object.fromEntries(brief.differences.filter((d) => d.kind !== "framing").map((d) => [d.kind, d.text])),
    assessment: { digest: digest(JSON.stringify([brief.summary, brief.context, brief.assessment.confidence, brief.assessment.basis])), confidence: brief.assessment.confidence },
  };
}

/** What differs between two states of one brief, in a fixed order: sources, facts, discrepancies, assessment. */
export function diffStates(before: BriefState, after: BriefState, date: string): Change[] {
  const out: Change[] = [];
  const change = (kind: ChangeKind, subject: string, label: string, from: string | null, to: string | null) => out.push({ date, kind, subject, label, from, to });
  const keys = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareStrings);
  for (const id of keys(before.sources, after.sources)) {
    if (!(id in before.sources)) change("source-added", id, after.sources[id]!, null, null);
    else if (!(id in after.sources)) change("source-removed", id, before.sources[id]!, null, null);
  }
  for (const id of keys(before.facts, after.facts)) {
    const was = before.facts[id];
    const now = after.facts[id];
    if (!was) change("fact-added", id, now!.label, null, now!.value);
    else if (!now) change("fact-removed", id, was.label, was.value, null);
    else if (was.value !== now.value) change("fact-changed", id, now.label, was.value, now.value);
  }
  for (const kind of keys(before.discrepancies, after.discrepancies)) {
    const label = discrepancyLabel(kind);
    if (!(kind in before.discrepancies)) change("discrepancy-opened", kind, label, null, after.discrepancies[kind]!);
    else if (!(kind in after.discrepancies)) change("discrepancy-resolved", kind, label, before.discrepancies[kind]!, null);
  }
  if (before.assessment.digest !== after.assessment.digest) change("assessment-edited", "assessment", "assessment", before.assessment.confidence, after.assessment.confidence);
  return out;
}

/**
 * The record after this build: a brief seen for the first time gets one "first recorded" entry (not every source as
 * new); a known brief gets an entry per change since the record's state. A brief no longer built keeps its record.
 * With nothing changed, the result equals the previous record.
 */
export function updateHistory(previous: History, states: Readonly<Record<string, BriefState>>, date: string): History {
  const briefs: Record<string, BriefHistory> = { ...previous.briefs };
  for (const [id, state] of Object.entries(states)) {
    const known = previous.briefs[id];
    if (!known) {
      const counts = `${plural(Object.keys(state.sources).length, "source")}, ${plural(Object.keys(state.facts).length, "fact")}`;
      briefs[id] = { state, changes: [{ date, kind: "first-recorded", subject: id, label: "brief", from: null, to: counts }] };
      continue;
    }
    const changes = diffStates(known.state, state, date);
    // The state is kept as it was written when nothing changed, so an older record's extra detail (a title) stays put.
    briefs[id] = changes.length ? { state, changes: [...known.changes, ...changes] } : known;
  }
  return { briefs };
}


/** The record as written: keys sorted at every level, two-space indents, a final newline; the same record, the same bytes. */
export function formatHistory(history: History): string {
  return `${JSON.stringify(sortKeys(history), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.keys(value).sort(compareStrings).map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
}

/** The record read back; a file that is not a record is an error (the build then leaves it as it is), never silently reset. */
export function parseHistory(text: string | undefined, shown: string): { history: History; usable: boolean; diagnostics: Diagnostic[] } {
  if (text === undefined) return { history: { briefs: {} }, usable: true, diagnostics: [] };
  const fail = (why: string) => ({
    history: { briefs: {} },
    usable: false,
    diagnostics: [diagnostic(shown, "error", `the history of what changed cannot be read (${why}); it is left as it is and briefs show no changes until it is fixed, or deleted to start a new record`, "history-file")],
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail((error as Error).message);
  }
  const briefs = (value as { briefs?: unknown } | null)?.briefs;
  if (!briefs || typeof briefs !== "object" || Array.isArray(briefs)) return fail("no `briefs` mapping");
  for (const [id, record] of Object.entries(briefs as Record<string, unknown>)) {
    const r = record as Partial<BriefHistory> | null;
    const state = r?.state as Partial<BriefState> | undefined;
    if (!state || typeof state.sources !== "object" || typeof state.facts !== "object" || typeof state.discrepancies !== "object" || typeof state.assessment?.digest !== "string" || !Array.isArray(r?.changes)) {
      return fail(`the record of brief "${id}" is not in the expected shape`);
    }
  }
  return { history: value as History, usable: true, diagnostics: [] };
}

/** A brief's changes grouped by build date, newest first, as a page and the feed show them. */
export function changesByDate(changes: readonly Change[]): Array<{ date: string; changes: Change[] }> {
  const groups = new Map<string, Change[]>();
  for (const c of changes) groups.set(c.date, [...(groups.get(c.date) ?? []), c]);
  return [...groups].sort(([a], [b]) => compareStrings(b, a)).map(([date, list]) => ({ date, changes: list }));
}

/** One change in words, without markup: "New source: “Title”.", "Date changed from 2019 to 27 November 2019." */
export function describeChange(c: Change): string {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  switch (c.kind) {
    case "first-recorded":
      return `First recorded, with ${c.to}.`;
    case "source-added":
      return `New source: “${c.label}”.`;
    case "source-removed":
      return `No longer cited: “${c.label}”.`;
    case "fact-added":
      return `${cap(c.label)} now stated: ${c.to}.`;
    case "fact-changed":
      return `${cap(c.label)} changed from ${c.from} to ${c.to}.`;
    case "fact-removed":
      return `${cap(c.label)} no longer stated (was ${c.from}).`;
    case "discrepancy-opened":
      return `Sources now differ on the ${c.label}: ${c.to}`;
    case "discrepancy-resolved":
      return `Sources no longer differ on the ${c.label}.`;
    case "assessment-edited":
      return c.from === c.to ? "The assessment was edited." : `The assessment was edited; confidence ${c.from ?? "not stated"} → ${c.to ?? "not stated"}.`;
  }
}
