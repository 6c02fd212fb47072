// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BOUNDS } from "../../scripts/bench-measures.ts";
import { HOME_OTHER_EVENTS, TIMELINE_PART_EVENTS } from "../../scripts/glance/index.ts";
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
    if (/nearest it of the/.test(caption)) {
      assert.match(caption, /the dossier's full timeline shows them all/, id);
      assert.match(html, /<p class="glance-whole"><a href="\/timeline\/">The full timeline<\/a>/, id);
    }
  }
});

test("should show a bounded timeline on the home page, linking to the full timeline page that lists every event", () => {
  const timeline = JSON.parse(readFileSync(join(site.out, "data", "timeline.json"), "utf8")) as { events: Array<{ id: string; kind: string }>; undated: unknown[] };
  const agreements = timeline.events.filter((e) => e.kind === "agreement");
  assert.ok(timeline.events.length - agreements.length > HOME_OTHER_EVENTS, `only ${timeline.events.length} events: the corpus does not test the bound`);
  const home = readPage(site, "/");
  const figure = /<figure[^>]* id="timeline"[\s\S]*?<\/figure>/.exec(home)![0];
  const onHome = [...(/<ol>([\s\S]*?)<\/ol>/.exec(figure)![1]!).matchAll(/<li data-event="([^"]+)"/g)].map((m) => m[1]!);
  assert.is(onHome.length, agreements.length + HOME_OTHER_EVENTS);
  for (const e of agreements) assert.ok(onHome.includes(e.id), `${e.id} is missing from the home page`);
  assert.match(textOf(home), new RegExp(`The full timeline ?: all ${timeline.events.length} dated events`));
  assert.ok(home.length < 100_000, `home ${home.length} bytes`);
});

test("should list every event on the timeline page or one of its parts, no page past the bound", () => {
  const timeline = JSON.parse(readFileSync(join(site.out, "data", "timeline.json"), "utf8")) as { events: Array<{ id: string }>; undated: Array<{ id: string }> };
  const total = timeline.events.length + timeline.undated.length;
  assert.ok(total > TIMELINE_PART_EVENTS, `only ${total} events: the corpus does not test the parts`);
  const overview = readPage(site, "/timeline/");
  const parts = [...overview.matchAll(/<a href="\/timeline\/(\d+)\/">/g)].map((m) => Number(m[1]));
  assert.equal(parts, Array.from({ length: Math.ceil(total / TIMELINE_PART_EVENTS) }, (_, i) => i + 1));
  const listed: string[] = [];
  for (const n of parts) {
    const page = readPage(site, `/timeline/${n}/`);
    const ids = [...page.matchAll(/<li data-event="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(ids.length <= TIMELINE_PART_EVENTS, `part ${n}: ${ids.length} events`);
    if (n < parts.length) assert.match(page, new RegExp(`<a href="/timeline/${n + 1}/" rel="next">`));
    listed.push(...ids);
  }
  assert.equal(listed, [...timeline.events, ...timeline.undated].map((e) => e.id), "the parts list every event once, in order");
  assert.ok(overview.length < 150_000, `the timeline page is ${overview.length} bytes`);
});

test.run();
