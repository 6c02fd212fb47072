import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Candidate, Unplaced, Weighing } from "../../scripts/evidence.ts";
import { readFrontMatter } from "../../scripts/front-matter.ts";
import { groupCandidates, groupNear, orderUnplaced, reviewAddress, reviewNotesBySource, reviewPages, SOURCES_SHOWN, unplacedAddress, unplacedPages } from "../../scripts/generate/review-page.ts";
import type { AgreementId, EntityId } from "../../scripts/catalogue.ts";
import type { ParagraphId, SourceId } from "../../scripts/model.ts";

const ids = (...names: string[]) => names as EntityId[];
const candidate = (source: string, overrides: Partial<Candidate> = {}): Candidate => ({
  source: source as SourceId,
  paragraph: "p2" as ParagraphId,
  quote: `Türkiye and the LNA signed a defence agreement (${source}).`,
  kind: "agreement",
  subjects: ["military"],
  parties: ids("turkiye", "lna"),
  date: null,
  status: "signed",
  ...overrides,
});

const weighing = (source: string, score: number, quote = "The deal was signed in Ankara.", linked = score >= 6): Weighing => ({
  agreement: "mou-2019-security" as AgreementId,
  source: source as SourceId,
  paragraph: "p3" as ParagraphId,
  score,
  linked,
  evidence: [{ kind: "act", weight: 3, says: "act: “signed” a “deal”" }],
  quote,
});

/** A source no brief cites, with a closest call of `score` (or none: it names no act). */
const unplaced = (source: string, score: number | null): Unplaced => ({ source: source as SourceId, closest: score === null ? null : weighing(source, score, `Closest sentence of ${source}.`, false) });

const titles = new Map<string, string>();
const briefs = [{ id: "mou-2019-security", title: "The security memorandum" }];

const groupingCandidates = suite("groupCandidates()");

groupingCandidates("should make one entry of the acts reported alike, whatever noun each passage uses, most reported first", () => {
  const groups = groupCandidates([
    candidate("a", { kind: "memorandum", subjects: ["energy"], parties: ids("turkiye", "gnu") }),
    candidate("b"),
    candidate("c", { kind: "deal", parties: ids("lna", "turkiye") }),
    candidate("d"),
  ]);
  assert.equal(groups.map((g) => g.passages.map((p) => p.source)), [["b", "c", "d"], ["a"]]);
  assert.is(groups[0]!.what, "agreement on military between turkiye and lna, undated (signed)");
});

groupingCandidates("should name the parties by the gazetteer's names, and give the date", () => {
  const names = new Map([["turkiye", "Türkiye"], ["gnu", "Government of National Unity (GNU)"], ["libya", "Libya"]]);
  const [group] = groupCandidates([candidate("a", { kind: "memorandum", subjects: ["energy"], parties: ids("turkiye", "libya", "gnu"), date: { iso: "2022-10-03", precision: "day" } })], names);
  assert.is(group!.what, "memorandum on energy between Türkiye, Libya and Government of National Unity (GNU), dated 3 October 2022 (signed)");
});

groupingCandidates("should keep apart acts of different dates or statuses", () => {
  const groups = groupCandidates([candidate("a"), candidate("b", { status: "announced" }), candidate("c", { date: { iso: "2022-10-03", precision: "day" } })]);
  assert.is(groups.length, 3);
});

groupingCandidates.run();

const groupingNear = suite("groupNear()");

groupingNear("should make one call of a sentence weighed alike in several sources, and put the closest calls first", () => {
  const groups = groupNear([weighing("a", 3, "Far."), weighing("b", 5), weighing("c", 5), weighing("d", 6, "At it.")]);
  assert.equal(groups.map((g) => [g.first.score, g.passages.map((p) => p.source)]), [[6, ["d"]], [5, ["b", "c"]], [3, ["a"]]]);
});

groupingNear("should keep apart the same sentence weighed differently", () => {
  assert.is(groupNear([weighing("a", 5), weighing("b", 7)]).length, 2);
});

groupingNear.run();

const pages = suite("reviewPages()");

