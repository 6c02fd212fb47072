// What every kind of evidence reads: one act in one passage, weighed against one agreement.
import type { Agreement } from "../../catalogue.ts";
import { dateSpan } from "../../dates.ts";
import type { Evidence } from "../../evidence.ts";
import type { ActMention } from "../acts.ts";
import type { ParagraphReading, ReadingContext, SourceReading } from "../reading.ts";

export interface EvidenceInput {
  act: ActMention;
  agreement: Agreement;
  paragraph: ParagraphReading;
  reading: SourceReading;
  ctx: ReadingContext;
  /** The agreements an earlier act of the article was found to report (for acts that refer back to it). */
  reported?: (act: ActMention) => ReadonlySet<string>;
}

/** One kind of evidence: a pure function from an act read against an agreement to the evidence it finds. */
export type EvidenceRule = (input: EvidenceInput) => Evidence[];

/** Quotes the words of the passage an act sits in. */
export function words(input: EvidenceInput, start: number, end: number): string {
  return `“${input.paragraph.text.slice(start, end)}”`;
}

/**
 * When the act happened as far as the passage tells: its own date; or, when a relative date ("on Monday") puts it
 * at the time of writing, when the article was written; or else at any time before the article.
 */
export function actSpan(input: EvidenceInput): { from?: string; to?: string } {
  const own = input.act.dates.find((d) => d.date && !d.namesEarlierEvent) ?? input.act.dates.find((d) => d.date);
  if (own?.date) return dateSpan(own.date);
  const recent = input.act.dates.some((d) => !d.date && RECENT.test(d.text));
  return recent ? { from: input.reading.time.from, to: input.reading.time.to } : { to: input.reading.time.to };
}

const RECENT = /day|yesterday|today|week|month/i;
