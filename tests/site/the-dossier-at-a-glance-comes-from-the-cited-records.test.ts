// The timeline, maps, actor pages and open data of a fixture build: what they show, where they link, and that they hold to their schemas.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { builtParagraph, comparable } from "../helpers/briefs.ts";
import { readPage } from "../helpers/build.ts";
import { buildGlanceSite } from "../helpers/glance-site.ts";
import { decodeEntities, htmlFiles, textOf } from "../helpers/html.ts";

const site = buildGlanceSite();
// Parsed JSON: its shape is what the schema test below checks.
const data = (name: string): any => JSON.parse(readFileSync(join(site.out, "data", name), "utf8"));
const briefIds = readdirSync(join(site.out, "briefs"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

test("should build the fixture without errors", () => {
  assert.is(site.report.exitCode, 0, site.stdout);
  assert.equal(briefIds, ["gnu-2025", "lna-2025", "mou-2019-maritime", "mou-2019-security", "qatar-tripartite-2020"]);
});

test("should show the timeline and the map on the home page, and each brief's own timeline, and its map when it names a place", () => {
  const home = readPage(site, "/");
  assert.match(home, /<svg class="glance-timeline"/);
  assert.match(home, /<svg class="glance-map"/);
  for (const id of briefIds) {
    const page = readPage(site, `/briefs/${id}/`);
    assert.match(page, /<svg class="glance-timeline"/, id);
    assert.match(page, new RegExp(`class="event agreement [a-z]+ current" data-event="agreement-${id}"`), id);
    assert.match(page, /<svg class="glance-map"/, `${id} names a place but has no map`);
  }
  const qatarMap = /<svg class="glance-map"[\s\S]*?<\/svg>/.exec(readPage(site, "/briefs/qatar-tripartite-2020/"))![0];
  assert.equal([...qatarMap.matchAll(/<text class="place-label" data-place="([a-z-]+)"/g)].map((m) => m[1]).sort(), ["misrata", "tripoli"]);
});

test("should date each agreement on the timeline as its brief does: stated, inferred or the analyst's", () => {
  const events = data("timeline.json").events as Array<{ id: string; date: string; precision: string; dating: string; url: string }>;
  const agreement = (id: string) => events.find((e) => e.id === `agreement-${id}`)!;
  assert.equal([agreement("mou-2019-security").date, agreement("mou-2019-security").dating], ["2019-11-27", "stated"]);
  assert.equal([agreement("qatar-tripartite-2020").date, agreement("qatar-tripartite-2020").dating], ["2020-08-17", "analyst"]);
  assert.equal([agreement("gnu-2025").date, agreement("gnu-2025").dating], ["2025-07-11", "inferred"]);
  const offensive = events.find((e) => e.id.startsWith("reported-") && (e as { until?: string }).until === "2020")!;
  assert.equal([offensive.date, offensive.precision], ["2019", "year"]);
  const dates = events.map((e) => e.date.padEnd(10, "-"));
  assert.equal(dates, [...dates].sort(), "events are oldest first");
});

test("should rest every timeline event on passages that are on their source pages", () => {
  const { events, undated } = data("timeline.json");
  for (const e of [...events, ...undated] as Array<{ id: string; url: string; evidence: Array<{ source: string; paragraph: string; quote: string; passage_url: string }> }>) {
    assert.match(e.url, /^\/(briefs\/[a-z0-9-]+\/|sources\/[a-z0-9-]+\/#p\d+)$/, e.id);
    for (const c of e.evidence) {
      const text = builtParagraph(site, c.source, c.paragraph);
      assert.ok(text && comparable(text).includes(comparable(c.quote)), `${e.id}: ${c.source}#${c.paragraph} does not hold “${c.quote}”`);
      assert.is(c.passage_url, `/sources/${c.source}/#${c.paragraph}`);
    }
  }
});

test("should give every actor the briefs name a page, link names in briefs to them, and keep the GNA and GNU apart", () => {
  for (const id of briefIds) {
    const html = readPage(site, `/briefs/${id}/`);
    const front = /<dl class="at-a-glance">[\s\S]*?<\/dl>/.exec(html)![0];
    assert.ok(front.length > 0);
    const links = [...html.matchAll(/<a class="actor-link" href="\/actors\/([a-z0-9-]+)\/">/g)].map((m) => m[1]!);
    assert.ok(links.length >= 2, `${id} links ${links.length} names`);
    for (const actor of links) assert.ok(existsSync(join(site.out, "actors", actor, "index.html")), `${id} links a missing actor page ${actor}`);
  }
  const entities = data("entities.json").entities as Array<{ id: string; page_url: string | null; briefs: string[] }>;
  for (const e of entities.filter((x) => x.briefs.length)) assert.ok(e.page_url && existsSync(join(site.out, e.page_url, "index.html")), `${e.id} has no page`);
  const gna = textOf(readPage(site, "/actors/gna/"));
  assert.match(gna, /Succeeded by Government of National Unity \(GNU\) \(March 2021\)/);
  assert.match(textOf(readPage(site, "/actors/gnu/")), /Succeeded Government of National Accord \(GNA\) \(March 2021\)/);
  const haftar = textOf(readPage(site, "/actors/khalifa-haftar/"));
  for (const spelling of ["“Hifter”", "“Haftar”", "“Khalifa Haftar”"]) assert.ok(haftar.includes(spelling), `Haftar's page lacks ${spelling}`);
  const index = textOf(readPage(site, "/actors/"));
  for (const kind of ["States", "Governments", "Armed forces", "People", "Organisations"]) assert.ok(index.includes(kind), kind);
});

test("should cite each role on a person's page: the gazetteer's, and the sources' with their passages", () => {
  const html = readPage(site, "/actors/yasar-guler/");
  assert.match(textOf(html), /Minister of National Defence of Türkiye \(from June 2023\) Given by the dossier's gazetteer/);
  assert.match(html, /As the sources name it: <a href="\/sources\/2025-07-11-turkiye-inks-deal-with-libya-to-deepen-military\/#p2">/);
});

test("should publish the open data, each JSON file fitting the schema it names", () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  for (const [file, schema] of [["claims.json", "claims"], ["sources.json", "sources"], ["entities.json", "entities"], ["timeline.json", "timeline"], ["sources.csl.json", "sources.csl"]] as const) {
    const validate = ajv.compile(data(`schema/${schema}.schema.json`));
    const value = data(file);
    assert.ok(validate(value), `${file}: ${ajv.errorsText(validate.errors)}`);
    if (!Array.isArray(value)) assert.is((value as { schema: string }).schema, `/data/schema/${schema}.schema.json`);
  }
  assert.is(data("sources.csl.json").length, 5);
  assert.ok(data("claims.json").claims.length >= 20);
});

test("should grade every published claim, with the reliability letter of each source it cites", () => {
  for (const c of data("claims.json").claims as Array<{ brief: string; id: string; grade: string; reliability: string; credibility: number; citations: Array<{ source_reliability: string }> }>) {
    assert.match(c.grade, /^[A-F][1-6]$/, `${c.brief} ${c.id}`);
    assert.is(c.grade, `${c.reliability}${c.credibility}`, `${c.brief} ${c.id}`);
    for (const x of c.citations) assert.match(x.source_reliability, /^[A-F]$/);
  }
});

test("should write claims.csv with one row per fact and passage and no cell a spreadsheet would run", () => {
  const csv = readFileSync(join(site.out, "data/claims.csv"), "utf8");
  const rows = csv.trimEnd().split(/\r\n(?=")/);
  const citations = (data("claims.json").claims as Array<{ citations: unknown[] }>).reduce((n, c) => n + Math.max(1, c.citations.length), 0);
  assert.is(rows.length - 1, citations);
  for (const cell of csv.matchAll(/(?:^|,)"((?:[^"]|"")*)"/gm)) assert.not.match(cell[1]!, /^[=+\-@\t\r]/);
});

test("should describe each brief in its head as a schema.org Report citing its sources", () => {
  for (const id of briefIds) {
    const html = readPage(site, `/briefs/${id}/`);
    const head = html.slice(0, html.indexOf("</head>"));
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head)![1]!);
    assert.equal([ld["@type"], ld.dateModified, ld.url], ["Report", "2026-01-01", `/briefs/${id}/`]);
    // The sources the page lists in full, at most ten: the evidence page has the rest.
    const refs = (/<h3[^>]*>Reporting sources<\/h3>\s*<ul>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "").match(/<li>/g)?.length ?? 0;
    assert.is(ld.citation.length, refs, id);
    assert.ok(refs >= 1, `${id} lists no source`);
  }
});

test("should link /data/ from every page's footer and from About", () => {
  for (const file of htmlFiles(site.out).filter((f) => !f.startsWith("/print/"))) {
    const html = readFileSync(join(site.out, file), "utf8");
    assert.match(/<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? "", /<a href="\/data\/">Open data<\/a>/, file);
  }
  assert.match(readPage(site, "/about/"), /<a href="\/data\/">/);
});

test("should keep every map under 30 kB and label Türkiye as the dossier spells it", () => {
  for (const file of ["/", ...briefIds.map((id) => `/briefs/${id}/`)]) {
    for (const svg of readPage(site, file).match(/<svg class="glance-map"[\s\S]*?<\/svg>/g) ?? []) {
      assert.ok(Buffer.byteLength(svg) < 30_000, `${file}: ${Buffer.byteLength(svg)} bytes`);
    }
  }
  const home = /<svg class="glance-map"[\s\S]*?<\/svg>/.exec(readPage(site, "/"))![0];
  assert.match(decodeEntities(home), />TÜRKIYE</);
  assert.not.match(home, /Turkey/);
});
test.run();