pages("should show each act once with its count, its first sources linked and the rest counted", () => {
  const many = Array.from({ length: SOURCES_SHOWN + 3 }, (_, i) => candidate(`s${i}`));
  const [page, ...more] = reviewPages({ near: [], candidates: many, unplaced: [] }, titles, briefs);
  assert.is(more.length, 0);
  const { content } = readFrontMatter(page!.text);
  assert.is(content.match(/\*\*agreement on military/g)?.length, 1);
  assert.match(content, new RegExp(`reported by ${SOURCES_SHOWN + 3} sources`));
  assert.match(content, /\(\/sources\/s4\/#p2\)/);
  assert.not.match(content, /\/sources\/s5\//);
  assert.match(content, /and 3 more/);
});

pages("should spread the near calls over numbered pages linked to each other, the unmatched acts on the first", () => {
  const near = Array.from({ length: 5 }, (_, i) => weighing(`s${i}`, 5, `Sentence ${i}.`));
  const files = reviewPages({ near, candidates: [candidate("x")], unplaced: [] }, titles, briefs, { size: 2 });
  assert.equal(files.map((f) => f.path), ["review/index.md", "review/2.md", "review/3.md"]);
  const read = files.map((f) => readFrontMatter(f.text));
  assert.equal(read.map((r) => r.data.permalink), [reviewAddress(1), "/review/2/", "/review/3/"]);
  assert.ok(read.every((r) => r.data.eleventyExcludeFromCollections === true));
  assert.match(read[0]!.content, /match no agreement/);
  assert.not.match(read[1]!.content, /match no agreement/);
  assert.match(read[1]!.content, /\[1\]\(\/review\/\) · \*\*2\*\* · \[3\]\(\/review\/3\/\)/);
  assert.equal(read.map((r) => (r.content.match(/score 5/g) ?? []).length), [2, 2, 1]);
});

pages("should point to the sources no brief cites, counted, or say that every source is placed", () => {
  const [page] = reviewPages({ near: [], candidates: [], unplaced: [unplaced("a", 3), unplaced("b", null)] }, titles, briefs);
  assert.match(readFrontMatter(page!.text).content, /\[2 sources no brief cites\]\(\/review\/unplaced\/\)/);
  const [none] = reviewPages({ near: [], candidates: [], unplaced: [] }, titles, briefs);
  assert.match(readFrontMatter(none!.text).content, /Every source is cited in a brief or holds something listed here\./);
  // And how to settle a call, on every page of the queue, with the catalogue's own ids.
  for (const shown of [none!, ...unplacedPages([], titles, briefs)]) assert.match(readFrontMatter(shown.text).content, /To settle a call, write in the article's sidecar `cited_in: \{mou-2019-security: p3\}` .* or `not_cited_in: \[mou-2019-security\]`/);
});

pages("should say so when nothing is near the threshold and no act is unmatched", () => {
  const [page] = reviewPages({ near: [], candidates: [], unplaced: [] }, titles, briefs);
  const { content } = readFrontMatter(page!.text);
  assert.match(content, /None\./);
  assert.match(content, /No passage scored within/);
});

pages.run();

const notes = suite("reviewNotesBySource()");
const citedNowhere = () => new Set<string>();

notes("should tell a source's page of each of its passages the queue holds, in reading order, with the review page that lists it", () => {
  const near = [weighing("s1", 5, "A deal was signed."), ...Array.from({ length: 3 }, (_, i) => weighing(`t${i}`, 5.5, `Sentence ${i}.`))];
  const found = reviewNotesBySource({ near, candidates: [candidate("s1", { paragraph: "headline" as ParagraphId })], unplaced: [] }, briefs, citedNowhere, { size: 2 });
  assert.equal(found.get("s1"), [
    { paragraph: "headline", label: "Headline", says: "reports an act no agreement in the catalogue matches: agreement on military between turkiye and lna, undated (signed)", href: "/review/", page: 1, link: "review queue" },
    { paragraph: "p3", label: "Paragraph 3", says: "scored 5 for The security memorandum, below the 6 that cites a passage", href: "/review/2/", page: 2, link: "review queue, page 2" },
  ]);
  assert.equal(found.get("t0")!.map((n) => n.href), ["/review/"]);
});

notes("should leave out a near call the source is cited for, by that passage or by another one", () => {
  const near = [weighing("s1", 6.5), weighing("s2", 5)];
  const found = reviewNotesBySource({ near, candidates: [], unplaced: [] }, briefs, (source) => new Set(source === "s2" ? ["mou-2019-security"] : []));
  assert.equal(found.size, 0);
});

notes("should say of a passage that reached the threshold but names no act that it says nothing of which act it is", () => {
  const found = reviewNotesBySource({ near: [weighing("s1", 6.5, "The deal was signed.", false)], candidates: [], unplaced: [] }, briefs, citedNowhere);
  assert.match(found.get("s1")![0]!.says, /scored 6\.5 .*says nothing of which act it is/);
});

notes("should tell a source no brief cites of its closest call, or that it names no agreement, with the page of the sources no brief cites that lists it", () => {
  const found = reviewNotesBySource({ near: [], candidates: [], unplaced: [unplaced("s1", null), unplaced("s2", 3), unplaced("s3", 2)] }, briefs, citedNowhere, { size: 2 });
  assert.equal(found.get("s2"), [{ paragraph: "p3", label: "Paragraph 3", says: "is its closest call: it scored 3 for The security memorandum, below the 6 that cites a passage", href: "/review/unplaced/", page: 1, link: "sources no brief cites" }]);
  assert.equal(found.get("s1"), [{ label: "The article", says: "names no agreement that recognition could weigh", href: "/review/unplaced/2/", page: 2, link: "sources no brief cites, page 2" }]);
});

notes("should say why a closest call at the threshold is not cited: ruled out, or in the headline", () => {
  const vetoed: Unplaced = { source: "s1" as SourceId, closest: { ...weighing("s1", 9, "The deal was signed.", false), evidence: [{ kind: "time", weight: 0, says: "dated 2012", veto: true }] } };
  assert.match(reviewNotesBySource({ near: [], candidates: [], unplaced: [vetoed] }, briefs, citedNowhere).get("s1")![0]!.says, /scored 9 .*but its evidence rules that agreement out/);
  const headline: Unplaced = { source: "s2" as SourceId, closest: { ...weighing("s2", 9, "Türkiye and the GNA sign two memoranda", false), paragraph: "headline" as ParagraphId } };
  assert.match(reviewNotesBySource({ near: [], candidates: [], unplaced: [headline] }, briefs, citedNowhere).get("s2")![0]!.says, /scored 9 .*but a brief cites an article's paragraphs, not its headline/);
});

notes.run();

const ordering = suite("orderUnplaced()");

ordering("should put the closest calls first, equals in the build's order, and the sources that name no act last", () => {
  const order = orderUnplaced([unplaced("a", null), unplaced("b", 2), unplaced("c", 4), unplaced("d", 2)]).map((u) => u.source);
  assert.equal(order, ["c", "b", "d", "a"]);
});

ordering.run();

const unplacedListing = suite("unplacedPages()");

unplacedListing("should list every source no brief cites with its closest call and evidence, on numbered pages kept out of the collections", () => {
  const files = unplacedPages([unplaced("a", null), unplaced("b", 3.5), unplaced("c", 2)], new Map([["b", "Ankara and Tripoli sign"]]), briefs, { size: 2 });
  assert.equal(files.map((f) => f.path), ["review/unplaced.md", "review/unplaced-2.md"]);
  const [first, second] = files.map((f) => readFrontMatter(f.text));
  assert.equal([first!.data.permalink, second!.data.permalink], [unplacedAddress(1), "/review/unplaced/2/"]);
  assert.ok(first!.data.eleventyExcludeFromCollections === true && second!.data.eleventyExcludeFromCollections === true);
  // (Escaped for Markdown: the sentence and the evidence are the source's words.)
  assert.ok(first!.content.includes("- [Ankara and Tripoli sign, p3](/sources/b/#p3): score 3.5 for **The security memorandum**: “Closest sentence of b\\.” Evidence: +3 act\\: “signed” a “deal”."));
  assert.ok(first!.content.indexOf("/sources/b/") < first!.content.indexOf("/sources/c/"));
  assert.match(second!.content, /- \[a\]\(\/sources\/a\/\): names no agreement that recognition could weigh\./);
  assert.match(second!.content, /\[1\]\(\/review\/unplaced\/\) · \*\*2\*\*/);
});

unplacedListing("should say so when every source is placed", () => {
  const [page] = unplacedPages([], titles, briefs);
  assert.match(readFrontMatter(page!.text).content, /None: every source is cited in a brief or held in the review queue\./);
});

unplacedListing.run();
