import { suite } from "uvu";
import * as assert from "uvu/assert";
import { extractDossier } from "../../scripts/extract/index.ts";
import { checkBriefData, citationsOf } from "../../scripts/brief-schema.ts";
import { briefFrontMatter, briefPage } from "../../scripts/generate/brief-page.ts";
import { readFrontMatter, withFrontMatter } from "../../scripts/front-matter.ts";
import { escapeMarkdown } from "../../scripts/markdown.ts";
import type { Citation } from "../../scripts/model.ts";
import { verifyBrief } from "../../scripts/verify/citations.ts";
import { formatDiagnostic } from "../../scripts/diagnostics.ts";
import { dossierData, makeSource } from "../helpers/sources.ts";

const data = await dossierData();
const sources = [
  makeSource("gnu", ["Libya and Turkiye signed an agreement on 11 July to boost military cooperation.", "The agreement covers *advanced* military training [link](javascript:x)."], { published: { iso: "2025-07-11", precision: "day" }, outlet: "The Cradle" }),
  makeSource("flights", ["Turkish Airlines resumed flights to Benghazi."]),
];
const extracted = extractDossier(sources, data);
const brief = extracted.briefs.find((b) => b.id === "gnu-2025")!;
const page = briefPage(brief);

const extract = suite("extractDossier()");
extract("should note each source no brief cites at the line of its closest call, near the threshold or not, and say where the review queue lists it", () => {
  const near = makeSource("near", ["Libyan officials met in Tunis.", "Turkey signed a maritime deal with a neighbour."]);
  const none = makeSource("none", ["Libyan officials met in Tunis to discuss elections."]);
  const notes = extractDossier([near, none, sources[0]!], data, { seedsFolder: "inbox" }).diagnostics.filter((d) => d.rule === "source-uncited");
  assert.equal(notes.map((d) => [d.file, d.line, d.severity]), [["inbox/near.txt", 2, "info"], ["inbox/none.txt", 1, "info"]]);
  assert.match(notes[0]!.message, /^no brief cites this source: its closest call, paragraph 2, scored [\d.]+ for .*, below the 6 that cites a passage; the review queue lists it among the passages near the threshold/);
  assert.match(notes[1]!.message, /names no agreement recognition could weigh; the review queue lists it under "Sources no brief cites"/);
});
extract("should warn at the sidecar's line about an analyst's placing that names no agreement of the catalogue or no paragraph of the article", () => {
  const source = makeSource("p", ["One paragraph."]);
  const placed = { ...source, meta: { ...source.meta, placed: { citedIn: [{ agreement: "mou-2019-maritime", paragraph: "p4", line: 2 }], notCitedIn: [{ agreement: "no-such-deal", line: 3 }] } } };
  const found = extractDossier([placed], data, { seedsFolder: "inbox" }).diagnostics.filter((d) => d.rule === "sidecar-placement");
  assert.equal(found.map((d) => [d.file, d.line, d.severity]), [["inbox/p.txt.meta.yaml", 2, "warning"], ["inbox/p.txt.meta.yaml", 3, "warning"]]);
  assert.match(found[0]!.message, /no paragraph "p4" \(its paragraphs are p1 to p1\); this placing is ignored/);
  assert.match(found[1]!.message, /"no-such-deal" is no agreement of the catalogue/);
});
extract("should write a brief for every catalogued agreement, and warn at its line for each that no source reports", () => {
  assert.equal(extracted.briefs.map((b) => b.id), data.catalogue.agreements.map((a) => a.id));
  const unreported = extracted.diagnostics.filter((d) => d.rule === "brief-unreported");
  assert.equal(unreported.map((d) => d.severity), ["warning", "warning", "warning", "warning"]);
  assert.equal(unreported.map((d) => d.line), data.catalogue.agreements.filter((a) => a.id !== "gnu-2025").map((a) => data.locations!.get(a)!.line));
  assert.equal(extracted.briefs.filter((b) => b.sources.length).map((b) => b.id), ["gnu-2025"]);
  assert.equal(extracted.citedIn.get("gnu")!.map(({ id, title, related }) => ({ id, title, related })), [{ id: "gnu-2025", title: brief.title, related: false }]);
  assert.ok(extracted.citedIn.get("gnu")![0]!.why.length >= 1, "the reasons it is cited");
  assert.is(extracted.citedIn.get("flights"), undefined);
});
extract("should warn, at the pin, for each analyst citation of a source not in the build, and leave its fact out", () => {
  const pins = extracted.diagnostics.filter((d) => d.rule === "pin-missing-source");
  assert.equal(pins.map((d) => [d.severity, d.file]), Array(3).fill(["warning", "tests/fixtures/dossier/data/agreements.yaml"]));
  const qatar = extracted.briefs.find((b) => b.id === "qatar-tripartite-2020")!;
  assert.equal(qatar.claims.map((c) => [c.id, c.provenance, c.citations.length]), [["date", "analyst", 0]]);
  assert.is(qatar.place, null);
});
extract("should link to the related briefs the catalogue names", () => {
  assert.equal(brief.related_briefs.map((r) => r.id), ["mou-2019-security", "lna-2025"]);
});
extract.run();

