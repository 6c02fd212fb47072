// Reads the dossier's data files (content/_data/*.yaml): plain YAML, no custom tags, nothing executed.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import type { Outlet } from "./ingest/outlets.ts";

export async function readYamlData<T>(contentDir: string, name: string): Promise<T> {
  const text = await readFile(join(contentDir, "_data", `${name}.yaml`), "utf8");
  return parse(text) as T;
}

export function readOutlets(contentDir: string): Promise<Outlet[]> {
  return readYamlData<Outlet[]>(contentDir, "outlets");
}
