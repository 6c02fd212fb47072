import { gzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BOUNDS } from "../../scripts/bench-measures.ts";
import { writtenBriefs } from "../helpers/briefs.ts";
import { factItems } from "../helpers/brief-pages.ts";
import { buildSite, DOSSIER_DATA, DOSSIER_SEEDS, readPage } from "../helpers/build.ts";
import { syntheticSeeds } from "../helpers/synthetic-seeds.ts";
import { textOf } from "../helpers/html.ts";

// 200 articles of the bench's kind: paragraphs of the frozen dossier mixed and dated across seven years, so every brief
// gathers hundreds of citations, differences, related reports and dated events around it.
const ARTICLES = 200;
const site = buildSite({ seeds: syntheticSeeds(DOSSIER_SEEDS, ARTICLES), data: DOSSIER_DATA, pdf: "never" });
const briefs = writtenBriefs(site);

test("should build every brief from the larger corpus", () => {
  assert.is(site.status, 0, site.stdout);
  assert.is(site.report.sourcesWritten, ARTICLES);
  assert.is(briefs.size, 5);
});

test("should keep every brief page within the bench's bound, gzipped as a browser fetches it", () => {
  for (const id of briefs.keys()) {
    const size = gzipSync(readPage(site, `/briefs/${id}/`), { level: 9 }).length;
    assert.ok(size <= BOUNDS.briefGzip, `${id}: ${size} bytes gzipped, over ${BOUNDS.briefGzip}`);
  }
});

test("should still cite every fact it states, and count the rest on the evidence page", () => {
  let counted = 0;
  for (const [id, brief] of briefs) {
    const html = readPage(site, `/briefs/${id}/`);
    const items = factItems(html);
    for (const claim of brief.claims.filter((c) => c.citations.length && c.id.startsWith("scope:"))) {
      assert.ok(items.some((i) => i.text.includes(claim.value) && i.notes.length), `${id}: “${claim.value}” shows no note`);
    }
    counted += items.filter((i) => i.more.includes(`/briefs/${id}/evidence/`)).length;
    const sources = /<h3[^>]*>Reporting sources<\/h3>\s*<ul>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "";
    if (brief.source_refs.length > 5) assert.match(textOf(sources), new RegExp(`And ${brief.source_refs.length - 5} more sources, on the evidence page`), id);
  }
  assert.ok(counted > 0, "no fact links “N more sources” to its evidence page");
});

test("should show a bounded timeline on each brief and say where the rest are", () => {
  for (const id of briefs.keys()) {
    const html = readPage(site, `/briefs/${id}/`);
    const events = html.match(/<g class="event /g)?.length ?? 0;
    assert.ok(events >= 1 && events <= 10, `${id}: ${events} events on its timeline`);
    const caption = textOf(/<figcaption id="timeline-[^"]+-caption">([\s\S]*?)<\/figcaption>/.exec(html)?.[1] ?? "");
    if (/nearest it of the/.test(caption)) assert.match(caption, /the dossier's timeline on the home page shows them all/, id);
  }
});

test.run();
