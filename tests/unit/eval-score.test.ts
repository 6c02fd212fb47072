import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkFacts, datesAgree, normaliseManifest, readManifest, scoreSplit, type LabelledArticle } from "../../scripts/eval/score.ts";
import type { Link } from "../../scripts/evidence.ts";
import { fixtureContext } from "../helpers/recognition.ts";

const { data } = await fixtureContext();
const AGREEMENTS = ["mou-2019-security", "mou-2019-maritime", "gnu-2025"];

function link(file: string, agreement: string, facts: Partial<Link["facts"]> = {}): Link & { file: string } {
  return { file, source: file as never, agreement: agreement as never, passages: [], facts: { dates: [], places: [], statuses: [], parties: [], signatories: [], ...facts } };
}
const article = (file: string, reports: LabelledArticle["reports"], mentions: string[] = []): LabelledArticle => ({ file, modelled_on: "https://example.org", reports, mentions, candidates: [] });
const said = { paragraph: "p1" as never, quote: "q", words: "w" };

const read = suite("readManifest()");
const lines = (list: ReturnType<typeof readManifest>["diagnostics"]) => list.map((d) => `${d.line}: ${d.message}`);
read("should read the labels of a manifest whose entries match its folder", () => {
  const text = "split: tuned\narticles:\n  - file: 0001_a.txt\n    reports: {}\n  - file: 0002_b.txt\n    reports: {}\n";
  const m = readManifest(text, "manifest.yaml", ["0001_a.txt", "0002_b.txt", "0002_b.txt.meta.yaml", "manifest.yaml"]);
  assert.equal([m.articles.map((a) => a.file), m.diagnostics], [["0001_a.txt", "0002_b.txt"], []]);
});
read("should name the line of a manifest that does not parse, and read no article from it", () => {
  // A batch appended with its list indented two spaces too far.
  const text = "split: held-out\narticles:\n  - file: 0001_a.txt\n    reports: {}\n    - file: 0002_b.txt\n      reports: {}\n";
  const m = readManifest(text, "held-out/manifest.yaml", ["0001_a.txt", "0002_b.txt"]);
  assert.equal(m.articles, []);
  assert.is(m.diagnostics.length > 0 && m.diagnostics.every((d) => d.file === "held-out/manifest.yaml" && d.rule === "eval-manifest"), true);
  assert.is(m.diagnostics[0]!.line, 5);
});
read("should say so when a manifest holds no list of articles", () => {
  assert.equal(lines(readManifest("split: tuned\narticles: none\n", "manifest.yaml", ["0001_a.txt"]).diagnostics), ["1: the manifest has no list of articles"]);
});
read("should report an entry with no file, a file labelled twice and an article with no entry, each at its line", () => {
  const text = "split: tuned\narticles:\n  - file: 0001_a.txt\n    reports: {}\n  - file: 0009_gone.txt\n    reports: {}\n  - file: 0001_a.txt\n    reports: {}\n";
  const m = readManifest(text, "manifest.yaml", ["0001_a.txt", "0003_new.txt"]);
  assert.equal(lines(m.diagnostics), ["5: the entry names 0009_gone.txt, which is not in the folder", "7: 0001_a.txt is labelled twice", "1: 0003_new.txt has no entry: every article is labelled"]);
});
read("should find every part of the evaluation corpus labelled, one entry per article", () => {
  for (const part of ["tuned", "held-out"]) {
    const folder = join("tests", "eval", "corpus", part);
    const m = readManifest(readFileSync(join(folder, "manifest.yaml"), "utf8"), join(folder, "manifest.yaml"), readdirSync(folder));
    assert.equal(m.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`), [], part);
    assert.ok(m.articles.length > 0, part);
  }
});
read.run();

const manifest = suite("normaliseManifest()");
manifest("should make dates and years ISO strings whatever YAML read them as", () => {
  const m = normaliseManifest({ split: "tuned", articles: [{ file: "a.txt", reports: { "gnu-2025": { date: 2025, parties: ["gnu"], place: null, status: ["signed"] }, x: { date: new Date("2019-11-27T00:00:00Z") } } }] });
  assert.equal([m.articles[0]!.reports["gnu-2025"]!.date, m.articles[0]!.reports.x!.date], ["2025", "2019-11-27"]);
});
manifest.run();

const dates = suite("datesAgree()");
dates("should accept a date at the precision both give and refuse one against no label", () => {
  assert.ok(datesAgree("2019-11-27", "2019-11"));
  assert.not.ok(datesAgree("2019-11-28", "2019-11-27"));
  assert.not.ok(datesAgree("2019", null));
});
dates.run();

const split = suite("scoreSplit()");
split("should count links made, missed and false, leaving links to agreements only mentioned alone", () => {
  const articles = [article("a.txt", { "mou-2019-security": { date: null, parties: [], place: null, status: [] } }, ["mou-2019-maritime"]), article("b.txt", {})];
  const s = scoreSplit(articles, [link("a.txt", "mou-2019-security"), link("a.txt", "mou-2019-maritime"), link("b.txt", "gnu-2025")], [], AGREEMENTS, data.gazetteer);
  assert.equal([s.links.expected, s.links.truePositives, s.links.falseLinks, s.links.recall], [1, 1, 1, 1]);
  assert.equal(s.falseLinks, [{ file: "b.txt", agreement: "gnu-2025", difficulties: [] }]);
});
split("should count the missed links whose article the review queue holds for the analyst", () => {
  const reports = { "mou-2019-security": { date: null, parties: [], place: null, status: [] } };
  const articles = [article("a.txt", reports), article("b.txt", reports), article("c.txt", reports)];
  const s = scoreSplit(articles, [link("c.txt", "mou-2019-security")], [], AGREEMENTS, data.gazetteer, (file) => file === "a.txt");
  assert.equal([s.links.missed, s.links.held], [2, 1]);
  assert.equal(s.missed.map((m) => [m.file, m.held]), [["a.txt", true], ["b.txt", false]]);
});
split("should give the classes of the articles with a false link or a wrong fact, so a held-out part can be reported by class", () => {
  const tagged = (a: LabelledArticle, difficulties: string[]) => ({ ...a, difficulties });
  const articles = [
    tagged(article("a.txt", { "mou-2019-security": { date: "2019-11-27", parties: [], place: null, status: [] } }), ["wire-line"]),
    tagged(article("b.txt", {}), ["troop-mandate-distractor"]),
    tagged(article("c.txt", { "gnu-2025": { date: null, parties: [], place: null, status: [] } }), ["clean"]),
  ];
  const wrongDate = link("a.txt", "mou-2019-security", { dates: [{ value: { iso: "2019-11-28", precision: "day" }, ...said }] });
  const s = scoreSplit(articles, [wrongDate, link("b.txt", "gnu-2025"), link("c.txt", "gnu-2025")], [], AGREEMENTS, data.gazetteer);
  assert.equal(s.falseLinks.map((f) => f.difficulties), [["troop-mandate-distractor"]]);
  assert.equal(s.facts.wrongIn, ["wire-line"]);
});
split.run();

const facts = suite("checkFacts()");
facts("should check each stated fact against the label and call a fact with no label wrong", () => {
  const label = { date: "2019-11-27", parties: ["turkiye", "libya"], place: "Istanbul", status: ["signed"] };
  const checks = checkFacts("a.txt", link("a.txt", "mou-2019-security", {
    dates: [{ value: { iso: "2019-11-27", precision: "day" }, ...said }],
    places: [{ value: "istanbul" as never, ...said }],
    statuses: [{ value: "ratified", ...said }],
    parties: [{ value: ["turkiye", "gna"] as never, ...said }],
  }), label, data.gazetteer);
  assert.equal(checks.map((c) => [c.kind, c.right]), [["date", true], ["place", true], ["status", false], ["parties", true]]);
});
facts("should take 'signed' as right where the label says the act was ratified or contested, not where it is still to be signed", () => {
  const signed = (status: string[]) => checkFacts("a.txt", link("a.txt", "mou-2019-maritime", { statuses: [{ value: "signed", ...said }] }), { date: null, parties: [], place: null, status }, data.gazetteer).map((c) => c.right);
  assert.equal(signed(["contested"]), [true]);
  assert.equal(signed(["ratified"]), [true]);
  assert.equal(signed(["announced"]), [false]);
  assert.equal(signed(["contested", "to be signed"]), [false]);
  assert.equal(signed([]), [false]);
});
facts("should leave out a date worked out from the article's date when the label has none to compare", () => {
  const label = { date: null, parties: [], place: null, status: [] };
  assert.equal(checkFacts("a.txt", link("a.txt", "gnu-2025", { dates: [{ value: { iso: "2025-07-10", precision: "day" }, ...said, inferred: true, basis: "weekday" }] }), label, data.gazetteer), []);
});
facts.run();
