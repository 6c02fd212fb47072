import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { chromiumPath, skipWithoutBrowser } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";
import { readPdf, squeezed } from "../helpers/pdf.ts";

const hasChromium = Boolean(chromiumPath());
if (!hasChromium) skipWithoutBrowser("DOSSIER PDF TESTS");

/** Every brief's title, as its page's heading shows it. */
function briefTitles(out: string): string[] {
  const dir = join(out, "briefs");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => readFileSync(join(dir, e.name, "index.html"), "utf8"))
    .map((html) => textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!));
}

/** The page number the contents give for `title`: on the line that starts it (a long title wraps after it). */
function contentsPage(contents: string, title: string): number | undefined {
  const entries = contents.split("\n").flatMap((line) => {
    const m = /^(.*\S)\s+(\d+)\s*$/.exec(line);
    return m ? [{ label: squeezed(m[1]!), page: Number(m[2]) }] : [];
  });
  const matching = entries.filter((e) => e.label.length > 0 && squeezed(title).startsWith(e.label));
  return matching.sort((a, b) => b.label.length - a.label.length)[0]?.page;
}

test("should print the dossier with a cover, a table of contents that gives the right pages, every brief and the sources", () => {
  if (!hasChromium) return;
  const site = buildSite();
  const pdf = readPdf(join(site.out, "pdf/dossier.pdf"));
  const titles = briefTitles(site.out);
  assert.ok(titles.length >= 5, `${titles.length} briefs built`);
  assert.match(pdf.pageTexts[0]!, /Türkiye–Libya briefing/);
  assert.not.match(pdf.pageTexts[0]!, /page 1 of/, "the cover has no footer");
  const contentsIndex = pdf.pageTexts.findIndex((t) => /^\s*Contents\s*$/m.test(t));
  assert.is(contentsIndex, 1, "the contents follow the cover");
  const contents = pdf.pageTexts[contentsIndex]!;
  for (const title of [...titles, "Sources"]) {
    const page = contentsPage(contents, title);
    assert.ok(page, `the contents list “${title}” with a page number`);
    assert.ok(page! > contentsIndex + 1 && page! <= pdf.pages, `“${title}” on page ${page} of ${pdf.pages}`);
    assert.ok(squeezed(pdf.pageTexts[page! - 1]!).includes(squeezed(title)), `page ${page} has “${title}” on it`);
    assert.ok(squeezed(pdf.pageTexts[page! - 1]!).includes(squeezed(`page ${page} of ${pdf.pages}`)), `page ${page} is numbered as the contents say`);
  }
});

test("should give the dossier PDF its title, author, language and the build date", () => {
  if (!hasChromium) return;
  const site = buildSite();
  const { info } = readPdf(join(site.out, "pdf/dossier.pdf"));
  assert.is(info.Title, "Türkiye–Libya briefing dossier");
  assert.is(info.Author, "Türkiye–Libya briefing dossier");
  assert.match(info.CreationDate!, /^Thu Jan\s+1 00:00:00 2026 UTC$/, "SOURCE_DATE_EPOCH of the test build");
  assert.is(info.Tagged, "yes");
  const raw = readFileSync(join(site.out, "pdf/dossier.pdf")).toString("latin1");
  assert.match(raw, /\/Lang \(en\)/);
  assert.match(raw, /\/Outlines \d+ 0 R/, "headings become bookmarks");
});

test.run();
