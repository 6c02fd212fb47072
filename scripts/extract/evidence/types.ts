// What every kind of evidence reads: one act in one passage, weighed against one agreement.
import { isEarlierName, type Agreement, type EntityId } from "../../catalogue.ts";
import { dateSpan, shiftMonths } from "../../dates.ts";
import type { Evidence } from "../../evidence.ts";
import { bodyOf, type ActMention } from "../acts.ts";
import { stateOf, type EntityMention } from "../entities.ts";
import type { ParagraphReading, ReadingContext, SourceReading } from "../reading.ts";
import { itemsBySentence, type Sentence } from "../sentences.ts";

export interface EvidenceInput {
  act: ActMention;
  agreement: Agreement;
  paragraph: ParagraphReading;
  reading: SourceReading;
  ctx: ReadingContext;
  /** The agreements an earlier act of the article was found to report (for acts that refer back to it). */
  reported?: (act: ActMention) => ReadonlySet<string>;
  /** The agreements the article was found to report in the passages before this one. */
  reportedBefore?: ReadonlySet<string>;
}

/** One kind of evidence: a pure function from an act read against an agreement to the evidence it finds. */
export type EvidenceRule = (input: EvidenceInput) => Evidence[];

/** Quotes the words of the passage an act sits in. */
export function words(input: EvidenceInput, start: number, end: number): string {
  return `“${input.paragraph.text.slice(start, end)}”`;
}

/**
 * "Prime Minister Fayez al-Sarraj's unity government": a name a later body took, given by an article that names the
 * earlier body's head in office, is the earlier body's (the GNA's, not the GNU's). That body, or undefined.
 */
export function earlierBodyNamed(mention: EntityMention, reading: SourceReading, ctx: ReadingContext): EntityId | undefined {
  const body = ctx.byId.get(mention.entity);
  const earlier = body?.earlier_names_of;
  return earlier && isEarlierName(body, mention.text) && reading.time.sitting?.includes(earlier) ? earlier : undefined;
}

/** When an act was made, as far as the text tells; and the bodies the article names in office, when that is from the article's time. */
export interface TimeSpan {
  from?: string;
  to?: string;
  sitting?: readonly EntityId[];
}

/**
 * When the act happened as far as the passage tells: its own date; or, when a relative date ("on Monday") puts it
 * at the time of writing, when the article was written; or else at any time before the article.
 */
export function actSpan(input: EvidenceInput): TimeSpan {
  // "In October, the committee urged Libya to annul the 2019 Turkey-Libya memorandum": a date in the noun's own words
  // dates the making, and so which government its sides were; a date elsewhere in the clause may date a later act on it.
  const { act, paragraph } = input;
  const inOwnWords = act.dates.find((d) => d.date && d.end <= act.noun.start && act.noun.start - d.end <= 30 && d.start >= act.sentence.start && !/[,;.]/.test(paragraph.text.slice(d.end, act.noun.start)));
  const own = inOwnWords ?? act.dates.find((d) => d.date && !d.namesEarlierEvent) ?? act.dates.find((d) => d.date);
  if (own?.date) return dateSpan(own.date);
  const recent = input.act.dates.some((d) => !d.date && RECENT.test(d.text));
  const { sitting } = input.reading.time;
  return { ...(recent ? { from: input.reading.time.from } : {}), to: input.reading.time.to, ...(sitting ? { sitting } : {}) };
}

const RECENT = /day|yesterday|today|week|month/i;

/**
 * A function of a paragraph (and optionally one more object, such as an agreement) computed once and remembered for
 * as long as the paragraph lives: what does not depend on the act is not worked out again for every act in it.
 */
export function perParagraph<R>(compute: (paragraph: ParagraphReading) => R): (paragraph: ParagraphReading) => R;
export function perParagraph<K extends object, R>(compute: (paragraph: ParagraphReading, key: K) => R): (paragraph: ParagraphReading, key: K) => R;
export function perParagraph<K extends object, R>(compute: (paragraph: ParagraphReading, key?: K) => R): (paragraph: ParagraphReading, key?: K) => R {
  const cache = new WeakMap<ParagraphReading, { plain?: { value: R }; byKey: WeakMap<K, R> }>();
  return (paragraph, key) => {
    let entry = cache.get(paragraph);
    if (!entry) cache.set(paragraph, (entry = { byKey: new WeakMap() }));
    if (key === undefined) return (entry.plain ??= { value: compute(paragraph) }).value;
    if (!entry.byKey.has(key)) entry.byKey.set(key, compute(paragraph, key));
    return entry.byKey.get(key)!;
  };
}

const entitiesBySentence = perParagraph((paragraph) => new Map([...itemsBySentence(paragraph.entities, paragraph.sentences)].map(([s, list]) => [s.start, list])));

/** The names in one sentence of the paragraph, found for all its sentences at once. */
export function entitiesIn(paragraph: ParagraphReading, sentence: Sentence): readonly EntityMention[] {
  return entitiesBySentence(paragraph).get(sentence.start) ?? paragraph.entities.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
}

