// Ingest for a whole folder's worth of seeds: each seed on its own, then duplicates dropped and each source given its address.
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic, SeedFile, Source } from "../model.ts";
import { ingestSeed } from "./ingest-seed.ts";
import type { Outlet } from "../catalogue.ts";
import { ADDRESS_FILE, assignAddresses, type AddressRegister, type Redirect } from "./addresses.ts";
import { ingestEach, type IngestMemo } from "./memo.ts";

export interface Ingested {
  sources: Source[];
  /** Old addresses that lead to a source's current one. */
  redirects: Redirect[];
  /** The address register with this build's new and renamed sources. */
  register: AddressRegister;
  /** Seeds that got an address for the first time. */
  recorded: string[];
  diagnostics: Diagnostic[];
}

/**
 * `register` holds the addresses recorded so far; `registerShown` is the register's path as messages show it; `memo`
 * (a long-lived process's) keeps each seed's reading between builds.
 */
export function ingestAll(seeds: readonly SeedFile[], outlets: readonly Outlet[], register: AddressRegister = new Map(), registerShown = `seeds/${ADDRESS_FILE}`, memo?: IngestMemo): Ingested {
  const diagnostics: Diagnostic[] = [];
  const byDigest = new Map<string, Source>();
  const kept: Source[] = [];
  const results = memo ? ingestEach(seeds, outlets, memo, (seed) => ingestSeed(seed, outlets)) : seeds.map((seed) => ingestSeed(seed, outlets));
  for (const [i, seed] of seeds.entries()) {
    const result = results[i]!;
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
  const addressed = assignAddresses(kept, register, registerShown);
  return { sources: addressed.sources, redirects: addressed.redirects, register: addressed.register, recorded: addressed.recorded, diagnostics: [...diagnostics, ...addressed.diagnostics] };
}
