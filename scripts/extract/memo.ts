// What one process keeps between its builds (`npm start`'s build worker): each source's reading and recognition, keyed by the source's content, so an edit to one seed reads and weighs that seed again and not the other thousand.
import { createHash } from "node:crypto";
import type { DossierData } from "../catalogue.ts";
import { workEach, type KeptCount } from "../kept-work.ts";
import type { Source } from "../model.ts";
import type { Recognised } from "./links.ts";
import { readingContext, type ReadingContext, type SourceReading } from "./reading.ts";

export interface ExtractMemo {
  /** The context the kept sources were read in; another one (new data, catalogue or build date) forgets them. */
  context?: { data: DossierData; catalogue: string; latest: string | undefined; ctx: ReadingContext };
  sources: Map<string, { reading: SourceReading; recognised: Recognised }>;
  /** How the last build went: sources read afresh, and sources taken as kept. */
  last: KeptCount;
}

export function extractMemo(): ExtractMemo {
  return { sources: new Map(), last: { read: 0, kept: 0 } };
}

/**
 * The reading context for a build: the memo's own while the data files (the same checked objects), the catalogue as
 * this build uses it (its pins depend on the sources in the build) and the latest possible date are the ones it was
 * made for; otherwise a new one, and the memo forgets every source it kept, since each was read in the old context.
 */
export function memoContext(memo: ExtractMemo, data: DossierData, latest: string | undefined): ReadingContext {
  const key = JSON.stringify(data.catalogue);
  const kept = memo.context;
  const sameData = (before: DossierData) => (Object.keys(data) as Array<keyof DossierData>).every((k) => k === "catalogue" || data[k] === before[k]);
  if (kept && sameData(kept.data) && kept.catalogue === key && kept.latest === latest) return kept.ctx;
  const ctx = readingContext(data, latest);
  memo.context = { data, catalogue: key, latest, ctx };
  memo.sources.clear();
  return ctx;
}

/** A source's key in the memo: a digest of the whole record (id, file, metadata and paragraphs), so any change reads it again. */
export function sourceKey(source: Source): string {
  return createHash("sha256").update(JSON.stringify(source)).digest("base64url");
}

/** Each source's reading and recognition, from the memo where its key is kept, worked out otherwise; the memo then keeps exactly this build's sources. */
export function readEach(
  sources: readonly Source[],
  memo: ExtractMemo | undefined,
  work: (source: Source) => { reading: SourceReading; recognised: Recognised },
): Array<{ reading: SourceReading; recognised: Recognised }> {
  if (!memo) return sources.map(work);
  const { results, last } = workEach(sources, sourceKey, memo.sources, work);
  memo.last = last;
  return results;
}
