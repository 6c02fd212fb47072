// Checks a data file's parsed value against its JSON Schema (scripts/schema/) with ajv, and words each error for the analyst.
import { readFileSync } from "node:fs";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { parseIsoDate } from "./dates.ts";

/** The data files that have a schema, by name: `content/_data/<name>.yaml` is checked against `scripts/schema/<name>.schema.json`. */
export const SCHEMA_NAMES = ["agreements", "gazetteer", "outlets", "scope", "recognition"] as const;
export type DataFileName = (typeof SCHEMA_NAMES)[number];
/** Every schema: the data files', and the address register's (`<seeds>/.addresses.yaml`). */
export type SchemaName = DataFileName | "addresses";

/** A path into the data, as keys and list positions: `["agreements", 2, "recognise", "window", "from"]`. */
export type DataPath = Array<string | number>;

export interface SchemaProblem {
  path: DataPath;
  /** For an unknown field: the path points at the mapping, and this names the key (reported at the key itself). */
  key?: string;
  message: string;
}

export function schemaFile(name: string): URL {
  return new URL(`./schema/${name}.schema.json`, import.meta.url);
}

let validators: Map<SchemaName, ValidateFunction> | undefined;

function compile(): Map<SchemaName, ValidateFunction> {
  // allowUnionTypes: a date may be written 2019 (a YAML number) or "2019-11"; both are ISO dates. strictRequired is off
  // because a fact's `if: {required: [provenance]}` names a field declared beside it, not inside the `if`.
  const ajv = new Ajv2020.default({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  // Real calendar dates only: 2022-31-12 and 2025-02-30 are not dates.
  ajv.addFormat("partial-date", { type: "string", validate: (text: string) => parseIsoDate(text) !== undefined });
  ajv.addSchema(JSON.parse(readFileSync(schemaFile("common"), "utf8")), "common.schema.json");
  const out = new Map<SchemaName, ValidateFunction>();
  for (const name of [...SCHEMA_NAMES, "addresses"] as const) {
    ajv.addSchema(JSON.parse(readFileSync(schemaFile(name), "utf8")), `${name}.schema.json`);
    out.set(name, ajv.getSchema(`${name}.schema.json`)!);
  }
  return out;
}

/** Every way `value` departs from the schema of `name`, one problem per place, in document order of the paths given. */
export function schemaProblems(name: SchemaName, value: unknown): SchemaProblem[] {
  validators ??= compile();
  const validate = validators.get(name)!;
  if (validate(value)) return [];
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of validate.errors ?? []) {
    const problem = describe(error);
    if (!problem) continue;
    // A value can break two keywords that say the same thing (an ISO date's pattern and its format): one message each place.
    const key = `${JSON.stringify(problem.path)} ${problem.key ?? ""} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/** `/agreements/2/recognise/window/from` → `["agreements", 2, "recognise", "window", "from"]`. */
export function pathOf(pointer: string): DataPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

const TYPE_WORDS: Record<string, string> = {
  array: "a list",
  object: "a mapping of field: value",
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "empty",
};

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describe(error: ErrorObject): SchemaProblem | undefined {
  const path = pathOf(error.instancePath);
  const parent = (error.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown> };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { path, message: `needs \`${String(params.missingProperty)}\`` };
    case "additionalProperties": {
      const known = Object.keys(parent.properties ?? {});
      return { path, key: String(params.additionalProperty), message: `has an unknown field \`${String(params.additionalProperty)}\`; known fields: ${known.join(", ")}` };
    }
    case "type": {
      const types = String(params.type).split(",");
      const words = types.includes("string") && types.includes("integer") ? parent.description ?? "text" : types.map((t) => TYPE_WORDS[t] ?? t).join(" or ");
      return { path, message: `must be ${words}, not ${shown(error.data)}` };
    }
    case "enum":
      return { path, message: `must be one of ${(params.allowedValues as unknown[]).join(", ")}, not ${shown(error.data)}` };
    case "const":
      return { path, message: `must be ${shown(params.allowedValue)}, not ${shown(error.data)}` };
    case "pattern":
    case "format":
    case "minimum":
    case "maximum":
      return { path, message: `must be ${parent.description ?? `${error.message}`}, not ${shown(error.data)}` };
    case "dependentRequired":
      return { path, message: `needs \`${String(params.missingProperty)}\` beside \`${String(params.property)}\`` };
    case "minItems":
      return { path, message: `must list at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}` };
    case "maxItems":
      return { path, message: `must list at most ${String(params.limit)} items` };
    // if/then/else and $ref only wrap the errors reported above.
    case "if":
      return undefined;
    default:
      return { path, message: error.message ?? error.keyword };
  }
}
