// Finds dates in article text, absolute ("Nov. 27, 2019", "11.07.2025") and relative ("yesterday", "on Monday", "last November", "five years later"), resolved where the article's time allows.
import { dateSpan, FOREIGN_MONTH, FOREIGN_MONTHS, makeDay, monthNumber, shiftMonths } from "../dates.ts";
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
  /** "On the same day": the last day the narrative named, resolved in text order. */
  sameDayAsNarrative?: boolean;
  /** "The same month": the month of the last day or month the narrative named, resolved in text order. */
  sameMonthAsNarrative?: boolean;
  /** "Three years after a maritime deal": the date belongs to the event named right after the words, not to the sentence's act. */
  namesEarlierEvent?: boolean;
  /** "Yesterday", "on Monday", "this month": days or weeks before the article, whether or not its date is known. */
  nearArticle?: boolean;
  /** "In late November", "on 27 November" where no year can be worked out: the month (and day) the words do give. */
  yearless?: { month: number; day?: number };
  /** "On 27 November", "in November", "last November": a day or month the words give, its year the article's date's. */
  yearFromArticle?: boolean;
  /** A year guessed, not worked out: the latest the undated article mentions, which it may be later than. */
  guessed?: boolean;
  /** "To 2.5 million barrels a day by 2024", "Vision 2030": a date the text looks ahead to, which the article may predate. */
  ahead?: boolean;
}

/** When an article was written: a date it gives, or else the interval it must fall in (ISO days; either end may be open). */
export interface TimeInterval {
  from?: string;
  to?: string;
  /** True when the lower bound is the latest date the article itself mentions (not, say, when a body it names was formed). */
  fromMention?: boolean;
}

/** What relative dates are resolved against. */
export interface DateContext {
  /** The article's own date, when known. */
  articleDate?: PartialDate;
  /** When the article's date is not known: the interval it falls in. */
  interval?: TimeInterval;
  /** The year the narrative is in: the last year mentioned before this text ("five years later", "that same year"). */
  narrativeYear?: number;
  /** The last day the narrative named ("on the same day"). */
  narrativeDay?: PartialDate;
  /** The month of the last day or month the narrative named ("the same month"). */
  narrativeMonth?: PartialDate;
}

const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = "(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1 };
const NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)";

type Resolved = Omit<DateMention, "text" | "start" | "end">;
type Rule = { pattern: RegExp; resolve: (m: RegExpExecArray, ctx: DateContext, text: string) => Resolved };

