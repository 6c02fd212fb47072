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

/** The input's sources and paragraph readings by id, built once per input: looking one up must not cost a scan of the corpus. */
interface InputIndex {
  sources: Map<string, Source>;
  reads: Map<string, ParagraphRead>;
  texts: Map<string, string>;
}

const indexes = new WeakMap<GlanceInput, InputIndex>();

function indexOf(input: GlanceInput): InputIndex {
  let index = indexes.get(input);
  if (!index) {
    // The first of each id wins, as a search from the start would find it.
    const first = <V>(map: Map<string, V>, key: string, value: V) => (map.has(key) ? undefined : map.set(key, value));
    index = { sources: new Map(), reads: new Map(), texts: new Map() };
    for (const s of input.sources) first(index.sources, s.id, s);
    for (const s of index.sources.values()) for (const p of s.paragraphs) first(index.texts, `${s.id}#${p.id}`, p.text);
    for (const r of input.paragraphs) first(index.reads, `${r.source}#${r.paragraph}`, r);
    indexes.set(input, index);
  }
  return index;
}

/** The source with this id. */
export function sourceById(input: GlanceInput, id: string): Source | undefined {
  return indexOf(input).sources.get(id);
}

/** How recognition read one paragraph. */
export function paragraphRead(input: GlanceInput, source: string, paragraph: string): ParagraphRead | undefined {
  return indexOf(input).reads.get(`${source}#${paragraph}`);
}

/** The words of one paragraph of one source. */
export function paragraphText(input: GlanceInput, source: string, paragraph: string): string | undefined {
  return indexOf(input).texts.get(`${source}#${paragraph}`);
}
