// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readPage, sourcesBySeed } from "../helpers/build.ts";
import { hostileSite } from "../helpers/hostile-seeds.ts";
import { idsOf, textOf } from "../helpers/html.ts";

const site = hostileSite();
const pages = sourcesBySeed(site);
const briefs = readdirSync(join(site.out, "briefs"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

const citedIn = (html: string) => [...(/<section aria-labelledby="cited-in"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "").matchAll(/href="\/briefs\/([^"/]+)\/"/g)].map((m) => m[1]!).sort();
/**
 * The briefs whose text links to a source, and the paragraph anchors it links to. The at-a-glance timeline and map
 * are left out: they place a brief among related events, which other briefs' sources report.
 */
function briefsCiting(sourceUrl: string): Map<string, string[]> {
  const citing = new Map<string, string[]>();
  for (const brief of briefs) {
    const text = readPage(site, `/briefs/${brief}/`).replace(/<figure class="glance[\s\S]*?<\/figure>/g, "");
    const links = [...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((href) => href.startsWith(sourceUrl));
    if (links.length) citing.set(brief, links);
  }
  return citing;
}

test("should keep an article that matches no agreement, with a page that says no brief cites it and where the review queue lists it", () => {
  const page = pages.get("no-agreement.txt");
  assert.ok(page, "no page for no-agreement.txt");
  assert.equal(citedIn(page!.html), []);
  assert.match(textOf(page!.html), /No brief cites this source\. In the review queue ?, for a check by hand:/);
  assert.match(page!.html, /href="\/review\/unplaced\/(?:\d+\/)?"/);
  assert.equal([...briefsCiting(page!.url).keys()], []);
});

test("should cite an article that reports two agreements in both briefs, at paragraphs that exist", () => {
  const page = pages.get("two-agreements.txt");
  assert.ok(page, "no page for two-agreements.txt");
  assert.equal(citedIn(page!.html), ["mou-2019-maritime", "mou-2019-security"]);
  const url = page!.url;
  const citing = briefsCiting(url);
  assert.equal([...citing.keys()].sort(), ["mou-2019-maritime", "mou-2019-security"]);
  const ids = idsOf(page!.html);
  for (const [brief, links] of citing) {
    const anchors = links.map((href) => href.split("#")[1]).filter(Boolean);
    assert.ok(anchors.length > 0, `${brief} cites the source but no paragraph of it`);
    for (const anchor of anchors) assert.ok(ids.has(anchor!), `${brief} cites ${url}#${anchor}, which the page does not have`);
  }
  assert.ok(existsSync(join(site.out, "briefs", "mou-2019-maritime", "index.html")));
});

test.run();
