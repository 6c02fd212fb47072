import { suite } from "uvu";
import * as assert from "uvu/assert";
import { addActFacts, emptyFacts } from "../../scripts/extract/facts.ts";
import { fixtureContext, readText } from "../helpers/recognition.ts";

const { data, ctx } = await fixtureContext();

function factsOf(text: string, id: string) {
  const reading = readText(ctx, [text], { published: { iso: "2025-04-10", precision: "day" } });
  const p = reading.paragraphs[0]!;
  const facts = emptyFacts();
  for (const act of p.acts) addActFacts(facts, act, data.catalogue.agreements.find((a) => a.id === id)!, p, data.gazetteer);
  return facts;
}

const add = suite("addActFacts()");
add("should say who contested an agreement, and where a signing still to come is to be held", () => {
  assert.equal(factsOf("Greece and Egypt condemned the Turkey-Libya maritime deal.", "mou-2019-maritime").statuses.map((s) => [s.value, s.by]), [["contested", ["greece", "egypt"]]]);
  assert.equal(factsOf("An official signing ceremony, to be held in Benghazi, will formalise the agreement.", "lna-2025").statuses.map((s) => [s.value, s.at]), [["to be signed", "benghazi"]]);
});
add("should state no status for what is only asked, planned or questioned", () => {
  assert.equal(factsOf("Turkey pressed the eastern parliament to ratify the maritime memorandum.", "mou-2019-maritime").statuses, []);
  assert.equal(factsOf("Does the Libyan parliament approve the maritime memorandum with Turkey?", "mou-2019-maritime").statuses, []);
});
add("should state the parties only from the act's own clause", () => {
  const facts = factsOf("Türkiye concluded a military cooperation agreement with the Tripoli government in 2019 and sent troops to protect it from attacks by Hafter's forces.", "mou-2019-security");
  assert.equal(facts.parties.map((p) => p.value), [["turkiye", "libya"]]);
});
add.run();

const empty = suite("emptyFacts()");
empty("should start with no facts of any kind", () => {
  assert.equal(emptyFacts(), { dates: [], places: [], statuses: [], parties: [] });
});
empty.run();
