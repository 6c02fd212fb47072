import { suite } from "uvu";
import * as assert from "uvu/assert";
import { addActFacts, emptyFacts, settleStatuses } from "../../scripts/extract/facts.ts";
import { fixtureContext, readText } from "../helpers/recognition.ts";
import type { ParagraphId } from "../../scripts/model.ts";

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
add("should read a legal argument against an agreement as contesting it, by those who make it and not by its sides", () => {
  const contested = (text: string) => factsOf(text, "mou-2019-maritime").statuses.map((s) => [s.value, s.by]);
  assert.equal(contested("A first reading shows the maritime memorandum runs against the law of the sea."), [["contested", undefined]]);
  assert.equal(contested("Egypt and Greece regard the Turkey-Libya maritime memorandum as a breach of international law."), [["contested", ["egypt", "greece"]]]);
  assert.equal(contested("Egypt said the maritime memorandum between Ankara and the GNA breaches the Security Council's resolutions."), [["contested", undefined]]);
});
add("should state no place for a power to make acts ('has no right to conclude agreements')", () => {
  assert.equal(factsOf("The army insisted that the government of al-Sarraj in Tripoli does not have the right to conclude agreements with foreign parties.", "mou-2019-security").places, []);
  assert.equal(factsOf("Turkey and Libya signed the security memorandum in Istanbul.", "mou-2019-security").places.map((p) => p.value), ["istanbul"]);
});
add("should state no status for what is only asked, planned or questioned", () => {
  assert.equal(factsOf("Turkey pressed the eastern parliament to ratify the maritime memorandum.", "mou-2019-maritime").statuses, []);
  assert.equal(factsOf("Does the Libyan parliament approve the maritime memorandum with Turkey?", "mou-2019-maritime").statuses, []);
});
add("should state the parties only from the act's own clause", () => {
  const facts = factsOf("Türkiye concluded a military cooperation agreement with the Tripoli government in 2019 and sent troops to protect it from attacks by Hafter's forces.", "mou-2019-security");
  assert.equal(facts.parties.map((p) => p.value), [["turkiye", "libya"]]);
});
add("should state a body that did not yet exist when the agreement was made as the agreement's own party of that state", () => {
  const parties = (text: string, id: string) => factsOf(text, id).parties.map((p) => p.value);
  assert.equal(parties("In November 2019 Turkey signed a maritime memorandum with the Government of National Unity.", "mou-2019-maritime"), [["turkiye", "gna"]]);
  assert.equal(parties("Turkey and the Dbeibah government signed the maritime memorandum in 2019.", "mou-2019-maritime"), [["turkiye", "gna"]]);
  assert.equal(parties("Türkiye and the Government of National Unity signed a military cooperation agreement in July 2025.", "gnu-2025"), [["turkiye", "gnu"]]);
});
add("should state the parties an act asked to be undone names in its own words, and no other side of its sentence", () => {
  const parties = (text: string) => factsOf(text, "mou-2019-security").parties.map((p) => p.value);
  assert.equal(parties("Libya's eastern parliament voted to cancel the military cooperation agreement between Turkey and the Government of National Accord."), [["turkiye", "gna"]]);
  // One asked to undo it is its side, but not in the agreement's own words.
  assert.equal(parties("Greece urged the Government of National Accord to cancel a military agreement."), []);
});
add("should state a state named beside one of its own bodies as that body alone", () => {
  const facts = factsOf("Turkey and Libya's Government of National Accord signed the maritime memorandum in November 2019.", "mou-2019-maritime");
  assert.equal(facts.parties.map((p) => p.value), [["turkiye", "gna"]]);
});
add("should not take an adjective that places a place ('the Greek island of Crete') for a party", () => {
  const facts = factsOf("In November, Erdogan and Sarraj struck a deal that carves up the seabed between Turkey and Libya as if the Greek island of Crete did not lie between them.", "mou-2019-maritime");
  assert.ok(facts.parties.length > 0, "the act states its parties");
  for (const p of facts.parties) assert.not.ok(p.value.includes("greece" as never), JSON.stringify(p.value));
});
add("should not take a side of another state than the agreement's for one of its parties (another act's side, or a critic)", () => {
  const parties = (text: string) => factsOf(text, "mou-2019-maritime").parties.map((p) => p.value);
  assert.equal(parties("The Greek prime minister called that treaty invalid, while saying that the agreement Greece had signed with Italy two days earlier was valid."), []);
  assert.equal(parties("The agreement was rejected by a rival administration in the east of the country and by neighbouring Egypt."), []);
  // Nor another body of the state of one of its own parties, named beside that party.
  assert.equal(parties("Libya's Eastern Parliament Revisits 2019 Turkey-GNA Maritime Deal"), [["turkiye", "gna"]]);
  // The agreement's own sides are still stated.
  assert.equal(parties("Turkey and the GNA signed the maritime memorandum in Istanbul, angering Greece."), [["turkiye", "gna"]]);
});
add("should not take the subject of a verb outside the act's clause for its parties", () => {
  const facts = factsOf("He said the agreement let Turkey drill on Libya's continental shelf with Tripoli's consent, and that Greek Cyprus, Egypt, Greece and Israel would now need Turkey's approval to lay a pipeline.", "mou-2019-maritime");
  assert.equal(facts.parties, []);
});
add("should not read an approval by an organisation or an outside state as a ratification", () => {
  const statuses = (text: string) => factsOf(text, "mou-2019-maritime").statuses.map((s) => s.value);
  assert.equal(statuses("According to a certificate from the United Nations, the Secretary-General on Thursday approved the Turkey-Libya maritime memorandum."), []);
  assert.equal(statuses("The Turkish parliament approved the Turkey-Libya maritime memorandum."), ["ratified"]);
});
add("should read both sides approving an agreement together as its signing, and each side's approval as its ratification", () => {
  const statuses = (text: string) => factsOf(text, "mou-2019-maritime").statuses.map((s) => s.value);
  assert.equal(statuses("Erdogan and Sarraj approved the maritime memorandum in Istanbul on 27 November."), ["signed"]);
  assert.equal(statuses("Turkey and Libya adopted the maritime memorandum in Istanbul."), ["signed"]);
  assert.equal(statuses("The Turkish parliament approved the maritime memorandum with Libya."), ["ratified"]);
});
add("should not read a committee's approval, a step before the vote, as a ratification", () => {
  const statuses = (text: string) => factsOf(text, "mou-2019-security").statuses.map((s) => s.value);
  assert.equal(statuses("Parliamentary panel approves Turkey-Libya security deal"), []);
  assert.equal(statuses("The security memorandum with Libya has been approved by parliament's foreign relations commission."), []);
  assert.equal(statuses("The foreign affairs committee of the Turkish parliament on Monday approved the security memorandum with Libya."), []);
  assert.equal(statuses("The Turkish parliament approved the security memorandum with Libya after its committee had backed it."), ["ratified"]);
  assert.equal(statuses("The security memorandum with Libya was approved by the Turkish parliament."), ["ratified"]);
  assert.equal(statuses("The Turkish parliament approved this week in committee the security memorandum with Libya."), []);
  assert.equal(statuses("After four hours the committee announced that it had approved the articles of the security memorandum with Libya."), []);
});
add("should name the persons who signed the act itself, with the sentence that names them", () => {
  const signed = (text: string) => factsOf(text, "mou-2019-security").signatories.map((s) => s.value);
  const text = "Turkish President Recep Tayyip Erdoğan and Libyan Prime Minister Fayez al-Sarraj signed the security memorandum in Istanbul.";
  assert.equal(factsOf(text, "mou-2019-security").signatories, [{ value: ["recep-tayyip-erdogan", "fayez-al-sarraj"], paragraph: "p1", quote: text, words: "Recep Tayyip Erdoğan, Fayez al-Sarraj" }]);
  assert.equal(signed("The security memorandum, signed by Foreign Minister Mevlüt Çavuşoğlu and Deputy Defence Minister Salam Al-Namroush, covers training."), [["mevlut-cavusoglu", "salam-al-namroush"]]);
  assert.equal(signed("Erdoğan signed the security memorandum with the head of the Tripoli government, Fayez al-Sarraj."), [["recep-tayyip-erdogan", "fayez-al-sarraj"]]);
  assert.equal(signed("The two security memoranda were signed between Erdogan and Sarraj."), [["recep-tayyip-erdogan", "fayez-al-sarraj"]]);
});
add("should not take a speaker, a source, a witness, a host, a visitor or a body's head for a signatory", () => {
  for (const text of [
    "Erdoğan said Turkey and Libya signed the security memorandum.",
    "According to Erdoğan, Turkey and Libya signed the security memorandum on Wednesday.",
    "Turkey signed the security memorandum with Libya, said Mevlüt Çavuşoğlu.",
    "On Nov. 28, 2019, Foreign Minister Mevlüt Çavuşoğlu said the security memorandum that Turkey signed with Libya's Government of National Accord (GNA) a day earlier would be sent to parliament.",
    "The security memorandum was signed in a ceremony attended by Erdoğan and Sarraj.",
    "Erdoğan and Sarraj witnessed the signing of the security memorandum.",
    "In the presence of Erdoğan and Sarraj, the Turkish government and the GNA signed the security memorandum.",
    "After a meeting between Erdoğan and the head of the GNA, Fayez Sarraj, the sides signed the security memorandum.",
    "The security agreement was finalized during a visit to Ankara by Fayez al-Sarraj.",
    "Ankara and the GNA, led by Fayez al-Sarraj, signed the security memorandum.",
    "The security memorandum that the government of Fayez al-Sarraj signed with Turkey is still in force.",
    "Erdoğan's government signed the security memorandum with Libya.",
  ]) assert.equal(factsOf(text, "mou-2019-security").signatories, [], text);
});
add("should name no signatory of a signing still to come, one only asked for, or a deal only announced", () => {
  for (const text of [
    "Erdoğan will sign the security memorandum with Sarraj.",
    "Erdoğan urged Sarraj to sign the security memorandum.",
    "The security memorandum was announced by Salam Al-Namroush.",
  ]) assert.equal(factsOf(text, "mou-2019-security").signatories, [], text);
});
add("should state no sides for an act that is only possible or asked for ('such accords could be agreed with Cyprus')", () => {
  const reading = readText(ctx, ["Ankara said that such maritime accords could be agreed between Turkey and Cyprus if the differences were overcome."]);
  const p = reading.paragraphs[0]!;
  const facts = emptyFacts();
  for (const act of p.acts) addActFacts(facts, act, data.catalogue.agreements.find((a) => a.id === "mou-2019-maritime")!, p, data.gazetteer);
  assert.equal(facts.parties, []);
});

add.run();

const empty = suite("emptyFacts()");
empty("should start with no facts of any kind", () => {
  assert.equal(emptyFacts(), { dates: [], places: [], statuses: [], parties: [], signatories: [] });
});
empty.run();

const settle = suite("settleStatuses()");
const status = (value: "signed" | "announced" | "to be signed" | "ratified" | "contested", paragraph = "p1") => ({ value, paragraph: paragraph as ParagraphId, quote: "…", words: value });
settle("should drop a source's 'agreed' or 'reached' where the same source says the agreement was signed or ratified", () => {
  assert.equal(settleStatuses([status("announced"), status("signed", "p2")]).map((s) => s.value), ["signed"]);
  assert.equal(settleStatuses([status("announced"), status("ratified", "p2")]).map((s) => s.value), ["ratified"]);
});
settle("should keep 'agreed' where nothing stronger is said, and every other status as it is", () => {
  assert.equal(settleStatuses([status("announced"), status("contested", "p2")]).map((s) => s.value), ["announced", "contested"]);
  assert.equal(settleStatuses([status("to be signed"), status("signed", "p2")]).map((s) => s.value), ["to be signed", "signed"]);
});
settle.run();