const schema = suite("checkBriefData()");
schema("should accept what the generator writes, read back from the file", () => {
  assert.equal(checkBriefData("b.md", readFrontMatter(page.text).data), []);
});
schema("should fail a brief whose front matter drifts from the schema, naming the field", () => {
  const data = { ...briefFrontMatter(brief), status: "rumoured", extra: 1 } as unknown;
  const messages = checkBriefData("content/briefs/gnu-2025.md", data).map(formatDiagnostic);
  assert.equal(messages, [
    "content/briefs/gnu-2025.md:1:1: error brief does not fit the schema: front matter.extra is not in the brief schema [brief-schema]",
    "content/briefs/gnu-2025.md:1:1: error brief does not fit the schema: front matter.status must be one of announced, signed, to be signed, ratified, contested, not \"rumoured\" [brief-schema]",
  ]);
});
schema.run();

const cites = suite("citationsOf()");
cites("should list the citations of every claim, quote, difference and related item", () => {
  const all = citationsOf(briefFrontMatter(brief));
  assert.ok(all.some((c) => c.where.startsWith('claim "date"')));
  assert.ok(all.some((c) => c.where.startsWith("quote from gnu")));
});
cites.run();

const verify = suite("verifyBrief()");
verify("should pass a brief whose quotes are all in their paragraphs", () => {
  assert.equal(verifyBrief(page, "content/briefs/gnu-2025.md", sources), []);
});
verify("should fail a misquote and a missing paragraph, naming the brief and the claim", () => {
  const { data: front, content } = readFrontMatter(page.text);
  const claims = front.claims as Array<{ id: string; citations: Array<{ paragraph: string; quote: string }> }>;
  claims.find((c) => c.id === "date")!.citations[0]!.quote = "Libya and Turkey signed an agreement on 11 July";
  claims.find((c) => c.id === "scope:training")!.citations[0]!.paragraph = "p9";
  const bad = withFrontMatter(front, content);
  const messages = verifyBrief({ ...page, text: bad }, "content/briefs/gnu-2025.md", sources).map((d) => d.message);
  assert.ok(messages.some((m) => m.startsWith('claim "date" (Date: 11 July 2025): quote is not in gnu#p1')), messages.join("\n"));
  assert.ok(messages.some((m) => m.includes("cites gnu#p9, but that source has only 2 paragraphs")), messages.join("\n"));
});
verify("should accept a quote that differs only in white space and quotation marks", () => {
  const { data: front, content } = readFrontMatter(page.text);
  const claims = front.claims as Array<{ id: string; citations: Array<{ quote: string }> }>;
  const date = claims.find((c) => c.id === "date")!.citations[0]!;
  date.quote = date.quote.replace("Libya and", "Libya \n  and");
  const text = withFrontMatter(front, content);
  assert.equal(verifyBrief({ ...page, text }, "b.md", sources), []);
});
verify.run();

