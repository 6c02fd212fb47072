// The dossier's events in time: each brief's agreement, the related reporting it carries, and the dated acts the sources report.
import type { Brief } from "../brief-schema.ts";
import type { EntityId } from "../catalogue.ts";
import { dateSpan, formatDate } from "../dates.ts";
import type { Citation, PartialDate } from "../model.ts";
import { paragraphRead, paragraphText, passageUrl, sourceById, type DateInParagraph, type GlanceInput, type NameInParagraph, type ParagraphRead } from "./inputs.ts";

/** How an event's date is known: the words of a source, worked out from a source, or supplied by the analyst. */
export type Dating = "stated" | "inferred" | "analyst";
export type EventKind = "agreement" | "related" | "reported";

/** A passage an event rests on, with its address on the site. */
export interface Evidence extends Citation {
  href: string;
}

export interface TimelineEvent {
  /** Stable and unique: `agreement-<brief>`, `related-<topic>-<source>`, `reported-<source>-<pN>-<n>`. */
  id: string;
  kind: EventKind;
  /** When, at the precision the sources give: a day is a point, a month or a year a span. */
  date: PartialDate;
  /** The end of a span the sources give as a range ("2019–2020"). */
  until?: PartialDate;
  dating: Dating;
  /** A short label for the chart. */
  label: string;
  /** A longer title: the brief's title, or the sentence that reports the act. */
  title: string;
  /** The brief's page for an agreement, otherwise the first source passage. */
  href: string;
  /** The briefs the event belongs to: an agreement's own, or the briefs that cite its passages. */
  briefs: string[];
  evidence: Evidence[];
  /** How the date was worked out, where it was not stated. */
  note?: string;
}

/** Reporting the briefs carry that no source dates: listed beside the chart, never placed on it. */
export interface UndatedEvent {
  id: string;
  kind: EventKind;
  label: string;
  title: string;
  href: string;
  briefs: string[];
  evidence: Evidence[];
  note: string;
}

export interface Timeline {
  events: TimelineEvent[];
  undated: UndatedEvent[];
}

const KIND_ORDER: Record<EventKind, number> = { agreement: 0, related: 1, reported: 2 };

/** Every event the records hold, oldest first; related reporting with no date goes in `undated`. */
export function timelineEvents(input: GlanceInput): Timeline {
  const agreements = input.briefs.flatMap((b) => agreementEvent(b) ?? []);
  const { dated: related, undated, used } = relatedEvents(input);
  const reported = reportedEvents(input, new Set([...agreementDateMentions(input), ...used]));
  return { events: [...agreements, ...related, ...reported].sort(byTime), undated };
}

