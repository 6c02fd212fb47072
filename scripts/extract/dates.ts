// Finds dates in article text, absolute ("Nov. 27, 2019", "11 July", "11.07.2025") and relative ("yesterday", "five years later"), resolved where the article allows.
import { makeDay, monthNumber } from "../dates.ts";
import type { PartialDate } from "../model.ts";

export interface DateMention {
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  /** The date meant, when it can be worked out. */
  date?: PartialDate;
  /** True when part of the date is not in the words themselves (a year taken from the article's date, "yesterday"). */
  inferred: boolean;
  /** How an inferred date was worked out, for the reader. */
  basis?: string;
  /** For "five years later" and "that same year": years after the narrative's last year, resolved in text order. */
  yearsAfterNarrative?: number;
}

/** What relative dates are resolved against. */
export interface DateContext {
  /** The article's own date, when known. */
  articleDate?: PartialDate;
  /** The year the narrative is in: the last year mentioned before this text ("five years later", "that same year"). */
  narrativeYear?: number;
  /** A year to give day-and-month dates ("April 4") when the article has no date of its own. */
  referenceYear?: number;
}

const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1 };
const NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)";

type Rule = { pattern: RegExp; resolve: (m: RegExpExecArray, ctx: DateContext) => Omit<DateMention, "text" | "start" | "end"> };

