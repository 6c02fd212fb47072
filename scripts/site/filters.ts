// Template filters: small pure functions the layouts call. None of them returns markup built from data; `cssString`
// returns a CSS string whose every character other than letters, digits and spaces is a hex escape, so it is safe
// inside a <style> element.
import { clip } from "../display.ts";
import { formatDate } from "../dates.ts";
import type { Hosting } from "../hosting.ts";
import type { PartialDate } from "../model.ts";
import { endnoteReferences, endnotesOf, type SourceForNotes } from "./endnotes.ts";
import { entryId, feedEntries, feedUpdated, sitemapUrls } from "./feed.ts";
import { forPaper } from "./paper.ts";
import { forSearch } from "./search-text.ts";
import { linkActors } from "./actor-links.ts";
import { reportJsonLd } from "./json-ld.ts";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

export const filters = {
  /** `2025-07-11` with precision `day` → `11 July 2025`. */
  readableDate(iso: string | null, precision: PartialDate["precision"] | null): string {
    return iso && precision ? formatDate({ iso, precision }) : "undated";
  },
  /** Any text as a quoted CSS string, e.g. for a running header: `Türkiye–Libya` → `"T\FC rkiye\2013 Libya"`. */
  cssString(value: unknown): string {
    const text = String(value ?? "").replace(/\s+/g, " ").trim();
    return `"${[...text].map((ch) => (/[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16).toUpperCase()} `)).join("")}"`;
  },
  /** Rendered brief HTML readied for print: endnote marks, evidence quotes marked, summary boxed (HTML the project made). */
  forPaper,
  forSearch,
  /** The endnotes of rendered brief HTML, each with its source's full reference, from the build's `sourceList`. */
  endnotes(html: string, sources: ReadonlyArray<{ data: Record<string, unknown> }>): ReturnType<typeof endnoteReferences> {
    return endnoteReferences(endnotesOf(String(html ?? "")), (sources ?? []).map((s) => s.data as unknown as SourceForNotes));
  },
  /**
   * A brief's note ids and the links to them, and its headings' ids, prefixed with `key`, so several briefs on one page
   * (the printed dossier) keep ids unique.
   */
  scopeIds(html: string, key: string): string {
    const prefix = String(key).replace(/[^a-z0-9-]/g, "");
    return String(html ?? "")
      .replace(/(\sid="|\shref="#)(n\d+)"/g, (_, attr: string, id: string) => `${attr}${prefix}-${id}"`)
      .replace(/(<h[1-6] id=")([^"]+)"/g, (_, open: string, id: string) => `${open}${prefix}-${id}"`);
  },
  /** Rendered HTML with every heading one level lower (h2 → h3), for a brief set inside the whole dossier. */
  demoteHeadings(html: string): string {
    return String(html ?? "").replace(/<(\/?)h([1-5])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
  },
  /**
   * Rendered HTML with `insert` (HTML the project made: a brief's timeline and map) placed right before the h2 whose id
   * is `id`, closing the section before it; at the start when there is no such heading, so nothing is lost.
   */
  beforeSection(html: string, id: string, insert: string): string {
    const text = String(html ?? "");
    const at = text.indexOf(`<h2 id="${id}"`);
    return at < 0 ? `${insert}${text}` : `${text.slice(0, at)}${insert}${text.slice(at)}`;
  },
  /** The first sentence of a text: a brief's one-line summary. */
  firstSentence(text: string): string {
    const m = /^.*?[.!?](?=\s|$)/s.exec(String(text ?? ""));
    return (m ? m[0] : String(text ?? "")).trim();
  },
  /**
   * A Pagefind `key:value` filter attribute; commas and colons in values are escaped as Pagefind expects. Pagefind's UI
   * lists filter values as HTML, so an outlet named `<img onerror=…>` must reach the index as `&lt;img…`; Pagefind
   * decodes entities in a filter value once more after the HTML parser has, so the value is escaped twice here
   * (and a third time by autoescape).
   */
  pagefindFilter(value: string, key: string): string {
    return `${key}:${escapeHtml(escapeHtml(String(value))).replace(/[\\,:]/g, "\\$&")}`;
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
  /**
   * The gazetteer's names as groups of spellings of one name, as JSON for an attribute of the search page (escaped
   * again by autoescape; `<`, `>` and `&` are JSON escapes too): the search script finds the passage that matched another spelling.
   */
  spellingGroups(gazetteer: unknown): string {
    const entities = Array.isArray(gazetteer) ? (gazetteer as Array<{ name?: unknown; variants?: unknown }>) : [];
    const groups = entities
      .map((e) => [e.name, ...(Array.isArray(e.variants) ? e.variants : [])].filter((v): v is string => typeof v === "string" && v.trim() !== ""))
      .map((forms) => [...new Set(forms)])
      .filter((forms) => forms.length > 1);
    return JSON.stringify(groups).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  },
  feedEntries,
  feedUpdated,
  sitemapUrls,
  /** Rendered brief HTML with the first mention of each actor per section linked to its page (`glance.links`). */
  linkActors,
  /** A brief's schema.org Report as JSON-LD text, safe inside its script element. */
  reportJsonLd,
};
