import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { AgreementId } from "../../scripts/catalogue.ts";
import { whyNotCited, type Evidence, type Weighing } from "../../scripts/evidence.ts";
import type { ParagraphId, SourceId } from "../../scripts/model.ts";

const weighing = (score: number, evidence: Evidence[], paragraph = "p2"): Weighing => ({ agreement: "mou-2019-security" as AgreementId, source: "s" as SourceId, paragraph: paragraph as ParagraphId, score, linked: false, evidence, quote: "q" });
const act: Evidence = { kind: "act", weight: 2, says: "signed" };
const sides: Evidence = { kind: "parties", weight: 2, says: "parties", complete: true };

const why = suite("whyNotCited()");
why("should say a weighing below the threshold is below it, whatever else it has", () => {
  assert.is(whyNotCited(weighing(3.5, [act, sides])), "below the 6 that cites a passage");
});
why("should say of a weighing at the threshold what a citation lacks: a paragraph, a party, an act, or that it is ruled out", () => {
  assert.is(whyNotCited(weighing(9, [act, sides], "headline")), "but a brief cites an article's paragraphs, not its headline");
  assert.is(whyNotCited(weighing(9, [act, sides, { kind: "time", weight: 0, says: "dated 2012", veto: true }])), "but its evidence rules that agreement out");
  assert.is(whyNotCited(weighing(9, [act, { ...sides, complete: false }])), "but it does not name every party");
  assert.is(whyNotCited(weighing(9, [sides])), "but it names no act on an agreement");
});
why.run();
