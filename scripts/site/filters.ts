// Template filters: small pure functions the layouts call. None of them returns markup built from data.
import { formatDate } from "../generate/source-page.ts";
import type { PartialDate } from "../model.ts";

export const filters = {
  /** `2025-07-11` with precision `day` → `11 July 2025`. */
  readableDate(iso: string | null, precision: PartialDate["precision"] | null): string {
    return iso && precision ? formatDate({ iso, precision }) : "undated";
  },
  /** The first sentence of a text: a brief's one-line summary. */
  firstSentence(text: string): string {
    const m = /^.*?[.!?](?=\s|$)/s.exec(String(text ?? ""));
    return (m ? m[0] : String(text ?? "")).trim();
  },
  /** A Pagefind `key:value` filter attribute; commas and colons in values are escaped as Pagefind expects. */
  pagefindFilter(value: string, key: string): string {
    return `${key}:${String(value).replace(/[\\,:]/g, "\\$&")}`;
  },
};
