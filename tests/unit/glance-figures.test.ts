import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatDate } from "../../scripts/dates.ts";
import { timelineEvents } from "../../scripts/glance/events.ts";
import { mapFigure, timelineFigure, timelinePartsNav } from "../../scripts/glance/figures.ts";
import type { TimelineEvent } from "../../scripts/glance/events.ts";
import { briefWindow, glanceDossier, homeEvents, timelineParts } from "../../scripts/glance/index.ts";
import { glanceInput } from "../helpers/glance-input.ts";

const labels = new Map([["a-news", "A News"], ["b-daily", "“B daily…”"]]);

const timeline = suite("timelineFigure()");
timeline("should give the chart a text alternative: every event in order, with its date, how it is known and its link", () => {
  const { events, undated } = timelineEvents(glanceInput());
  const html = timelineFigure(events, undated, labels, { id: "t", heading: "Timeline.", scope: "All." });
  const listed = [...html.matchAll(/<li data-event="([^"]+)">/g)].map((m) => m[1]);
  assert.equal(listed, [...events.map((e) => e.id), ...undated.map((u) => u.id)]);
  assert.match(html, /<time datetime="2019" data-until="2020">2019–2020<\/time> \(date stated in the source; reported by a source\)/);
  assert.match(html, /<time datetime="2025-07-11">11 July 2025<\/time> \(date inferred from the source; agreement\): <a href="\/briefs\/gnu-2025\/">Title of gnu-2025<\/a>/);
  assert.match(html, /Not on the chart, because no source dates them/);
  assert.match(html, /<details class="glance-list no-print"><summary>The timeline as a list<\/summary>/);
});
timeline("should name the years it covers, once when they are one", () => {
  const { events } = timelineEvents(glanceInput());
  assert.match(timelineFigure(events, [], labels, { id: "t", heading: "T.", scope: "" }), /5 dated events, 2011–2025\./);
  assert.match(timelineFigure(events.slice(-2), [], labels, { id: "t", heading: "T.", scope: "" }), /2 dated events, 2025\./);
});
timeline("should link to the whole timeline when it shows only part of it, and not otherwise", () => {
  const { events, undated } = timelineEvents(glanceInput());
  const part = timelineFigure(events.slice(0, 2), [], labels, { id: "t", heading: "T.", scope: "", whole: { href: "/timeline/", events: 5, undated: 1 } });
  assert.match(part, /<p class="glance-whole"><a href="\/timeline\/">The full timeline<\/a>: all 5 dated events and 1 undated report\.<\/p>/);
  assert.not.match(timelineFigure(events, undated, labels, { id: "t", heading: "T.", scope: "" }), /glance-whole/);
});
timeline("should write nothing when there is nothing to show", () => {
  assert.is(timelineFigure([], [], labels, { id: "t", heading: "T.", scope: "" }), "");
});
timeline.run();

const map = suite("mapFigure()");
map("should list each place with its coordinates and the briefs that name it", () => {
  const html = mapFigure("<svg></svg>", [{ id: "tripoli", name: "Tripoli", coords: [13.1913, 32.8872] }], new Map([["tripoli", [{ id: "b", title: "B <brief>" }]]]), { id: "m", heading: "Map.", scope: "Places." });
  assert.match(html, /<li data-place="tripoli">Tripoli <span class="glance-note">\(32\.89° N, 13\.19° E\)<\/span>: named in <a href="\/briefs\/b\/">B &lt;brief&gt;<\/a><\/li>/);
  assert.is(mapFigure("<svg></svg>", [], new Map(), { id: "m", heading: "", scope: "" }), "");
});
map.run();

const window = suite("briefWindow()");
window("should crop to a brief's own events and everything within a year of them", () => {
  const { events } = timelineEvents(glanceInput());
  assert.equal(briefWindow(events, "mou-2019").map((e) => e.id), ["reported-a-news-p2-1", "agreement-mou-2019"]);
  assert.ok(briefWindow(events, "gnu-2025").every((e) => e.date.iso >= "2024"));
  assert.equal(briefWindow(events, "no-such-brief"), []);
});
window.run();