const RULES: Rule[] = [
  { pattern: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g, resolve: (m) => ({ date: makeDay(+m[3]!, +m[2]!, +m[1]!), inferred: false }) },
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => ({ date: makeDay(+m[1]!, +m[2]!, +m[3]!), inferred: false }) },
  { pattern: new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, "g"), resolve: (m) => ({ date: makeDay(+m[3]!, monthNumber(m[1]!)!, +m[2]!), inferred: false }) },
  { pattern: new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, "g"), resolve: (m) => ({ date: makeDay(+m[3]!, monthNumber(m[2]!)!, +m[1]!), inferred: false }) },
  { pattern: new RegExp(`\\b${MONTH} (\\d{4})\\b`, "g"), resolve: (m) => ({ date: month(+m[2]!, monthNumber(m[1]!)!), inferred: false }) },
  { pattern: new RegExp(`\\b(\\d{1,2}) ${MONTH}(?![\\p{L}])`, "gu"), resolve: (m, ctx) => dayWithoutYear(monthNumber(m[2]!)!, +m[1]!, ctx) },
  // "May" alone is too often the verb: a month without a day needs "in" before it.
  { pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?![\\d,]*\\d{4})\\b`, "g"), resolve: (m, ctx) => dayWithoutYear(monthNumber(m[1]!)!, +m[2]!, ctx) },
  { pattern: new RegExp(`(?<=\\b[Ii]n )${MONTH}(?![\\p{L}])`, "gu"), resolve: (m, ctx) => monthWithoutYear(monthNumber(m[1]!)!, ctx) },
  { pattern: /\byesterday\b/gi, resolve: (_m, ctx) => dayOffset(ctx, -1, "the day before the article's date") },
  { pattern: /\btoday\b/gi, resolve: (_m, ctx) => dayOffset(ctx, 0, "the article's date") },
  { pattern: new RegExp(`\\b${NUMBER} years? (later|on|after)\\b`, "gi"), resolve: (m) => ({ inferred: true, yearsAfterNarrative: count(m[1]!) }) },
  { pattern: new RegExp(`\\b${NUMBER} years? (ago|earlier|before)\\b`, "gi"), resolve: (m, ctx) => yearsFromArticle(ctx, -count(m[1]!)) },
  { pattern: /\b(?:that|the) same year\b/gi, resolve: () => ({ inferred: true, yearsAfterNarrative: 0 }) },
  { pattern: /\blast year\b/gi, resolve: (_m, ctx) => yearsFromArticle(ctx, -1) },
  { pattern: /\b(?:19[5-9]\d|20[0-4]\d)\b/g, resolve: (m) => ({ date: { iso: m[0], precision: "year" }, inferred: false }) },
];

/** Every date mention in a text, resolved against the context where a year or day must be inferred. */
export function findDates(text: string, ctx: DateContext = {}): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const resolved = rule.resolve(m as RegExpExecArray, ctx);
      found.push({ text: m[0], start, end, ...resolved, ...(resolved.date ? {} : { date: undefined }) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // Narrative-relative dates count from the last year mentioned before them, in reading order.
  let year = ctx.narrativeYear;
  return found.map((m) => {
    const resolved = m.yearsAfterNarrative === undefined ? m : { ...m, ...yearsFromNarrative(year, m.yearsAfterNarrative) };
    if (resolved.date) year = +resolved.date.iso.slice(0, 4);
    return resolved;
  });
}

/**
 * Dates paragraph by paragraph through one article: "five years later" and "that same year" follow the narrative's
 * last year; "April 4" takes the article's year, or, for an undated article, the latest year it mentions.
 */
export function findDatesInArticle(paragraphs: readonly string[], articleDate?: PartialDate): DateMention[][] {
  const pass = (referenceYear?: number) => {
    let narrativeYear: number | undefined;
    return paragraphs.map((text) => {
      const mentions = findDates(text, { articleDate, narrativeYear, referenceYear });
      for (const m of mentions) if (m.date) narrativeYear = +m.date.iso.slice(0, 4);
      return mentions;
    });
  };
  if (articleDate) return pass();
  const first = pass();
  const years = first.flat().filter((m) => m.date).map((m) => +m.date!.iso.slice(0, 4));
  return years.length ? pass(Math.max(...years)) : first;
}

function count(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

function month(year: number, m: number): PartialDate {
  return { iso: `${year}-${String(m).padStart(2, "0")}`, precision: "month" };
}

function yearFor(ctx: DateContext): { year?: number; basis?: string } {
  if (ctx.articleDate) return { year: +ctx.articleDate.iso.slice(0, 4), basis: "year taken from the article's date" };
  if (ctx.referenceYear) return { year: ctx.referenceYear, basis: `year taken from the latest year the undated article mentions (${ctx.referenceYear})` };
  return {};
}

function dayWithoutYear(m: number, day: number, ctx: DateContext): Omit<DateMention, "text" | "start" | "end"> {
  const { year, basis } = yearFor(ctx);
  return year ? { date: makeDay(year, m, day), inferred: true, basis } : { inferred: true, basis: "no year: the article is undated" };
}

function monthWithoutYear(m: number, ctx: DateContext): Omit<DateMention, "text" | "start" | "end"> {
  const { year, basis } = yearFor(ctx);
  return year ? { date: month(year, m), inferred: true, basis } : { inferred: true, basis: "no year: the article is undated" };
}

function dayOffset(ctx: DateContext, days: number, what: string): Omit<DateMention, "text" | "start" | "end"> {
  const d = ctx.articleDate;
  if (!d || d.precision !== "day") return { inferred: true, basis: "the article's own date is not known" };
  const t = new Date(`${d.iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return { date: { iso: t.toISOString().slice(0, 10), precision: "day" }, inferred: true, basis: what };
}

function yearsFromNarrative(from: number | undefined, years: number): Omit<DateMention, "text" | "start" | "end"> {
  if (from === undefined) return { inferred: true, basis: "no earlier year in the article to count from" };
  return { date: { iso: String(from + years), precision: "year" }, inferred: true, basis: `counted from ${from}, the last year mentioned before it` };
}

function yearsFromArticle(ctx: DateContext, years: number): Omit<DateMention, "text" | "start" | "end"> {
  if (!ctx.articleDate) return { inferred: true, basis: "the article's own date is not known" };
  return { date: { iso: String(+ctx.articleDate.iso.slice(0, 4) + years), precision: "year" }, inferred: true, basis: "counted from the article's date" };
}
