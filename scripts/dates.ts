// Dates at the precision a source gives them (a day, a month, a year): making, reading, spanning and showing them.
import type { PartialDate } from "./model.ts";

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** `Nov.`, `nov`, `November`, `Sept` → 11, 11, 11, 9; anything else → undefined. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, "");
  const index = MONTH_NAMES.findIndex((name) => name === key || (key.length >= 3 && name.startsWith(key)));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * Month names in the languages translated pastes keep in captions, credits and date lines (Spanish, French, Italian,
 * Portuguese, German, Turkish, Dutch, Indonesian and Malay, Albanian, Romanian, Hungarian; Polish, Czech, Russian,
 * Bulgarian, Ukrainian and Serbian Cyrillic and Greek in the genitive a day takes; Arabic, as Egypt and the Maghreb
 * and as the Levant name them), where they differ from English.
 */
export const FOREIGN_MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ["enero", "janvier", "gennaio", "janeiro", "januar", "ocak", "januari", "janar", "января", "януари", "січня", "јануар", "јануара", "ιανουαρίου", "ιανουαριου", "ianuarie", "január", "stycznia", "ledna", "يناير", "كانون الثاني"],
    ["febrero", "février", "fevrier", "febbraio", "fevereiro", "februar", "şubat", "subat", "februari", "shkurt", "февраля", "февруари", "лютого", "фебруар", "фебруара", "φεβρουαρίου", "φεβρουαριου", "februarie", "február", "lutego", "února", "unora", "فبراير", "شباط"],
    ["marzo", "mars", "março", "marco", "märz", "maerz", "mart", "maart", "maret", "марта", "март", "березня", "μαρτίου", "μαρτιου", "martie", "március", "marcius", "marca", "března", "brezna", "مارس", "آذار"],
    ["abril", "avril", "aprile", "nisan", "prill", "апреля", "април", "квітня", "априла", "απριλίου", "απριλιου", "aprilie", "április", "aprilis", "kwietnia", "dubna", "أبريل", "ابريل", "إبريل", "نيسان"],
    ["mayo", "mai", "maggio", "maio", "mayıs", "mayis", "mei", "maj", "мая", "май", "травня", "мај", "маја", "μαΐου", "μαιου", "május", "majus", "maja", "května", "kvetna", "مايو", "أيار", "ايار"],
    ["junio", "juin", "giugno", "junho", "juni", "haziran", "qershor", "июня", "юни", "червня", "јун", "јуна", "ιουνίου", "ιουνιου", "iunie", "június", "junius", "czerwca", "června", "cervna", "يونيو", "يونيه", "حزيران"],
    ["julio", "juillet", "luglio", "julho", "juli", "temmuz", "korrik", "июля", "юли", "липня", "јул", "јула", "ιουλίου", "ιουλιου", "iulie", "július", "julius", "lipca", "července", "cervence", "يوليو", "يوليه", "تموز"],
    ["agosto", "août", "aout", "ağustos", "agustos", "augustus", "agustus", "ogos", "gusht", "августа", "август", "серпня", "αυγούστου", "αυγουστου", "augusztus", "sierpnia", "srpna", "أغسطس", "اغسطس", "آب"],
    ["septiembre", "setiembre", "septembre", "settembre", "setembro", "eylül", "eylul", "shtator", "сентября", "септември", "вересня", "септембар", "септембра", "σεπτεμβρίου", "σεπτεμβριου", "septembrie", "szeptember", "września", "wrzesnia", "září", "zari", "سبتمبر", "أيلول", "ايلول"],
    ["octubre", "octobre", "ottobre", "outubro", "oktober", "ekim", "tetor", "октября", "октомври", "жовтня", "октобар", "октобра", "οκτωβρίου", "οκτωβριου", "octombrie", "október", "października", "pazdziernika", "října", "rijna", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"],
    ["noviembre", "novembre", "novembro", "kasım", "kasim", "nëntor", "nentor", "ноября", "ноември", "листопада", "новембар", "новембра", "νοεμβρίου", "νοεμβριου", "noiembrie", "listopada", "listopadu", "نوفمبر", "تشرين الثاني"],
    ["diciembre", "décembre", "decembre", "dicembre", "dezembro", "dezember", "aralık", "aralik", "desember", "disember", "dhjetor", "декабря", "декември", "грудня", "децембар", "децембра", "δεκεμβρίου", "δεκεμβριου", "decembrie", "grudnia", "prosince", "ديسمبر", "كانون الأول", "كانون الاول"],
  ].flatMap((names, i) => names.map((n) => [n, i + 1])),
);
/** The foreign month names as a regular-expression alternation, longest first. */
export const FOREIGN_MONTH = Object.keys(FOREIGN_MONTHS).sort((a, b) => b.length - a.length).join("|");

/** The calendars other than the Gregorian that translated pages print their dates in. */
export type OtherCalendar = "persian" | "islamic-umalqura";

/**
 * Month names of the Solar Hijri (Iranian) and Islamic calendars as translated pages spell them ("13 Tir 1399",
 * "10 Rabi' al-Akhir 1441 AH"), keyed by the spelling lower-cased with no apostrophes, hyphens or spaces.
 */
