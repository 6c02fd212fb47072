import { suite } from "uvu";
import * as assert from "uvu/assert";
import { oneAgreementPerAct, type Score } from "../../scripts/extract/score.ts";
import { fixtureContext, readText } from "../helpers/recognition.ts";
import { recognise } from "../../scripts/extract/links.ts";

const { data, ctx } = await fixtureContext();
const agreement = (id: string) => data.catalogue.agreements.find((a) => a.id === id)!;
const scored = (score: number, sameAct = false): Score => ({ score, linked: true, identified: true, linkedOnceIdentified: true, evidence: sameAct ? [{ kind: "detail", weight: 2, says: "refers back", sameAct: true }] : [] });
const linked = (scores: Map<ReturnType<typeof agreement>, Score>) => [...scores].filter(([, s]) => s.linked).map(([a]) => a.id);

const one = suite("oneAgreementPerAct()");
one("should keep, of two agreements one act links, the one it fits best, and say why the other is left", () => {
  const scores = oneAgreementPerAct({ several: false }, new Map([[agreement("mou-2019-security"), scored(9)], [agreement("qatar-tripartite-2020"), scored(10)]]));
  assert.equal(linked(scores), ["qatar-tripartite-2020"]);
  assert.match(scores.get(agreement("mou-2019-security"))!.evidence.at(-1)!.says, "one act, and it fits");
});
one("should keep the agreement an act refers back to before a higher score, and the links of several acts (all but one far worse) or of agreements made together", () => {
  assert.equal(linked(oneAgreementPerAct({ several: false }, new Map([[agreement("mou-2019-security"), scored(9)], [agreement("qatar-tripartite-2020"), scored(6, true)]]))), ["qatar-tripartite-2020"]);
  assert.equal(linked(oneAgreementPerAct({ several: true }, new Map([[agreement("mou-2019-security"), scored(9)], [agreement("qatar-tripartite-2020"), scored(10)]]))), ["mou-2019-security", "qatar-tripartite-2020"]);
  // Of several acts, one that fits far worse than the best and was not made with it is left, whatever it refers back to.
  assert.equal(linked(oneAgreementPerAct({ several: true }, new Map([[agreement("mou-2019-security"), scored(12)], [agreement("mou-2019-maritime"), scored(12)], [agreement("gnu-2025"), scored(6, true)]]))), ["mou-2019-security", "mou-2019-maritime"]);
  assert.equal(linked(oneAgreementPerAct({ several: false }, new Map([[agreement("mou-2019-security"), scored(9)], [agreement("mou-2019-maritime"), scored(10)]]))), ["mou-2019-security", "mou-2019-maritime"]);
});
one("should cite a report of the tripartite deal in its brief alone, though 'the agreement' that refers to it names the security memorandum's signatories", () => {
  const text = "Yesterday, 17 August, it became known that the GNA held talks with the military delegations of Qatar and Turkey, and that as their result an agreement was signed: a Turkish naval base will be placed in Misrata, with a joint coordination centre. The agreement was signed by the head of the GNA Sarraj and the president of Turkey Erdogan.";
  const links = recognise([readText(ctx, [text], { id: "s", published: { iso: "2020-08-18", precision: "day" } })], data.catalogue.agreements, ctx).links;
  assert.equal(links.map((l) => l.agreement), ["qatar-tripartite-2020"]);
});
one.run();
