// Reads the dossier's data files (content/_data/*.yaml, or another folder given with --data): plain YAML, nothing
// executed. The checks are pure and live in data-check.ts; this file only fetches the text.
import { readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { checkDataFiles, parseDataFile, type CheckedData, type DataFileText } from "./data-check.ts";
import type { DossierData } from "./catalogue.ts";
import { SCHEMA_NAMES, type DataFileName } from "./data-schema.ts";
import { formatDiagnostic } from "./diagnostics.ts";

/** Where the data files are: a folder holding agreements.yaml, gazetteer.yaml, outlets.yaml and scope.yaml. */
export interface DataFolder {
  dir: string;
  /** Another agreement catalogue instead of `<dir>/agreements.yaml` (`--catalogue`). */
  catalogueFile?: string;
  /** The folder paths in messages are relative to. */
  base?: string;
}

/** The path of one data file, as read. */
export function dataFilePath(folder: DataFolder, name: DataFileName): string {
  return name === "agreements" && folder.catalogueFile ? folder.catalogueFile : join(folder.dir, `${name}.yaml`);
}

/** Reads and checks the four data files; a file that cannot be read is an error, like one that does not parse. */
export async function loadDossierData(folder: DataFolder): Promise<CheckedData> {
  return checkDataFiles(await readDataFiles(folder));
}

/** The data files' texts as read, each with the path messages show; a file that cannot be read says why. */
export async function readDataFiles(folder: DataFolder): Promise<Record<DataFileName, DataFileText>> {
  const files = {} as Record<DataFileName, DataFileText>;
  for (const name of SCHEMA_NAMES) {
    const path = dataFilePath(folder, name);
    const shown = relative(folder.base ?? process.cwd(), path).split(sep).join("/");
    const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => ({ error: error.code ?? error.message }));
    files[name] = typeof text === "string" ? { text, shown } : { shown, unreadable: text.error };
  }
  return files;
}

/** For the bench and unit tests: the data, or an error listing every problem. */
export async function readDossierData(dir: string): Promise<DossierData> {
  const { data, diagnostics } = await loadDossierData({ dir });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (!data || errors.length) throw new Error(errors.map(formatDiagnostic).join("\n"));
  return data;
}

/** For the bench and unit tests: the known outlets of a data folder. */
export async function readOutlets(dir: string): Promise<CheckedData["outlets"]> {
  return (await loadDossierData({ dir })).outlets;
}

/** Another data file of the site (site.yaml), read as plain YAML; a syntax error throws with its line and column. */
export async function readYamlData<T>(contentDir: string, name: string): Promise<T> {
  const { value, diagnostics } = parseDataFile(await readFile(join(contentDir, "_data", `${name}.yaml`), "utf8"), `content/_data/${name}.yaml`);
  if (diagnostics.length) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return value as T;
}
