// Reads a line that dates the article, as pages and wires print it: "11.07.2025", "15-04-2025", "2019/12/02", "Nov. 27, 2019", "3rd December 2019", "December 06 2019 10:10:03", "AFP , Monday 3 Oct 2022", "Alwasat - Cairo Fri 29 Nov 2019, 08:19 PM", "Terça-feira, 25 de outubro de 2022"; day first when numeric.
import { FOREIGN_MONTH, FOREIGN_MONTHS, makeDay, monthNumber } from "../dates.ts";
import type { PartialDate } from "../model.ts";

const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DATES: Array<{ pattern: RegExp; make: (m: RegExpExecArray) => PartialDate | undefined }> = [
  // Day first: "11.07.2025", "11/07/2025", "15-04-2025" (one separator throughout).
  { pattern: /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/, make: (m) => makeDay(+m[4]!, +m[3]!, +m[1]!) },
  // Year first: "2019-12-02", "2019/12/02", "2019-12-02T10:15:00Z" (a timestamp's clock and zone are part of it).
  { pattern: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/, make: (m) => makeDay(+m[1]!, +m[3]!, +m[4]!) },
  // "December 2nd, 2019", "3rd December 2019": an ordinal day.
  { pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "i"), make: (m) => makeDay(+m[3]!, monthNumber(m[1]!)!, +m[2]!) },
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})\\b`, "i"), make: (m) => makeDay(+m[3]!, monthNumber(m[2]!)!, +m[1]!) },
  // "29.Nov.2019", "29-Nov-2019": a month's name between dots or dashes.
  { pattern: new RegExp(`\\b(\\d{1,2})[.-]${MONTH}[.-]?(\\d{4})\\b`, "i"), make: (m) => makeDay(+m[3]!, monthNumber(m[2]!)!, +m[1]!) },
  // A translated page's own date line: "Terça-feira, 25 de outubro de 2022", "mardi 25 octobre 2022", "25. Oktober 2022".
  { pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:º|er|\\.)?\\s+(?:de\\s+)?(${FOREIGN_MONTH})\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`, "iu"), make: (m) => makeDay(+m[3]!, FOREIGN_MONTHS[m[2]!.toLowerCase()]!, +m[1]!) },
];

// What may stand beside the date on a dating line: labels, weekdays, a clock time and its zone, separators.
const LABEL = /^(?:published|updated|last updated|posted|created|date|on|at):?$/i;
const WEEKDAY = /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|segunda|terça|terca|quarta|quinta|sexta|feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|pazartesi|salı|sali|çarşamba|carsamba|perşembe|persembe|cuma|cumartesi|pazar)\.?$/i;
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$|^\d{1,2}h\d{2}$|^[ap]\.?m\.?$|^(?:gmt|utc|cet|cest|eet|eest|trt|est|edt|cst|cdt|pst|pdt|msk|bst)(?:[+-]\d{1,2})?$|^\(?(?:gmt|utc)[+-]?\d{0,2}\)?$/i;

export interface DateLine {
  date: PartialDate;
  /** Words before the date that name who or where the line comes from ("AFP", "Alwasat - Cairo"). */
  prefix?: string;
}

/**
 * Reads a line that is nothing but a date, or a date with a weekday, a clock time and a short name before it (an
 * outlet or a place, at most four words). A sentence that contains a date is not a dating line.
 */
export function readDateLine(text: string): DateLine | undefined {
  return readWholeLine(text) ?? readBarredLine(text) ?? readAfterByline(text);
}

/** "Mohammad Ali (@ChaudhryMAli88) Published August 18, 2020, 2:30 am": a byline of a few words, then the dating line. */
function readAfterByline(text: string): DateLine | undefined {
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
  const parts = text.split(/\s*\|\s*|\s{3,}|\s+[·•—–]\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const dated = parts.map((p) => readWholeLine(p));
  const at = dated.findIndex(Boolean);
  if (at < 0 || dated.some((d, i) => d && i !== at)) return undefined;
  // A clock time beside a label ("Published Date: 08:05") is part of the dating, not a figure of its own.
  const label = (p: string) => {
    // "2 min read", "Read: 3421", "Views: 2,114": how long or how often it is read, not another date.
    if (/^(?:\d+\s*(?:min(?:ute)?s?)\.?\s+read|(?:read|reads|views|comments)\s*:?\s*[\d,.]+)$/i.test(p)) return true;
    const words = p.split(/\s+/).filter((w) => !TIME.test(w.replace(/[,;]$/, "")));
    return words.length <= 6 && !/\d/.test(words.join(" ")) && !SENTENCE_END.test(p);
  };
  return parts.every((p, i) => i === at || label(p)) ? { date: dated[at]!.date } : undefined;
}

/** A part that ends as a sentence does (not an initial or an abbreviation such as "Brief.me"). */
const SENTENCE_END = /\p{Ll}{2,}[.!?]$/u;

/** The line as a whole: a date, with at most a weekday, a clock time, labels and a short name around it. */
function readWholeLine(text: string): DateLine | undefined {
  // "Thu 19 December 2019:": a colon may close the line.
  const t = text.trim().replace(/^(?:[-–—•]\s*)?(published date|publish date|publication date|date published|published|updated|last updated|posted|created|date)\s*:?\s*/i, "").replace(/\s*:$/, "");
  if (t.split(/\s+/).length > 14) return undefined;
  for (const { pattern, make } of DATES) {
    const m = pattern.exec(t);
    if (!m) continue;
    const date = make(m);
    if (!date) return undefined;
    const before = t.slice(0, m.index);
    // "22/12/2019 at 13:15 | Updated 22/12/2019 at 16:15": the line dates the article first, its update after.
    const updated = /[\s,|•·–—-]*\b(?:last updated|updated|modified)\b\s*(?:on\s+|:\s*)?(.*)$/i.exec(t.slice(m.index + m[0].length));
    const after = updated && readDateLine(updated[1]!) ? t.slice(m.index + m[0].length, m.index + m[0].length + updated.index) : t.slice(m.index + m[0].length);
    const rest = (s: string) => s.split(/[\s,|•·–—-]+/).filter(Boolean);
    if (!rest(after).every((w) => TIME.test(w) || LABEL.test(w) || WEEKDAY.test(w))) return undefined;
    const lead = rest(before).filter((w) => !WEEKDAY.test(w) && !LABEL.test(w) && !TIME.test(w));
    // A short name may open the line (an outlet or a place); anything longer is a sentence.
    if (lead.length > 4 || lead.some((w) => !/^[\p{Lu}\d][\p{L}\d.'’&]*$/u.test(w))) return undefined;
    const prefix = before.replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*\.?\s*$/i, "").replace(/[\s,|•·–—-]+$/, "").trim();
    return prefix ? { date, prefix } : { date };
  }
  return undefined;
}

/** The date of a line that is nothing but a date (see readDateLine). */
export function parseDateLine(text: string): PartialDate | undefined {
  return readDateLine(text)?.date;
}
