// Reads what a built brief page shows: its quotes, its notes and what points at them, and the evidence pages behind it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { citationsOf, type BriefData } from "../../scripts/brief-schema.ts";
import { nestedQuotes } from "../../scripts/display.ts";
import { readPage, type BuiltSite } from "./build.ts";
import { decodeEntities, textOf } from "./html.ts";

/** Text without any white space, so markup between words (actor links, marks) cannot hide or split a quote. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

/** How often each distinct quote of a brief appears in the visible text of its page, as the page writes it. */
export function quoteCounts(brief: BriefData, html: string, minLength = 20): Map<string, number> {
  const main = squeeze(textOf(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html));
  const quotes = [...new Set(citationsOf(brief).map((c) => c.citation.quote))].filter((q) => q.length >= minLength);
  return new Map(quotes.map((q) => [q, main.split(squeeze(nestedQuotes(q))).length - 1]));
}

/** The brief's notes: note number → the passage it quotes (`/sources/<id>/#pN`). */
export function notesOf(html: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const m of html.matchAll(/<li id="n(\d+)">([\s\S]*?)<\/li>/g)) {
    const passage = /href="(\/sources\/[a-z0-9-]+\/#p\d+)"/.exec(m[2]!)?.[1];
    if (passage) notes.set(Number(m[1]), passage);
  }
  return notes;
}

/** The page before the section headed `until` (Sources by default): the facts, lists and tables that point at the notes. */
export function factsOf(html: string, until = "Sources"): string {
  const body = /<article class="brief"[\s\S]*<\/article>/.exec(html)?.[0] ?? "";
  return body.slice(0, body.search(new RegExp(`<h2[^>]*>${until}</h2>`)));
}

/** Every list item and paragraph before `until` that points at a note, with the notes it points at and its "more" links. */
export function factItems(html: string, until?: string): Array<{ text: string; notes: number[]; more: string[] }> {
  return [...factsOf(html, until).matchAll(/<(li|p)\b[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m) => ({
      text: textOf(m[2]!),
      notes: [...m[2]!.matchAll(/href="#n(\d+)"/g)].map((n) => Number(n[1])),
      more: [...m[2]!.matchAll(/<a href="(\/briefs\/[a-z0-9-]+\/evidence\/(?:\d+\/)?)">(\d+ more (?:sources?|passages?))<\/a>/g)].map((x) => x[1]!),
    }))
    .filter((item) => item.notes.length);
}

/** The distinct passages (`/sources/<id>/#pN`) a brief cites anywhere in its front matter. */
export function passagesOf(brief: BriefData): Set<string> {
  return new Set(citationsOf(brief).map((c) => `/sources/${c.citation.source}/#${c.citation.paragraph}`));
}

/** Every evidence page of a brief, following its page links from the first: address → HTML. */
export function evidencePages(site: BuiltSite, id: string): Map<string, string> {
  const pages = new Map<string, string>();
  const queue = [`/briefs/${id}/evidence/`];
  while (queue.length) {
    const url = queue.shift()!;
    if (pages.has(url) || !existsSync(join(site.out, url, "index.html"))) continue;
    const html = readPage(site, url);
    pages.set(url, html);
    for (const m of html.matchAll(new RegExp(`href="(/briefs/${id}/evidence/(?:\\d+/)?)"`, "g"))) queue.push(decodeEntities(m[1]!));
  }
  return pages;
}

/** How often each passage is listed across a brief's evidence pages. */
export function evidencePassageCounts(pages: ReadonlyMap<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const html of pages.values()) {
    const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
    for (const m of main.matchAll(/<li><a href="(\/sources\/[a-z0-9-]+\/#p\d+)">/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  return counts;
}
