import { test } from "uvu";
import * as assert from "uvu/assert";
import { citationsOf } from "../../scripts/brief-schema.ts";
import { builtParagraph, comparable, writtenBriefs } from "../helpers/briefs.ts";
import { buildSite, readPage } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

const site = buildSite({ strict: true });
const briefs = writtenBriefs(site);

test("should build the real seeds with no errors or warnings and write five briefs", () => {
  assert.is(site.status, 0, site.stdout);
  assert.equal([...briefs.keys()], ["gnu-2025", "lna-2025", "mou-2019-maritime", "mou-2019-security", "qatar-tripartite-2020"]);
});

test("should find every brief citation's quote in the cited paragraph of the built source page", () => {
  let checked = 0;
  for (const [id, brief] of briefs) {
    for (const { where, citation } of citationsOf(brief)) {
      const text = builtParagraph(site, citation.source, citation.paragraph);
      assert.ok(text !== undefined, `${id} ${where}: /sources/${citation.source}/#${citation.paragraph} is not in the site`);
      assert.ok(comparable(text!).includes(comparable(citation.quote)), `${id} ${where}: quote not in ${citation.source}#${citation.paragraph}: ${citation.quote}`);
      checked += 1;
    }
  }
  assert.ok(checked > 50, `only ${checked} citations checked`);
});

test("should show each quote on a brief page next to a link to the paragraph that holds it", () => {
  let checked = 0;
  for (const id of briefs.keys()) {
    const html = readPage(site, `/briefs/${id}/`);
    for (const m of html.matchAll(/<blockquote>\s*<p>([\s\S]*?)<\/p>\s*<p>— <a href="\/sources\/([^/"]+)\/#(p\d+)">/g)) {
      const text = builtParagraph(site, m[2]!, m[3]!);
      assert.ok(text, `${id}: quote links to missing /sources/${m[2]}/#${m[3]}`);
      assert.ok(comparable(text!).includes(comparable(textOf(m[1]!))), `${id}: blockquote not in ${m[2]}#${m[3]}: ${textOf(m[1]!)}`);
      checked += 1;
    }
  }
  assert.ok(checked >= 10, `only ${checked} blockquotes found`);
});

test.run();
