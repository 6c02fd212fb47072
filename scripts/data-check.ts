// Turns the text of the data files into the data extraction reads: YAML parsed, each file checked against its schema and
// the ids checked across files, every problem reported at its line. A faulty entry is left out alone; the rest is used.
import { isMap, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Agreement, Catalogue, DataLocation, DossierData, Entity, Outlet, RecognitionVocabulary, RelatedTopic, ScopeTag } from "./catalogue.ts";
import { LIKELIHOOD_SCALE, offScaleLikelihood } from "./assessment.ts";
import { dateSpan, parseIsoDate } from "./dates.ts";
import { diagnostic } from "./diagnostics.ts";
import type { Diagnostic } from "./model.ts";
import { schemaProblems, type DataFileName, type DataPath } from "./data-schema.ts";

/** A data file's text and the path messages show for it; `unreadable` says why there is no text (ENOENT…). */
export interface DataFileText {
  text?: string;
  shown: string;
  unreadable?: string;
}

export interface CheckedData {
  /** What extraction reads; unset when a file the briefs need cannot be used at all (a YAML syntax error, a wrong shape). */
  data?: DossierData;
  /** The known outlets that passed their checks (none when outlets.yaml cannot be used). */
  outlets: Outlet[];
  diagnostics: Diagnostic[];
}

interface ParsedFile {
  name: DataFileName;
  shown: string;
  lines: LineCounter;
  doc?: Document.Parsed;
  value?: unknown;
  /** The file as written, for checks that point at words inside a value. */
  text?: string;
}

/** Parses one data file; syntax errors come back as diagnostics at their line and column, with no value. */
export function parseDataFile(text: string, shown: string): { value?: unknown; diagnostics: Diagnostic[]; doc?: Document.Parsed; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const diagnostics = doc.errors.map((error) => {
    const at = lines.linePos(error.pos[0]);
    return diagnostic(shown, "error", `invalid YAML: ${error.message.split("\n")[0]}; the file cannot be used until it is fixed`, "data-yaml", at.line, at.col);
  });
  return diagnostics.length ? { diagnostics, lines } : { value: doc.toJS(), diagnostics, doc, lines };
}

/** Where a path into a parsed YAML document is written: the value's node, or for `key`, the key itself; else the nearest enclosing node. */
export function positionIn(doc: Document.Parsed | undefined, lines: LineCounter, path: DataPath, key?: string): { line: number; column: number } {
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (!doc) return { line: 1, column: 1 };
  if (key !== undefined) {
    const map = doc.getIn(path, true) as Node | undefined;
    const pair = isMap(map) ? map.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === key) : undefined;
    const start = (pair?.key as Node | undefined)?.range?.[0];
    if (start !== undefined) return at(start);
  }
  for (let n = path.length; n >= 0; n -= 1) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return at(start);
  }
  return { line: 1, column: 1 };
}

function positionOf(file: ParsedFile, path: DataPath, key?: string): { line: number; column: number } {
  return positionIn(file.doc, file.lines, path, key);
}

/** `["facts", 1, "citations", 0, "quote"]` → `facts[1].citations[0].quote`. */
function fieldName(path: DataPath): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

const get = (value: unknown, key: string | number): unknown => (value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[key] : undefined);

/** A list entry of a file: what messages call it, and what its mistakes cost. */
interface Entry {
  /** Path of the entry in its file, e.g. `["agreements", 2]`, or `[4]` in the gazetteer. */
  path: DataPath;
  label: string;
  cost: string;
}

