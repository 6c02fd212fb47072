// Reads a wire dateline at the head of the article's first paragraph ("ANKARA (AA) –", "TRIPOLI, Libya (AP) —", "ISTANBUL, Nov 28 (Reuters) -", "TRIPOLI —"): where it was filed, and by which agency.
export interface Dateline {
  /** The place as printed: "TRIPOLI, Libya". */
  place: string;
  /** The agency in brackets, as printed: "AA", "Reuters". */
  agency?: string;
  /** The words of the whole dateline, to the dash. */
  text: string;
}

// An upper-case place (with an optional ", Country" or ", Mon DD"), an optional (Agency), then a dash.
const DATELINE = /^((?:[\p{Lu}][\p{Lu}'’. -]{1,30}[\p{Lu}])(?:,\s*[\p{Lu}][\p{L}.]+(?:\s+\d{1,2})?)?)\s*(?:\(([^()]{1,30})\))?\s*[–—-]+\s+(?=[\p{Lu}\d"“‘'])/u;
// "ANKARA-Anadolu Agency" on a line of its own is a dateline too.
const PLACE_AGENCY = /^([\p{Lu}][\p{Lu}'’. ]{1,30}[\p{Lu}])\s*[-–—]\s*(\p{Lu}[\p{L}. ]{1,40})$/u;

export function readDateline(text: string): Dateline | undefined {
  const m = DATELINE.exec(text);
  if (m) return { place: m[1]!.trim(), ...(m[2] ? { agency: m[2].trim() } : {}), text: m[0].replace(/[\s–—-]+$/, "") };
  const line = PLACE_AGENCY.exec(text.trim());
  return line ? { place: line[1]!.trim(), agency: line[2]!.trim(), text: text.trim() } : undefined;
}
