// What the at-a-glance stage reads: the floor's records (sources, briefs, gazetteer) and what recognition found in each paragraph.
import type { Brief } from "../brief-schema.ts";
import type { Entity, EntityId } from "../catalogue.ts";
import type { ParagraphId, PartialDate, Source, SourceId } from "../model.ts";

/** A name of a gazetteer entity as one paragraph writes it. */
export interface NameInParagraph {
  entity: EntityId;
  /** The words as written, e.g. `Hifter`. */
  text: string;
  start: number;
  end: number;
  /** True for a name (a gazetteer variant), false for a reference to it (`Turkish`). */
  named: boolean;
}

/** A date one paragraph gives, resolved where the article allows. */
export interface DateInParagraph {
  text: string;
  start: number;
  end: number;
  date?: PartialDate;
  /** True when part of the date is not in the words themselves ("11 July" in an article of 2025). */
  inferred: boolean;
}

/** One paragraph as recognition read it. */
export interface ParagraphRead {
  source: SourceId;
  paragraph: ParagraphId;
  names: NameInParagraph[];
  dates: DateInParagraph[];
}

export interface GlanceInput {
  sources: readonly Source[];
  briefs: readonly Brief[];
  gazetteer: readonly Entity[];
  /** Every paragraph of every source, in source order. */
  paragraphs: readonly ParagraphRead[];
}

/** Where a source passage lives on the site. */
export function passageUrl(source: string, paragraph: string): string {
  return `/sources/${source}/#${paragraph}`;
}