function byTime(a: TimelineEvent, b: TimelineEvent): number {
  const sa = dateSpan(a.date).from;
  const sb = dateSpan(b.date).from;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function evidenceOf(c: Citation): Evidence {
  return { source: c.source, paragraph: c.paragraph, quote: c.quote, href: passageUrl(c.source, c.paragraph) };
}

/** An agreement on the timeline; one that no source reports, and the catalogue does not date, has no place on it. */
function agreementEvent(b: Brief): TimelineEvent | undefined {
  const d = b.agreement_date;
  if (!d) return undefined;
  const dateClaim = b.claims.find((c) => c.id === "date");
  return {
    id: `agreement-${b.id}`,
    kind: "agreement",
    date: { iso: d.iso, precision: d.precision },
    dating: d.provenance === "analyst" ? "analyst" : d.inferred ? "inferred" : "stated",
    label: b.short_title,
    title: b.title,
    href: `/briefs/${b.id}/`,
    briefs: [b.id],
    evidence: (dateClaim?.citations ?? []).map(evidenceOf),
    ...(d.note ? { note: d.note } : {}),
  };
}

/** The related reporting of every brief, once per topic and source, dated by what its quoted sentences say, else by its article's date. */
function relatedEvents(input: GlanceInput): { dated: TimelineEvent[]; undated: UndatedEvent[]; used: string[] } {
  const byKey = new Map<string, { briefs: string[]; item: Brief["related"][number] }>();
  for (const b of input.briefs) {
    for (const r of b.related) {
      const key = `${r.id}-${r.source}`;
      const seen = byKey.get(key);
      if (seen) seen.briefs.push(b.id);
      else byKey.set(key, { briefs: [b.id], item: r });
    }
  }
  const dated: TimelineEvent[] = [];
  const undated: UndatedEvent[] = [];
  const used: string[] = [];
  for (const [key, { briefs, item }] of byKey) {
    const evidence = item.citations.map(evidenceOf);
    const base = { id: `related-${key}`, kind: "related" as const, label: item.title, title: `${item.title} (${item.source_title})`, href: evidence[0]?.href ?? `/sources/${item.source}/`, briefs, evidence };
    const found = item.citations.flatMap((c) => datesInQuote(input, c).map((m) => ({ m, c }))).find(({ m }) => m.date);
    const stated = found?.m;
    if (found) used.push(mentionKey(found.c.source, found.c.paragraph, found.m));
    const published = sourceById(input, item.source)?.meta.published?.value;
    if (stated?.date) dated.push({ ...base, date: stated.date, dating: stated.inferred ? "inferred" : "stated" });
    else if (published) dated.push({ ...base, date: published, dating: "inferred", note: `Dated by its article's date (${formatDate(published)}); the passage gives none.` });
    else undated.push({ ...base, note: "Neither the passage nor its article gives a date." });
  }
  return { dated, undated, used };
}

function mentionKey(source: string, paragraph: string, m: Pick<DateInParagraph, "start">): string {
  return `${source}#${paragraph}@${m.start}`;
}

/** The date mentions each brief dates its agreement by (its date and date-difference citations) that agree with that date. */
function agreementDateMentions(input: GlanceInput): string[] {
  return input.briefs.flatMap((b) => {
    if (!b.agreement_date) return [];
    const cited = [...b.claims.filter((c) => c.id === "date").flatMap((c) => c.citations), ...b.differences.filter((d) => d.kind === "date").flatMap((d) => [...d.citations, ...d.more_citations])];
    const date = { iso: b.agreement_date.iso, precision: b.agreement_date.precision };
    return cited.flatMap((c) => spans(datesInQuote(input, c), paragraphText(input, c.source, c.paragraph)).filter((m) => m.date && overlaps(date, m.date, m.until)).map((m) => mentionKey(c.source, c.paragraph, m)));
  });
}

/** The dates a quote carries: those that fall inside it in its paragraph. */
function datesInQuote(input: GlanceInput, c: Citation): DateInParagraph[] {
  const read = paragraphRead(input, c.source, c.paragraph);
  const text = paragraphText(input, c.source, c.paragraph);
  const at = text?.indexOf(c.quote) ?? -1;
  if (!read || at < 0) return [];
  return read.dates.filter((m) => m.start >= at && m.end <= at + c.quote.length);
}

/**
 * Every other resolved date a source paragraph gives, as an act the source reports: labelled by the clause around the
 * date, a range ("2019–2020") as one span. Dates an agreement or related event is dated by (`claimed`) are left to it.
 * The same date reported with the same person named is one event, with each source's passage as evidence.
 */
function reportedEvents(input: GlanceInput, claimed: ReadonlySet<string>): TimelineEvent[] {
  const citing = citingBriefs(input.briefs);
  const people = new Set(input.gazetteer.filter((e) => e.kind === "person").map((e) => e.id));
  const events: Array<TimelineEvent & { people: Set<EntityId> }> = [];
  // The events so far by their dates, in order: only these can be the same event, and at 1,000 articles scanning all
  // 1,600 events for each of 3,000 dates was a tenth of a second.
  const byDates = new Map<string, typeof events>();
  const datesKey = (date: PartialDate, until: PartialDate | undefined) => `${date.iso}/${until?.iso ?? ""}`;
  for (const read of input.paragraphs) {
    const text = paragraphText(input, read.source, read.paragraph);
    if (!text) continue;
    const briefs = citing.get(`${read.source}#${read.paragraph}`) ?? [];
    for (const d of datedSentences(read, text)) {
      const { m, n } = d;
      if (claimed.has(mentionKey(read.source, read.paragraph, m))) continue;
      const named = new Set(d.names.filter((x) => people.has(x.entity)).map((x) => x.entity));
      const evidence: Evidence = { source: read.source, paragraph: read.paragraph, quote: d.quote, href: passageUrl(read.source, read.paragraph) };
      const key = datesKey(m.date, m.until);
      const same = byDates.get(key)?.find((e) => [...named].some((p) => e.people.has(p)));
      if (same) {
        if (!same.evidence.some((x) => x.source === evidence.source && x.paragraph === evidence.paragraph)) same.evidence.push(evidence);
        for (const b of briefs) if (!same.briefs.includes(b)) same.briefs.push(b);
        continue;
      }
      const event: (typeof events)[number] = {
        id: `reported-${read.source}-${read.paragraph}-${n + 1}`,
        kind: "reported",
        date: m.date,
        ...(m.until ? { until: m.until } : {}),
        dating: m.inferred ? "inferred" : "stated",
        label: d.label,
        title: evidence.quote,
        href: evidence.href,
        briefs: [...briefs],
        evidence: [evidence],
        ...(m.inferred ? { note: `Inferred from “${text.slice(m.start, m.end)}”.` } : {}),
        people: named,
      };
      events.push(event);
      const bucket = byDates.get(key);
      if (bucket) bucket.push(event);
      else byDates.set(key, [event]);
    }
  }
  return events.map(({ people: _people, ...event }) => event);
}

/** A resolved date of a paragraph with the sentence around it: its quote, its label and the names in it. */
interface DatedSentence {
  m: DateInParagraph & { date: PartialDate; until?: PartialDate };
  /** Its place among the paragraph's date spans, for the event's id. */
  n: number;
  quote: string;
  label: string;
  names: NameInParagraph[];
}

/**
 * Each paragraph reading's dated sentences, worked out once for its dates: a process that builds again keeps every
 * unchanged source's readings, so a rebuild finds only the edited source's sentences again.
 */
const datedCache = new WeakMap<readonly DateInParagraph[], { text: string; names: readonly NameInParagraph[]; dated: DatedSentence[] }>();

function datedSentences(read: ParagraphRead, text: string): DatedSentence[] {
  const known = datedCache.get(read.dates);
  if (known && known.text === text && known.names === read.names) return known.dated;
  const ends = read.dates.length ? sentenceEnds(text) : [];
  const dated = spans(read.dates, text).flatMap((m, n): DatedSentence[] => {
    if (!m.date) return [];
    const sentence = sentenceAround(text, m.start, m.end, ends);
    const quote = text.slice(sentence.start, sentence.end);
    const names = read.names.filter((x) => x.named && x.start >= sentence.start && x.end <= sentence.end);
    return [{ m: m as DatedSentence["m"], n, quote, label: clauseAround(quote, m.start - sentence.start, m.end - sentence.start), names }];
  });
  datedCache.set(read.dates, { text, names: read.names, dated });
  return dated;
}

/** The briefs that cite each `source#pN`, in brief order. */
function citingBriefs(briefs: readonly Brief[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const b of briefs) {
    const cited = [...b.claims.flatMap((c) => c.citations), ...b.quotes.flatMap((q) => q.citations), ...b.differences.flatMap((d) => [...d.citations, ...d.more_citations]), ...b.related.flatMap((r) => r.citations)];
    for (const c of cited) {
      const key = `${c.source}#${c.paragraph}`;
      const list = out.get(key) ?? [];
      if (!list.includes(b.id)) list.push(b.id);
      out.set(key, list);
    }
  }
  return out;
}

/** Date mentions with two years joined by a dash ("2019–2020") made one span. */
export function spans(dates: readonly DateInParagraph[], text?: string): Array<DateInParagraph & { until?: PartialDate }> {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  const out: Array<DateInParagraph & { until?: PartialDate }> = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i]!;
    const b = sorted[i + 1];
    const gap = b ? b.start - a.end : -1;
    if (b && a.date && b.date && a.date.precision === "year" && b.date.precision === "year" && gap >= 0 && gap <= 3 && b.date.iso > a.date.iso && (!text || /^\s*[–—-]\s*$/.test(text.slice(a.end, b.start)))) {
      out.push({ ...a, end: b.end, until: b.date, inferred: a.inferred || b.inferred });
      i += 1;
    } else out.push(a);
  }
  return out;
}

