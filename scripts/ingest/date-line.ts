// Reads a line that dates the article, as pages and wires print it: "11.07.2025", "15-04-2025", "2019/12/02", "Nov. 27, 2019", "3rd December 2019", "December 06 2019 10:10:03", "AFP , Monday 3 Oct 2022", "Alwasat - Cairo Fri 29 Nov 2019, 08:19 PM", "Terça-feira, 25 de outubro de 2022", "17 Khordad 1396", "1398/10/23" and "10 Rabi' al-Akhir 1441 AH" (Solar Hijri and Islamic days, as Gregorian ones), "2020年1月13日", "2025. december 23.", "21/08/20", a wire's sign-off "-0- PANA BY/BEH/FK/DD 1dez2019", and the day in a page's address (".../2019/12/05/slug"); day first when numeric, month first only where the day cannot be a month (or, as the header reads it, where the article writes its days month first).
import { CALENDAR_MONTHS, calendarMonthKey, FOREIGN_MONTH, FOREIGN_MONTHS, fromCalendar, makeDay, monthNumber, type OtherCalendar } from "../dates.ts";
import type { PartialDate } from "../model.ts";

const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
// French and Portuguese months as a wire's sign-off shortens them ("1dez2019", "12janv2020"); whole names ("mai",
// "juin") are FOREIGN_MONTHS'.
const SHORT_MONTHS: Readonly<Record<string, number>> = { janv: 1, fev: 2, fév: 2, févr: 2, avr: 4, abr: 4, juil: 7, ago: 8, aoû: 8, aou: 8, set: 9, out: 10, déc: 12, dez: 12 };
/** "11.07.2025", "11/07/2025", "15-04-2025": a numeric day, one separator throughout, read either way round. */
const NUMERIC_DAY = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/;
const DATES: Array<{ pattern: RegExp; make: (m: RegExpExecArray) => PartialDate | { date: PartialDate; calendar: OtherCalendar } | undefined }> = [
  // Day first: "11.07.2025", "11/07/2025", "15-04-2025" (one separator throughout); month first only where the day
  // cannot be a month ("1/13/2020", as US pages print it).
  { pattern: NUMERIC_DAY, make: (m) => numericDay(+m[4]!, +m[3]!, +m[1]!) ?? (+m[3]! > 12 ? numericDay(+m[4]!, +m[1]!, +m[3]!) : undefined) },
  // Year first: "2019-12-02", "2019/12/02", "2019-12-02T10:15:00Z" (a timestamp's clock and zone are part of it).
  { pattern: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/, make: (m) => numericDay(+m[1]!, +m[3]!, +m[4]!) },
  // "2020年1月13日": a Chinese or Japanese page's date.
  { pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, make: (m) => makeDay(+m[1]!, +m[2]!, +m[3]!) },
  // "December 2nd, 2019", "3rd December 2019", "2 of January, 2020": an ordinal day; "June 17,2020": a comma with no space after it;
  // "10 October ,2020" and "16th, August 2023": a comma astray, as some sites print the day.
  { pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(\\d{4})\\b`, "i"), make: (m) => makeDay(+m[3]!, monthNumber(m[1]!)!, +m[2]!) },
  { pattern: new RegExp(`\\b(\\d{1,2})(?:(?:st|nd|rd|th),?)?\\s+(?:of\\s+)?${MONTH}(?:\\s*,\\s*|\\s+)(\\d{4})\\b`, "i"), make: (m) => makeDay(+m[3]!, monthNumber(m[2]!)!, +m[1]!) },
  // "29.Nov.2019", "29-Nov-2019", "12/December/2019": a month's name between dots, dashes or slashes.
  { pattern: new RegExp(`\\b(\\d{1,2})[./-]${MONTH}[./-]?(\\d{4})\\b`, "i"), make: (m) => makeDay(+m[3]!, monthNumber(m[2]!)!, +m[1]!) },
  // A wire's sign-off date, run together: "-0- PANA BY/BEH/FK/DD 1dez2019", "08Dec2019", "12April2021".
  { pattern: /(?<![\p{L}\d])(\d{1,2})(\p{L}{3,9})(\d{4})(?![\p{L}\d])/u, make: (m) => {
    const month = monthNumber(m[2]!) ?? SHORT_MONTHS[m[2]!.toLowerCase()] ?? FOREIGN_MONTHS[m[2]!.toLowerCase()];
    return month === undefined ? undefined : makeDay(+m[3]!, month, +m[1]!);
  } },
  // A translated page's own date line: "Terça-feira, 25 de outubro de 2022", "mardi 25 octobre 2022", "25. Oktober 2022",
  // "31 أغسطس 2025".
  { pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:º|er|\\.)?\\s+(?:de\\s+)?(${FOREIGN_MONTH})\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`, "iu"), make: (m) => makeDay(+m[3]!, FOREIGN_MONTHS[m[2]!.toLowerCase()]!, +m[1]!) },
  // "12 abr 2021", "9 set. 2020": a month shortened as Portuguese and French pages print it.
  { pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${Object.keys(SHORT_MONTHS).join("|")})\\.?\\s+(\\d{4})\\b`, "iu"), make: (m) => makeDay(+m[3]!, SHORT_MONTHS[m[2]!.toLowerCase()]!, +m[1]!) },
  // "2025. december 23.", "2026. 01. 30.": year first, each part closed by a point, as Hungarian pages print it.
  { pattern: new RegExp(`\\b(\\d{4})\\.\\s+(\\d{1,2}|${FOREIGN_MONTH}|\\p{L}+)\\.?\\s+(\\d{1,2})\\.(?!\\d)`, "iu"), make: (m) => {
    const month = /^\d/.test(m[2]!) ? +m[2]! : (monthNumber(m[2]!) ?? FOREIGN_MONTHS[m[2]!.toLowerCase()]);
    return month === undefined ? undefined : makeDay(+m[1]!, month, +m[3]!);
  } },
  // "2. 1. 2020", "08 - 01 - 2020", "24/05 – 2021": a numeric day with spaces about its separators, day first.
  { pattern: /(?<![\d.])(\d{1,2})(\s*[./-]\s*)(\d{1,2})(\s*[./–-]\s*)(\d{4})\b/, make: (m) => (/\s/.test(m[2]! + m[4]!) ? numericDay(+m[5]!, +m[3]!, +m[1]!) : undefined) },
  // "21/08/20", "22.02.24": a two-figure year, as some sites print the day (this century's, below 70).
  { pattern: /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d./-])/, make: (m) => {
    const year = +m[4]! < 70 ? 2000 + +m[4]! : 1900 + +m[4]!;
    return numericDay(year, +m[3]!, +m[1]!) ?? (+m[3]! > 12 ? numericDay(year, +m[1]!, +m[3]!) : undefined);
  } },
];

/**
 * "12/06/2019", read the other way: the month first, as US pages print it, where both figures could be a month (the
 * line's own reading is day first). Undefined where only one reading is a day, or both are the same day.
 */
export function monthFirstReading(text: string): PartialDate | undefined {
  const m = NUMERIC_DAY.exec(text);
  // Only a US page's slashes: "02.06.2021" and "02-06-2021" are a European page's, day first.
  if (!m || m[2] !== "/" || +m[1]! > 12 || +m[3]! > 12 || +m[1]! === +m[3]! || +m[4]! < 1900) return undefined;
  return makeDay(+m[4]!, +m[1]!, +m[3]!);
}

const MONTH_WORD = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
// A US newsroom's abbreviated month before the day ("Nov. 27", "Sept. 3"): any English writes "June 9, 2020", a
// translation and an embedded post too, but only a US wire's style abbreviates the month with a point.
const US_MONTH_FIRST = /\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}\b/;
const DAY_FIRST = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}\b`);