const home = suite("homeEvents()");
/** `n` reported acts of 2019, the i-th reported by i + 1 passages, around one agreement. */
function crowded(n: number): TimelineEvent[] {
  const { events } = timelineEvents(glanceInput());
  const reported = events.find((e) => e.kind === "reported")!;
  const copies = Array.from({ length: n }, (_, i): TimelineEvent => ({
    ...reported,
    id: `reported-x-p${i}-1`,
    evidence: Array.from({ length: i + 1 }, (_, k) => ({ ...reported.evidence[0]!, href: `/sources/s${k}/#p1` })),
  }));
  return [...events.filter((e) => e.kind !== "reported"), ...copies];
}
home("should keep every agreement, then related reporting, then the most-reported acts up to the bound, in their order", () => {
  const events = crowded(12);
  const related = events.filter((e) => e.kind === "related");
  const kept = homeEvents(events, related.length + 4);
  assert.equal(kept.filter((e) => e.kind === "reported").map((e) => e.id), ["reported-x-p8-1", "reported-x-p9-1", "reported-x-p10-1", "reported-x-p11-1"]);
  for (const e of events.filter((x) => x.kind !== "reported")) assert.ok(kept.includes(e), e.id);
  assert.equal(kept, events.filter((e) => kept.includes(e)), "kept in the timeline's order");
  const agreementsOnly = homeEvents(events, 0);
  assert.equal(agreementsOnly, events.filter((e) => e.kind === "agreement"));
});
home("should keep every event when the others are within the bound", () => {
  const events = crowded(3);
  assert.equal(homeEvents(events, events.length), events);
});
home.run();

const parts = suite("timelineParts()");
parts("should cut a long timeline into parts of at most the bound, in order, each with the dates it runs between, undated last", () => {
  const events = crowded(7);
  const undated = [{ id: "undated-1", kind: "related" as const, label: "x", title: "X", href: "/sources/x/#p1", briefs: [], evidence: [], note: "No date." }];
  const cut = timelineParts({ events, undated }, 4);
  assert.equal(cut.flatMap((p) => [...p.events, ...p.undated].map((e) => e.id)), [...events, ...undated].map((e) => e.id));
  assert.ok(cut.every((p) => p.events.length + p.undated.length <= 4));
  assert.is(cut.at(-1)!.range, "undated reports");
  const [first, last] = [cut[0]!.events[0]!, cut[0]!.events.at(-1)!];
  const span = [formatDate(first.date), formatDate(last.until ?? last.date)];
  assert.is(cut[0]!.range, span[0] === span[1] ? span[0] : `${span[0]} – ${span[1]}`);
  assert.equal(timelineParts({ events, undated }, 100), [], "a timeline that fits on one page is not cut");
});
parts.run();

const nav = suite("timelinePartsNav()");
const partLinks = [1, 2, 3].map((n) => ({ href: `/timeline/${n}/`, range: `${2018 + n}`, events: 10 }));
nav("should list every part with its dates and count on the timeline page", () => {
  const html = timelinePartsNav(partLinks, "/timeline/");
  assert.is(html.match(/<li><a href="\/timeline\/\d\/">Part \d: 20\d\d<\/a> \(10\)<\/li>/g)?.length, 3);
});
nav("should link a part to the parts before and after it and to the overview, and mark it as the current one", () => {
  const html = timelinePartsNav(partLinks, "/timeline/", 1);
  assert.match(html, /<a href="\/timeline\/1\/" rel="prev">← Part 1: 2019<\/a>/);
  assert.match(html, /<a href="\/timeline\/3\/" rel="next">Part 3: 2021 →<\/a>/);
  assert.match(html, /<li aria-current="page">Part 2: 2020 \(10\)<\/li>/);
  assert.not.match(timelinePartsNav(partLinks, "/timeline/", 0), /rel="prev"/);
});
nav.run();

const dossier = suite("glanceDossier()");
dossier("should give the home page and each brief its figures, and a map only to a brief that names a mappable place", () => {
  const g = glanceDossier(glanceInput());
  assert.match(g.site.home.timeline, /class="glance-timeline"/);
  assert.match(g.site.home.map, /class="glance-map"/);
  assert.is(g.site.timeline, g.site.home.timeline, "a small dossier's home page shows the whole timeline");
  assert.equal(Object.keys(g.site.briefs), ["mou-2019", "gnu-2025"]);
  assert.match(g.site.briefs["mou-2019"]!.timeline, /class="event agreement stated current" data-event="agreement-mou-2019"/);
  const input = glanceInput();
  input.briefs[0]!.quotes = [];
  input.briefs[0]!.claims = [];
  assert.is(glanceDossier(input).site.briefs["mou-2019"]!.map, "");
});
dossier("should warn about a place a brief names that has no coordinates, naming the gazetteer", () => {
  const input = glanceInput();
  input.briefs[0]!.summary = "Signed in Atlantis.";
  const warnings = glanceDossier(input).diagnostics;
  assert.equal(warnings.map((d) => [d.file, d.severity, d.rule]), [["content/_data/gazetteer.yaml", "warning", "glance-coords"]]);
  assert.match(warnings[0]!.message, /"atlantis".*no coords/);
});
dossier("should group the actors by kind and document every data file", () => {
  const g = glanceDossier(glanceInput());
  assert.equal(g.site.actorGroups.map((x) => x.kind), ["state", "government", "person"]);
  assert.equal(g.site.data.map((d) => d.file), ["claims.json", "sources.json", "sources.csl.json", "entities.json", "timeline.json"]);
  assert.ok(g.site.data.every((d) => d.fields.length > 3));
});
dossier.run();