function overlaps(a: PartialDate, b: PartialDate, until?: PartialDate): boolean {
  const sa = dateSpan(a);
  const sb = { from: dateSpan(b).from, to: dateSpan(until ?? b).to };
  return sa.from <= sb.to && sa.to >= sb.from;
}

// Words whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(["gen", "col", "lt", "maj", "capt", "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "e.g", "i.e", "vs"]);

/** Where each sentence of a paragraph ends: the offset after its closing mark and the space that follows it. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  // (The mark is found first and the word before it read back to the last end: a pattern that opened on the word
  // tried every letter of every word as a start.)
  let from = 0;
  for (const m of text.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\d])/gu)) {
    // The letters and dots right before a full stop, back to the last end; five or more are no abbreviation.
    let start = m.index;
    if (m[0][0] === ".") while (start > from && m.index - start < 5 && /[\p{L}.]/u.test(text[start - 1]!)) start -= 1;
    const word = text.slice(start, m.index);
    from = m.index + m[0].length;
    if (m[0][0] !== "." || !ABBREVIATIONS.has(word.toLowerCase())) ends.push(from);
  }
  return ends;
}

/** The bounds of the sentence that holds `start..end` in a paragraph (pass `ends` when asking for many spans of one). */
export function sentenceAround(text: string, start: number, end: number, ends: readonly number[] = sentenceEnds(text)): { start: number; end: number } {
  const from = [0, ...ends].filter((e) => e <= start).at(-1)!;
  const next = ends.find((e) => e >= end);
  return { start: from, end: next === undefined ? text.length : text.slice(0, next).trimEnd().length };
}

