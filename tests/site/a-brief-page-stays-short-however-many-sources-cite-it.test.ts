// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { gzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writtenBriefs } from "../helpers/briefs.ts";
import { evidencePages, evidencePassageCounts, factItems, passagesOf, quoteCounts } from "../helpers/brief-pages.ts";
import { buildSite, DOSSIER_DATA, DOSSIER_SEEDS, readPage } from "../helpers/build.ts";
import { replicatedSeeds } from "../helpers/many-seeds.ts";

// The frozen dossier's five articles, 34 times over (enough for a second evidence page): every brief is cited by 34 times as many passages.
const COPIES = 34;
const site = buildSite({ seeds: replicatedSeeds(DOSSIER_SEEDS, COPIES), data: DOSSIER_DATA, pdf: "never" });
const briefs = writtenBriefs(site);
const MAX_GZIPPED = 14 * 1024;

test("should build every brief from the larger dossier", () => {
  assert.is(site.status, 0, site.stdout);
  assert.is(site.report.sourcesWritten, 5 * COPIES);
  assert.is(briefs.size, 5);
});

test("should keep every brief page under 14 kB gzipped, showing at most 3 notes per fact", () => {
  for (const id of briefs.keys()) {
    const html = readPage(site, `/briefs/${id}/`);
    const size = gzipSync(html).length;
    assert.ok(size <= MAX_GZIPPED, `${id}: ${size} bytes gzipped`);
    for (const item of factItems(html, "Where sources differ")) assert.ok(item.notes.length <= 3, `${id}: the fact “${item.text}” shows ${item.notes.length} notes`);
  }
});

test("should still show each quote at most once", () => {
  for (const [id, brief] of briefs) {
    for (const [quote, n] of quoteCounts(brief, readPage(site, `/briefs/${id}/`))) assert.ok(n <= 1, `${id}: “${quote}” appears ${n} times`);
  }
});

test("should send the reader to evidence pages of at most 200 passages that, together, list every passage once", () => {
  const html = readPage(site, "/briefs/mou-2019-security/");
  assert.ok(factItems(html).some((i) => i.more.includes("/briefs/mou-2019-security/evidence/")), "no fact links “N more sources”");
  let paginated = 0;
  for (const [id, brief] of briefs) {
    const pages = evidencePages(site, id);
    const passages = passagesOf(brief);
    assert.is(pages.size, Math.ceil(passages.size / 200), `${id}: ${pages.size} evidence page(s) for ${passages.size} passages`);
    if (pages.size > 1) paginated += 1;
    const listed = evidencePassageCounts(pages);
    for (const [passage, count] of listed) assert.is(count, 1, `${id}: ${passage} listed ${count} times`);
    assert.equal([...listed.keys()].sort(), [...passages].sort());
    for (const [url, page] of pages) assert.ok((page.match(/<li><a href="\/sources\/[a-z0-9-]+\/#p\d+"/g) ?? []).length <= 200, `${url} lists more than 200 passages`);
  }
  assert.ok(paginated >= 1, "no brief has a second evidence page");
});

test.run();
