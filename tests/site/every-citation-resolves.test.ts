import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { citationsOf } from "../../scripts/brief-schema.ts";
import { loadDossierData } from "../../scripts/data.ts";
import { builtParagraph, comparable, writtenBriefs } from "../helpers/briefs.ts";
import { liveSite, readPage, REPO } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

// The live dossier, whatever it holds: only what must be true of any seeds and any catalogue.
const site = liveSite();
const briefs = writtenBriefs(site);
const catalogued = (await loadDossierData({ dir: join(REPO, "content/_data") })).data!.catalogue.agreements.map((a) => a.id).sort();

test("should build the live seeds with no errors and write a brief for every catalogued agreement", () => {
  assert.is(site.status, 0, site.stdout);
  assert.equal(site.report.diagnostics.filter((d) => d.severity === "error"), []);
  assert.equal([...briefs.keys()], catalogued);
});

test("should find every brief citation's quote in the cited paragraph of the built source page", () => {
  for (const [id, brief] of briefs) {
    let checked = 0;
    for (const { where, citation } of citationsOf(brief)) {
      const text = builtParagraph(site, citation.source, citation.paragraph);
      assert.ok(text !== undefined, `${id} ${where}: /sources/${citation.source}/#${citation.paragraph} is not in the site`);
      assert.ok(comparable(text!).includes(comparable(citation.quote)), `${id} ${where}: quote not in ${citation.source}#${citation.paragraph}: ${citation.quote}`);
      checked += 1;
    }
    if (brief.sources.length) assert.ok(checked >= brief.sources.length, `${id}: only ${checked} citations for ${brief.sources.length} sources`);
  }
});

/** Text compared whatever its quotation marks: a quote within a quote is printed with single marks. */
const loose = (text: string) => comparable(text).replace(/"/g, "'");

/** Each quotation in a note or an evidence-page item, with the passage it links: `“a” … “b” — <a href="/sources/x/#p3">`. */
function quotedPassages(html: string, item: RegExp): Array<{ quotes: string[]; source: string; paragraph: string }> {
  return [...html.matchAll(item)].map((m) => {
    const link = /<a href="\/sources\/([^/"]+)\/#(p\d+)">/.exec(m[0])!;
    // A quote's own double quotation marks are printed as single ones inside it (nestedQuotes).
    // The link's label may itself be in quotation marks (an untitled source's opening words): it is not a quote.
    const quotes = [...textOf(m[0].replace(/<a href="\/sources\/[^"]*">[\s\S]*?<\/a>/, "")).matchAll(/“([^“”]*)”/g)].map((q) => q[1]!);
    return { quotes, source: link[1]!, paragraph: link[2]! };
  });
}

test("should show each quote on a brief page, in its notes, next to a link to the paragraph that holds it", () => {
  for (const [id, brief] of briefs) {
    const html = readPage(site, `/briefs/${id}/`);
    const notes = quotedPassages(html, /<li id="n\d+">[\s\S]*?<\/li>/g);
    for (const note of notes) {
      const text = builtParagraph(site, note.source, note.paragraph);
      assert.ok(text, `${id}: a note links to missing /sources/${note.source}/#${note.paragraph}`);
      for (const q of note.quotes) assert.ok(loose(text!).includes(loose(q)), `${id}: note quote not in ${note.source}#${note.paragraph}: ${q}`);
    }
    if (brief.sources.length) assert.ok(notes.length >= 1, `${id}: no notes`);
  }
});

test("should list on each brief's evidence pages every source it rests on, each passage linked to its paragraph", () => {
  for (const [id, brief] of briefs) {
    let page = readPage(site, `/briefs/${id}/evidence/`);
    const seen = new Set<string>();
    for (let n = 2; ; n += 1) {
      for (const item of quotedPassages(page, /<li><a href="\/sources\/[^"]+#p\d+">[\s\S]*?<\/li>/g)) {
        const text = builtParagraph(site, item.source, item.paragraph);
        assert.ok(text, `${id}: evidence links to missing /sources/${item.source}/#${item.paragraph}`);
        assert.ok(item.quotes.length >= 1, `${id}: evidence item for ${item.source}#${item.paragraph} quotes nothing`);
        seen.add(item.source);
      }
      if (!page.includes(`href="/briefs/${id}/evidence/${n}/"`)) break;
      page = readPage(site, `/briefs/${id}/evidence/${n}/`);
    }
    for (const source of brief.sources) assert.ok(seen.has(source), `${id}: ${source} is not on the evidence page`);
  }
});

test.run();
