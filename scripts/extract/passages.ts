// Reads each source once for entities, dates and sentences, then finds every paragraph that reports an agreement by the catalogue's rules.
import type { Paragraph, PartialDate, Source } from "../model.ts";
import type { Agreement, AgreementId, Entity, EntityId, Recognition } from "../catalogue.ts";
import { findDatesInArticle, type DateMention } from "./dates.ts";
import { overlapsWindow } from "../dates.ts";
import { coveredEntities, findEntities, type EntityMention } from "./entities.ts";
import { findTerms, foldWithMap, type FoldedText } from "../fold.ts";
import { splitSentences, type Sentence } from "./sentences.ts";

export interface ParagraphReading {
  paragraph: Paragraph;
  folded: FoldedText;
  entities: EntityMention[];
  dates: DateMention[];
  sentences: Sentence[];
}

export interface SourceReading {
  source: Source;
  paragraphs: ParagraphReading[];
  /** Entities named in the headline or first paragraph: what the article is about. */
  subject: EntityMention[];
  /** The article's date, or, when it has none, the latest date it mentions (it cannot be older than that). */
  time?: PartialDate;
}

export function readSource(source: Source, gazetteer: readonly Entity[]): SourceReading {
  const published = source.meta.published?.value;
  const allDates = findDatesInArticle(source.paragraphs.map((p) => p.text), published);
  const paragraphs = source.paragraphs.map((paragraph, i) => {
    const folded = foldWithMap(paragraph.text);
    return { paragraph, folded, entities: findEntities(paragraph.text, gazetteer, folded), dates: allDates[i]!, sentences: splitSentences(paragraph.text) };
  });
  const headline = source.meta.headline?.value ?? "";
  const subject = [...findEntities(headline, gazetteer), ...(paragraphs[0]?.entities ?? [])];
  const known = allDates.flat().flatMap((m) => (m.date ? [m.date] : []));
  const latest = [...known].sort((a, b) => (a.iso < b.iso ? 1 : a.iso > b.iso ? -1 : 0))[0];
  return { source, paragraphs, subject, time: published ?? latest };
}

export interface Passage {
  agreement: AgreementId;
  reading: SourceReading;
  paragraph: ParagraphReading;
  /** Where the paragraph meets the rule's terms, in paragraph offsets. */
  matches: Array<{ start: number; end: number }>;
}

/** True when the paragraph reports what the rule describes; the matched terms are returned for quoting. */
export function matchRule(rule: Pick<Recognition, "terms" | "entities"> & Partial<Recognition>, reading: SourceReading, p: ParagraphReading, gazetteer: readonly Entity[]): Passage["matches"] | undefined {
  const text = p.paragraph.text;
  const terms = findTerms(text, rule.terms, p.folded);
  if (!terms.length) return undefined;
  if (rule.topics?.length && !findTerms(text, rule.topics, p.folded).length) return undefined;
  if (rule.not_terms?.length && findTerms(text, rule.not_terms, p.folded).length) return undefined;
  const inScope = coveredEntities([...p.entities, ...reading.subject], gazetteer);
  if (!rule.entities.every((e) => inScope.has(e))) return undefined;
  if (rule.not_entities?.some((e) => inScope.has(e as EntityId))) return undefined;
  if (rule.window && !inWindow(rule.window, p, reading)) return undefined;
  return terms.map((t) => ({ start: t.start, end: t.end }));
}

/** A date the paragraph gives falls in the window; with none, the article's time decides; with no time at all, nothing excludes it. */
function inWindow(window: { from: string; to: string }, p: ParagraphReading, reading: SourceReading): boolean {
  const own = p.dates.flatMap((m) => (m.date ? [m.date] : []));
  if (own.length) return own.some((d) => overlapsWindow(d, window));
  if (reading.time) return overlapsWindow(reading.time, window);
  return true;
}

/** Every paragraph of every source that reports each agreement, in source order. */
export function findPassages(readings: readonly SourceReading[], agreements: readonly Agreement[], gazetteer: readonly Entity[]): Passage[] {
  const out: Passage[] = [];
  for (const reading of readings) {
    for (const p of reading.paragraphs) {
      for (const agreement of agreements) {
        const matches = matchRule(agreement.recognise, reading, p, gazetteer);
        if (matches) out.push({ agreement: agreement.id, reading, paragraph: p, matches });
      }
    }
  }
  return out;
}
