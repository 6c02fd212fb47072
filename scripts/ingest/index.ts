// Ingest for a whole folder's worth of seeds: each seed on its own, then duplicates dropped and ids made unique.
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic, SeedFile, Source } from "../model.ts";
import { ingestSeed } from "./ingest-seed.ts";
import type { Outlet } from "../catalogue.ts";
import { uniqueIds } from "./source-id.ts";

export interface Ingested {
  sources: Source[];
  diagnostics: Diagnostic[];
}

export function ingestAll(seeds: readonly SeedFile[], outlets: readonly Outlet[]): Ingested {
  const diagnostics: Diagnostic[] = [];
  const byDigest = new Map<string, Source>();
  const kept: Source[] = [];
  for (const seed of seeds) {
    const result = ingestSeed(seed, outlets);
    diagnostics.push(...result.diagnostics);
    if (!result.source) continue;
    const twin = byDigest.get(result.source.digest);
    if (twin) {
      diagnostics.push(diagnostic(seed.path, "warning", `same article text as ${twin.file}; kept that one, skipped this duplicate`, "seed-duplicate"));
      continue;
    }
    byDigest.set(result.source.digest, result.source);
    kept.push(result.source);
  }
  return { sources: uniqueIds(kept), diagnostics };
}