const body = suite("briefPage()");
body("should write the body's sections in order and keep seed text literal", () => {
  const { content } = readFrontMatter(page.text);
  const headings = [...content.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.equal(headings, ["Assessment", "What was agreed", "Who", "When and where", "Status", "Where sources differ", "Related reporting", "What changed", "Sources"]);
  assert.ok(content.includes("\\*advanced\\* military training \\[link\\]\\(javascript\\:x\\)"));
  assert.ok(content.includes("](/sources/gnu/#p1)"));
});
body("should mark the summary and context as the analyst's assessment, with the catalogue's confidence, before any cited fact", () => {
  const { content } = readFrontMatter(page.text);
  const assessment = content.slice(content.indexOf("## Assessment"), content.indexOf("## What was agreed"));
  assert.match(assessment, "*The analyst's judgement, not a source's report: the facts below are cited, this is not.*");
  assert.match(assessment, brief.assessment.confidence ? `**Confidence: ${brief.assessment.confidence}.**` : "**Confidence: not stated.**");
  assert.match(assessment, escapeMarkdown(brief.context));
  assert.not.match(assessment, "](#n", "the assessment cites nothing");
  const none = readFrontMatter(briefPage({ ...brief, assessment: { confidence: null, basis: null } }).text).content;
  assert.match(none, "**Confidence: not stated.** The catalogue gives no confidence level for this assessment.");
});
body("should list what changed by build date, newest first, linking a new source while the brief cites it", () => {
  const source = brief.sources[0]!;
  const changes = [
    { date: "2026-01-01", kind: "first-recorded" as const, subject: brief.id, label: "brief", from: null, to: "1 source, 8 facts" },
    { date: "2026-02-01", kind: "source-added" as const, subject: source, label: "Its title", from: null, to: null },
    { date: "2026-02-01", kind: "source-added" as const, subject: "gone", label: "A dropped source", from: null, to: null },
    { date: "2026-02-01", kind: "fact-changed" as const, subject: "date", label: "Date", from: "2025", to: "11 July 2025" },
  ];
  const { data, content } = readFrontMatter(briefPage(brief, changes).text);
  const section = content.slice(content.indexOf("## What changed"), content.indexOf("## Sources"));
  assert.match(section, `- **1 February 2026:** New source: [Its title](/sources/${source}/). New source\\: “A dropped source”\\. Date changed from 2025 to 11 July 2025\\.`);
  assert.ok(section.indexOf("1 February 2026") < section.indexOf("1 January 2026"), "newest first");
  assert.equal((data as { changes: unknown }).changes, [
    { date: "2026-02-01", items: ["New source: “Its title”.", "New source: “A dropped source”.", "Date changed from 2025 to 11 July 2025."], first_recorded: false },
    { date: "2026-01-01", items: ["First recorded, with 1 source, 8 facts."], first_recorded: true },
  ]);
  assert.equal(checkBriefData("b.md", data), []);
});
body("should quote each cited passage once, in a numbered note the facts point at, and link the evidence page", () => {
  const { content } = readFrontMatter(page.text);
  const quotes = [...new Set(citationsOf(briefFrontMatter(brief)).map((c) => escapeMarkdown(c.citation.quote)))];
  assert.ok(quotes.length >= 1);
  for (const q of quotes) assert.ok(content.split(q).length - 1 <= 1, `quoted more than once: ${q}`);
  const notes = content.slice(content.indexOf("### Notes"));
  assert.match(notes, /^1\. “.+” — \[The Cradle, p\d+\]\(\/sources\/gnu\/#p\d+\) \{#n1\}$/m);
  const facts = content.slice(content.indexOf("## What was agreed"), content.indexOf("## Sources"));
  assert.match(facts, "[\\[1\\]](#n1)");
  assert.not.match(facts, "“Libya and Turkiye signed");
  assert.match(content, "[every passage, by source](/briefs/gnu-2025/evidence/)");
});
body("should show, of many differences alike, those whose passages the page already quotes first", () => {
  const quoted = citationsOf(briefFrontMatter(brief))[0]!.citation;
  const other = (n: number) => ({ source: `other-${n}` as Citation["source"], paragraph: "p1" as Citation["paragraph"], quote: `Loaded words ${n}.` });
  const framing = (text: string, citation: Citation) => ({ kind: "framing" as const, text, citations: [citation], more_citations: [] });
  const many = [framing("First uses loaded words.", other(1)), framing("Second uses loaded words.", other(2)), framing("Third uses loaded words.", other(3)), framing("Fourth uses loaded words.", quoted)];
  const { content } = readFrontMatter(briefPage({ ...brief, differences: many }).text);
  const section = content.slice(content.indexOf("## Where sources differ"), content.indexOf("## Related reporting"));
  assert.match(section, "Fourth uses loaded words");
  assert.not.match(section, "Third uses loaded words", "three are shown, and the one already quoted is among them");
  assert.match(section, "and 1 more like this");
});
body.run();

/** The brief extraction assembles for one agreement from these sources (assembleBrief through its one caller). */
const briefOf = (list: ReturnType<typeof makeSource>[], id: string) => extractDossier(list, data).briefs.find((b) => b.id === id)!;

const assemble = suite("assembleBrief()");
assemble("should leave spellings to the names note and attach related reporting", async () => {
  const brief = briefOf([
    makeSource("a", ["On Nov. 27, 2019, Turkiye signed a defense memorandum with the GNA. Hifter objected."], { outlet: "The Cradle" }),
    makeSource("b", ["In 2019 Turkey signed a security memorandum with Libya's GNA, against Haftar."], { outlet: "Anadolu Agency" }),
    makeSource("c", ["Türkiye's intelligence chief, İbrahim Kalın, visited Libya."]),
  ], "mou-2019-security");
  // Spellings belong in the names note, never among the differences between sources.
  assert.equal(brief.differences.filter((d) => /Turkiye|Hifter/.test(d.text)), []);
  assert.ok(brief.also_spelled.some((s) => s.includes("Hifter")), brief.also_spelled.join("\n"));
  assert.equal(brief.related.map((r) => [r.id, r.source]), [["kalin-visit", "c"]]);
  assert.equal(brief.sources, ["a", "b"]);
  assert.is(brief.corroboration, 2);
});
assemble("should count two articles from one outlet as one independent source", async () => {
  const text = "On Nov. 27, 2019, Turkey signed a security memorandum with Libya's GNA.";
  const brief = briefOf([makeSource("a", [text], { outlet: "Anadolu Agency" }), makeSource("b", [`${text} Troops followed.`], { outlet: "Anadolu Agency" })], "mou-2019-security");
  assert.equal([brief.sources.length, brief.corroboration], [2, 1]);
});
assemble("should name a related-reporting source by its outlet in links, never by its id, and nest quotes within quotes", async () => {
  const brief = briefOf([
    makeSource("a", ["On Nov. 27, 2019, Turkey signed a security memorandum with Libya's GNA covering “training and intelligence”."], { outlet: "Anadolu Agency" }),
    makeSource("kalin-visit-source", ["Türkiye's intelligence chief, İbrahim Kalın, visited Libya."], { outlet: "Daily Sabah" }),
  ], "mou-2019-security");
  assert.equal(brief.related.map((r) => [r.source, r.source_label]), [["kalin-visit-source", "Daily Sabah"]]);
  const { content } = readFrontMatter(briefPage(brief).text);
  assert.ok(content.includes("[Daily Sabah, p1](/sources/kalin-visit-source/#p1)"), content);
  assert.not.ok(content.includes("[kalin-visit-source, p1]"));
  assert.ok(content.includes("covering ‘training and intelligence’\\.”"), content);
  assert.not.ok(/”(\\\.)?”/.test(content), "a quote ends in doubled marks");
});
assemble.run();
