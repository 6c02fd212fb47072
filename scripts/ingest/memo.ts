// What `npm start`'s build worker keeps of ingest between builds: each seed's reading, keyed by its bytes and sidecar, so an edit to one seed decodes and splits that seed again and not the other thousand.
import { createHash } from "node:crypto";
import type { Outlet } from "../catalogue.ts";
import { workEach, type KeptCount } from "../kept-work.ts";
import type { SeedFile } from "../model.ts";
import type { IngestResult } from "./ingest-seed.ts";

export interface IngestMemo {
  /** The outlets the kept seeds were read with; others (the data file changed) forget them all. */
  outlets?: readonly Outlet[];
  seeds: Map<string, IngestResult>;
  /** How the last build went: seeds read afresh, and seeds taken as kept. */
  last: KeptCount;
}

export function ingestMemo(): IngestMemo {
  return { seeds: new Map(), last: { read: 0, kept: 0 } };
}

/** A seed's key: a digest of its path, its bytes and its sidecar, so any change to either reads it again. */
export function seedKey(seed: SeedFile): string {
  const hash = createHash("sha256").update(seed.path).update("\0").update(seed.name).update("\0").update(seed.bytes);
  if (seed.sidecar) hash.update("\0").update(seed.sidecar.path).update("\0").update(seed.sidecar.text);
  return hash.digest("base64url");
}

/**
 * Each seed's reading through `read`, taken from the memo when the seed and the outlets are those it was read with.
 * The memo then keeps exactly this build's seeds, so it never holds more than one folder's worth.
 */
export function ingestEach(seeds: readonly SeedFile[], outlets: readonly Outlet[], memo: IngestMemo, read: (seed: SeedFile) => IngestResult): IngestResult[] {
  if (memo.outlets !== outlets) {
    memo.seeds.clear();
    memo.outlets = outlets;
  }
  const { results, last } = workEach(seeds, seedKey, memo.seeds, read);
  memo.last = last;
  return results;
}
