// Parses a seed's optional `<file>.meta.yaml`: metadata that supplies or overrides what the text says.
import { isWebAddress } from "../display.ts";
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from "yaml";
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic, Field, PartialDate, Placement } from "../model.ts";
import { parseIsoDate } from "../dates.ts";

export const SIDECAR_SUFFIX = ".meta.yaml";

export interface Sidecar {
  id?: Field;
  headline?: Field;
  outlet?: Field;
  url?: Field;
  published?: Field<PartialDate>;
  author?: Field;
  language?: Field;
  notes?: Field;
  /** The analyst's Admiralty grade for this article (A–F) and why, when its outlet's grade does not fit or is not known. */
  reliability?: Field;
  rationale?: Field;
  /** Fields an analyst confirms the text does not give; they stay empty without a warning. */
  unknown: string[];
  /** The analyst's placing (`cited_in: {agreement: paragraph}`, `not_cited_in: [agreement]`), whatever recognition finds. */
  citedIn: Placement[];
  notCitedIn: Placement[];
}

const TEXT_FIELDS = ["id", "headline", "outlet", "url", "author", "language", "notes", "reliability", "rationale"] as const;
export const KNOWN_FIELDS = [...TEXT_FIELDS, "published", "unknown", "cited_in", "not_cited_in"] as const;
/** Metadata fields whose absence is noted (never a warning) unless acknowledged as unknown. */
export const EXPECTED_FIELDS = ["headline", "outlet", "published", "url", "author"] as const;

// A BCP 47 language tag in its common shape: `en`, `tr`, `ar-LY`, `zh-Hant-TW`.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;


export function parseSidecar(path: string, text: string): { sidecar: Sidecar; diagnostics: Diagnostic[] } {
  const sidecar: Sidecar = { unknown: [], citedIn: [], notCitedIn: [] };
  const diagnostics: Diagnostic[] = [];
  const counter = new LineCounter();
  // YAML 1.2 core schema: plain data only, no custom tags, nothing executed.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => counter.linePos(offset ?? 0);
  for (const error of doc.errors) {
    const pos = at(error.pos[0]);
    diagnostics.push(diagnostic(path, "error", `invalid YAML: ${error.message.split("\n")[0]}; sidecar ignored`, "sidecar-yaml", pos.line, pos.col));
  }
  if (doc.errors.length) return { sidecar, diagnostics };
  if (doc.contents === null) return { sidecar, diagnostics };
  if (!isMap(doc.contents)) {
    const pos = at(doc.contents.range?.[0]);
    diagnostics.push(diagnostic(path, "error", "a sidecar must be a mapping of field: value; sidecar ignored", "sidecar-yaml", pos.line, pos.col));
    return { sidecar, diagnostics };
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : "";
    const keyPos = at(keyNode?.range?.[0]);
    const valueNode = pair.value as Node | null;
    const valuePos = at(valueNode?.range?.[0] ?? keyNode?.range?.[0]);
    const field = (value: string) => ({ value, from: "sidecar" as const, line: valuePos.line });
    if (!(KNOWN_FIELDS as readonly string[]).includes(key)) {
      diagnostics.push(diagnostic(path, "warning", `unknown field "${key}" ignored; known fields: ${KNOWN_FIELDS.join(", ")}`, "sidecar-unknown-field", keyPos.line, keyPos.col));
      continue;
    }
    if (key === "unknown") {
      const items = isSeq(valueNode) ? valueNode.items : [];
      const names = items.map((item) => (isScalar(item) ? String(item.value) : ""));
      const bad = names.filter((name) => !(EXPECTED_FIELDS as readonly string[]).includes(name));
      if (!isSeq(valueNode) || bad.length) {
        diagnostics.push(diagnostic(path, "warning", `"unknown" lists fields the text does not give, from: ${EXPECTED_FIELDS.join(", ")}`, "sidecar-invalid-value", valuePos.line, valuePos.col));
      }
      sidecar.unknown = names.filter((name) => !bad.includes(name));
      continue;
    }
    if (key === "cited_in" || key === "not_cited_in") {
      const read = key === "cited_in" ? readCitedIn(valueNode, at) : readNotCitedIn(valueNode, at);
      if (read.bad) diagnostics.push(diagnostic(path, "warning", read.bad, "sidecar-invalid-value", read.line ?? valuePos.line, read.col ?? valuePos.col));
      sidecar[key === "cited_in" ? "citedIn" : "notCitedIn"] = read.placements;
      continue;
    }
    const raw = isScalar(valueNode) ? valueNode.value : undefined;
    if (raw === null || raw === undefined || typeof raw === "object" || String(raw).trim() === "") {
      diagnostics.push(diagnostic(path, "warning", `field "${key}" needs a single value; ignored`, "sidecar-invalid-value", valuePos.line, valuePos.col));
      continue;
    }
    const value = String(raw).trim();
    if (key === "published") {
      const date = parseIsoDate(value);
      if (!date) {
        diagnostics.push(diagnostic(path, "warning", `"published" is not a date: "${value}"; write YYYY-MM-DD, YYYY-MM or YYYY`, "sidecar-invalid-date", valuePos.line, valuePos.col));
        continue;
      }
      sidecar.published = { value: date, from: "sidecar", line: valuePos.line };
    } else if (key === "id" && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) {
      diagnostics.push(diagnostic(path, "warning", `"id" must be lowercase letters, digits and single hyphens: "${value}"`, "sidecar-invalid-value", valuePos.line, valuePos.col));
    } else if (key === "url" && !isWebAddress(value)) {
      // The page links to this address: anything but http(s) (javascript:, data:, file:) is refused.
      diagnostics.push(diagnostic(path, "warning", `"url" must be an http:// or https:// address: "${value}"; ignored`, "sidecar-invalid-value", valuePos.line, valuePos.col));
    } else if (key === "reliability" && !/^[A-F]$/.test(value)) {
      diagnostics.push(diagnostic(path, "warning", `"reliability" must be a grade from A (completely reliable) to F (cannot be judged): "${value}"; ignored`, "sidecar-invalid-value", valuePos.line, valuePos.col));
    } else if (key === "language" && !LANGUAGE_TAG.test(value)) {
      diagnostics.push(diagnostic(path, "warning", `"language" must be a language tag such as en, tr or ar-LY: "${value}"; ignored`, "sidecar-invalid-value", valuePos.line, valuePos.col));
    } else {
      sidecar[key as (typeof TEXT_FIELDS)[number]] = field(value);
    }
  }
  return { sidecar, diagnostics };
}

const AGREEMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARAGRAPH_ID = /^p[1-9]\d*$/;
/** The placings a sidecar field gives, up to the first it cannot read, and what was wrong with that one, where. */
type PlacementsRead = { placements: Placement[]; bad?: string; line?: number; col?: number };

/** `cited_in: {mou-2019-maritime: p3}`: each agreement the analyst cites the article in, at the paragraph that reports it. */
function readCitedIn(node: Node | null, at: (offset: number | undefined) => { line: number; col: number }): PlacementsRead {
  const usage = `"cited_in" maps agreement ids to the paragraph that reports each, as in "cited_in: {mou-2019-maritime: p3}"`;
  if (!isMap(node)) return { placements: [], bad: `${usage}; ignored` };
  const placements: Placement[] = [];
  for (const item of node.items) {
    const key = item.key as Node | null;
    const value = item.value as Node | null;
    const agreement = isScalar(key) ? String(key.value) : "";
    const paragraph = isScalar(value) ? String(value.value) : "";
    const pos = at(key?.range?.[0]);
    if (!AGREEMENT_ID.test(agreement) || !PARAGRAPH_ID.test(paragraph)) return { placements, bad: `${usage}: "${agreement}: ${paragraph}" is not one; it and what follows are ignored`, line: pos.line, col: pos.col };
    placements.push({ agreement, paragraph, line: pos.line });
  }
  return { placements };
}

/** `not_cited_in: [mou-2019-security]`: the agreements the analyst keeps the article out of. */
function readNotCitedIn(node: Node | null, at: (offset: number | undefined) => { line: number; col: number }): PlacementsRead {
  const usage = `"not_cited_in" lists agreement ids, as in "not_cited_in: [mou-2019-security]"`;
  if (!isSeq(node)) return { placements: [], bad: `${usage}; ignored` };
  const placements: Placement[] = [];
  for (const item of node.items as Array<Node | null>) {
    const agreement = isScalar(item) ? String(item.value) : "";
    const pos = at(item?.range?.[0]);
    if (!AGREEMENT_ID.test(agreement)) return { placements, bad: `${usage}: "${agreement}" is not one; it and what follows are ignored`, line: pos.line, col: pos.col };
    placements.push({ agreement, line: pos.line });
  }
  return { placements };
}
