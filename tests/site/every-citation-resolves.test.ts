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

test("should show each quote on a brief page next to a link to the paragraph that holds it", () => {
  for (const [id, brief] of briefs) {
    let checked = 0;
    const html = readPage(site, `/briefs/${id}/`);
    for (const m of html.matchAll(/<blockquote>\s*<p>([\s\S]*?)<\/p>\s*<p>— <a href="\/sources\/([^/"]+)\/#(p\d+)">/g)) {
      const text = builtParagraph(site, m[2]!, m[3]!);
      assert.ok(text, `${id}: quote links to missing /sources/${m[2]}/#${m[3]}`);
      assert.ok(comparable(text!).includes(comparable(textOf(m[1]!))), `${id}: blockquote not in ${m[2]}#${m[3]}: ${textOf(m[1]!)}`);
      checked += 1;
    }
    // Every source a brief rests on is quoted on its page.
    assert.ok(checked >= brief.sources.length, `${id}: ${checked} blockquotes for ${brief.sources.length} sources`);
  }
});

test.run();