export const CALENDAR_MONTHS: Readonly<Record<string, { calendar: OtherCalendar; month: number }>> = Object.fromEntries([
  ...[["farvardin"], ["ordibehesht"], ["khordad"], ["tir"], ["mordad", "amordad"], ["shahrivar"], ["mehr"], ["aban"], ["azar"], ["dey", "dei"], ["bahman"], ["esfand", "esfahand"]].flatMap((names, i) => names.map((n) => [n, { calendar: "persian" as const, month: i + 1 }])),
  ...[
    ["muharram", "moharram"],
    ["safar"],
    ["rabialawwal", "rabialawal", "rabiulawwal", "rabiulawal", "rabii"],
    ["rabialakhir", "rabialakher", "rabialthani", "rabiulakhir", "rabiuthani", "rabiussani", "rabiii"],
    ["jumadaalula", "jumadaalawwal", "jumadaalawal", "jumadiulawal", "jumadai"],
    ["jumadaalakhirah", "jumadaalakhira", "jumadaalthani", "jumadaalthaniyah", "jumadiussani", "jumadaii"],
    ["rajab"],
    ["shaban", "shaaban"],
    ["ramadan", "ramazan", "ramadhan"],
    ["shawwal", "shawal"],
    ["dhualqadah", "dhualqidah", "dhulqadah", "dhulqidah", "zulqadah", "zilqad"],
    ["dhualhijjah", "dhualhijja", "dhulhijjah", "dhulhijja", "zulhijjah", "zilhaj"],
  ].flatMap((names, i) => names.map((n) => [n, { calendar: "islamic-umalqura" as const, month: i + 1 }])),
]);

/** A month name of another calendar as the key CALENDAR_MONTHS uses: "Rabi' al-Akhir" → "rabialakhir". */
export function calendarMonthKey(name: string): string {
  return name.toLowerCase().replace(/[\s'’ʻʼ`-]/g, "");
}

const calendarFormats = new Map<OtherCalendar, Intl.DateTimeFormat>();

/**
 * The Gregorian day of a day in another calendar, found with the ICU calendars Node carries (Intl formats a day in
 * them; a search over the days near the year finds the one that prints as asked). Undefined for no such day. The
 * Islamic calendar is Umm al-Qura's, which a sighting elsewhere may put a day apart.
 */
export function fromCalendar(calendar: OtherCalendar, year: number, month: number, day: number): PartialDate | undefined {
  let format = calendarFormats.get(calendar);
  if (!format) calendarFormats.set(calendar, (format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" })));
  const partsOf = (days: number) => {
    const parts = format!.formatToParts(new Date(days * 86_400_000));
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return [part("year"), part("month"), part("day")] as const;
  };
  const wanted = [year, month, day] as const;
  const compare = (a: readonly number[], b: readonly number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  // The Gregorian year it falls in, within two years: a Solar Hijri year starts in March 621 years on; an Islamic year is 354 or 355 days.
  const near = calendar === "persian" ? year + 621 : Math.round(year * 0.970229 + 621.5643);
  let [low, high] = [Date.UTC(near - 2, 0, 1) / 86_400_000, Date.UTC(near + 2, 11, 31) / 86_400_000];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (compare(partsOf(middle), wanted) < 0) low = middle + 1;
    else high = middle;
  }
  if (compare(partsOf(low), wanted) !== 0) return undefined;
  const found = new Date(low * 86_400_000);
  return makeDay(found.getUTCFullYear(), found.getUTCMonth() + 1, found.getUTCDate());
}

/** A valid calendar day as a day-precision date, or undefined (31.02.2025 is not a date). */
export function makeDay(year: number, month: number, day: number): PartialDate | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
}

/** Parses an ISO date at any precision: `2025`, `2025-07`, `2025-07-11`. */
export function parseIsoDate(text: string): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return undefined;
  if (m[3]) return makeDay(+m[1]!, +m[2]!, +m[3]);
  if (m[2]) return +m[2] >= 1 && +m[2] <= 12 ? { iso: `${m[1]}-${m[2]}`, precision: "month" } : undefined;
  return { iso: m[1]!, precision: "year" };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The span of days a date covers: `2019` is 2019-01-01 to 2019-12-31. */
export function dateSpan(date: PartialDate): { from: string; to: string } {
  if (date.precision === "day") return { from: date.iso, to: date.iso };
  const [y, m] = date.iso.split("-");
  if (date.precision === "month") return { from: `${y}-${m}-01`, to: `${y}-${m}-${String(new Date(Date.UTC(+y!, +m!, 0)).getUTCDate()).padStart(2, "0")}` };
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** True when any day of the date falls inside the window (ISO days, inclusive). */
export function overlapsWindow(date: PartialDate, window: { from: string; to: string }): boolean {
  const span = dateSpan(date);
  return span.from <= window.to && span.to >= window.from;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** An ISO day moved by whole months (31 January + 1 month runs on into March, as Date does). */
export function shiftMonths(iso: string, months: number): string {
  const key = `${iso.slice(0, 10)}|${months}`;
  let shifted = shiftedDays.get(key);
  if (shifted === undefined) {
    const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + months);
    shiftedDays.set(key, (shifted = d.toISOString().slice(0, 10)));
  }
  return shifted;
}

/** Recognition shifts the same few window edges by the same few months for every act it weighs: work each out once. */
const shiftedDays = new Map<string, string>();

/** `2025-07-11` → `11 July 2025`; `2025-07` → `July 2025`; `2025` → `2025`. */
export function formatDate(date: PartialDate): string {
  const [year, month, day] = date.iso.split("-");
  if (date.precision === "year" || !month) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return date.precision === "month" || !day ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}
