import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Outlet } from "../../scripts/catalogue.ts";
import { gradeSource, isReliability } from "../../scripts/ingest/grade.ts";
import type { Field } from "../../scripts/model.ts";

const outlets: Outlet[] = [
  { name: "Caliber.Az", domains: ["caliber.az"], aliases: [], reliability: "D", rationale: "Relays other outlets." },
  { name: "Xinhua", domains: ["news.cn"], aliases: [] },
];
const field = (value: string): Field => ({ value, from: "sidecar", line: 3 });

const grade = suite("gradeSource()");

grade("should take the outlet's grade and rationale from outlets.yaml", () => {
  assert.equal(gradeSource({ outlet: field("Caliber.Az") }, outlets), { grade: { reliability: "D", rationale: "Caliber.Az: Relays other outlets.", from: "outlet" } });
});

grade("should prefer the analyst's grade in the sidecar", () => {
  const graded = gradeSource({ outlet: field("Caliber.Az"), reliability: field("C"), rationale: field("Quotes the ministry's statement in full.") }, outlets);
  assert.equal(graded.grade, { reliability: "C", rationale: "Quotes the ministry's statement in full.", from: "sidecar" });
});

grade("should grade F, saying why, when the outlet is unknown, ungraded or not in the list", () => {
  assert.equal(gradeSource({}, outlets), { grade: { reliability: "F", rationale: "Cannot be judged: the outlet is not known.", from: "unknown" }, unjudged: "the outlet is not known" });
  assert.is(gradeSource({ outlet: field("Xinhua") }, outlets).unjudged, "outlets.yaml gives Xinhua no reliability grade");
  assert.is(gradeSource({ outlet: field("Libya Herald") }, outlets).unjudged, "\"Libya Herald\" is not in outlets.yaml");
});

grade.run();

const letters = suite("isReliability()");

letters("should accept the letters A to F only", () => {
  assert.ok(["A", "B", "C", "D", "E", "F"].every(isReliability));
  assert.not.ok(isReliability("G"));
  assert.not.ok(isReliability("b"));
  assert.not.ok(isReliability("B2"));
});

letters.run();
