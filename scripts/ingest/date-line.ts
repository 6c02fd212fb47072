// Reads a full calendar date written the ways article pages print them; day first when numeric.
import type { PartialDate } from "../model.ts";

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** `Nov.`, `nov`, `November`, `Sept` → 11, 11, 11, 9; anything else → undefined. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, "");
  const index = MONTH_NAMES.findIndex((name) => name === key || (key.length >= 3 && name.startsWith(key)));
  return index >= 0 ? index + 1 : undefined;
}

/** Parses a line that is nothing but a date: `11.07.2025`, `2025-07-11`, `July 11, 2025`, `11 July 2025`, `Nov. 27, 2019`. */
export function parseDateLine(text: string): PartialDate | undefined {
  const t = text.trim().replace(/^(published|updated|date)\s*:?\s*/i, "");
  let m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return makeDay(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return makeDay(+m[1]!, +m[2]!, +m[3]!);
  m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) return withMonth(m[1]!, (mo) => makeDay(+m![3]!, mo, +m![2]!));
  m = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(t);
  if (m) return withMonth(m[2]!, (mo) => makeDay(+m![3]!, mo, +m![1]!));
  return undefined;
}

function withMonth(word: string, make: (month: number) => PartialDate | undefined): PartialDate | undefined {
  const month = monthNumber(word);
  return month ? make(month) : undefined;
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
