// Reads a full calendar date written the ways article pages print them; day first when numeric.
import { makeDay, monthNumber } from "../dates.ts";
import type { PartialDate } from "../model.ts";

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
