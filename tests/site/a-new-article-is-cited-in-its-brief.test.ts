// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writtenBriefs } from "../helpers/briefs.ts";
import { buildSite, DOSSIER_DATA, readPage, REPO } from "../helpers/build.ts";

// Two invented articles: one reports the July 2025 Türkiye–GNU agreement, the other (Benghazi flights) no agreement.
// Built with the frozen catalogue, whose other agreements no article here reports.
const site = buildSite({ seeds: join(REPO, "tests/fixtures/briefs/new-articles"), data: DOSSIER_DATA, pdf: "never" });
const REPORTING = "2025-07-12-turkiye-and-libyas-unity-government-sign-training-pact";
const UNRELATED = "2025-03-01-turkish-airlines-adds-more-flights-to-benghazi";

test("should cite a new article that reports an agreement in that agreement's brief, and only there", () => {
  assert.is(site.status, 0, site.stdout);
  const briefs = writtenBriefs(site);
  const reported = [...briefs].filter(([, b]) => b.sources.length).map(([id]) => id);
  assert.equal(reported, ["gnu-2025"]);
  const gnu = briefs.get("gnu-2025")!;
  assert.equal(gnu.sources, [REPORTING]);
  assert.ok(gnu.claims.find((c) => c.id === "parties")?.citations.some((c) => c.source === REPORTING && c.paragraph === "p1"));
  assert.ok(gnu.officials.some((o) => o.id === "yasar-guler" && o.title_in_source === "Defence Minister"));
  assert.ok(gnu.scope_tags.includes("training"));
  const html = readPage(site, "/briefs/gnu-2025/");
  assert.match(html, new RegExp(`href="/sources/${REPORTING}/#p1"`));
  assert.match(readPage(site, `/sources/${REPORTING}/`), /href="\/briefs\/gnu-2025\/"/);
  const briefLinks = [...html.matchAll(/href="\/briefs\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!);
  assert.ok(briefLinks.length > 0);
  for (const id of briefLinks) assert.ok(existsSync(join(site.out, "briefs", id, "index.html")), `links to a brief this build did not write: ${id}`);
});

test("should make an article that reports no agreement a source page that no brief cites", () => {
  const page = readPage(site, `/sources/${UNRELATED}/`);
  assert.match(page, /No brief cites this source/);
  for (const brief of writtenBriefs(site).values()) assert.not.ok(brief.sources.includes(UNRELATED));
  assert.not.match(readPage(site, "/briefs/gnu-2025/"), new RegExp(UNRELATED));
});

test.run();
