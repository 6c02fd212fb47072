// Reads the dossier's data files (content/_data/*.yaml): plain YAML, no custom tags, nothing executed.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import type { Catalogue, DossierData, Entity, ScopeTag } from "./extract/catalogue.ts";
import type { Outlet } from "./ingest/outlets.ts";

export async function readYamlData<T>(contentDir: string, name: string): Promise<T> {
  const text = await readFile(join(contentDir, "_data", `${name}.yaml`), "utf8");
  return parse(text) as T;
}

export function readOutlets(contentDir: string): Promise<Outlet[]> {
  return readYamlData<Outlet[]>(contentDir, "outlets");
}

/** The gazetteer, scope vocabulary and agreement catalogue; the catalogue may come from another file (`--catalogue`). */
export async function readDossierData(contentDir: string, catalogueFile?: string): Promise<DossierData> {
  const catalogue = catalogueFile ? (parse(await readFile(catalogueFile, "utf8")) as Catalogue) : await readYamlData<Catalogue>(contentDir, "agreements");
  return {
    catalogue: { agreements: catalogue.agreements ?? [], related: catalogue.related ?? [], framing: catalogue.framing ?? [] },
    gazetteer: await readYamlData<Entity[]>(contentDir, "gazetteer"),
    scope: await readYamlData<ScopeTag[]>(contentDir, "scope"),
  };
}
