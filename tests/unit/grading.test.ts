import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readOutlets } from "../../scripts/data.ts";
import { CREDIBILITY_RULE, credibilityOf, independentOrigins, originOf, sourceBadge, type Origin } from "../../scripts/grading.ts";
import { ingestAll } from "../../scripts/ingest/index.ts";
import { readSeeds } from "../../scripts/ingest/read-seeds.ts";
import type { ParagraphId, Relay, Source, SourceId } from "../../scripts/model.ts";
import { DOSSIER_DATA, DOSSIER_SEEDS, REPO } from "../helpers/build.ts";

const fixture = ingestAll((await readSeeds(DOSSIER_SEEDS, REPO)).seeds, await readOutlets(DOSSIER_DATA)).sources;
const seed = (file: string) => fixture.find((s) => s.file.startsWith(file))!;

function source(id: string, outlet: string | undefined, reliability: Origin["reliability"], relays: Relay[] = []): Source {
  return {
    id: id as SourceId, file: `${id}.txt`, digest: id, paragraphs: [], removed: [],
    meta: { credits: [], acknowledgedUnknown: [], ...(outlet ? { outlet: { value: outlet, from: "text" as const } } : {}), grade: { reliability, rationale: "test", from: "outlet" }, relays },
  };
}
const credit = (outlet: string, paragraph: string, reliability: Origin["reliability"] = "B"): Relay => ({ kind: "attribution", outlet, reliability, words: `according to ${outlet}`, paragraph: paragraph as ParagraphId });
const origin = (name: string, reliability: Origin["reliability"], secondHand = false): Origin => ({ name, reliability, secondHand });

const rule = suite("credibilityOf()");

rule("should grade 1 when two independent origins state it", () => {
  assert.is(credibilityOf([origin("Reuters", "A"), origin("The Cradle", "C")]).grade, 1);
});

rule("should count a copy and its original, or two stories of one outlet, once", () => {
  assert.is(credibilityOf([origin("The Cradle", "C"), origin("The Cradle", "C")]).grade, 3);
});

rule("should grade 2 when one reliable origin states it at first hand, 3 when a less reliable one does", () => {
  assert.is(credibilityOf([origin("Reuters", "A")]).grade, 2);
  assert.is(credibilityOf([origin("Middle East Monitor", "C")]).grade, 3);
});

rule("should grade 4 when the only report is at second hand", () => {
  assert.is(credibilityOf([origin("TRT Haber", "B", true)]).grade, 4);
});

rule("should grade 5 when independent origins disagree on it", () => {
  assert.is(credibilityOf([origin("Reuters", "A"), origin("The Cradle", "C")], true).grade, 5);
});

rule("should grade 6 when no source states it or none can be judged, and say which step decided", () => {
  assert.is(credibilityOf([]).grade, 6);
  const unjudged = credibilityOf([origin("source:a", "F"), origin("source:b", "F")]);
  assert.is(unjudged.grade, 6);
  assert.match(unjudged.reason, /^cannot be judged: /);
});

rule("should not let an origin that cannot be judged corroborate", () => {
  assert.is(credibilityOf([origin("Middle East Monitor", "C"), origin("source:x", "F")]).grade, 3);
});

rule.run();

const origins = suite("originOf()");

origins("should trace a reprint to the outlet it copies, at first hand", () => {
  assert.equal(originOf(seed("000")), { name: "The Cradle", reliability: "C", secondHand: false });
});

origins("should trace a paragraph that credits another outlet to that outlet, at second hand", () => {
  assert.equal(originOf(seed("000"), "p5" as ParagraphId), { name: "Al-Monitor", reliability: "B", secondHand: true });
});

origins("should trace a story whose lede credits another outlet to that outlet throughout", () => {
  assert.equal(originOf(seed("001"), "p9" as ParagraphId), { name: "TRT Haber", reliability: "B", secondHand: true });
});

origins("should make an article without a known outlet its own origin", () => {
  assert.equal(originOf(source("x", undefined, "F")), { name: "source:x", reliability: "F", secondHand: false });
});

origins.run();

const independent = suite("independentOrigins()");

independent("should count a reprint and its original as one origin", () => {
  const original = source("cradle", "The Cradle", "C");
  assert.is(independentOrigins([seed("000"), original]), 1);
  assert.is(independentOrigins([seed("000"), original, seed("002")]), 2);
});

independent("should count two articles of unknown outlets as two", () => {
  assert.is(independentOrigins([source("a", undefined, "F"), source("b", undefined, "F")]), 2);
});

independent("should count a story relaying an outlet and that outlet's own story once", () => {
  assert.is(independentOrigins([source("relay", "Caliber.Az", "D", [credit("TRT Haber", "p2")]), source("trt", "TRT Haber", "B")]), 1);
});

independent.run();

const badge = suite("sourceBadge()");

badge("should grade each of the five seeds, and seed 001 below seed 004", () => {
  assert.equal(["000", "001", "002", "003", "004"].map((n) => sourceBadge(seed(n))), ["C3", "D4", "C3", "F6", "C3"]);
  assert.ok(sourceBadge(seed("001")) > sourceBadge(seed("004")), "a later letter or a higher number is a lower grade");
  assert.ok(fixture.every((s) => s.meta.grade?.rationale), "every seed has a rationale");
});

badge.run();

const about = suite("CREDIBILITY_RULE");

about("should be printed, every step, on the About page", () => {
  const text = readFileSync(join(REPO, "content/about.md"), "utf8").replace(/\s+/g, " ");
  for (const step of CREDIBILITY_RULE) assert.ok(text.includes(`**${step.grade} (${step.meaning})** when ${step.when}`), `About page lacks step ${step.grade}`);
});

about.run();