/**
 * A state that rejected this agreement and none of its companions, named in the act's paragraph ("the Turkey-Libya
 * memorandum, an issue of key concern to Greece"; "Greece expelled Libya's ambassador. … the memorandum"), when the act
 * says nothing of what it is about: it names this one. Not where its sentence sets another act beside it ("signed three
 * years after a contested maritime border deal, drew a sharp response from Greece"): the state may be rejecting either.
 */
export function opponentNamed({ act, agreement, paragraph, reading, ctx }: EvidenceInput): EntityId | undefined {
  const opponents = agreement.recognise.opposed_by ?? [];
  if (!opponents.length || act.subjects.length || act.sentenceSubjects.length || act.several || act.comparedWith) return undefined;
  const companions = (agreement.recognise.companions ?? []).flatMap((id) => ctx.data.catalogue.agreements.find((a) => a.id === id)?.recognise.opposed_by ?? []);
  // "Greece says the memorandum signed on 3 October 2022 breaks international law. … the Turkish-Libyan memorandum":
  // where the article tells of another act between these sides, made long before or after this one, the state may be
  // rejecting that one.
  if (anotherActApart(reading, agreement, ctx)) return undefined;
  for (const m of paragraph.entities) {
    // An official rejects for the state he serves: "Mitsotakis called the memorandum illegal".
    const state = stateOf(bodyOf(m, ctx.byId) ?? m.entity, ctx.data.gazetteer);
    // ("A report in the Greek English-language paper Proto Thema": the state of a newspaper is no one rejecting anything.
    // "Greece told Skai TV…" still names Greece: only an adjective of the state describes the medium.)
    const ofMedium = !m.named && MEDIA_AFTER.test(paragraph.text.slice(m.end, m.end + 60));
    if (opponents.includes(state) && !companions.includes(state) && !ofMedium) return state;
  }
  return undefined;
}

/** The agreements of the catalogue made with this one (its `companions`). */
export function companionsOf(agreement: Agreement, ctx: ReadingContext): Agreement[] {
  return (agreement.recognise.companions ?? []).flatMap((id) => ctx.data.catalogue.agreements.filter((a) => a.id === id));
}

/**
 * Whether the article reports an act made (signed or agreed) by none but the agreement's states, dated by its own words
 * more than six months from the agreement's window: another act between the same sides.
 */
function anotherActApart(reading: SourceReading, agreement: Agreement, ctx: ReadingContext): boolean {
  let known = actsApart.get(reading);
  if (!known) actsApart.set(reading, (known = new Map()));
  let found = known.get(agreement.id);
  if (found !== undefined) return found;
  const states = new Set(agreement.parties.map((p) => stateOf(p, ctx.data.gazetteer)));
  const { window } = agreement.recognise;
  found = [...reading.head, ...reading.paragraphs].some((p) =>
    p.acts.some((a) => {
      if (!a.verb?.done || (a.verb.status !== "signed" && a.verb.status !== "announced") || a.inherited.includes("dates")) return false;
      if (a.roles.some((r) => r.role === "party" && r.core && !states.has(stateOf(r.stands_for, ctx.data.gazetteer)))) return false;
      return a.dates.some((d) => d.date && (!d.inferred || d.nearArticle) && !d.namesEarlierEvent && (dateSpan(d.date).from > shiftMonths(window.to, 6) || dateSpan(d.date).to < shiftMonths(window.from, -6)));
    }),
  );
  known.set(agreement.id, found);
  return found;
}

const actsApart = new WeakMap<SourceReading, Map<string, boolean>>();

/** A medium right after a state's adjective, with at most two words between: "Greek daily", "Greek state TV". */
const MEDIA_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:paper|newspaper|daily|weekly|press|media|news\s+agency|news\s+site|website|portal|outlet|television|TV|channel|broadcaster|radio|magazine)s?\b/iu;

/**
 * An act of no subject of its own on the catalogue's only agreement among three or more states ("the memoranda signed
 * between Libya, Qatar and Turkey"): whatever it is about, and whichever of a state's governments it was, it is that
 * one. (Two sides make many agreements: a Türkiye–LNA act of no subject may be any of their dealings.)
 */
export function onlyAmongItsStates({ act, agreement, ctx }: EvidenceInput): boolean {
  if (act.subjects.length || act.sentenceSubjects.length) return false;
  const states = new Set(agreement.parties.map((p) => stateOf(p, ctx.data.gazetteer)));
  const sameSides = (a: Agreement) => a.parties.length === agreement.parties.length && a.parties.every((p) => states.has(stateOf(p, ctx.data.gazetteer)));
  return states.size >= 3 && ctx.data.catalogue.agreements.filter(sameSides).length === 1;
}

/**
 * The catalogue agreement made together with this one that the act names beside it, several acts at once with both
 * subjects ("the agreements with Turkey on the sea border and on military cooperation").
 */
export function pairedCompanion({ act, agreement, ctx }: EvidenceInput): Agreement | undefined {
  if (!act.several || !act.subjects.some((s) => s.subject === agreement.recognise.subject)) return undefined;
  for (const id of agreement.recognise.companions ?? []) {
    const other = ctx.data.catalogue.agreements.find((a) => a.id === id);
    if (other && act.subjects.some((s) => s.subject === other.recognise.subject)) return other;
  }
  return undefined;
}