/** A short label for a date in its sentence: the clause around it, cut to about `max` characters around the date. */
export function clauseAround(sentence: string, start: number, end: number, max = 72): string {
  const bounds = [0, ...[...sentence.matchAll(/[,;:]\s+|\s+[–—]\s+/g)].map((m) => m.index! + m[0].length), sentence.length + 2];
  const from = bounds.filter((b) => b <= start).at(-1)!;
  let to = Math.min(sentence.length, bounds.find((b) => b > end)! - 2);
  // A clause of a few words ("Back in 2020") says too little: take the next one with it.
  if (to - from < 24) to = Math.min(sentence.length, (bounds.find((b) => b > to + 2) ?? sentence.length + 2) - 2);
  const clause = sentence.slice(from, to).replace(/[\s,;:.]+$/, "");
  if (clause.length <= max) return clause;
  const words = [...clause.matchAll(/\S+/g)].map((m) => ({ text: m[0], end: m.index! + from + m[0].length }));
  const joined = (lo: number, hi: number) => words.slice(lo, hi + 1).map((w) => w.text).join(" ");
  let lo = Math.max(0, words.findIndex((w) => w.end > start));
  let hi = Math.max(lo, words.findIndex((w) => w.end >= end));
  for (let grew = true; grew; ) {
    grew = false;
    if (lo > 0 && joined(lo - 1, hi).length <= max) (lo -= 1), (grew = true);
    if (hi < words.length - 1 && joined(lo, hi + 1).length <= max) (hi += 1), (grew = true);
  }
  return `${lo > 0 ? "…" : ""}${joined(lo, hi).replace(/[,;:.]+$/, "")}${hi < words.length - 1 ? "…" : ""}`;
}
