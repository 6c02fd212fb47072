// Puts a fact's citations best first, so a brief can show the first few: an outlet's own reporting before a wire reprint, a statement before commentary, the report nearest the event, then by source and paragraph.
import type { Citation, PartialDate } from "../model.ts";

/** What the ordering knows about the source behind a citation. */
export interface SourceStanding {
  /** The story carries another agency's wire copy (its dateline or wire line names an agency that is not its outlet). */
  reprint: boolean;
  published: PartialDate | null;
}

// A passage that reports what someone said or announced: the words of a party, not an outlet's reading of them.
const STATEMENT = /\b(said|says|stated|told|announced|declared|according to (a|the) (written )?statement|in a (written )?statement)\b|[“"]/i;

/** True when the quote reports a statement (someone said, announced, or is quoted), as far as the words show. */
export function isStatement(quote: string): boolean {
  return STATEMENT.test(quote);
}

/** Days from the event to the publication, at the precision both have; unknown when either date is missing. */
function distance(published: PartialDate | null, event: PartialDate | null): number {
  if (!published || !event) return Number.POSITIVE_INFINITY;
  const day = (d: PartialDate) => Date.parse(`${d.iso.padEnd(7, "-01").padEnd(10, "-01")}T00:00:00Z`) / 86_400_000;
  return Math.abs(day(published) - day(event));
}

const paragraphNumber = (c: Citation) => Number(c.paragraph.slice(1));

/**
 * The citations best first: not a reprint, then a statement, then the report published nearest the event (undated
 * reports last), then by source id and paragraph. Stable: citations equal on every key keep their order.
 */
export function bestFirst<C extends Citation>(citations: readonly C[], standing: (source: string) => SourceStanding, event: PartialDate | null): C[] {
  const keyed = citations.map((c, index) => {
    const s = standing(c.source);
    return { c, index, reprint: Number(s.reprint), commentary: Number(!isStatement(c.quote)), distance: distance(s.published, event) };
  });
  keyed.sort(
    (a, b) =>
      a.reprint - b.reprint ||
      a.commentary - b.commentary ||
      (a.distance === b.distance ? 0 : a.distance < b.distance ? -1 : 1) ||
      (a.c.source < b.c.source ? -1 : a.c.source > b.c.source ? 1 : 0) ||
      paragraphNumber(a.c) - paragraphNumber(b.c) ||
      a.index - b.index,
  );
  return keyed.map((k) => k.c);
}
