// Reads a wire dateline at the head of the article's first paragraph ("ANKARA (AA) –", "TRIPOLI, Libya (AP) —", "ISTANBUL, Nov 28 (Reuters) -", "ATHENS, Dec 10, 2019 (AFP) -", "Ankara, 26.12.2019 (EFE) -", "[Libya, 4 January 2020] –", "December 26, 2019 (KHARTOUM) –", "CAIRO (UrduPoint News / Sputnik - 18th August, 2020)", "TRIPOLI —"): where it was filed, by which agency, and when if it says.
import { makeDay, monthNumber } from "../dates.ts";
import type { PartialDate } from "../model.ts";

export interface Dateline {
  /** The place as printed: "TRIPOLI, Libya". */
  place: string;
  /** The agency in brackets, as printed: "AA", "Reuters". */
  agency?: string;
  /** The words of the whole dateline, to the dash. */
  text: string;
  /** The day it was filed, when the dateline gives it whole ("Dec 10, 2019"); a day without a year is no date. */
  date?: PartialDate;
}

// An upper-case place (with an optional ", Country", ", Mon DD" or ", Mon DD, YYYY"), an optional (Agency), then a dash.
const DATELINE = /^((?:[\p{Lu}][\p{Lu}'’. -]{1,30}[\p{Lu}])(?:,\s*[\p{Lu}][\p{L}.]+(?:\s+\d{1,2}(?:,?\s+\d{4})?)?)?)\s*(?:\(([^()]{1,30})\))?\s*[–—-]+\s+(?=[\p{Lu}\d"“‘'])/u;
const DATED = /,\s*([\p{Lu}][\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u;
// A place in ordinary capitals, then a whole date, an optional (Agency) and a dash: "Ankara, 26.12.2019 (EFE) -",
// "Tripoli, 26 December 2019 (AFP) –", "Ankara, December 26, 2019 -", "Rome, 18 Jul 2020 - (Agenzia Nova) -". Without the
// date it would be any sentence.
// A site may bracket it: "[Libya, 4 January 2020] –".
const TITLED_DATED = /^\[?([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,2}),\s*((\d{1,2})[./](\d{1,2})[./](\d{4})|([\p{Lu}][\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([\p{Lu}][\p{L}]+)\.?,?\s+(\d{4}))\]?\s*(?:(?:[–—-]+\s*)?\(([^()]{1,30})\))?\s*[–—-]+\s+(?=[\p{Lu}\d"“‘'])/u;
// The date first, then the place in capitals in brackets: "December 26, 2019 (KHARTOUM) –", "26 December 2019 (TRIPOLI) -".
const DATE_FIRST = /^(([\p{Lu}][\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([\p{Lu}][\p{L}]+)\.?,?\s+(\d{4}))\s*\(([\p{Lu}][\p{Lu}'’. -]{1,30}[\p{Lu}])\)\s*[–—-]+\s+(?=[\p{Lu}\d"“‘'])/u;
// The place in capitals, then the outlet and the day in one bracket, with or without a dash after it:
// "CAIRO (UrduPoint News / Sputnik - 18th August, 2020) Turkey, Qatar and…".
const AGENCY_DATED = /^([\p{Lu}][\p{Lu}'’. -]{1,30}[\p{Lu}])\s*\(([^()]{1,40}?)\s*[-–—,]\s*(\d{1,2})(?:st|nd|rd|th)?\s+([\p{Lu}][\p{L}]+)\.?,?\s+(\d{4})\)\s*(?:[–—-]+\s+)?(?=[\p{Lu}\d"“‘'])/u;
// "ANKARA-Anadolu Agency" on a line of its own is a dateline too.
const PLACE_AGENCY = /^([\p{Lu}][\p{Lu}'’. ]{1,30}[\p{Lu}])\s*[-–—]\s*(\p{Lu}[\p{L}. ]{1,40})$/u;

/** The day a dateline's month word gives ("December", "Dec"), or undefined for a word that is no month. */
function dayOf(year: number, monthWord: string, day: number): PartialDate | undefined {
  const month = monthNumber(monthWord);
  return month ? makeDay(year, month, day) : undefined;
}

export function readDateline(text: string): Dateline | undefined {
  // (Before the plain form, which would take the whole bracket for the agency.)
  const bracketed = AGENCY_DATED.exec(text);
  if (bracketed) {
    const [, place, agency, day, monthWord, year] = bracketed;
    const date = dayOf(+year!, monthWord!, +day!);
    if (date) return { place: place!.trim(), agency: agency!.trim(), text: bracketed[0].trim(), date };
  }
  const m = DATELINE.exec(text);
  if (m) {
    const place = m[1]!.trim();
    const d = DATED.exec(place);
    const month = d ? monthNumber(d[1]!) : undefined;
    const date = d && month ? makeDay(+d[3]!, month, +d[2]!) : undefined;
    return { place, ...(m[2] ? { agency: m[2].trim() } : {}), text: m[0].replace(/[\s–—-]+$/, ""), ...(date ? { date } : {}) };
  }
  const titled = TITLED_DATED.exec(text);
  if (titled) {
    const [, place, , dd, mm, yyyy, monthWord, day, year, day2, monthWord2, year2, agency] = titled;
    const date = dd ? makeDay(+yyyy!, +mm!, +dd) : monthWord ? dayOf(+year!, monthWord, +day!) : dayOf(+year2!, monthWord2!, +day2!);
    if (date) return { place: place!, ...(agency ? { agency: agency.trim() } : {}), text: titled[0].replace(/[\s–—-]+$/, ""), date };
  }
  const first = DATE_FIRST.exec(text);
  if (first) {
    const [, , monthWord, day, year, day2, monthWord2, year2, place] = first;
    const date = monthWord ? dayOf(+year!, monthWord, +day!) : dayOf(+year2!, monthWord2!, +day2!);
    if (date) return { place: place!.trim(), text: first[0].replace(/[\s–—-]+$/, ""), date };
  }
  const line = PLACE_AGENCY.exec(text.trim());
  return line ? { place: line[1]!.trim(), agency: line[2]!.trim(), text: text.trim() } : undefined;
}