function entryOf(file: ParsedFile, path: DataPath): Entry | undefined {
  const named = (what: string, key: string, entryPath: DataPath) => {
    const name = get(entryPath.reduce<unknown>((v, k) => get(v, k), file.value), key);
    return typeof name === "string" && name ? `${what} "${name}"` : `${what} ${Number(entryPath.at(-1)) + 1}`;
  };
  if (file.name === "agreements") {
    if (typeof path[1] !== "number") return undefined;
    const entryPath = path.slice(0, 2);
    if (path[0] === "agreements") return { path: entryPath, label: named("agreement", "id", entryPath), cost: "its brief is not built until this is fixed" };
    if (path[0] === "related") return { path: entryPath, label: named("related topic", "id", entryPath), cost: "it is left out of related reporting until this is fixed" };
    if (path[0] === "framing") return { path: entryPath, label: `framing word ${path[1] + 1}`, cost: "it is ignored until this is fixed" };
    return undefined;
  }
  // The recognition vocabulary is one mapping: any mistake in it costs the whole file.
  if (file.name === "recognition" || typeof path[0] !== "number") return undefined;
  const entryPath = path.slice(0, 1);
  if (file.name === "gazetteer") return { path: entryPath, label: named("entity", "id", entryPath), cost: "the entity is left out until this is fixed" };
  if (file.name === "scope") return { path: entryPath, label: named("scope tag", "tag", entryPath), cost: "the tag is left out until this is fixed" };
  return { path: entryPath, label: named("outlet", "name", entryPath), cost: "the outlet is left out until this is fixed" };
}

/** What a mistake outside any entry costs: the whole file. */
const FILE_COST: Record<DataFileName, string> = {
  agreements: "no brief is built until this is fixed",
  gazetteer: "no brief is built until this is fixed",
  scope: "no brief is built until this is fixed",
  outlets: "no outlet is recognised until this is fixed",
  recognition: "no brief is built until this is fixed",
};

/** Collects problems per file and remembers which entries they make faulty, and whether the file as a whole is unusable. */
class Findings {
  readonly diagnostics: Diagnostic[] = [];
  readonly faulty = new Map<DataFileName, Set<string>>();
  readonly unusable = new Set<DataFileName>();

  /** A warning that costs nothing: the entry is built as written, and the analyst is told what to fix. */
  warn(file: ParsedFile, rule: string, at: { line: number; column: number }, message: string): void {
    this.diagnostics.push(diagnostic(file.shown, "warning", message, rule, at.line, at.column));
  }

