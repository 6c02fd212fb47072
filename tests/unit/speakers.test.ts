import { suite } from "uvu";
import * as assert from "uvu/assert";
import { partyBodies } from "../../scripts/extract/acts.ts";
import { fixtureContext, readText } from "../helpers/recognition.ts";

const { ctx } = await fixtureContext();
const sidesOf = (paragraphs: string[]) => readText(ctx, paragraphs).paragraphs.flatMap((p) => p.acts).map((a) => partyBodies(a).map(String).sort());

const speakers = suite("speakersAsSides()");
speakers("should give an act done by 'we' in a quotation its speaker's side, named before as 'he'", () => {
  const found = sidesOf([
    "The GNA's deputy defence minister Salah al-Namroush spoke on Tuesday.",
    "\"We agreed with the Turkish defence minister Hulusi Akar and the Qatari minister Khalid al-Attiyah on tripartite military cooperation,\" he said.",
  ]);
  assert.equal(found.at(-1), ["gna", "qatar", "turkiye"]);
});
speakers("should not take a person named as an owner ('Haftar's army') for the 'he' who speaks", () => {
  const found = sidesOf([
    "Turkish President Recep Tayyip Erdogan pointed to the mercenaries fighting for Haftar's army.",
    "\"We have signed the memorandum of understanding on security cooperation,\" he said.",
  ]);
  assert.equal(found.at(-1), ["turkiye"]);
});
speakers("should not take a person named as the object of a preposition ('against the putschist Khalifa Haftar') for the 'he' who speaks", () => {
  const found = sidesOf([
    "President Recep Tayyip Erdogan asked the world to back the legitimate government against the putschist Khalifa Haftar.",
    "\"The memorandum of understanding that we concluded with Libya has not gone away,\" he said.",
  ]);
  assert.equal(found.at(-1), ["libya", "turkiye"]);
});
speakers("should take 'he went on' and 'the minister said' after the quotation for the person named before", () => {
  const found = sidesOf([
    "Foreign Minister Mevlüt Çavuşoğlu spoke to the press on Wednesday.",
    "\"You know that we signed a memorandum of understanding with Libya on the restriction of maritime jurisdiction. We went over every step,\" he went on.",
    "\"We have signed a memorandum with Libya on security cooperation,\" the minister said.",
  ]);
  assert.equal(found.slice(-2), [["libya", "turkiye"], ["libya", "turkiye"]]);
});
speakers("should take the speaker named right after the quotation", () => {
  const found = sidesOf(["\"We have signed a memorandum with Turkey on security cooperation,\" said Salah al-Namroush."]);
  assert.equal(found[0], ["gna", "turkiye"]);
});
speakers("should read 'we' in a relative clause after the noun ('the memorandum that we signed with Libya'), across the quotation's sentences", () => {
  const found = sidesOf(["\"The memorandum of understanding on maritime jurisdiction that we signed with Libya has protected our interests. We stand by it,\" Turkish President Recep Tayyip Erdogan said."]);
  assert.equal(found[0], ["libya", "turkiye"]);
});
speakers("should add no side where 'we' does not do the act, or no speaker is known", () => {
  assert.equal(sidesOf(["Salah al-Namroush spoke on Tuesday.", "\"We welcome the memorandum that Turkey signed with Qatar,\" he said."]).at(-1), ["qatar", "turkiye"]);
  assert.equal(sidesOf(["\"We agreed with Turkey on military cooperation,\" the statement said."])[0], ["turkiye"]);
});
speakers.run();
