// Template filters: small pure functions the layouts call. None of them returns markup built from data.
import { clip, formatDate } from "../generate/source-page.ts";
import type { Hosting } from "../hosting.ts";
import type { PartialDate } from "../model.ts";
import { entryId, feedEntries, feedUpdated, sitemapUrls } from "./feed.ts";

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
  /** `/sources/x/` → `https://me.github.io/dossier/sources/x/`: a page's full address under the configured site URL. */
  absoluteUrl(url: string, siteUrl: string): string {
    return new URL(String(url).replace(/^\/+/, ""), siteUrl).href;
  },
  /**
   * A page's address for files the HTML base plugin does not rewrite (XML, robots.txt): absolute when the site URL
   * is known, otherwise root-relative with the path prefix.
   */
  publicUrl(url: string, hosting: Hosting): string {
    const path = String(url).replace(/^\/+/, "");
    return hosting.siteUrl ? new URL(path, hosting.siteUrl).href : `${hosting.pathPrefix}${path}`;
  },
  /** The Atom id of a page, stable when the dossier moves: `urn:uuid:…` from its root-relative URL. */
  feedId: entryId,
  /** Text cut at a word boundary to at most 200 characters: descriptions for search engines and link previews. */
  clip: (text: string) => clip(String(text ?? "")),
  feedEntries,
  feedUpdated,
  sitemapUrls,
};