  report(file: ParsedFile, rule: string, path: DataPath, message: string, key?: string): void {
    const entry = entryOf(file, path);
    const at = positionOf(file, path, key);
    if (!entry) {
      // An unknown top-level field of the catalogue is ignored; anything else wrong at the top makes the file unusable.
      const ignorable = file.name === "agreements" && path.length === 0 && key !== undefined;
      if (!ignorable) this.unusable.add(file.name);
      const cost = ignorable ? "it is ignored" : FILE_COST[file.name];
      this.diagnostics.push(diagnostic(file.shown, "error", `${path.length ? `\`${fieldName(path)}\` ` : "the file "}${message}; ${cost}`, rule, at.line, at.column));
      return;
    }
    const inner = path.slice(entry.path.length);
    const field = inner.length ? `: \`${fieldName(inner)}\`` : "";
    this.diagnostics.push(diagnostic(file.shown, "error", `${entry.label}${field} ${message}; ${entry.cost}`, rule, at.line, at.column));
    const set = this.faulty.get(file.name) ?? new Set<string>();
    set.add(JSON.stringify(entry.path));
    this.faulty.set(file.name, set);
  }

  isFaulty(name: DataFileName, path: DataPath): boolean {
    return this.faulty.get(name)?.has(JSON.stringify(path)) ?? false;
  }
}

/**
 * Checks the four data files together: YAML, each against its JSON Schema, then the ids they share (an agreement's
 * parties are gazetteer entities, its see_also other agreements). Every problem is an error at its line and column;
 * the entry it sits in is left out (an agreement loses its brief, nothing else), and a file that cannot be used at all
 * leaves `data` unset.
 */
export function checkDataFiles(files: Record<DataFileName, DataFileText>): CheckedData {
  const findings = new Findings();
  const parsed = {} as Record<DataFileName, ParsedFile>;
  for (const name of ["agreements", "gazetteer", "outlets", "scope", "recognition"] as const) {
    const { text, shown, unreadable } = files[name];
    if (text === undefined) {
      findings.diagnostics.push(diagnostic(shown, "error", `cannot read the file (${unreadable ?? "no text"}); ${FILE_COST[name]}`, "data-unreadable"));
      findings.unusable.add(name);
      parsed[name] = { name, shown, lines: new LineCounter() };
      continue;
    }
    const { value, diagnostics, doc, lines } = parseDataFile(text, shown);
    findings.diagnostics.push(...diagnostics);
    parsed[name] = { name, shown, lines, doc, value, text };
    if (!doc) {
      findings.unusable.add(name);
      continue;
    }
    for (const problem of schemaProblems(name, value)) findings.report(parsed[name], "data-schema", problem.path, problem.message, problem.key);
  }
  checkGazetteer(parsed.gazetteer, findings);
  checkCatalogue(parsed.agreements, parsed.gazetteer, parsed.recognition, findings);
  checkUnique(parsed.scope, "tag", "scope tag", findings);
  checkUnique(parsed.outlets, "name", "outlet", findings);

  const keep = <T>(file: ParsedFile, list: unknown, base: DataPath): T[] =>
    (Array.isArray(list) ? list : []).filter((_, i) => !findings.isFaulty(file.name, [...base, i])) as T[];
  const outlets = findings.unusable.has("outlets") ? [] : keep<Outlet>(parsed.outlets, parsed.outlets.value, []);
  if (["agreements", "gazetteer", "scope", "recognition"].some((n) => findings.unusable.has(n as DataFileName))) return { outlets, diagnostics: findings.diagnostics };

  const locations = new WeakMap<object, DataLocation>();
  for (const file of [parsed.agreements, parsed.gazetteer, parsed.scope]) locate(file, file.value, [], locations);
  const catalogueValue = parsed.agreements.value as Partial<Record<keyof Catalogue, unknown>>;
  const agreements = keep<Agreement>(parsed.agreements, catalogueValue.agreements, ["agreements"]);
  for (const a of agreements) {
    if (a.recognise.window) a.recognise.window = { from: String(a.recognise.window.from), to: String(a.recognise.window.to) };
    if (a.date) a.date.iso = String(a.date.iso);
  }
  const gazetteer = keep<Entity>(parsed.gazetteer, parsed.gazetteer.value, []);
  for (const e of gazetteer) {
    if (e.from !== undefined) e.from = String(e.from);
    if (e.to !== undefined) e.to = String(e.to);
  }
  return {
    data: {
      catalogue: {
        agreements,
        related: keep<RelatedTopic>(parsed.agreements, catalogueValue.related, ["related"]),
        framing: keep<string>(parsed.agreements, catalogueValue.framing, ["framing"]),
      },
      gazetteer,
      scope: keep<ScopeTag>(parsed.scope, parsed.scope.value, []),
      vocabulary: parsed.recognition.value as RecognitionVocabulary,
      locations,
    },
    outlets,
    diagnostics: findings.diagnostics,
  };
}

/** Records where every mapping and list of the data was written, so later stages can point at it. */
function locate(file: ParsedFile, value: unknown, path: DataPath, locations: WeakMap<object, DataLocation>): void {
  if (value === null || typeof value !== "object") return;
  const at = positionOf(file, path);
  locations.set(value, { file: file.shown, line: at.line, column: at.column });
  for (const [key, child] of Object.entries(value)) locate(file, child, [...path, Array.isArray(value) ? Number(key) : key], locations);
}

/** Items of a list file with the index they were written at, leaving out those already faulty. */
function soundItems(file: ParsedFile, list: unknown, base: DataPath, findings: Findings): Array<{ item: Record<string, unknown>; path: DataPath }> {
  if (!Array.isArray(list) || findings.unusable.has(file.name)) return [];
  return list.flatMap((item, i) => (findings.isFaulty(file.name, [...base, i]) || item === null || typeof item !== "object" ? [] : [{ item: item as Record<string, unknown>, path: [...base, i] }]));
}

function checkUnique(file: ParsedFile, key: string, what: string, findings: Findings): void {
  const first = new Map<string, DataPath>();
  for (const { item, path } of soundItems(file, file.value, [], findings)) {
    const value = String(item[key]);
    const earlier = first.get(value);
    if (earlier) findings.report(file, "data-duplicate", [...path, key], `repeats the ${what} at line ${positionOf(file, earlier).line}`);
    else first.set(value, path);
  }
}

/** Ids the gazetteer declares (whatever their state), and the entities that passed every check so far. */
function checkGazetteer(file: ParsedFile, findings: Findings): void {
  checkUnique(file, "id", "entity", findings);
  const declared = new Map<string, Record<string, unknown>>();
  for (const item of Array.isArray(file.value) ? file.value : []) if (typeof get(item, "id") === "string") declared.set(get(item, "id") as string, item as Record<string, unknown>);
  for (const { item, path } of soundItems(file, file.value, [], findings)) {
    for (const key of ["part_of", "stands_for", "acts_for", "speaks_for", "earlier_names_of"]) {
      const target = item[key];
      if (target === undefined) continue;
      if (!declared.has(String(target))) findings.report(file, "data-reference", [...path, key], `names entity "${String(target)}", which is not in the gazetteer`);
      else if (key === "speaks_for" && declared.get(String(target))!.kind !== "state") findings.report(file, "data-reference", [...path, key], `must name a state, and "${String(target)}" is not one`);
    }
    (item.within as unknown[] | undefined)?.forEach((target, i) => {
      if (!declared.has(String(target))) findings.report(file, "data-reference", [...path, "within", i], `names entity "${String(target)}", which is not in the gazetteer`);
    });
    checkOrder(file, findings, path, item.from, item.to, "from", "to");
  }
}

/** `from` no later than `to`, each taken at its own precision (2019-11 to 2019 is fine). */
function checkOrder(file: ParsedFile, findings: Findings, path: DataPath, from: unknown, to: unknown, fromKey: string, toKey: string): void {
  if (from === undefined || to === undefined) return;
  const a = parseIsoDate(String(from));
  const b = parseIsoDate(String(to));
  if (a && b && dateSpan(a).from > dateSpan(b).to) findings.report(file, "data-date", [...path, toKey], `is earlier than \`${fromKey}\` (${String(from)} to ${String(to)})`);
}

function checkCatalogue(file: ParsedFile, gazetteerFile: ParsedFile, vocabularyFile: ParsedFile, findings: Findings): void {
  if (findings.unusable.has("agreements")) return;
  const value = file.value as Record<string, unknown>;
  const declaredAgreements = new Set((Array.isArray(value.agreements) ? value.agreements : []).map((a) => get(a, "id")).filter((id): id is string => typeof id === "string"));
  const entities = new Map<string, { entity: Record<string, unknown>; path: DataPath }>();
  if (!findings.unusable.has("gazetteer")) {
    (gazetteerFile.value as unknown[]).forEach((item, i) => {
      const id = get(item, "id");
      if (typeof id === "string" && !entities.has(id)) entities.set(id, { entity: item as Record<string, unknown>, path: [i] });
    });
  }
  const needEntity = (path: DataPath, id: unknown, kind?: string) => {
    if (findings.unusable.has("gazetteer")) return;
    const found = entities.get(String(id));
    if (!found) return findings.report(file, "data-reference", path, `names entity "${String(id)}", which is not in gazetteer.yaml`);
    if (findings.isFaulty("gazetteer", found.path)) {
      return findings.report(file, "data-reference", path, `names entity "${String(id)}", whose entry in gazetteer.yaml (line ${positionOf(gazetteerFile, found.path).line}) has an error`);
    }
    if (kind && found.entity.kind !== kind) findings.report(file, "data-reference", path, `must name a ${kind}, and "${String(id)}" is a ${String(found.entity.kind)}`);
  };
  const needAgreement = (path: DataPath, id: unknown) => {
    if (!declaredAgreements.has(String(id))) findings.report(file, "data-reference", path, `names agreement "${String(id)}", which is not in the catalogue`);
  };
  const subjects = findings.unusable.has("recognition") ? undefined : Object.keys((get(vocabularyFile.value, "subjects") as Record<string, unknown> | undefined) ?? {});
  const recognition = (path: DataPath, rule: Record<string, unknown>) => {
    (rule.entities as unknown[] | undefined)?.forEach((id, i) => needEntity([...path, "entities", i], id));
    if (rule.subject !== undefined && subjects && !subjects.includes(String(rule.subject))) {
      findings.report(file, "data-reference", [...path, "subject"], `names subject "${String(rule.subject)}", which is not one of recognition.yaml's subjects (${subjects.join(", ")})`);
    }
    (rule.companions as unknown[] | undefined)?.forEach((id, i) => needAgreement([...path, "companions", i], id));
    (rule.opposed_by as unknown[] | undefined)?.forEach((id, i) => needEntity([...path, "opposed_by", i], id));
    (rule.people as unknown[] | undefined)?.forEach((id, i) => needEntity([...path, "people", i], id, "person"));
    (rule.places as unknown[] | undefined)?.forEach((id, i) => needEntity([...path, "places", i], id, "place"));
    const window = rule.window as Record<string, unknown> | undefined;
    if (window) checkOrder(file, findings, [...path, "window"], window.from, window.to, "from", "to");
  };

  const agreements = soundItems(file, value.agreements, ["agreements"], findings);
  const firstId = new Map<string, DataPath>();
  for (const { item, path } of agreements) {
    const earlier = firstId.get(String(item.id));
    if (earlier) findings.report(file, "data-duplicate", [...path, "id"], `repeats the id of the agreement at line ${positionOf(file, earlier).line}`);
    else firstId.set(String(item.id), path);
    (item.parties as unknown[]).forEach((id, i) => needEntity([...path, "parties", i], id));
    (item.see_also as unknown[] | undefined)?.forEach((id, i) => needAgreement([...path, "see_also", i], id));
    recognition([...path, "recognise"], item.recognise as Record<string, unknown>);
    checkAssessment(file, findings, path, item);
    const date = item.date as Record<string, unknown> | undefined;
    const parsedDate = date && parseIsoDate(String(date.iso));
    if (date && parsedDate && parsedDate.precision !== date.precision) {
      findings.report(file, "data-date", [...path, "date", "precision"], `must be "${parsedDate.precision}" for the date ${String(date.iso)}, not "${String(date.precision)}"`);
    }
  }
  const relatedIds = new Map<string, DataPath>();
  for (const { item, path } of soundItems(file, value.related, ["related"], findings)) {
    const earlier = relatedIds.get(String(item.id));
    if (earlier) findings.report(file, "data-duplicate", [...path, "id"], `repeats the id of the related topic at line ${positionOf(file, earlier).line}`);
    else relatedIds.set(String(item.id), path);
    recognition([...path, "recognise"], item.recognise as Record<string, unknown>);
    (item.bears_on as unknown[]).forEach((id, i) => needAgreement([...path, "bears_on", i], id));
  }
}

/** The scale's ends, for messages: "almost no chance … almost certain". */
const SCALE_ENDS = `${LIKELIHOOD_SCALE[0]!.words[0]} … ${LIKELIHOOD_SCALE.at(-1)!.words[0]}`;

/**
 * The analyst's judgement, held to ICD 203: an agreement states its confidence (`assessment: { confidence: … }`), and
 * its summary and context say how likely things are only in the scale's words. Both are warnings at the words' own
 * line and column: the brief is still built, and `--strict` (CI) holds the catalogue to them.
 */
function checkAssessment(file: ParsedFile, findings: Findings, path: DataPath, item: Record<string, unknown>): void {
  const label = `agreement "${String(item.id)}"`;
  if (item.assessment === undefined) {
    findings.warn(file, "assessment-confidence", positionOf(file, path), `${label} states no confidence for its assessment; add \`assessment: { confidence: low | moderate | high }\` (ICD 203), and the brief shows it beside the summary`);
  }
  for (const field of ["summary", "context"] as const) {
    const node = file.doc?.getIn([...path, field], true) as Node | undefined;
    const range = node?.range;
    if (!range || typeof item[field] !== "string") continue;
    // The words are found in the file's own text, so a folded block reports the line the word is written on.
    const written = (file.text ?? "").slice(range[0], range[1]);
    for (const use of offScaleLikelihood(written)) {
      const at = file.lines.linePos(range[0] + use.start);
      findings.warn(file, "assessment-likelihood", { line: at.line, column: at.col }, `${label}: \`${field}\` says "${use.words.replace(/\s+/g, " ")}", a likelihood outside the ICD 203 scale; write "${use.try}" or another step of the scale (${SCALE_ENDS}; see the About page)`);
    }
  }
}