/** Whether an article writes its dates in a US wire's style ("Nov. 27") and never day first ("27 November"). */
export function writesMonthFirst(text: string): boolean {
  return US_MONTH_FIRST.test(text) && !DAY_FIRST.test(text);
}

const ENGLISH_WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** Whether the weekday before a line's date ("Sunday 08/12/2019") is that day's; undefined where none stands there. */
export function fitsWeekday(text: string, date: PartialDate): boolean | undefined {
  // ("The Sun | 08/12/2019" names no Sunday: the weekday stands right before the date's figures.)
  const named = /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday)?\.?,?\s+\d/i.exec(text)?.[1]?.toLowerCase();
  if (!named || date.precision !== "day") return undefined;
  return new Date(`${date.iso}T00:00:00Z`).getUTCDay() === ENGLISH_WEEKDAYS.indexOf(named);
}

/**
 * A numeric day: Gregorian, or, by its year, a Solar Hijri one ("1398/10/23", as Iranian pages print it) or an Islamic
 * one ("1441/04/10"); no other year is a page's date.
 */
function numericDay(year: number, month: number, day: number): PartialDate | { date: PartialDate; calendar: OtherCalendar } | undefined {
  if (year >= 1900) return makeDay(year, month, day);
  const calendar: OtherCalendar | undefined = year >= 1380 && year <= 1420 ? "persian" : year >= 1425 && year <= 1470 ? "islamic-umalqura" : undefined;
  const date = calendar && fromCalendar(calendar, year, month, day);
  return date && calendar ? { date, calendar } : undefined;
}

