// Reads the dossier's data files (content/_data/*.yaml): plain YAML, no custom tags, nothing executed; mistakes become diagnostics.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from "yaml";
import { diagnostic, formatDiagnostic } from "./diagnostics.ts";
import type { Catalogue, DossierData, Entity, RecognitionVocabulary, ScopeTag } from "./catalogue.ts";
import type { Outlet } from "./catalogue.ts";
import type { Diagnostic } from "./model.ts";

export async function readYamlData<T>(contentDir: string, name: string): Promise<T> {
  const { value, diagnostics } = parseDataFile(await readFile(join(contentDir, "_data", `${name}.yaml`), "utf8"), `content/_data/${name}.yaml`);
  if (diagnostics.length) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return value as T;
}

export function readOutlets(contentDir: string): Promise<Outlet[]> {
  return readYamlData<Outlet[]>(contentDir, "outlets");
}

/** Parses one data file; syntax errors come back as diagnostics at their line and column, with no value. */
export function parseDataFile(text: string, shown: string): { value?: unknown; diagnostics: Diagnostic[]; doc?: ReturnType<typeof parseDocument>; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const diagnostics = doc.errors.map((error) => {
    const at = lines.linePos(error.pos[0]);
    return diagnostic(shown, "error", `invalid YAML: ${error.message.split("\n")[0]}`, "data-yaml", at.line, at.col);
  });
  return diagnostics.length ? { diagnostics, lines } : { value: doc.toJS(), diagnostics, doc, lines };
}

// The fields each kind of record must have, and whether each is a list, a mapping or a single value.
type Shape = Record<string, "list" | "map" | "value">;
const AGREEMENT: Shape = { id: "value", title: "value", short_title: "value", kind: "value", parties: "list", status: "value", aliases: "list", summary: "value", context: "value", recognise: "map" };
const RECOGNITION: Shape = { subject: "value", window: "map" };
const VOCABULARY: Shape = { nouns: "list", acts: "map", backers: "list", subjects: "map" };
const RELATED: Shape = { id: "value", title: "value", note: "value", recognise: "map", bears_on: "list" };
const ENTITY: Shape = { id: "value", name: "value", kind: "value", variants: "list" };
const SCOPE: Shape = { tag: "value", terms: "list" };

/**
 * The gazetteer, scope vocabulary and agreement catalogue (which may come from another file, `--catalogue`),
 * each checked for the fields extraction needs. Any mistake leaves `data` unset: the briefs are not built, the sources are.
 */
export async function loadDossierData(contentDir: string, catalogueFile?: string, base = process.cwd()): Promise<{ data?: DossierData; diagnostics: Diagnostic[] }> {
  const path = (name: string) => join(contentDir, "_data", `${name}.yaml`);
  const shownCatalogue = catalogueFile ? relative(base, catalogueFile) : "content/_data/agreements.yaml";
  const catalogue = checkShape(parseDataFile(await readFile(catalogueFile ?? path("agreements"), "utf8"), shownCatalogue), shownCatalogue, (doc, problem) => {
    if (!isMap(doc)) return problem(doc, "the catalogue must be a mapping with an `agreements:` list");
    eachItem(doc, "agreements", AGREEMENT, problem, (item) => needFields(item.get("recognise", true) as Node, RECOGNITION, "recognise", problem));
    eachItem(doc, "related", RELATED, problem, () => undefined, true);
  });
  const gazetteer = checkShape(parseDataFile(await readFile(path("gazetteer"), "utf8"), "content/_data/gazetteer.yaml"), "content/_data/gazetteer.yaml", (doc, problem) => listOf(doc, ENTITY, "an entity", problem));
  const scope = checkShape(parseDataFile(await readFile(path("scope"), "utf8"), "content/_data/scope.yaml"), "content/_data/scope.yaml", (doc, problem) => listOf(doc, SCOPE, "a scope tag", problem));
  const vocabulary = checkShape(parseDataFile(await readFile(path("recognition"), "utf8"), "content/_data/recognition.yaml"), "content/_data/recognition.yaml", (doc, problem) => {
    needFields(doc, VOCABULARY, "the recognition vocabulary", problem);
  });
  const diagnostics = [...catalogue.diagnostics, ...gazetteer.diagnostics, ...scope.diagnostics, ...vocabulary.diagnostics];
  if (diagnostics.length) return { diagnostics };
  const c = catalogue.value as Partial<Catalogue>;
  return {
    data: {
      catalogue: { agreements: c.agreements ?? [], related: c.related ?? [], framing: c.framing ?? [] },
      gazetteer: gazetteer.value as Entity[],
      scope: scope.value as ScopeTag[],
      vocabulary: vocabulary.value as RecognitionVocabulary,
    },
    diagnostics,
  };
}

/** For the bench and unit tests: the data, or an error listing every problem. */
export async function readDossierData(contentDir: string, catalogueFile?: string): Promise<DossierData> {
  const { data, diagnostics } = await loadDossierData(contentDir, catalogueFile);
  if (!data) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return data;
}

type Problem = (node: Node | null | undefined, message: string) => void;

function checkShape(parsed: ReturnType<typeof parseDataFile>, shown: string, check: (doc: Node | null, problem: Problem) => void) {
  if (!parsed.doc) return parsed;
  const diagnostics: Diagnostic[] = [];
  const problem: Problem = (node, message) => {
    const at = parsed.lines.linePos(node?.range?.[0] ?? 0);
    diagnostics.push(diagnostic(shown, "error", `${message}; the briefs are not built until it is fixed`, "data-shape", at.line, at.col));
  };
  check(parsed.doc.contents as Node | null, problem);
  return { ...parsed, diagnostics };
}

function listOf(doc: Node | null, shape: Shape, what: string, problem: Problem): void {
  if (!isSeq(doc)) return problem(doc, `the file must be a list, each item ${what}`);
  for (const item of doc.items) needFields(item as Node, shape, what, problem);
}

function eachItem(doc: YAMLMap, key: string, shape: Shape, problem: Problem, more: (item: YAMLMap) => void, optional = false): void {
  const list = doc.get(key, true) as Node | undefined;
  if (list === undefined && optional) return;
  if (!isSeq(list)) return problem(list ?? doc, `\`${key}\` must be a list`);
  for (const item of list.items) if (needFields(item as Node, shape, key.replace(/s$/, ""), problem)) more(item as YAMLMap);
}

function needFields(node: Node | null | undefined, shape: Shape, what: string, problem: Problem): boolean {
  if (!isMap(node)) {
    problem(node, `${what} must be a mapping of field: value`);
    return false;
  }
  let ok = true;
  for (const [field, kind] of Object.entries(shape)) {
    const value = node.get(field, true) as Node | undefined;
    const fits = kind === "list" ? isSeq(value) : kind === "map" ? isMap(value) : value !== undefined && !isSeq(value) && !isMap(value);
    if (!fits) {
      const id = node.get("id") ?? node.get("tag");
      problem(value ?? node, `${what}${id ? ` "${String(id)}"` : ""} needs \`${field}\` as ${kind === "list" ? "a list" : kind === "map" ? "a mapping" : "a single value"}`);
      ok = false;
    }
  }
  return ok;
}
