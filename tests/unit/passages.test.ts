import { suite } from "uvu";
import * as assert from "uvu/assert";
import { passageProblem } from "../../scripts/passages.ts";

const sources = new Map([["report", { paragraphs: [{ id: "p1", text: "Turkey and Libya signed the “maritime”\n memorandum on Wednesday." }] }]]);
const problem = suite("passageProblem()");

problem("should find a quote in its paragraph whatever its white space and quotation marks", () => {
  assert.is(passageProblem({ source: "report", paragraph: "p1", quote: 'signed the "maritime" memorandum' }, sources), undefined);
});

problem("should say which is missing: the source, its paragraph, or the quote in it", () => {
  assert.equal(passageProblem({ source: "other", paragraph: "p1", quote: "signed" }, sources), { kind: "no-source" });
  assert.is(passageProblem({ source: "report", paragraph: "p2", quote: "signed" }, sources)?.kind, "no-paragraph");
  const notHeld = passageProblem({ source: "report", paragraph: "p1", quote: "ratified the memorandum" }, sources);
  assert.equal([notHeld?.kind, notHeld?.kind === "not-held" ? notHeld.paragraph.id : undefined], ["not-held", "p1"]);
});

problem.run();
