// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writtenBriefs } from "../helpers/briefs.ts";
import { fixtureDossier, readPage } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

// Facts about particular articles: the frozen dossier, never the live seeds.
const site = fixtureDossier();
const briefs = writtenBriefs(site);
const brief = (id: string) => {
  const b = briefs.get(id);
  assert.ok(b, `no brief ${id}`);
  return b!;
};

test("should give each brief a date with its precision and provenance, parties, scope tags and a cited quote for every key fact", () => {
  assert.is(briefs.size, 5);
  for (const [id, b] of briefs) {
    assert.ok(b.agreement_date, `${id} has no date`);
    assert.match(b.agreement_date!.iso, /^\d{4}(-\d{2}(-\d{2})?)?$/, id);
    assert.ok(["day", "month", "year"].includes(b.agreement_date!.precision), id);
    assert.ok(["text", "analyst"].includes(b.agreement_date!.provenance), id);
    assert.ok(b.parties.length >= 2, `${id} parties`);
    assert.ok(b.scope_tags.length >= 1, `${id} has no scope tags`);
    for (const claim of b.claims) assert.ok(claim.citations.length >= 1, `${id}: key fact ${claim.id} has no quote`);
  }
});

test("should date the 2019 memoranda to 27 November 2019 as stated, and the Qatar deal by the analyst", () => {
  for (const id of ["mou-2019-security", "mou-2019-maritime"]) {
    assert.equal(brief(id).agreement_date, { iso: "2019-11-27", precision: "day", provenance: "text", inferred: false, note: null });
  }
  const qatar = brief("qatar-tripartite-2020").agreement_date!;
  assert.is(qatar.provenance, "analyst");
  assert.ok(qatar.note && qatar.note.length > 20);
  const gnu = brief("gnu-2025").agreement_date!;
  assert.equal([gnu.iso, gnu.precision, gnu.inferred], ["2025-07-11", "day", true]);
});

test("should name the officials the sources name, with the GNA and GNU kept apart", () => {
  const names = (id: string) => brief(id).officials.map((o) => o.name);
  assert.ok(names("gnu-2025").includes("Abdulsalam al-Zoubi"));
  assert.ok(names("gnu-2025").some((n) => n === "Yaşar Güler"));
  assert.ok(brief("gnu-2025").officials.some((o) => o.named_as === "Yasar Guler"));
  for (const who of ["Hulusi Akar", "Mohammad Al-Attiyah", "Fayez Al-Sarraj", "Salam Al-Namroush"]) {
    assert.ok(names("qatar-tripartite-2020").some((n) => n.includes(who)), `qatar-tripartite-2020 lacks ${who}: ${names("qatar-tripartite-2020")}`);
  }
  assert.equal(names("lna-2025"), ["Saddam Haftar"]);
  assert.equal(brief("gnu-2025").parties.map((p) => p.id), ["turkiye", "gnu"]);
  assert.equal(brief("mou-2019-security").parties.map((p) => p.id), ["turkiye", "gna"]);
});

test("should attach the Kalın visit and the al-Lafi visit to the briefs they bear on as related reporting", () => {
  const related = (id: string) => brief(id).related.map((r) => r.source);
  assert.ok(related("mou-2019-security").includes("in-a-move-reflecting-turkiyes-growing-involvement-in"));
  assert.ok(related("mou-2019-security").includes("libyas-presidential-council-on-thursday-underlined-the-importance"));
  assert.ok(related("gnu-2025").includes("in-a-move-reflecting-turkiyes-growing-involvement-in"));
});

test("should render the sections in the analyst's order, with the summary and context in a labelled assessment box with its confidence, and analyst facts marked", () => {
  const html = readPage(site, "/briefs/qatar-tripartite-2020/");
  // The references' heading is print-only: on paper the full references follow the sections.
  const headings = [...html.matchAll(/<h2(?![^>]*print-only)[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => textOf(m[1]!));
  assert.equal(headings, ["Assessment", "What was agreed", "Who", "When and where", "Status", "Where sources differ", "Related reporting", "What changed", "Sources"]);
  // The analyst's judgement sits in its own labelled box, with the catalogue's confidence, before any cited fact.
  const box = /<div class="summary assessment">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
  assert.match(textOf(box), /^Assessment The analyst's judgement, not a source's report: the facts below are cited, this is not\. Confidence: low\./);
  assert.not.match(box, /href="\/sources\//, "the assessment cites no source");
  assert.match(textOf(html), /Analyst-supplied, not reported by the sources/);
  assert.match(html, /supplied by the analyst, not reported by the sources/);
});

test("should put every brief's summary before its timeline and map, which close its 'When and where' section", () => {
  for (const id of ["mou-2019-maritime", "mou-2019-security", "qatar-tripartite-2020", "lna-2025", "gnu-2025"]) {
    const html = readPage(site, `/briefs/${id}/`);
    const at = (re: RegExp) => html.search(re);
    const glance = at(/<section class="glance-brief/);
    assert.ok(glance > 0, `${id} has its timeline and map`);
    assert.ok(at(/<div class="summary assessment">/) < glance, `${id}: the assessment comes before the timeline and map`);
    assert.ok(at(/<h2 id="when-and-where"/) < glance && glance < at(/<h2 id="status"/), `${id}: the timeline and map sit in "When and where", before "Status"`);
  }
});

test("should list the briefs in date order on the home page and compare them on the briefs index", () => {
  const list = /<ol class="brief-list">[\s\S]*?<\/ol>/.exec(readPage(site, "/"))?.[0] ?? "";
  const order = [...list.matchAll(/<a href="\/briefs\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);
  assert.equal(order, ["mou-2019-maritime", "mou-2019-security", "qatar-tripartite-2020", "lna-2025", "gnu-2025"]);
  const index = textOf(readPage(site, "/briefs/"));
  for (const heading of ["Agreement", "Parties", "Date", "Scope", "Status", "Sources"]) assert.ok(index.includes(heading));
  assert.match(index, /Türkiye–Qatar–Libya \(GNA\) tripartite military agreement Türkiye; Qatar; Government of National Accord \(GNA\) 17 August 2020 \(analyst\)/);
});

test("should list on each source page the briefs that cite it", () => {
  const html = readPage(site, "/sources/libyas-presidential-council-on-thursday-underlined-the-importance/");
  const cited = /<section aria-labelledby="cited-in"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  assert.match(cited, /href="\/briefs\/mou-2019-security\/"/);
  assert.match(cited, /href="\/briefs\/mou-2019-maritime\/"/);
  assert.match(textOf(cited), /Türkiye–GNU military cooperation agreement \(as related reporting\)/);
});

test.run();