// "13 Tir 1399", "2 Dey 1404", "10 Rabi' al-Akhir 1441 AH", "28 Dhu al-Hijjah 1441 AH": a day of the Solar Hijri or the
// Islamic calendar, as Iranian and Arab pages print it, often beside the Gregorian day.
const APOSTROPHE = "['’ʻʼ]?";
const CALENDAR_MONTH = [
  "Farvardin|Ordibehesht|Khordad|Tir|A?mordad|Shahrivar|Mehr|Aban|Azar|De[yi]|Bahman|Esfa?h?and|Mu?h?arram|Moharram|Safar|Rajab|Shaww?al|Rama[dz]h?an",
  `Sha${APOSTROPHE}a?ban`,
  `Rabi${APOSTROPHE}(?:[\\s-]*(?:al|ul|us)?[\\s-]*(?:awwal|awal|akhir|akher|thani|sani)|\\s+I{1,2})`,
  `Jumad[ai](?:[\\s-]*(?:al|ul|us)?[\\s-]*(?:ula|awwal|awal|akhirah?|thani(?:yah)?|sani)|\\s+I{1,2})`,
  `(?:Dhu|Zu|Zi)${APOSTROPHE}[\\s-]*(?:al|l)?[\\s-]*(?:Q[ai]${APOSTROPHE}dah?|Hijj?ah?|Haj)`,
].join("|");
const CALENDAR_DATE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${CALENDAR_MONTH})\\s+(1[2-5]\\d{2})(?:\\s*(?:A\\.?H\\.?|S\\.?H\\.?|AP|HS|Hijri|H\\.))?(?![\\p{L}\\d])`, "iu");

/** A day of another calendar on the line, as a Gregorian day, with the calendar it was read in. */
function calendarDate(text: string): { date: PartialDate; calendar: OtherCalendar; match: RegExpExecArray } | undefined {
  const m = CALENDAR_DATE.exec(text);
  const month = m && CALENDAR_MONTHS[calendarMonthKey(m[2]!)];
  const date = month && fromCalendar(month.calendar, +m![3]!, month.month, +m![1]!);
  return date ? { date, calendar: month.calendar, match: m! } : undefined;
}

// What may stand beside the date on a dating line: labels, weekdays, a clock time and its zone, separators.
// (And the labels of a translated or foreign page: "entry", "status", "às", "alle", "Giriş", "Haber Girişi", "AD" after
// a year; the Turkish capital İ has no lower case the flag folds to, so it is spelled out.)
const LABEL = /^(?:published|publication|updated|last updated|update|posted|created|date|on|at|entry|status|stand|time|views|às|à|alle|um|saat|giriş|girişi|GİRİŞ|GİRİŞİ|ad):?$/iu;
const WEEKDAY = /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|segunda|terça|terca|quarta|quinta|sexta|feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|pazartesi|salı|sali|çarşamba|carsamba|perşembe|persembe|cuma|cumartesi|pazar)\.?$/i;
const TIME = /^\d{1,2}[:.]\d{2}(?::\d{2})?$|^\d{1,2}h\d{2}$|^[ap]\.?m\.?$|^(?:gmt|utc|cet|cest|eet|eest|trt|est|edt|cst|cdt|pst|pdt|mst|mdt|msk|bst|ist|pkt|ast|ksa|eat|cat|wat|sast|jst|kst|aest|aedt)(?:[+-]\d{1,2})?$|^(?:et|pt|ct)$|^\(?(?:gmt|utc)[+-]?\d{0,2}(?::?\d{2})?\)?$/i;

// ", by Cyprus Scene", "by admin", "by libya360", "16:05, by Andreas Neubrand", "por Lusa": who posted it, in a few
// names or a user's handle, after the date (and its clock time).
const BYLINE_AFTER = /^\s*(?:\d{1,2}[:.]\d{2}\s*)?,?\s+(?:by|por|par)\s+(?:[\p{Lu}@][\p{L}\d.'’&_-]*|[\p{Ll}\d][\p{L}\d._-]*)(?:\s+[\p{Lu}@][\p{L}\d.'’&_-]*){0,4}\s*$/u;
// "… at 13:07 in Libya, Turkey": the categories a post is filed in, after its clock time (without one, "27 November
// 2019 in Istanbul" may be a caption's place).
const FILED_IN = /(?<=\d[:.h]\d{2}(?:\s*[aApP]\.?[mM]\.?)?)\s+in\s+\p{Lu}[\p{L}'’-]*(?:(?:\s*,\s*|\s+(?:and\s+|&\s+)?)\p{Lu}[\p{L}'’-]*){0,5}\s*$/u;
// "  Source: ZEIT ONLINE, dpa, AFP", "  #1": the outlets a line credits, or a forum post's number, after the date.
// (Not a sentence: "Source: the ministry said the talks went well.")
const CREDIT_AFTER = /\s+(?:source\s*:\s*[^:]{1,60}(?<![.!?])|#\d+)\s*$/i;
// ". Reading: 2 minutes", "· 3 min read": how long the article takes to read, after the date.
const READING_TIME = /[\s.,;|•·–—-]*(?:reading(?:\s+time)?\s*:?\s*\d+\s*min(?:ute)?s?|\d+\s*min(?:ute)?s?\.?\s+read)\.?\s*$/i;

// "Updated", "Last update", "revised", "GÜNCELLEME": a word that says the date after it is the page's update, not its date.
const UPDATE_WORD = String.raw`(?<![\p{L}])(?:last\s+)?(?:updated|update|modified|revised|güncelleme)(?![\p{L}])`;
// After a line's date, where its update begins: "… | Updated 22/12/2019", "…; revised: 22 July 2020".
const UPDATED_AFTER = new RegExp(String.raw`[\s,;|•·–—-]*${UPDATE_WORD}\s*(?:on\s+|:\s*)?(.*)$`, "iu");
// A part of a barred line that is the update: "Updated: Jan 5, 2020", "GÜNCELLEME: 10.09.2025 09:02".
const UPDATE_PART = new RegExp(String.raw`^${UPDATE_WORD}:?\s*(?:on\s+)?(.*)$`, "iu");

export interface DateLine {
  date: PartialDate;
  /** Set when the line gives the day only in another calendar ("13 Tir 1399"), converted to the Gregorian day. */
  calendar?: OtherCalendar;
  /** Words before the date that name who or where the line comes from ("AFP", "Alwasat - Cairo"). */
  prefix?: string;
}

/**
 * Reads a line that is nothing but a date, or a date with a weekday, a clock time and a short name before it (an
 * outlet or a place, at most four words). A sentence that contains a date is not a dating line.
 */
export function readDateLine(text: string): DateLine | undefined {
  return readWholeLine(text) ?? readBarredLine(text) ?? readAfterByline(text) ?? readPublicationAfterUpdate(text);
}

/** "Update: 06.12.2019 10:43 Publication: 06.12.2019 10:25": the update first, then the day it was published. */
const PUBLISHED_AFTER_UPDATE = new RegExp(String.raw`^\s*${UPDATE_WORD}\s*:?\s*(.+?)\s+(?:publication|published|publish date)\s*:?\s*(.+)$`, "iu");

function readPublicationAfterUpdate(text: string): DateLine | undefined {
  const m = PUBLISHED_AFTER_UPDATE.exec(text);
  const update = m && readWholeLine(m[1]!);
  const published = m && readWholeLine(m[2]!);
  return update && published ? { date: published.date } : undefined;
}

/**
 * "Mohammad Ali (@ChaudhryMAli88) Published August 18, 2020, 2:30 am": a byline of a few words, then the dating line.
 * So is "Submitted by ummnews on Wed, 12/11/2019 - 08:52", as a CMS prints who posted it and when, and "Published in
 * Al-Bawaba News on 08 - 01 - 2020", where.
 */
function readAfterByline(text: string): DateLine | undefined {
  const posted = /^(?:submitted|posted|published|written|distributed)\s+(?:by|in):?\s+\S+(?:\s+\S+){0,3}?\s+on\s+(.+)$/i.exec(text);
  const postedOn = posted && readWholeLine(posted[1]!);
  if (postedOn) return { date: postedOn.date };
  const m = /^(.{1,60}?)\s+(?:published|posted)\b/i.exec(text);
  if (!m || m[1]!.split(/\s+/).length > 5 || /\d{4}/.test(m[1]!)) return undefined;
  const dated = readWholeLine(text.slice(m[1]!.length).trim());
  return dated && { date: dated.date };
}

/**
 * "Written by Antoine Lawson | 18 May 2020", "Brief.me | 17 janvier 2020 | International", "08.03.2021 · Web Desk": a
 * page's header line whose parts, between bars, dots, dashes or wide gaps, are one date and short labels (a byline,
 * the outlet, a section, a reading time). A part with a figure of its own ("10°C 24°C", a second date) makes it
 * something else: a site's weather and today's date are not the article's.
 */
function readBarredLine(text: string): DateLine | undefined {
  // ("Dünya  >  06.12.2019", "Politika › 22.12.2025": a breadcrumb that ends in the date is such a line too.)
  const parts = text.split(/\s*\|\s*|\s{3,}|\s+[·•‧—–▪■●◆/›>»-]\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  // "Tuesday 2 Dey 1404 | TUE 23 Dec 2025": beside the Gregorian day, the same day in another calendar is one more label.
  // ("Posted: Jan 5, 2020 / 01:31 PM CST / Updated: Jan 5, 2020": the update's own date is no second date of the line.)
  const update = (p: string) => {
    const m = UPDATE_PART.exec(p);
    return m !== null && (!m[1] || readWholeLine(m[1]) !== undefined);
  };
  const read = parts.map((p) => (update(p) ? undefined : (readWholeLine(p) ?? readAfterByline(p))));
  const gregorian = read.some((d) => d && !d.calendar);
  const dated = read.map((d) => (gregorian && d?.calendar ? undefined : d));
  const at = dated.findIndex(Boolean);
  // ("04/10/2022 00:32 ‧ 04/10/2022 by Lusa": the same day twice is still one date.)
  if (at < 0 || dated.some((d, i) => d && i !== at && d.date.iso !== dated[at]!.date.iso)) return undefined;
  // A clock time beside a label ("Published Date: 08:05") is part of the dating, not a figure of its own.
  const label = (p: string) => {
    if (update(p)) return true;
    // "2 min read", "Read: 3421", "Views: 2,114", "Replies: 37": how long or how often it is read, not another date.
    // ("Issue number [14975]", "No. 192": a newspaper's issue.)
    if (/^(?:\d+\s*(?:min(?:ute)?s?)\.?\s+read|(?:read|reads|views|comments|replies|likes|shares)\s*:?\s*[\d,.]+|(?:issue(?:\s+(?:number|no\.?))?|no\.)\s*[:#]?\s*\[?\d+\]?)$/i.test(p)) return true;
    const words = p.split(/\s+/).filter((w) => !TIME.test(w.replace(/[,;]$/, "")));
    return words.length <= 6 && !/\d/.test(words.join(" ")) && !SENTENCE_END.test(p);
  };
  // "Thursday 6.11.2025 | Name day: Renáta": a site's bar of today's date, with the saint or name of the day, dates
  // the visit, not the article.
  if (parts.some((p) => SITE_TODAY.test(p))) return undefined;
  return parts.every((p, i) => i === at || read[i] || label(p)) ? dated[at]! : undefined;
}

const SITE_TODAY = /^(?:names? ?day|namenstag|meniny|sv[áa]tek|imieniny|n[ée]vnap|onomastico|santo del d[ií]a|f[êe]te du jour)\b/i;

/** A part that ends as a sentence does (not an initial or an abbreviation such as "Brief.me"). */
const SENTENCE_END = /\p{Ll}{2,}[.!?]$/u;

/** The line as a whole: a date, with at most a weekday, a clock time, labels and a short name around it. */
function readWholeLine(text: string): DateLine | undefined {
  // "Thu 19 December 2019:": a colon may close the line.
  // "(27.11.2019)", "[27 November 2019]", "Tripoli (27/11/2019)": brackets round the date are no words of the line.
  let t = text.trim().replace(/^(?:[-–—•]\s*)?(published date|publish date|publication date|date of publication|date published|published|last updated|last update|updated|posted|created|date|status|stand|time|entry|source)\s*:?\s*/i, "").replace(/\s*:$/, "").replace(/[([]\s*([^()[\]]*\d{4}[^()[\]]*?)\s*[)\]]/g, " $1 ").trim();
  // "(UTC +04:00)", "(Mecca time)", "Europe/Berlin": the zone of the clock beside the date; "3 minutes ago", "almost 5
  // years ago": how old the page is; "Edition of": the issue the date is of.
  t = t.replace(/\(\s*(?:UTC|GMT)\s*[+-]?\s*\d{1,2}(?::?\d{2})?\s*\)|\((?:\p{L}+\s+)?time\)|\b(?:Europe|Asia|Africa|America|Australia|Atlantic|Indian|Pacific)\/[A-Z][A-Za-z_]+\b|\b(?:(?:almost|about|nearly|over)\s+)?\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b|\bedition\s+of\b/giu, " ").trim();
  if (t.split(/\s+/).length > 14) return undefined;
  // "Saturday 10 Rabi' al-Akhir 1441 AH - 07-12-2019": the Gregorian day dates the line; the other calendar's stands aside.
  const other = calendarDate(t);
  if (other) {
    const beside = readGregorian(t.slice(0, other.match.index) + t.slice(other.match.index + other.match[0].length));
    if (beside) return beside;
    const alone = readGregorian(t.slice(0, other.match.index) + "\u0000" + t.slice(other.match.index + other.match[0].length), other.date);
    return alone && { ...alone, calendar: other.calendar };
  }
  return readGregorian(t);
}

/**
 * The line's Gregorian date and what stands around it; or, given `converted`, a line whose date (another calendar's,
 * marked by a NUL where it stood) was already read.
 */
function readGregorian(t: string, converted?: PartialDate): DateLine | undefined {
  const patterns = converted ? [{ pattern: /\u0000/, make: () => converted }] : DATES;
  for (const { pattern, make } of patterns) {
    const m = pattern.exec(t);
    if (!m) continue;
    const made = make(m);
    if (!made) return undefined;
    const { date, calendar } = "iso" in made ? { date: made, calendar: undefined } : made;
    const before = t.slice(0, m.index);
    // "22/12/2019 at 13:15 | Updated 22/12/2019 at 16:15": the line dates the article first, its update after (or its
    // revision: "9 March 2020; revised: 22 July 2020").
    const updated = UPDATED_AFTER.exec(t.slice(m.index + m[0].length));
    const following = updated && readDateLine(updated[1]!) ? t.slice(m.index + m[0].length, m.index + m[0].length + updated.index) : t.slice(m.index + m[0].length);
    // "Posted on January 10, 2020 by Cyprus Scene": a blog's byline after the date (WordPress prints its posts so), or
    // the categories it is filed in ("… at 13:07 in Libya, Turkey"), or its reading time.
    const plain = following.replace(READING_TIME, "").replace(FILED_IN, "").replace(CREDIT_AFTER, "");
    const after = BYLINE_AFTER.test(plain) ? "" : plain;
    const rest = (s: string) => s.split(/[\s,|•·–—-]+/).filter(Boolean);
    // (Stops and slashes between the parts after it are no words: "Jan 5, 2020 / 01:31 PM CST", "10 April 2025.")
    // ("July 19, 2024 09:12 pm IST - ANKARA": the wire's place, in capitals, may close the line.)
    // ("(Xinhua) 21:08, September 04, 2024", "\"Al-Monitor\", 24.06.2020", "Giriş (posted):", "… 2019 (Thu) 10:00": a word in
    // brackets or quotes, or before a colon, is read without them.)
    const bare = (w: string) => w.replace(/^[("“„«]+|[)"”»:]+$/gu, "");
    const words = after.split(/[\s,;|•·–—\-▪■●◆/]+/).map(bare).filter((w) => /[\p{L}\d]/u.test(w));
    const place = words.findIndex((w) => !(TIME.test(w) || LABEL.test(w) || WEEKDAY.test(w)));
    if (place >= 0 && !(words.length - place <= 2 && words.slice(place).every((w) => /^\p{Lu}{3,}$/u.test(w)))) return undefined;
    const lead = rest(before).map(bare).filter((w) => w && !WEEKDAY.test(w) && !LABEL.test(w) && !TIME.test(w));
    // A short name may open the line (an outlet or a place); anything longer is a sentence.
    // (Or the site's address: "http://www.CRNTT.tw 2019-12-08 10:12:31".)
    // So may a wire's sign-off: its end mark, the agency and its editors' initials ("-0- PANA BY/BEH/FK/DD").
    if (lead.length > 4 || lead.some((w) => !/^[\p{Lu}\d][\p{L}\d.'’&-]*$/u.test(w) && !SITE_ADDRESS.test(w) && !SIGN_OFF_WORD.test(w))) return undefined;
    // Weekdays and separators at its end are no name ("Tuesday 2 Dey 1404 | TUE 23 Dec 2025" leaves two weekdays).
    // Nor are the labels that lead into the date ("Posted on", "Published at").
    const prefix = before.replace(/(?:[\s,|•·–—-]+|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*\.?|\b(?:on|at|published|posted|updated|date):?)+$/i, "").trim().split(/\s+/).filter((w) => !SIGN_OFF_WORD.test(w)).join(" ");
    // (A site's address is the page's, not an agency's or a place's.)
    return { date, ...(calendar ? { calendar } : {}), ...(prefix && !SITE_ADDRESS.test(prefix) ? { prefix } : {}) };
  }
  return undefined;
}

/**
 * A word of a wire's sign-off: its end mark ("-0-", or "0" once the line is cut at its dashes) or its editors' initials
 * ("BY/BEH/FK/DD").
 */
const SIGN_OFF_WORD = /^(?:-0-|0|\p{Lu}{1,5}(?:\/\p{Lu}{1,5})+)$/u;

/** A site's address standing for its name: "http://www.CRNTT.tw", "www.example.com", "example.com/". */
const SITE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?$/iu;

/**
 * The day a news page's address gives, as many sites print it in its path: "https://example.com/2019/12/05/slug",
 * "…/news/2019-12-05-slug". Only a whole day counts, in the path (not a query), and not an upload folder's.
 */
export function dateInAddress(url: string): PartialDate | undefined {
  const path = /^[a-z]+:\/\/[^/]+(\/[^?#]*)/i.exec(url)?.[1];
  if (!path || /\/(?:wp-content|uploads|images?|media|files)\//i.test(path)) return undefined;
  const m = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/-]|$)/.exec(path);
  return m ? makeDay(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

/** The date of a line that is nothing but a date (see readDateLine). */
export function parseDateLine(text: string): PartialDate | undefined {
  return readDateLine(text)?.date;
}
