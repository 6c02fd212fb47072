// Reads each source once: every paragraph folded once, split into sentences, matched for names, dates and agreement words; the article's time worked out; the acts it reports found and linked back to the acts before them.
import type { DossierData, Entity, EntityId } from "../catalogue.ts";
import { foldWithMap, type FoldedText } from "../fold.ts";
import type { Paragraph, Source } from "../model.ts";
import { findActs, inheritFromEarlierActs, sidesFromContext, sidesOfActsMadeTogether, type ActMention } from "./acts.ts";
import { speakersAsSides } from "./speakers.ts";
import { articleTime, type ArticleTime } from "./article-time.ts";
import { findDates, findDatesInArticle, type DateMention } from "./dates.ts";
import { abbreviationsDefined, entityClosure, findEntities, findGovernmentHeads, findTitledPeople, withAbbreviations, type EntityMention } from "./entities.ts";
import { splitSentences, type Sentence } from "./sentences.ts";
import { compileVocabulary, matchLexicon, type LexicalMatches, type Lexicon } from "./vocabulary.ts";

export interface TextReading {
  text: string;
  folded: FoldedText;
  sentences: Sentence[];
  entities: EntityMention[];
  lexical: LexicalMatches;
  dates: DateMention[];
  acts: ActMention[];
}

export interface ParagraphReading extends TextReading {
  paragraph: Paragraph;
}

export interface SourceReading {
  source: Source;
  paragraphs: ParagraphReading[];
  /** The headline and standfirst, read for the acts they name (a later "the deal" may refer to them); never cited. */
  head: TextReading[];
  time: ArticleTime;
}

/** What reading needs besides the source, prepared once per build. */
export interface ReadingContext {
  data: DossierData;
  lexicon: Lexicon;
  byId: ReadonlyMap<EntityId, Entity>;
  /** The latest day any article in the build can have been written, when the build date is known. */
  latest?: string;
}

export function readingContext(data: DossierData, latest?: string): ReadingContext {
  return { data, lexicon: compileVocabulary(data.vocabulary), byId: new Map(data.gazetteer.map((e) => [e.id, e])), ...(latest ? { latest } : {}) };
}

function readText(text: string, ctx: ReadingContext): Omit<TextReading, "dates" | "acts"> {
  const folded = foldWithMap(text);
  return { text, folded, sentences: splitSentences(text), entities: findEntities(text, ctx.data.gazetteer, folded), lexical: matchLexicon(ctx.lexicon, folded, text) };
}

export function readSource(source: Source, ctx: ReadingContext): SourceReading {
  const { gazetteer } = ctx.data;
  const heads = [source.meta.headline?.value, source.meta.standfirst?.value].filter((t): t is string => Boolean(t)).map((t) => readText(t, ctx));
  const bodies = source.paragraphs.map((paragraph) => ({ paragraph, ...readText(paragraph.text, ctx) }));
  // "The Government of National Accord (GAN)": an abbreviation the article defines names that body wherever it is used.
  const abbreviations = abbreviationsDefined([...heads, ...bodies], ctx.byId);
  for (const t of [...heads, ...bodies]) t.entities = withAbbreviations(t.text, t.entities, abbreviations);
  // First the article's time, from its stated date or from what it mentions; then every date read against it.
  const published = source.meta.published;
  // Without a stated date, the article's own mentions bound it, its headline's and standfirst's too ("Briefs from the
  // week that was: 4-11 January 2020"): read them once without context first.
  const firstPass = published ? [] : findDatesInArticle([...heads.map((h) => h.text), ...source.paragraphs.map((p) => p.text)]);
  const titled = published ? [] : bodies.flatMap((b) => findTitledPeople(b.text, gazetteer, b.entities).map((t) => ({ t, text: b.text })));
  const time = articleTime(
    {
      ...(published ? { stated: { date: published.value, from: published.from === "sidecar" ? "the sidecar" : `the text, line ${published.line ?? "?"}` } } : {}),
      // Stated dates, and years counted through the narrative ("five years later" after 2020): nothing here rests on the article's date.
      mentions: firstPass.flat(),
      entities: bodies.flatMap((b) => b.entities),
      titled: titled.map((x) => x.t),
      heads: published ? [] : bodies.flatMap((b) => findGovernmentHeads(b.text, ctx.byId, b.entities)),
      textBefore: (t) => titled.find((x) => x.t === t)!.text.slice(Math.max(0, t.mention.start - t.title.length - 30), t.mention.start - t.title.length),
      ...(ctx.latest ? { latest: ctx.latest } : {}),
    },
    gazetteer,
  );
  const dates = findDatesInArticle(source.paragraphs.map((p) => p.text), { date: time.date, interval: time });
  const head = heads.map((h) => ({ ...h, dates: findDates(h.text, { articleDate: time.date, interval: time }), acts: [] as ActMention[] }));
  for (const h of head) h.acts = findActs(h, ctx.lexicon, ctx.byId);
  const paragraphs = bodies.map((b, i) => {
    const reading: ParagraphReading = { ...b, dates: dates[i]!, acts: [] };
    reading.acts = findActs(reading, ctx.lexicon, ctx.byId);
    return reading;
  });
  speakersAsSides(paragraphs, ctx.byId);
  const stateOf = (id: EntityId) => entityClosure(id, gazetteer).at(-1)!;
  inheritFromEarlierActs(
    [...head.flatMap((h, i) => h.acts.map((act) => ({ act, where: i === 0 && source.meta.headline ? "the headline" : "the standfirst" }))), ...paragraphs.flatMap((p) => p.acts.map((act) => ({ act, where: p.paragraph.id })))],
    stateOf,
  );
  sidesFromContext(paragraphs.map((p) => ({ id: p.paragraph.id, text: p.text, entities: p.entities, acts: p.acts })), ctx.byId, stateOf);
  sidesOfActsMadeTogether(paragraphs.map((p) => ({ id: p.paragraph.id, acts: p.acts })), stateOf);
  return { source, paragraphs, head, time };
}