const RULES: Rule[] = [
  { pattern: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g, resolve: (m) => stated(makeDay(+m[3]!, +m[2]!, +m[1]!)) },
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => stated(makeDay(+m[1]!, +m[2]!, +m[3]!)) },
  // Days may be ordinals: "November 27th, 2019", "27th November 2019", "the 27th of November 2019".
  { pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "g"), resolve: (m) => stated(makeDay(+m[3]!, monthNumber(m[1]!)!, +m[2]!)) },
  { pattern: new RegExp(`\\b(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH},? (\\d{4})\\b`, "g"), resolve: (m) => stated(makeDay(+m[3]!, monthNumber(m[2]!)!, +m[1]!)) },
  // A caption or credit left in the original language of a translated paste: "el 4 de junio de 2020", "le 4 juin 2020".
  { pattern: new RegExp(`\\b(\\d{1,2})(?:º|er|\\.)?\\s+(?:de\\s+)?(${FOREIGN_MONTH})\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`, "giu"), resolve: (m) => stated(makeDay(+m[3]!, FOREIGN_MONTHS[m[2]!.toLowerCase()]!, +m[1]!)) },
  // "In November last year", "on 27 November of last year", "in March this year": the month (or day) of the year
  // counted from the article's; and the British "November last", "27 November last": the last such month (or day)
  // before the article.
  { pattern: new RegExp(`\\b(?:(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? )?${MONTH}(?: of)? ([Ll]ast|[Tt]his|[Nn]ext) year\\b`, "g"), resolve: (m, ctx) => monthOfYear(monthNumber(m[2]!)!, m[1] ? +m[1] : undefined, { last: -1, this: 0, next: 1 }[m[3]!.toLowerCase() as "last" | "this" | "next"], ctx) },
  { pattern: new RegExp(`\\b(?:(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? )?${MONTH} last\\b(?! (?:week|month|year|night|time))`, "g"), resolve: (m, ctx) => lastMonthNamed(monthNumber(m[2]!)!, ctx, m[1] ? +m[1] : undefined) },
  { pattern: new RegExp(`\\b${MONTH},? (\\d{4})\\b`, "g"), resolve: (m) => ({ date: month(+m[2]!, monthNumber(m[1]!)!), inferred: false }) },
  { pattern: new RegExp(`\\b(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH}(?![\\p{L}])`, "gu"), resolve: (m, ctx, text) => dayWithoutYear(monthNumber(m[2]!)!, +m[1]!, ctx, weekdayNear(text, m.index!, m.index! + m[0].length)) },
  { pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]*\\d{4})\\b`, "g"), resolve: (m, ctx, text) => dayWithoutYear(monthNumber(m[1]!)!, +m[2]!, ctx, weekdayNear(text, m.index!, m.index! + m[0].length)) },
  // (Also at the head of a sentence: "Last November, Turkey and Libya signed…".)
  { pattern: new RegExp(`\\b[Ll]ast ${MONTH}(?![\\p{L}])`, "gu"), resolve: (m, ctx) => lastMonthNamed(monthNumber(m[1]!)!, ctx) },
  // "May" alone is too often the verb: a month without a day needs "in" before it, or a word that places a time in it
  // ("late November", "signed early December", "at the end of November").
  { pattern: new RegExp(`(?<=\\b(?:[Ii]n (?:(?:late|early|mid)[ -])?|(?:[Ll]ate|[Ee]arly|[Mm]id)[ -]|(?:end|beginning|start|middle) of ))${MONTH}(?![\\p{L}])`, "gu"), resolve: (m, ctx) => monthWithoutYear(monthNumber(m[1]!)!, ctx) },
  { pattern: /\bthe day before yesterday\b/gi, resolve: (_m, ctx) => ({ ...dayOffset(ctx, -2, "two days before the article's date"), nearArticle: true }) },
  { pattern: /\byesterday\b/gi, resolve: (_m, ctx) => ({ ...dayOffset(ctx, -1, "the day before the article's date"), nearArticle: true }) },
  // "On the 27th of last month", "the 3rd of this month": a day of the month counted from the article's.
  { pattern: /\b(?:the )?(\d{1,2})(?:st|nd|rd|th) of (last|this) month\b/gi, resolve: (m, ctx) => ({ ...dayOfMonth(ctx, m[2]!.toLowerCase() === "last" ? -1 : 0, +m[1]!), nearArticle: true }) },
  { pattern: /\btoday\b/gi, resolve: (_m, ctx) => ({ ...dayOffset(ctx, 0, "the article's date"), nearArticle: true }) },
  // "Must be presented by Friday", "until Monday", "next Tuesday": a deadline or a day still to come, the first such
  // weekday after the article's date. (Not "By Friday, the troops had landed": a day looked back on opens its sentence.)
  { pattern: new RegExp(`\\b(?:by|until|till|next|coming) ${WEEKDAY}\\b(?!,)`, "g"), resolve: (m, ctx) => ({ ...weekdayFrom(m[1]!, ctx, true), nearArticle: true, ahead: true }) },
  // A weekday beside a day and month only helps place the year of that date (see dayWithoutYear).
  { pattern: new RegExp(`\\b(?:on |last |this )?${WEEKDAY}\\b(?!,?\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d))`, "gi"), resolve: (m, ctx) => ({ ...weekdayFrom(m[1]!, ctx), nearArticle: true }) },
  { pattern: /\b(?:earlier |later )?this month\b/gi, resolve: (_m, ctx) => ({ ...monthOffset(ctx, 0), nearArticle: true }) },
  // "At the end of last month", "early last month": the month before the article's.
  { pattern: /\b(?:(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+|(?:early|late|mid-?)\s*)?last month\b/gi, resolve: (_m, ctx) => ({ ...monthOffset(ctx, -1), nearArticle: true }) },
  { pattern: new RegExp(`\\b${NUMBER} years? after\\b(?=\\s+(?:a|an|the|its|their|Ankara's|Turkey's|Türkiye's)\\b)`, "gi"), resolve: (m, ctx) => ({ ...yearsFromArticle(ctx, -count(m[1]!)), namesEarlierEvent: true }) },
  { pattern: new RegExp(`\\b${NUMBER} years? (later|on|after)\\b`, "gi"), resolve: (m) => ({ inferred: true, yearsAfterNarrative: count(m[1]!) }) },
  { pattern: new RegExp(`\\b${NUMBER} years? (ago|earlier|before)\\b`, "gi"), resolve: (m, ctx) => yearsFromArticle(ctx, -count(m[1]!)) },
  // "Three days ago", "five months ago", counted back from the article's date. ("Two weeks ago" is left unread: a day
  // counted back by weeks is too rough to say in which month an act fell.)
  { pattern: new RegExp(`\\b${NUMBER} days? ago\\b`, "gi"), resolve: (m, ctx) => ({ ...dayOffset(ctx, -count(m[1]!), "counted back from the article's date"), nearArticle: true }) },
  { pattern: new RegExp(`\\b${NUMBER} months? ago\\b`, "gi"), resolve: (m, ctx) => ({ ...monthOffset(ctx, -count(m[1]!)), nearArticle: true }) },
  // "Signed with Libya a short while ago": shortly before the article, with no day or month to count back to.
  { pattern: /\b(?:a short while|a little while|a while|not long) ago\b/gi, resolve: () => ({ inferred: true, nearArticle: true, basis: "shortly before the article's date" }) },
  // "Military agreements were also signed at that time": the year the narrative is in. So is "the security agreement
  // signed that year", "later that year".
  { pattern: /\b(?:that|the) same year\b|\b(?<=(?:[Ii]n|[Ll]ater|[Ee]arlier|[Bb]y|\p{L}+ed) )that year\b(?![-'’])|\b(?<=[Aa]t )that time\b/giu, resolve: () => ({ inferred: true, yearsAfterNarrative: 0 }) },
  { pattern: /\b(?:on )?(?:that|the) same day\b/gi, resolve: () => ({ inferred: true, sameDayAsNarrative: true }) },
  { pattern: /\b(?:in )?(?:that|the) same month\b/gi, resolve: () => ({ inferred: true, sameMonthAsNarrative: true }) },
  { pattern: /\blast year\b/gi, resolve: (_m, ctx) => yearsFromArticle(ctx, -1) },
  { pattern: /\bthis year\b/gi, resolve: (_m, ctx) => yearsFromArticle(ctx, 0) },
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
      const resolved = rule.resolve(m as RegExpExecArray, ctx, text);
      found.push({ text: m[0], start, end, ...resolved, ...(resolved.date ? {} : { date: undefined }), ...(resolved.date && looksAhead(text, start, end) ? { ahead: true } : {}) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // Narrative-relative dates count from the last year (or day) mentioned before them, in reading order.
  let year = ctx.narrativeYear;
  let day = ctx.narrativeDay;
  let inMonth = ctx.narrativeMonth;
  return found.map((m) => {
    const resolved =
      m.yearsAfterNarrative !== undefined ? { ...m, ...yearsFromNarrative(year, m.yearsAfterNarrative) }
      : m.sameDayAsNarrative ? { ...m, ...(day ? { date: day, basis: `the day named before it (${day.iso})` } : { basis: "no earlier day in the article to count from" }) }
      : m.sameMonthAsNarrative ? { ...m, ...(inMonth ? { date: inMonth, basis: `the month named before it (${inMonth.iso})` } : { basis: "no earlier month in the article to count from" }) }
      : m;
    if (resolved.date && !resolved.namesEarlierEvent) {
      year = +resolved.date.iso.slice(0, 4);
      if (resolved.date.precision === "day") day = resolved.date;
      inMonth = nextMonth(resolved.date, inMonth);
    }
    return resolved;
  });
}

/**
 * Dates paragraph by paragraph through one article: "five years later" and "that same year" follow the narrative's
 * last year; relative dates resolve against the article's date, or, for an undated article, within its interval.
 */
export function findDatesInArticle(paragraphs: readonly string[], time: { date?: PartialDate; interval?: TimeInterval } = {}): DateMention[][] {
  let narrativeYear: number | undefined;
  let narrativeDay: PartialDate | undefined;
  let narrativeMonth: PartialDate | undefined;
  return paragraphs.map((text) => {
    const mentions = findDates(text, { articleDate: time.date, interval: time.interval, narrativeYear, narrativeDay, narrativeMonth });
    for (const m of mentions) {
      if (!m.date || m.namesEarlierEvent) continue;
      narrativeYear = +m.date.iso.slice(0, 4);
      if (m.date.precision === "day") narrativeDay = m.date;
      narrativeMonth = nextMonth(m.date, narrativeMonth);
    }
    return mentions;
  });
}

/** The narrative's month after a date: the date's own month, or none once a year alone moves the narrative to another year. */
function nextMonth(date: PartialDate, month: PartialDate | undefined): PartialDate | undefined {
  if (date.precision !== "year") return { iso: date.iso.slice(0, 7), precision: "month" };
  return month?.iso.startsWith(date.iso) ? month : undefined;
}

// "By 2024", "by the end of 2025", "until 2030": the date a goal is set for …
const BY_DATE = /\b(?:by|until|till)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;
// … in a sentence that sets goals or forecasts: "the targets of lifting production … by 2024", "expects to finish by 2026".
const GOAL_WORDS = /\b(?:targets?|goals?|aims?|aimed|aiming|plans?|planned|planning|expects?|expected|projected|forecasts?|intends?|hopes?|will|would|shall)\b/i;
// "Vision 2030", "the 2030 Agenda": a year that names a plan.
const PLAN_NAME_BEFORE = /\b(?:Vision|Agenda|Strategy|Plan)\s+$/;
const PLAN_NAME_AFTER = /^\s+(?:Vision|Agenda|Strategy)\b/;

// "A further 24-month extension … counting from 2 January 2026", "to reopen from 20 June 2024": the day a term, or a
// reopening, starts, set …
const FROM_DATE = /\b(?:from|as of|starting(?:\s+(?:on|from))?|effective(?:\s+from)?|counting from)\s+$/i;
// … in a sentence that extends, renews or reopens something, or says what will be: "extended", "to reopen", "will".
const TERM_WORDS = /\b(?:extend(?:s|ed|ing)?|extension|renew(?:s|ed|ing|al)?|prolong(?:s|ed|ing|ation)?|to\s+(?:reopen|resume|start|begin|take effect|come into force)|will|would|shall)\b/i;
// "Parliament would probably grant authorisation … on 8 or 9 January 2020": a day named in a clause that says what
// will or would be, since the clause began.
const WILL_BE = /\b(?:will|would|shall|(?:is|are) (?:due|set|expected|scheduled) to|(?:is|are) to)\s+(?:(?!(?:that|which|who|whom|when|after|was|were|had|has|have|been)\b)[\p{L}-]+\s+){1,10}(?:on|in)\s+$/iu;

/** How far back a date's sentence is read for what looks ahead (a sentence of the news is seldom longer). */
const SENTENCE_LOOKBACK = 400;

/** Whether a date is one the text looks ahead to: a goal's deadline, a forecast, a plan's name, a term's start, a day still to come. */
function looksAhead(text: string, start: number, end: number): boolean {
  if (PLAN_NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || PLAN_NAME_AFTER.test(text.slice(end, end + 12))) return true;
  // (Its sentence, read back at most SENTENCE_LOOKBACK characters: every date asks, and a paragraph may be one long line.)
  const before = text.slice(Math.max(0, start - SENTENCE_LOOKBACK), start);
  const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("? ")) + 1);
  if (FROM_DATE.test(text.slice(Math.max(0, start - 30), start)) && TERM_WORDS.test(sentence)) return true;
  // (Back to the clause's own start: a comma or a clause word ends what "would" said.)
  const clause = sentence.slice(Math.max(sentence.lastIndexOf(","), sentence.lastIndexOf(";")) + 1);
  if (WILL_BE.test(clause.replace(/\b\d{1,2}\s+or\s+$/, ""))) return true;
  if (!BY_DATE.test(text.slice(Math.max(0, start - 30), start))) return false;
  return GOAL_WORDS.test(sentence);
}

/** The latest day an article's own dates reach: it cannot be older than the newest thing it reports. */
export function latestMentioned(mentions: readonly DateMention[]): { iso: string; mention: DateMention } | undefined {
  let best: { iso: string; mention: DateMention } | undefined;
  for (const m of mentions) {
    // "Three years after, Turkey is again trying…": a year counted on from the narrative's last one is a reckoning,
    // not a date the text gives, and a wrong one (counted from a tweet's date, not the act's) would put the article
    // in years it cannot have been written in.
    // Nor is a date it looks ahead to ("production of 2.5 million barrels a day by 2024").
    if (!m.date || (m.yearsAfterNarrative ?? 0) > 0 || m.ahead) continue;
    const from = dateSpan(m.date).from;
    if (!best || from > best.iso) best = { iso: from, mention: m };
  }
  return best;
}

function stated(date: PartialDate | undefined): Resolved {
  return date ? { date, inferred: false } : { inferred: false };
}

function count(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

function month(year: number, m: number): PartialDate {
  return { iso: `${year}-${String(m).padStart(2, "0")}`, precision: "month" };
}

function year(iso: string | undefined): number | undefined {
  return iso ? +iso.slice(0, 4) : undefined;
}

/** A weekday written right before or after a day and month ("Thursday, 27 November", "27 November, a Thursday"). */
function weekdayNear(text: string, start: number, end: number): number | undefined {
  const before = new RegExp(`${WEEKDAY},?\\s+(?:the\\s+)?$`, "i").exec(text.slice(Math.max(0, start - 14), start));
  const after = new RegExp(`^,?\\s+(?:a\\s+)?${WEEKDAY}\\b`, "i").exec(text.slice(end, end + 14));
  const word = before?.[1] ?? after?.[1];
  return word ? WEEKDAYS.indexOf(word.toLowerCase()) : undefined;
}

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The year a day and month without one belongs to: the article's, or the one the article's interval allows. */
function dayWithoutYear(m: number, day: number, ctx: DateContext, weekday?: number): Resolved {
  if (ctx.articleDate) {
    // News reports what has happened: a day and month well after the article's date is last year's ("on 27 November" in January).
    const y = +ctx.articleDate.iso.slice(0, 4);
    const same = makeDay(y, m, day);
    if (same && same.iso > shiftDays(dateSpanOf(ctx.articleDate), 31)) return { date: makeDay(y - 1, m, day), inferred: true, yearFromArticle: true, basis: "the last such day before the article's date" };
    return { date: same, inferred: true, yearFromArticle: true, basis: "year taken from the article's date" };
  }
  const from = year(ctx.interval?.from);
  const to = year(ctx.interval?.to);
  if (from === undefined) return { inferred: true, basis: "no year: the article is undated", yearless: { month: m, day } };
  const last = to ?? from + 10;
  const fits: number[] = [];
  // The interval bounds the article, not what it reports: a day it tells of without its year may fall in the months
  // before the earliest day the article can have been written ("signed on 27 November", in an article no older than
  // 11 December 2019); a writer who leaves out the year means a day of the last half year or so.
  const earliest = ctx.interval?.from ? shiftMonths(ctx.interval.from, -6) : undefined;
  for (let y = from - 1; y <= last; y += 1) {
    const date = makeDay(y, m, day);
    if (!date || (earliest && dateSpan(date).to < earliest) || (ctx.interval?.to && date.iso > ctx.interval.to)) continue;
    if (weekday === undefined || weekdayOf(y, m, day) === weekday) fits.push(y);
  }
  const range = to ? `between ${ctx.interval!.from!.slice(0, 7)} and ${ctx.interval!.to!.slice(0, 7)}` : `from ${ctx.interval!.from!.slice(0, 7)} on`;
  if (weekday !== undefined && fits.length === 1) {
    return { date: makeDay(fits[0]!, m, day), inferred: true, basis: `the only year ${range} in which that day is a ${WEEKDAYS[weekday]!.replace(/^./, (c) => c.toUpperCase())}` };
  }
  if (fits.length === 1) return { date: makeDay(fits[0]!, m, day), inferred: true, basis: `the only year the undated article allows (${range})` };
  // An article that mentions nothing later than a year is most likely written in it: the nearest guess, and said to be one.
  // (The day nearest that latest date, before or after it.)
  const away = (y: number) => Math.abs(Date.parse(makeDay(y, m, day)!.iso) - Date.parse(ctx.interval!.from!));
  const near = fits.filter((y) => y <= from).sort((a, b) => away(a) - away(b))[0];
  if (near !== undefined && to === undefined && ctx.interval?.fromMention) {
    return { date: makeDay(near, m, day), inferred: true, guessed: true, basis: `the year nearest the latest date the undated article mentions (${ctx.interval.from}); it may be later` };
  }
  return { inferred: true, basis: `no year: the undated article allows ${fits.length ? fits.join(", ") : "none"}`, yearless: { month: m, day } };
}

function monthWithoutYear(m: number, ctx: DateContext): Resolved {
  if (ctx.articleDate && ctx.articleDate.precision !== "year") {
    // "In November", written in January: the last November before the article.
    const [y, am] = ctx.articleDate.iso.split("-").map(Number) as [number, number];
    return m > am ? { date: month(y - 1, m), inferred: true, yearFromArticle: true, basis: "the last such month before the article's date" } : { date: month(y, m), inferred: true, yearFromArticle: true, basis: "year taken from the article's date" };
  }
  const y = ctx.articleDate ? +ctx.articleDate.iso.slice(0, 4) : year(ctx.interval?.from) !== undefined && year(ctx.interval?.from) === year(ctx.interval?.to) ? year(ctx.interval?.from) : undefined;
  if (y === undefined) return { inferred: true, basis: "no year: the article is undated", yearless: { month: m } };
  return { date: month(y, m), inferred: true, ...(ctx.articleDate ? { yearFromArticle: true } : {}), basis: ctx.articleDate ? "year taken from the article's date" : "the only year the undated article allows" };
}

function dateSpanOf(date: PartialDate): string {
  return dateSpan(date).to;
}

function shiftDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** A month (or a day in it) of the year before, of, or after the article's: "in November last year". */
function monthOfYear(m: number, day: number | undefined, offset: number, ctx: DateContext): Resolved {
  const d = ctx.articleDate;
  if (!d) return { inferred: true, basis: "the article's own date is not known", yearless: day !== undefined ? { month: m, day } : { month: m } };
  const y = +d.iso.slice(0, 4) + offset;
  const date = day !== undefined ? makeDay(y, m, day) : month(y, m);
  return date ? { date, inferred: true, basis: "the year counted from the article's date" } : { inferred: true, basis: "no such day" };
}

/** "last November": the most recent November before the article's month; "27 November last": the most recent 27 November. */
function lastMonthNamed(m: number, ctx: DateContext, day?: number): Resolved {
  const d = ctx.articleDate;
  if (!d || d.precision === "year") return { inferred: true, basis: "the article's own date is not known", yearless: day !== undefined ? { month: m, day } : { month: m } };
  const [y, am, ad] = d.iso.split("-").map(Number) as [number, number, number | undefined];
  if (day === undefined) return { date: month(m < am ? y : y - 1, m), inferred: true, yearFromArticle: true, basis: "the last such month before the article's date" };
  const date = makeDay(m < am || (m === am && ad !== undefined && day <= ad) ? y : y - 1, m, day);
  return date ? { date, inferred: true, yearFromArticle: true, basis: "the last such day before the article's date" } : { inferred: true, basis: "no such day" };
}

function monthOffset(ctx: DateContext, offset: number): Resolved {
  const d = ctx.articleDate;
  if (!d || d.precision === "year") return { inferred: true, basis: "the article's own date is not known" };
  const [y, m] = d.iso.split("-").map(Number) as [number, number];
  const t = new Date(Date.UTC(y, m - 1 + offset, 1));
  return { date: month(t.getUTCFullYear(), t.getUTCMonth() + 1), inferred: true, basis: offset === -1 ? "the month before the article's date" : offset ? `${-offset} months before the article's date` : "the article's month" };
}

/** "The 27th of last month": that day of the month `offset` months from the article's. */
function dayOfMonth(ctx: DateContext, offset: number, day: number): Resolved {
  const inMonth = monthOffset(ctx, offset);
  if (!inMonth.date) return inMonth;
  const [y, m] = inMonth.date.iso.split("-").map(Number) as [number, number];
  const date = makeDay(y, m, day);
  return date ? { date, inferred: true, basis: `that day of ${inMonth.basis}` } : { inferred: true, basis: "no such day in that month" };
}

/**
 * "on Monday": the last such weekday on or before the article's date (news reports what has happened); "by Friday"
 * (`after`): the first such weekday after it.
 */
function weekdayFrom(word: string, ctx: DateContext, after = false): Resolved {
  const d = ctx.articleDate;
  if (!d || d.precision !== "day") return { inferred: true, basis: "a weekday, and the article's own date is not known" };
  const target = WEEKDAYS.indexOf(word.toLowerCase());
  const t = new Date(`${d.iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + (after ? (target - t.getUTCDay() + 7) % 7 || 7 : -((t.getUTCDay() - target + 7) % 7)));
  return { date: { iso: t.toISOString().slice(0, 10), precision: "day" }, inferred: true, basis: after ? `the first ${word} after the article's date` : `the ${word} on or before the article's date` };
}

function dayOffset(ctx: DateContext, days: number, what: string): Resolved {
  const d = ctx.articleDate;
  if (!d || d.precision !== "day") return { inferred: true, basis: "the article's own date is not known" };
  const t = new Date(`${d.iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return { date: { iso: t.toISOString().slice(0, 10), precision: "day" }, inferred: true, basis: what };
}

function yearsFromNarrative(from: number | undefined, years: number): Resolved {
  if (from === undefined) return { inferred: true, basis: "no earlier year in the article to count from" };
  return { date: { iso: String(from + years), precision: "year" }, inferred: true, basis: `counted from ${from}, the last year mentioned before it` };
}

function yearsFromArticle(ctx: DateContext, years: number): Resolved {
  if (!ctx.articleDate) return { inferred: true, basis: "the article's own date is not known" };
  return { date: { iso: String(+ctx.articleDate.iso.slice(0, 4) + years), precision: "year" }, inferred: true, basis: "counted back from the article's date" };
}
