import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Agreement } from "../../scripts/catalogue.ts";
import { actEvidence } from "../../scripts/extract/evidence/act.ts";
import { detailsEvidence } from "../../scripts/extract/evidence/details.ts";
import { governmentsAt, partiesEvidence, sideMatches } from "../../scripts/extract/evidence/parties.ts";
import { subjectEvidence } from "../../scripts/extract/evidence/subject.ts";
import { timeEvidence } from "../../scripts/extract/evidence/time.ts";
import type { EvidenceInput, EvidenceRule } from "../../scripts/extract/evidence/types.ts";
import type { PartialDate } from "../../scripts/model.ts";
import { fixtureContext, readText } from "../helpers/recognition.ts";

const { data, ctx } = await fixtureContext();
const agreement = (id: string): Agreement => data.catalogue.agreements.find((a) => a.id === id)!;

/** The evidence one rule finds for the first act of a one-paragraph article, against one agreement. */
function weigh(rule: EvidenceRule, id: string, text: string, options: { headline?: string; published?: PartialDate } = {}) {
  const reading = readText(ctx, [text], options);
  const paragraph = reading.paragraphs[0]!;
  const input: EvidenceInput = { act: paragraph.acts[0]!, agreement: agreement(id), paragraph, reading, ctx };
  return rule(input).map((e) => [e.weight, e.says]);
}
const weights = (list: Array<[number, string]> | unknown[][]) => list.map((e) => e[0]);

/** The input for the act named by `noun` in an article's last paragraph, against one agreement. */
function lastActNamed(noun: string, paragraphs: string[], of: string, options: { published?: PartialDate } = {}): EvidenceInput {
  const input = lastAct(paragraphs, of, options);
  return { ...input, act: input.paragraph.acts.find((a) => a.noun.text === noun)! };
}

/** The input for the first act of an article's last paragraph, against one agreement. */
function lastAct(paragraphs: string[], of: string | Agreement, options: { published?: PartialDate } = {}): EvidenceInput {
  const reading = readText(ctx, paragraphs, options);
  const paragraph = reading.paragraphs.at(-1)!;
  return { act: paragraph.acts[0]!, agreement: typeof of === "string" ? agreement(of) : of, paragraph, reading, ctx };
}

const act = suite("actEvidence()");
act("should weigh the act itself above a report of what was done to it, and both above a bare noun", () => {
  assert.equal(weights(weigh(actEvidence, "mou-2019-security", "Turkey and Libya signed a memorandum.")), [2]);
  assert.equal(weights(weigh(actEvidence, "mou-2019-security", "The Turkish parliament ratified the memorandum.")), [1.5]);
  assert.equal(weights(weigh(actEvidence, "mou-2019-security", "The memorandum is famous.")), [1]);
});
act("should give nothing for agreements spoken of in general", () => {
  assert.equal(weights(weigh(actEvidence, "gnu-2025", "Turkiye pursues military agreements paired with energy ambitions.")), [0]);
  assert.equal(weights(weigh(actEvidence, "gnu-2025", "Five years later, Haftar's son has gone to Ankara to talk defence accords.")), [0]);
});
act("should veto an agreement picked out by 'any' or 'every', whatever is done to it", () => {
  assert.equal(weights(weigh(actEvidence, "mou-2019-maritime", "Aguila Saleh turned down every agreement or memorandum signed by the Dabaiba government.")), [-4]);
  assert.equal(weights(weigh(actEvidence, "mou-2019-maritime", "Saleh said he rejects any agreement signed by the outgoing government with Turkey.")), [-4]);
  assert.equal(weights(weigh(actEvidence, "mou-2019-maritime", "Saleh rejected the agreement signed by the outgoing government with Turkey.")), [1.5]);
  // "Each" that counts the sides before their verb picks out no agreement.
  assert.equal(weights(weigh(actEvidence, "mou-2019-maritime", "Turkey and Libya each signed a memorandum in Istanbul.")), [2]);
});
act("should weigh agreements dated in their own words as particular ones ('the two accords … in November 2019')", () => {
  assert.equal(weights(weigh(actEvidence, "mou-2019-security", "Since the two accords between Tripoli and Ankara in November 2019, Athens has looked on with unease.")), [1]);
});
act("should weigh counted agreements as particular ones ('the two military memoranda with Turkey')", () => {
  assert.equal(weights(weigh(actEvidence, "mou-2019-security", "The House in Tripoli announces its support for the two military memoranda with Turkey.")), [1]);
  assert.equal(weights(weigh(actEvidence, "mou-2019-security", "The House in Tripoli announces its support for military memoranda with Turkey.")), [0]);
});
act("should weigh agreements counted by a bare number as particular ones ('two memoranda came out of the meeting')", () => {
  assert.equal(weights(weigh(actEvidence, "mou-2019-security", "The papers report that two memoranda came out of the closed-door meeting the leaders held.")), [1]);
});
act("should weigh one noun on two subjects as one agreement named, not agreements in general ('the “Agreement for the Delimitation of Maritime Borders and for Military Cooperation”')", () => {
  const text = 'Ankara points to the "Agreement for the Delimitation of Maritime Borders and for Military Cooperation", now in force.';
  assert.equal(weights(weigh(actEvidence, "mou-2019-security", text)), [1]);
  assert.equal(weights(weigh(actEvidence, "mou-2019-security", 'Ankara points to "agreements for the delimitation of maritime borders and for military cooperation" in general.')), [0]);
});
act.run();

const parties = suite("partiesEvidence()");
parties("should find the agreement's parties, reading 'Libya' as the government of the act's time", () => {
  const found = weigh(partiesEvidence, "mou-2019-security", "In November 2019 Turkey and Libya signed a memorandum.");
  assert.equal(weights(found), [2]);
  const later = weigh(partiesEvidence, "mou-2019-security", "In October 2022 Turkey and Libya signed a memorandum.");
  assert.ok(weights(later).includes(-4), "Libya in 2022 is the GNU, not the GNA");
  // The year in the noun's own words dates the making; the month that opens the clause dates the call to annul it.
  const annul = weigh(partiesEvidence, "mou-2019-maritime", "In October 2022, the committee urged the Libyan authorities to annul the 2019 Turkey-Libya memorandum on maritime jurisdictions.");
  assert.not.ok(weights(annul).includes(-4), annul.map(String).join("; "));
});
parties("should not take a state its own sentence names as another side's backer for a side named around the act", () => {
  const said = (text: string) => weigh(partiesEvidence, "qatar-tripartite-2020", text).map((e) => String(e[1])).join("; ");
  assert.not.match(said("Qatar and the GNA signed a memorandum on military cooperation on Monday. Turkey, which also backs the GNA, has sent advisers to Libya."), /Turkey/);
  assert.not.match(said("Qatar and the GNA signed an agreement on training officers. Qatar and Turkey are the GNA's main foreign backers."), /Turkey/);
  assert.match(said("Qatar and the GNA signed an agreement on training officers. Turkey joined it the same day."), /Turkey/);
});
parties("should not take a place where something happened ('met yesterday in Benghazi') for a side named around the act", () => {
  const said = (text: string) => weigh(partiesEvidence, "lna-2025", text).map((e) => String(e[1])).join("; ");
  assert.not.match(said("The parliament met yesterday in Benghazi. The memoranda signed with the Ankara government were cancelled."), /Benghazi/);
  assert.match(said("The memoranda signed with the Ankara government were cancelled. Benghazi welcomed the news."), /Benghazi/);
});
parties("should read 'the Tripoli government' of an undated article that names the GNA's prime minister in office as the GNA", () => {
  const said = (text: string) => weigh(partiesEvidence, "mou-2019-security", text).map((e) => `${e[0]} ${e[1]}`).join("; ");
  const sitting = said("Prime Minister Fayez al-Sarraj's office confirmed it: Cairo calls the Tripoli government's two memoranda with Turkey null and void.");
  assert.match(sitting, /^2 parties/);
  assert.not.match(sitting, /depends on a date/);
  assert.match(said("Cairo calls the Tripoli government's two memoranda with Turkey null and void."), /depends on a date/);
});
parties("should count a rival body of the same state against, and a further state at the table", () => {
  assert.ok(weights(weigh(partiesEvidence, "gnu-2025", "Türkiye and Libya's eastern-based LNA have signed a defence agreement.")).includes(-4));
  assert.ok(weights(weigh(partiesEvidence, "mou-2019-security", "Turkey and Qatar signed a tripartite agreement with the GNA.")).includes(-3));
});
parties("should count no further state for an adjective that places a place, nor for a state the act's 'between' leaves out", () => {
  const found = (text: string) => weights(weigh(partiesEvidence, "mou-2019-maritime", text));
  assert.not.ok(found("In November 2019 Turkey and Libya signed an accord that draws a sea boundary between the two countries near the Greek island of Crete.").includes(-3));
  assert.not.ok(found("Turkey condemned Greece's decision to expel the Libyan ambassador over an accord between Libya and Turkey signed in November 2019.").includes(-3));
  assert.ok(found("In November 2019 Turkey, Greece and Libya signed an accord.").includes(-3), "a state at the table still counts");
});
parties("should count a further state at the table of the act whose sides an act takes", () => {
  const headline = "Turkish-Qatari deal with the Accord government turns Misrata into a naval base";
  const found = weigh(partiesEvidence, "mou-2019-security", "It was also agreed to send military advisers to train Libyan personnel.", { headline });
  assert.ok(found.some(([w, says]) => w === -3 && /Qatari/.test(String(says))), "the sides taken from the headline include Qatar");
  assert.not.ok(weights(weigh(partiesEvidence, "qatar-tripartite-2020", "It was also agreed to send military advisers to train Libyan personnel.", { headline })).includes(-3));
});
parties("should read the GNA under the names translations give it", () => {
  for (const name of ["the al-Wefaq government", "the Accord government", "the government of the National Accord", "the Government of National Reconciliation", "the national reconciliation government", "the Government of National Consent"]) {
    assert.equal(weights(weigh(partiesEvidence, "mou-2019-security", `In November 2019 Turkey and ${name} signed a security memorandum.`)), [2], name);
  }
});
parties("should know the United States as a further side at the table, not a Libyan one", () => {
  assert.ok(weights(weigh(partiesEvidence, "mou-2019-security", "Erdogan said that with his American counterpart he reached an agreement concerning Libya's security.")).includes(-3));
  assert.ok(weights(weigh(partiesEvidence, "mou-2019-security", "Turkey and the U.S. signed a military agreement in support of Libya.")).includes(-3));
});
parties("should know Niger, Nigeria and Iran as other states, so an act with one is not an act with Libya", () => {
  for (const state of ["Niger", "Nigeria", "Iran"]) {
    const found = weights(weigh(partiesEvidence, "mou-2019-security", `Turkish Foreign Minister Cavusoglu announced that his country signed an agreement for military cooperation with ${state}.`));
    assert.ok(found.includes(-3), `${state}: ${found.join(", ")}`);
  }
});
parties("should read the people who made it under the spellings translations give them", () => {
  assert.equal(weights(weigh(partiesEvidence, "mou-2019-security", "In November 2019 Erdogan and Sarradsch signed a security memorandum.")), [2]);
  assert.equal(weights(weigh(partiesEvidence, "lna-2025", "In April 2025 Turkey and Chaftar agreed a defence cooperation deal.")), [2]);
});
parties("should rule out an agreement with another number of sides than the act's own words give it", () => {
  assert.ok(weights(weigh(partiesEvidence, "qatar-tripartite-2020", "The GNA had earlier signed bilateral security and maritime agreements with Turkey and Qatar.")).includes(-4));
  assert.ok(weights(weigh(partiesEvidence, "mou-2019-security", "Turkey signed a tripartite military agreement with the GNA.")).includes(-4));
  assert.ok(!weights(weigh(partiesEvidence, "qatar-tripartite-2020", "Turkey and Qatar signed a tripartite military agreement with the GNA.")).includes(-4));
});
parties("should not count a body asked or expected to ratify the agreement, named before it, as another side", () => {
  // (The 2019 agreement's Tripoli side named by its successor's name, as a report of 2025 may: a slip, not a rival.)
  const text = "Erdogan said the authorities in Benghazi could ratify the 2019 maritime jurisdiction agreement signed between Turkey and the Tripoli-based Government of National Unity.";
  const found = weigh(partiesEvidence, "mou-2019-maritime", text, { published: { iso: "2025-09-16", precision: "day" } });
  assert.not.ok(found.some(([, says]) => /another side/.test(String(says))), found.map(String).join("; "));
  // Nor one whose ratifying is a condition.
  const conditional = weigh(partiesEvidence, "mou-2019-maritime", "It would be a gain if the Benghazi administration ratifies the maritime jurisdiction agreement which was signed between Turkey and Tripoli.", { published: { iso: "2025-09-16", precision: "day" } });
  assert.not.ok(conditional.some(([, says]) => /another side/.test(String(says))), conditional.map(String).join("; "));
  // One that signed it is another side still.
  assert.ok(weigh(partiesEvidence, "mou-2019-maritime", "The authorities in Benghazi signed the 2019 maritime jurisdiction agreement with Turkey.").some(([, says]) => /another side/.test(String(says))));
});
parties("should read a body named before it existed as a slip for its predecessor, not as another act", () => {
  const found = weigh(partiesEvidence, "mou-2019-maritime", "Turkiye presses parliament to ratify the maritime agreement that Ankara signed in 2019 with the Government of National Unity.");
  assert.ok(found.some(([w, says]) => w === -0.5 && /did not yet exist/.test(String(says))));
});
parties("should read a body that did not yet exist when an article was written as a slip, when the act has no date", () => {
  const text = "Turkey and the Government of National Unity signed a maritime memorandum.";
  const written = weigh(partiesEvidence, "mou-2019-maritime", text, { published: { iso: "2020-01-15", precision: "day" } });
  assert.ok(written.some(([w, says]) => w === -0.5 && /did not yet exist when the article was written \(by 15 January 2020\)/.test(String(says))), written.map(String).join("; "));
  assert.not.ok(written.some(([, says]) => /another side/.test(String(says))));
  // With no date at all, "GNU" is the GNU; but "Government of National Unity" was also the GNA's name in
  // translations of its years, so either may be meant, and the rest of the evidence decides.
  assert.ok(weigh(partiesEvidence, "mou-2019-maritime", text.replace("Government of National Unity", "GNU")).some(([, says]) => /another side/.test(String(says))));
  const undated = weigh(partiesEvidence, "mou-2019-maritime", text);
  assert.not.ok(undated.some(([, says]) => /another side/.test(String(says))), undated.map(String).join("; "));
  assert.ok(undated.some(([w, says]) => w === 1.5 && /parties: .*“Government of National Unity”, though which government is meant/.test(String(says))), undated.map(String).join("; "));
  // In an article written after the GNU was formed, the name is the GNU's.
  assert.ok(weigh(partiesEvidence, "mou-2019-maritime", text, { published: { iso: "2022-10-03", precision: "day" } }).some(([, says]) => /another side/.test(String(says))));
  // So is the plain "unity government" that English reports of 2019 gave the GNA too.
  const described = "Tripoli's unity government and Ankara sealed a maritime pact.";
  assert.not.ok(weigh(partiesEvidence, "mou-2019-maritime", described).some(([, says]) => /another side/.test(String(says))));
  assert.ok(weigh(partiesEvidence, "mou-2019-maritime", described, { published: { iso: "2022-10-03", precision: "day" } }).some(([, says]) => /another side/.test(String(says))));
});
parties("should not take the body that ratifies an act for another side ('the House of Representatives will not ratify')", () => {
  const found = weigh(partiesEvidence, "mou-2019-maritime", "The House of Representatives will not ratify the Turkey-Libya memorandum.");
  assert.not.ok(found.some(([, says]) => /another side/.test(String(says))), found.map(String).join("; "));
  assert.ok(weigh(partiesEvidence, "mou-2019-maritime", "The House of Representatives signed a memorandum with Turkey in 2019.").some(([, says]) => /another side/.test(String(says))));
});
parties("should not doubt which government 'Libya' means in an undated act on the one subject only one agreement between the states is about", () => {
  const published = { iso: "2025-06-17", precision: "day" } as const;
  const text = "Athens is alarmed by the Turkey-Libya memorandum, an issue of key concern to Greece.";
  const maritime = weigh(partiesEvidence, "mou-2019-maritime", text, { published });
  assert.ok(maritime.some(([w, says]) => w === 2 && !/which government is meant/.test(String(says))), maritime.map(String).join("; "));
  // The security memorandum is not the only military agreement between Türkiye and Libya: the doubt stays.
  const security = weigh(partiesEvidence, "mou-2019-security", "Athens watches the Turkey-Libya military memorandum.", { published });
  assert.ok(security.some(([w, says]) => w === 1.5 && /which government is meant/.test(String(says))), security.map(String).join("; "));
  // Nor is one that says nothing of the subject and is named with no one who rejected it.
  const bare = weigh(partiesEvidence, "mou-2019-maritime", "Officials discussed the Turkey-Libya memorandum.", { published });
  assert.ok(bare.some(([w, says]) => w === 1.5 && /which government is meant/.test(String(says))), bare.map(String).join("; "));
});
parties("should count a party never named in the passage against", () => {
  assert.ok(weights(weigh(partiesEvidence, "lna-2025", "Haftar and Russian officials were expected to sign security protocols.")).some((w) => Number(w) < 0));
});
parties("should take a side named elsewhere in the article only for an act named at its date (the pair, or one that names a side)", () => {
  const says = (last: string) => {
    const reading = readText(ctx, ["The parliament opposes the national unity government of Fayez Sarraj.", last]);
    const paragraph = reading.paragraphs[1]!;
    const act = paragraph.acts.find((a) => a.verb?.status === "signed")!;
    return partiesEvidence({ act, agreement: agreement("mou-2019-maritime"), paragraph, reading, ctx }).map((e) => e.says);
  };
  const pair = says("The deputies declared invalid the agreements with Turkey on the sea border and on military cooperation. Both agreements were signed at the end of November 2019.");
  assert.ok(pair.some((s) => /^parties: .*named elsewhere in the article/.test(s)), pair.join(" | "));
  assert.not.ok(pair.some((s) => /no sign of/.test(s)));
  // Undated, or one act alone, the side must be named in the passage.
  const undated = says("The deputies declared invalid the agreements with Turkey on the sea border and on military cooperation. Both agreements were signed.");
  assert.ok(undated.some((s) => /no sign of Government of National Accord/.test(s)), undated.join(" | "));
  // One act, on the agreement's subject and at its date, that names one side itself: the other may be named elsewhere.
  const alone = says("The deputies said Turkey signed the agreement on the sea border at the end of November 2019.");
  assert.ok(alone.some((s) => /^parties: .*named elsewhere in the article/.test(s)), alone.join(" | "));
  // Not one on another subject, one at another date, or one that names no side.
  for (const other of [
    "The deputies said Turkey signed the agreement on trade at the end of November 2019.",
    "The deputies said Turkey signed the agreement on the sea border at the end of November 2021.",
    "The deputies said the agreement on the sea border was signed at the end of November 2019.",
  ]) {
    const found = says(other);
    assert.not.ok(found.some((s) => /named elsewhere in the article/.test(s)), `${other}: ${found.join(" | ")}`);
  }
});
parties("should read 'both countries' as the two states named just before, not the sides of an earlier act", () => {
  const input = lastAct([
    "Greece's foreign minister flew to Cairo for talks on the maritime deals that Turkey has signed with Libya.",
    "Cairo and Athens have drawn closer in recent years. Both countries, together with Cyprus, have signed agreements fixing their maritime borders.",
  ], "mou-2019-maritime");
  assert.ok(input.act.inherited.includes("parties"), "the sides are taken from the first paragraph's act");
  const found = partiesEvidence(input);
  assert.ok(found.some((e) => e.veto && /“Both countries” are Egypt and Greece/.test(e.says)), found.map((e) => e.says).join("; "));
  // Two states that are the agreement's own say nothing against it.
  const own = lastAct(["Turkey signed a maritime deal with the GNA in Istanbul.", "Ankara and Tripoli have drawn closer. Both countries signed agreements on their maritime borders."], "mou-2019-maritime");
  assert.not.ok(partiesEvidence(own).some((e) => e.veto));
});
parties("should know the other states Turkiye makes agreements with, so 'the two countries' there are not Libya", () => {
  const input = lastAct([
    "Observers say Turkey follows the pattern it set in Libya, Syria and Iraq. Erdogan asked parliament to send Turkish forces to Somalia.",
    "Earlier this year, during a visit to Ankara by the Somali defence minister, the two countries signed a framework agreement on defence.",
  ], "mou-2019-security");
  const found = partiesEvidence(input);
  assert.ok(found.some((e) => /a further party: “Somali”/.test(e.says)), found.map((e) => e.says).join("; "));
  assert.not.ok(found.some((e) => e.complete), found.map((e) => e.says).join("; "));
});
parties("should rule out an act whose own sides are two other states and none of the agreement's ('ratified the deal with Egypt')", () => {
  const found = partiesEvidence(lastAct(["Greece's lawmakers on Thursday ratified the deal with Egypt on an exclusive economic zone in the eastern Mediterranean."], "mou-2019-maritime"));
  assert.ok(found.some((e) => e.veto && /its own sides are others: .*Greece.*Egypt|its own sides are others: .*Egypt.*Greece/.test(e.says)), found.map((e) => e.says).join("; "));
  // One further state beside the agreement's own sides is weighed against, not ruled out.
  const beside = partiesEvidence(lastAct(["Turkey, Qatar and the GNA signed a maritime agreement in Ankara."], "mou-2019-maritime"));
  assert.not.ok(beside.some((e) => /its own sides are others/.test(e.says)), beside.map((e) => e.says).join("; "));
  assert.ok(beside.some((e) => /a further party/.test(e.says)), beside.map((e) => e.says).join("; "));
  // Names before a verb of contest may be critics read as sides: no act of theirs is ruled out by them.
  const critics = partiesEvidence(lastAct(["Turkey and the GNA signed a maritime memorandum in November.", "Greece and Egypt, and Cyprus too, consider that this accord violates their economic rights."], "mou-2019-maritime"));
  assert.not.ok(critics.some((e) => /its own sides are others/.test(e.says)), critics.map((e) => e.says).join("; "));
});
parties("should not count a state that rejected the agreement, named beside both its sides, as a further party", () => {
  const says = (text: string) => partiesEvidence(lastAct([text], "mou-2019-maritime")).map((e) => e.says);
  for (const text of [
    "Greece has come down hard on Turkey and Libya after the two sides put their signatures to a memorandum of understanding drawing maritime boundaries.",
    "Greece expelled the Libyan ambassador in protest against the maritime memorandum Turkey signed with Libya's government in Tripoli.",
    "The Kingdom, Egypt, Bahrain, Greece and Cyprus have asked the United Nations not to register the memorandum concluded between Turkey and Fayez al-Sarraj on the sea borders.",
  ]) assert.not.ok(says(text).some((s) => /a further party: .*(?:Greece|Egypt|Cyprus)/.test(s)), says(text).join("; "));
  // A state that made the act itself, or one the catalogue does not record as a critic, still counts.
  assert.ok(says("Turkey, Greece and the GNA signed a maritime agreement in Ankara.").some((s) => /a further party: “Greece”/.test(s)));
  assert.ok(says("Qatar has come down hard on Turkey and Libya after the two sides put their signatures to a memorandum of understanding drawing maritime boundaries.").some((s) => /a further party: “Qatar”/.test(s)));
});
parties("should not look around the act for the sides of one made by companies ('signed by Libya's national oil company')", () => {
  const input = lastAct(["Athens watches its ties with Libya and Turkey. The memorandum was signed yesterday by Libya's national oil company with its Turkish counterpart."], "gnu-2025", { published: { iso: "2025-06-26", precision: "day" } });
  const found = partiesEvidence(input);
  assert.not.ok(found.some((e) => e.weight >= 1.5), found.map((e) => e.says).join("; "));
});
parties("should not take a state that only places another ('Tunisia's neighbour') for a side", () => {
  const input = lastAct(["Widening its cooperation with Tunisia's neighbour, Ankara also signed a military cooperation deal with the Government of National Accord."], "mou-2019-security");
  assert.not.ok(partiesEvidence(input).some((e) => e.weight < 0), partiesEvidence(input).map((e) => e.says).join("; "));
});
parties("should not doubt which government a pact of no subject among the three states of the catalogue's only agreement between them was made with", () => {
  const open = (text: string) => weigh(partiesEvidence, "qatar-tripartite-2020", text).some(([, says]) => /depends on a date/.test(String(says)));
  assert.not.ok(open("Between Tripoli, Ankara and Doha a sort of pact of steel has been sealed."));
  // A Türkiye–Libya pact of no subject may be any of their dealings: which government is meant still matters.
  assert.ok(weigh(partiesEvidence, "mou-2019-security", "Between Tripoli and Ankara a sort of pact of steel has been sealed.").some(([, says]) => /depends on a date/.test(String(says))));
});
parties.run();

const sides = suite("sideMatches()");
sides("should resolve a state to its government by date and keep rival bodies apart", () => {
  const g = data.gazetteer;
  assert.is(sideMatches("libya" as never, "gna" as never, { from: "2019-11-27", to: "2019-11-27" }, g), "state");
  assert.is(sideMatches("libya" as never, "gna" as never, { from: "2025-07-11", to: "2025-07-11" }, g), "conflict");
  assert.is(sideMatches("libya" as never, "gna" as never, { from: "2019-01-01" }, g), "ambiguous");
  assert.is(sideMatches("presidential-council" as never, "gna" as never, {}, g), "exact");
  assert.is(sideMatches("lna" as never, "gnu" as never, {}, g), "conflict");
  assert.is(sideMatches("qatar" as never, "gna" as never, {}, g), "none");
});
sides.run();

const governments = suite("governmentsAt()");
governments("should list the governments that spoke for a state in a span of time", () => {
  assert.equal(governmentsAt("libya" as never, { from: "2020-08-17", to: "2020-08-17" }, data.gazetteer), ["gna"]);
  assert.equal(governmentsAt("libya" as never, { from: "2021-01-01", to: "2021-12-31" }, data.gazetteer), ["gna", "gnu"]);
});
governments("should leave out a government that took over from one the article names in office", () => {
  // Written while the GNA's prime minister held office (to March 2021): before the GNU, which began that month.
  assert.equal(governmentsAt("libya" as never, { to: "2021-03-31", sitting: ["gna" as never] }, data.gazetteer), ["gna"]);
  assert.equal(governmentsAt("libya" as never, { to: "2021-03-31" }, data.gazetteer), ["gna", "gnu"]);
  // A recent act in an article that names the GNU's prime minister in office is the GNU's.
  assert.equal(governmentsAt("libya" as never, { from: "2021-03-01", to: "2027-12-01", sitting: ["gnu" as never] }, data.gazetteer), ["gnu"]);
});
governments.run();

const subject = suite("subjectEvidence()");
subject("should not rule out a memorandum that says nothing of what it is about when one who rejected only this agreement is named with it", () => {
  const text = "Officials in Benghazi said the House of Representatives will not ratify the Turkey-Libya memorandum, a concern to Greece.";
  assert.equal(weights(weigh(subjectEvidence, "mou-2019-maritime", text)), [1]);
  assert.ok(weigh(subjectEvidence, "mou-2019-security", text).some((e) => e[0] === 0 && /says nothing of what it is about/.test(String(e[1]))));
});
subject("should not tell a memorandum from its companion by a sentence that speaks only of other things", () => {
  const text = "Under the memorandum signed in Istanbul, Libya gives Turkey better terms of trade.";
  for (const id of ["mou-2019-security", "mou-2019-maritime"]) {
    const found = weigh(subjectEvidence, id, text);
    assert.ok(found.some(([w, says]) => w === -2 && /speaks of economy/.test(String(says))), id);
    assert.ok(found.some(([w, says]) => w === 0 && /says nothing of what it is about/.test(String(says))), id);
  }
});
subject("should weigh the act's own subject for, another subject against", () => {
  assert.equal(weights(weigh(subjectEvidence, "mou-2019-maritime", "They signed a maritime jurisdiction memorandum.")), [2]);
  assert.equal(weights(weigh(subjectEvidence, "mou-2019-maritime", "They signed a memorandum on hydrocarbons.")), [-4]);
  assert.equal(weights(weigh(subjectEvidence, "mou-2019-security", "They signed a memorandum on vocational education.")), [-4]);
});
subject("should take two acts counted, only the companion's subject named ('two memoranda, one of them on security'), for this one too", () => {
  const text = "We signed two memoranda of understanding with the GNA recently, one of them on cooperation in the field of security.";
  assert.equal(weights(weigh(subjectEvidence, "mou-2019-maritime", text)), [1]);
  assert.equal(weights(weigh(subjectEvidence, "mou-2019-security", text)), [2]);
  // Not one act, nor acts not counted as two, nor two whose named subject is no companion's.
  assert.equal(weights(weigh(subjectEvidence, "mou-2019-maritime", "We signed a memorandum of understanding with the GNA on cooperation in the field of security.")), [-4]);
  assert.equal(weights(weigh(subjectEvidence, "mou-2019-maritime", "We signed three memoranda of understanding with the GNA, one of them on security.")), [-4]);
  assert.equal(weights(weigh(subjectEvidence, "mou-2019-security", "We signed two memoranda of understanding with the GNA, one of them on hydrocarbons.")), [-4]);
});
subject("should not rule out a memorandum that says nothing of what it is about when it refers back to an act reporting this agreement alone", () => {
  const input = lastAct(["Turkey and the GNA signed a memorandum in Istanbul on 27 November 2019.", "The memorandum was sent to the United Nations."], "mou-2019-maritime");
  assert.ok(input.act.referent, "the memorandum refers back to the first paragraph's act");
  const twinVeto = (reports: string[]) => subjectEvidence({ ...input, reported: () => new Set(reports) }).some((e) => e.veto);
  assert.not.ok(twinVeto(["mou-2019-maritime"]));
  // Where the act it refers back to reports both, or another, the words still cannot tell the two apart.
  assert.ok(twinVeto(["mou-2019-maritime", "mou-2019-security"]));
  assert.ok(twinVeto(["mou-2019-security"]));
  assert.ok(twinVeto([]));
});
subject("should take a contested act that points back to several for the one its critics alone rejected ('The understanding has been contested by Greece, Cyprus and Egypt')", () => {
  const paragraphs = ["Turkey and the GNA signed two memoranda, on military training and on maritime zones.", "The understanding has been strongly contested by Greece, Cyprus and Egypt."];
  assert.ok(subjectEvidence(lastAct(paragraphs, "mou-2019-maritime")).some((e) => e.weight > 0 && /contested by those who rejected/.test(e.says)));
  assert.ok(subjectEvidence(lastAct(paragraphs, "mou-2019-security")).some((e) => e.veto && /rejected Maritime/.test(e.says)));
  // Critics who rejected neither say nothing of which it is.
  const others = ["Turkey and the GNA signed two memoranda, on military training and on maritime zones.", "The understanding has been strongly contested by Russia."];
  assert.not.ok(subjectEvidence(lastAct(others, "mou-2019-security")).some((e) => e.veto));
  // So is a contested act that says nothing of what it is about, whatever its sentence speaks of.
  const naval = "Greece, Egypt and Cyprus refused to recognise the Turkish-Libyan naval agreement.";
  assert.ok(weigh(subjectEvidence, "mou-2019-maritime", naval).some(([w, says]) => Number(w) > 0 && /contested by those who rejected/.test(String(says))));
  assert.ok(subjectEvidence(lastAct([naval], "mou-2019-security")).some((e) => e.veto));
});
subject("should weigh the sentence's subject less, and a sentence only about something else against", () => {
  assert.equal(weights(weigh(subjectEvidence, "gnu-2025", "They signed an agreement, officials said, amid a push for military ties.")), [1]);
  assert.equal(weights(weigh(subjectEvidence, "gnu-2025", "They concluded an agreement, and the maritime border was fixed.")), [-2]);
});
subject("should rule an agreement out when the sentence speaks of what its companion is about", () => {
  assert.equal(weights(weigh(subjectEvidence, "mou-2019-security", "They concluded an agreement, and the maritime border was fixed.")), [-4]);
});
subject("should read an act of no subject, in a passage that speaks of what it and the one made with it are about, as the two folded into one", () => {
  const text = "Turkey and the GNA signed the memorandum on 27 November 2019. Since then Turkish troops have arrived and the maritime borders in the Mediterranean have been redrawn.";
  for (const id of ["mou-2019-security", "mou-2019-maritime"]) assert.equal(weights(weigh(subjectEvidence, id, text)), [0.5], id);
  // A passage that speaks of one of the two only still cannot tell them apart.
  const one = "Turkey and the GNA signed the memorandum on 27 November 2019. Since then Turkish troops have arrived.";
  assert.ok(weigh(subjectEvidence, "mou-2019-maritime", one).some(([w, says]) => w === 0 && /says nothing of what it is about/.test(String(says))));
  // Nor does a word of a name ("Army" in "the Libyan National Army"): it says who, not what about.
  const named = "Turkey and the GNA signed the memorandum on 27 November 2019. It extends the Turkish continental shelf, and the Libyan National Army opposes it.";
  assert.ok(weigh(subjectEvidence, "mou-2019-security", named).some(([w, says]) => w === 0 && /says nothing of what it is about/.test(String(says))));
});
subject.run();

const time = suite("timeEvidence()");
time("should weigh a date in the agreement's window by its precision", () => {
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "On Nov. 27, 2019, Ankara and Tripoli signed a memorandum.")), [3]);
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "In November 2019, Ankara and Tripoli signed a memorandum.")), [2]);
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "In 2019, Ankara and Tripoli signed a memorandum.")), [1]);
});
time("should count 'new agreements', in an article written long after the agreement, as a newer act, whatever date it takes from the act the article is about", () => {
  const text = "The Erdogan government signed, since 2019, a Turkish-Libyan memorandum with the Tripoli government of Fayez al-Sarraj. Some weeks ago, Turkish ministers went to Libya for the signing of new agreements about drilling and about defence relations.";
  const at = (iso: string) => {
    const reading = readText(ctx, [text], { published: { iso, precision: "day" } });
    const paragraph = reading.paragraphs[0]!;
    const act = paragraph.acts.at(-1)!;
    assert.equal([act.noun.text, act.refers, act.inherited.includes("dates")], ["agreements", "main", true]);
    return timeEvidence({ act, agreement: agreement("mou-2019-security"), paragraph, reading, ctx });
  };
  const late = at("2022-11-20");
  assert.equal([late[0]!.weight, late[0]!.veto], [-4, true]);
  assert.match(late[0]!.says, /a new act, in an article written months after the agreement was made/);
  // Written at the agreement's time, "new agreements" may be the news itself.
  assert.not.ok(at("2019-12-02").some((e) => e.veto));
});
time("should count an act dated outside the window as another act", () => {
  assert.equal(weights(weigh(timeEvidence, "gnu-2025", "On 3 October 2022 Turkey and Libya signed a military agreement.")), [-5]);
});
time("should count an article written before the agreement against it, and one written at its time for it", () => {
  assert.equal(weights(weigh(timeEvidence, "gnu-2025", "Turkish Defence Minister Hulusi Akar said the two sides signed a deal.")), [-6]);
  assert.equal(weights(weigh(timeEvidence, "mou-2019-maritime", "Greece protested at an accord that Tripoli and Ankara reached.", { published: { iso: "2019-12-06", precision: "day" } })), [1]);
});
time("should not take an article written at the agreement's time for news of it where the sentence tells of years before", () => {
  const published = { iso: "2025-08-25", precision: "day" } as const;
  const back = "Relations between Ankara and the east had been poisoned since 2019, the year Turkey's role grew, when Ankara put its name to maritime and security accords with Tripoli.";
  assert.equal(weights(weigh(timeEvidence, "gnu-2025", back, { published })), []);
  // A date another act of the sentence owns does not count.
  assert.equal(weights(weigh(timeEvidence, "gnu-2025", "Turkey and the GNU signed a military deal that runs against the agreement which the rivals signed in Skhirat on 17 December 2015.", { published: { iso: "2025-07-25", precision: "day" } })), [1]);
});
time("should date an act 'recently signed' in an undated article to the months before the latest date it mentions, a little", () => {
  const text = "The seminar was held in Ankara on 16 January 2020. The security agreement recently signed between Turkey and Libya provides for training.";
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", text)), [0.5]);
  assert.equal(weights(weigh(timeEvidence, "gnu-2025", text)), [-1]);
  // Without "recently", nothing says when.
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", text.replace("recently ", ""))), []);
});
time("should take an act that came before a date ('took effect in January 2020, following a security agreement') as made before it", () => {
  const text = "The mandate first took effect in January 2020, following a security and military agreement that Turkey reached with the GNA.";
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", text)), [0.5]);
  assert.equal(weights(weigh(timeEvidence, "gnu-2025", text)), [-5]);
});
time("should weigh a day and month without a year by the agreement's as much as its month and year, a month alone less", () => {
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "In late November Turkey signed a deal with the GNA.")), [1]);
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "On 27 November Turkey signed a deal with the GNA.")), [2]);
  // A month the agreement was not made in counts against it, without ruling it out: the source may misdate it.
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "In March Turkey signed a deal with the GNA.")), [-2]);
});
time("should not take the year of a page dated after the act's maker left office for the act's ('On November 27, Erdogan and Sarraj signed', on a page of 2023)", () => {
  const text = "On November 27, Erdogan and Fayez al-Sarraj, the head of the GNA, signed two pacts: one on security and military cooperation, the other on maritime borders.";
  const late = weigh(timeEvidence, "mou-2019-security", text, { published: { iso: "2023-10-04", precision: "day" } });
  assert.equal(weights(late), [2]);
  assert.match(String(late[0]![1]), /Fayez Al-Sarraj had left office by then/);
  // A day of a month the agreement was not made in counts against it, a little, as a yearless one does.
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", text.replace("November 27", "March 3"), { published: { iso: "2023-10-04", precision: "day" } })), [-2]);
  // While its maker was in office, the page's year stands.
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", text, { published: { iso: "2021-01-10", precision: "day" } })), [-5]);
});
time("should weigh a ratification dated by a day or month without a year as coming after the agreement, a little", () => {
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "The Turkish parliament ratified the security memorandum with the GNA on 21 December.")), [0.5]);
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "The Turkish parliament ratified the security memorandum with the GNA in early December.")), [0.5]);
  // Signed on a day without a year in a month the window does not hold: against, a little.
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "Turkey signed the security memorandum with the GNA on 21 December.")), [-2]);
});
time("should count a date just outside the window against, without ruling the act out: the source may misdate it", () => {
  const found = weigh(timeEvidence, "mou-2019-security", "In December 2019, Turkey signed a security memorandum with the GNA.");
  assert.equal(weights(found), [-1.5]);
  assert.match(String(found[0]![1]), /just outside/);
});
time("should count a new act, or a signing still to come, reported long after the agreement was signed as another act", () => {
  const july2020 = { published: { iso: "2020-07-03", precision: "day" } as PartialDate };
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "Turkey signed a new military agreement with the GNA.", july2020)), [-4]);
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "Turkey will sign a military agreement with the GNA.", july2020)), [-4]);
  // Written at the agreement's time, "a new agreement" is that agreement.
  assert.equal(weights(weigh(timeEvidence, "mou-2019-security", "Turkey signed a new military agreement with the GNA.", { published: { iso: "2019-11-28", precision: "day" } })), [1]);
});
time("should count an agreement only supposed or still to be reached, reported long after the agreement was made, as another act", () => {
  const june2020 = { published: { iso: "2020-06-04", precision: "day" } as PartialDate };
  const weighed = (text: string, published = june2020) => weights(weigh(timeEvidence, "mou-2019-maritime", text, published));
  assert.equal(weighed("Milliyet writes that, should Erdogan and Sarraj reach agreement, cooperation will follow in the sea areas."), [-4]);
  assert.equal(weighed("Turkey and the GNA could agree a maritime accord when the two leaders meet."), [-4]);
  assert.equal(weighed("If Ankara and Tripoli sign a maritime deal, Greece will react."), [-4]);
  // Not one already made, nor one still to come in an article of the agreement's own days (news of it).
  assert.equal(weighed("Erdogan and Sarraj reached a maritime agreement."), []);
  assert.equal(weighed("That was his opening to strike a maritime deal with the GNA."), []);
  assert.equal(weighed("Parliament charged al-Sarraj with treason for signing the maritime agreement with Erdogan."), []);
  assert.equal(weighed("Should Erdogan and Sarraj reach agreement, cooperation will follow in the sea areas.", { published: { iso: "2019-11-20", precision: "day" } }), [1]);
});
time("should count an act of the article's own days ('on Monday', a headline's 'sign') as another act when the officials it names took office years after the agreement", () => {
  const text = "Libya's government signed on Monday maritime agreements with Turkey, said Najla Mangoush, the Libyan Minister of Foreign Affairs.";
  const found = weigh(timeEvidence, "mou-2019-maritime", text);
  assert.equal(weights(found), [-4]);
  assert.match(String(found[0]![1]), /“on Monday”, days before an article written after 2021-03-01/);
  assert.equal(weights(weigh(timeEvidence, "mou-2019-maritime", text.replace("signed on Monday", "signed"))), []);
  assert.equal(weights(weigh(timeEvidence, "mou-2019-maritime", "Libya and Turkey sign maritime agreements. The deal was welcomed by Najla Mangoush, the Libyan Minister of Foreign Affairs.")), [-4]);
  // Officials in office when the agreement was made say nothing against it.
  assert.equal(weights(weigh(timeEvidence, "mou-2019-maritime", text.replace("Najla Mangoush, the Libyan Minister of Foreign Affairs", "Fayez al-Sarraj, the Prime Minister"))), []);
});
time("should count an act of the article's own week ('which took place last Monday') as another act when the dates an undated article mentions lie years after the agreement", () => {
  const weighLast = (tweeted: string) => {
    const reading = readText(ctx, ["Turkey and the GNA signed the 2019 maritime memorandum in Istanbul.", `The minister tweeted on ${tweeted}.`, "He said the signing of the memorandum which took place last Monday was condemned by the EU."]);
    const paragraph = reading.paragraphs[2]!;
    return { act: paragraph.acts[0]!, found: timeEvidence({ act: paragraph.acts[0]!, agreement: agreement("mou-2019-maritime"), paragraph, reading, ctx }) };
  };
  const late = weighLast("October 9, 2022");
  assert.equal(late.act.inherited.includes("dates"), false, "its own week, not the 2019 of the act it points back to");
  assert.equal(late.found.map((e) => e.weight), [-4]);
  // A date mentioned months after the agreement may be a plan's: no verdict from it.
  assert.equal(weighLast("January 20, 2020").found.map((e) => e.weight), []);
});
time("should read a date taken from the act referred to as that act's: an entry into force comes after the making", () => {
  const input = lastAct([
    "Earlier on Saturday, 7 December 2019, the memorandum of understanding on the delimitation of maritime jurisdiction areas entered into force.",
    "According to the memorandum, Turkey and the Libyan government decided to delimit the maritime areas in the Mediterranean.",
  ], "mou-2019-maritime");
  assert.ok(input.act.inherited.includes("dates"), "the date is taken from the first paragraph's act");
  const found = timeEvidence(input);
  assert.equal(found.map((e) => e.weight), [0.375], found.map((e) => e.says).join("; "));
  assert.match(found[0]!.says, /after the agreement was made \(taken from p1\)/);
});
time.run();

const details = suite("detailsEvidence()");
details("should weigh the agreement's own names, its officials and its place", () => {
  const found = weigh(detailsEvidence, "qatar-tripartite-2020", "Hulusi Akar and Khalid Al-Attiyah signed the tripartite agreement in Tripoli.");
  assert.equal(weights(found), [2, 1, 1, 1]);
  assert.equal(weigh(detailsEvidence, "gnu-2025", "Turkey and Libya signed an agreement."), []);
});
details("should rule out an act named by another act's name, but not one named for where this one was made or by its own alias", () => {
  const vetoed = (id: string, text: string) => weigh(detailsEvidence, id, text).some(([w, says]) => w === -4 && /another act's name/.test(String(says)));
  assert.ok(vetoed("qatar-tripartite-2020", "The Skhirat Agreement was signed by Libya's rivals with the support of Turkey and Qatar."));
  assert.ok(vetoed("mou-2019-security", "The GNA endorsed the Libyan Political Agreement."));
  assert.not.ok(vetoed("mou-2019-security", "Turkey and the GNA signed the Turkey-Libya Memorandum on security."));
  // Made in Istanbul, the security memorandum may be called for it; the tripartite deal, made in Tripoli, may not.
  assert.not.ok(vetoed("mou-2019-security", "Erdogan defended the Istanbul Agreement against Greek criticism."));
  assert.ok(vetoed("qatar-tripartite-2020", "Erdogan defended the Istanbul Agreement against Greek criticism."));
});
details("should name an agreement's companion when one sentence names both, and an only agreement by its subject and states", () => {
  const found = weigh(detailsEvidence, "mou-2019-security", "Last November, Turkey concluded a maritime and security agreement with the GNA.");
  assert.ok(found.some(([, says]) => /named together with/.test(String(says))));
  const maritime = weigh(detailsEvidence, "mou-2019-maritime", "Turkey and Libya agreed a memorandum on the delimitation of the sea zones.");
  assert.ok(maritime.some(([, says]) => /the only maritime agreement/.test(String(says))));
  // An act with no sides of its own is between the states its paragraph names, when they are exactly these.
  const around = (text: string) => weigh(detailsEvidence, "mou-2019-maritime", text).some(([, says]) => /the only maritime agreement/.test(String(says)));
  assert.ok(around("The maritime jurisdiction agreement was signed between two sovereign countries. Both Türkiye and Libya notified the UN."));
  assert.not.ok(around("The maritime jurisdiction agreement was signed between two sovereign countries. Türkiye, Libya and Greece notified the UN."));
});
details("should name a companion signed in the sentence before, when this one opens 'at the same time'", () => {
  const text = "Turkey and the GNA signed a memorandum on maritime jurisdiction areas. At the same time they also signed a memorandum of understanding on security and defence.";
  const reading = readText(ctx, [text]);
  const paragraph = reading.paragraphs[0]!;
  const security = paragraph.acts.find((a) => a.primary === "military")!;
  const says = detailsEvidence({ act: security, agreement: agreement("mou-2019-security"), paragraph, reading, ctx }).map((e) => e.says);
  assert.ok(says.some((x) => /named together with/.test(x)), says.join("; "));
  const apart = readText(ctx, ["Turkey and the GNA signed a memorandum on maritime jurisdiction areas. Later they signed a memorandum of understanding on security and defence."]);
  const later = apart.paragraphs[0]!.acts.find((a) => a.primary === "military")!;
  assert.not.ok(detailsEvidence({ act: later, agreement: agreement("mou-2019-security"), paragraph: apart.paragraphs[0]!, reading: apart, ctx }).some((e) => /named together with/.test(e.says)));
});
details("should name a companion its sides 'also signed' in the next sentence, with no time of its own", () => {
  const together = (text: string) => {
    const reading = readText(ctx, [text]);
    const paragraph = reading.paragraphs[0]!;
    const security = paragraph.acts.find((a) => a.primary === "military")!;
    return detailsEvidence({ act: security, agreement: agreement("mou-2019-security"), paragraph, reading, ctx }).some((e) => /named together with/.test(e.says));
  };
  assert.ok(together("The security and military agreement between Turkey and Libya was concluded at the end of last month. They also signed a memorandum on the maritime boundary."));
  assert.ok(together("Turkey and the GNA signed a security memorandum. The two sides also signed a memorandum on maritime jurisdiction areas."));
  assert.not.ok(together("The security and military agreement between Turkey and Libya was concluded at the end of last month. In 2022 they also signed a memorandum on the maritime boundary."));
  assert.not.ok(together("The security and military agreement between Turkey and Libya was concluded at the end of last month. They also signed a memorandum on the maritime boundary in 2022."));
});
details("should take a memorandum that says nothing of what it is about, named with one who rejected only this agreement, for this one", () => {
  const text = "Officials in Benghazi said the House of Representatives will not ratify the Turkey-Libya memorandum, a concern to Greece.";
  assert.ok(weigh(detailsEvidence, "mou-2019-maritime", text).some(([w, says]) => w === 2 && /Greece, which rejected this agreement/.test(String(says))));
  assert.not.ok(weigh(detailsEvidence, "mou-2019-security", text).some(([, says]) => /rejected/.test(String(says))));
  // Named in another sentence of the passage, it still says which memorandum the passage is about.
  const apartText = "Greece expelled the Libyan ambassador on Friday. Officials in Benghazi said the House of Representatives will not ratify the Turkey-Libya memorandum.";
  assert.ok(weigh(detailsEvidence, "mou-2019-maritime", apartText).some(([w, says]) => w === 2 && /Greece, which rejected this agreement/.test(String(says))));
  // Its own words say what it is about: they decide, not who is named with it.
  assert.not.ok(weigh(detailsEvidence, "mou-2019-maritime", "Greece condemned the Turkey-Libya security memorandum.").some(([, says]) => /rejected this agreement/.test(String(says))));
  // Nor does a newspaper or channel of that state, which rejects nothing.
  for (const outlet of ["the Greek English-language paper Proto Thema", "Greek state TV", "a Greek daily"]) {
    const reported = `A report in ${outlet} turned the spotlight on a court ruling on a Turkish-Libyan memorandum.`;
    assert.not.ok(weigh(detailsEvidence, "mou-2019-maritime", reported).some(([, says]) => /rejected this agreement/.test(String(says))), outlet);
  }
  // The state itself, named, still is: "Greece told Skai TV…".
  assert.ok(weigh(detailsEvidence, "mou-2019-maritime", "Greece told Skai TV that the Turkish-Libyan memorandum is void.").some(([, says]) => /Greece, which rejected this agreement/.test(String(says))));
  // So is an official of that state: he rejects it for the state he serves.
  assert.ok(weigh(detailsEvidence, "mou-2019-maritime", "Mitsotakis called the Turkish-Libyan memorandum illegal.").some(([w, says]) => w === 2 && /Greece, which rejected this agreement/.test(String(says))));
});
details("should not take a rejection for this agreement's where the article tells of another act between its sides, made years apart", () => {
  const rejected = (paragraphs: string[]) => detailsEvidence(lastAct(paragraphs, "mou-2019-maritime")).some((e) => /rejected this agreement/.test(e.says));
  const last = "Greece holds that the Turkish-Libyan memorandum unsettles peace in the area.";
  assert.not.ok(rejected(["Greece said the memorandum signed on 3 October 2022 breaks international law.", last]));
  // An act made in the agreement's own time is no other act.
  assert.ok(rejected(["Greece said the memorandum signed on 27 November 2019 breaks international law.", last]));
  // Nor is one made by a third state.
  assert.ok(rejected(["Greece and Egypt signed their own agreement on 6 August 2020.", last]));
});
details("should not take a name or a rejection for an act whose sentence sets another act beside it ('signed three years after a contested maritime border deal')", () => {
  const text = "The Turkish-Libyan memorandum of understanding, signed three years after a contested maritime border deal, drew a sharp response from Greece.";
  const found = weigh(detailsEvidence, "mou-2019-maritime", text);
  assert.not.ok(found.some(([, says]) => /named as|rejected this agreement/.test(String(says))), found.map(String).join("; "));
  // The act named in its own words keeps its name.
  const own = weigh(detailsEvidence, "mou-2019-maritime", "The contested maritime border deal, signed a year before the troop mandate, drew a sharp response from Greece.");
  assert.ok(own.some(([, says]) => /named as/.test(String(says))), own.map(String).join("; "));
});
details("should read a pronoun that makes the act ('it agreed') as the side named before it, for an only agreement", () => {
  const found = weigh(detailsEvidence, "mou-2019-maritime", "In 2020 Turkey sent military personnel to Libya. Later that year it agreed a maritime demarcation accord with Tripoli.");
  assert.ok(found.some(([w, says]) => w === 2 && /the only maritime agreement/.test(String(says))), found.map(String).join("; "));
  // Without the pronoun nothing says who the other side was.
  assert.not.ok(weigh(detailsEvidence, "mou-2019-maritime", "In 2020 Turkey sent military personnel to Libya. Later that year a maritime demarcation accord was agreed with Tripoli.").some(([, says]) => /the only/.test(String(says))));
});
details("should read the pronoun that opens a sentence as the side of an act 'signed with' the other one ('He said he would honour the accord signed with the GNA'), for an only agreement", () => {
  const text = "Erdogan spoke in Tunis. He also said he meant to honour the maritime demarcation accord signed with the GNA.";
  const found = weigh(detailsEvidence, "mou-2019-maritime", text);
  assert.ok(found.some(([w, says]) => w === 2 && /the only maritime agreement/.test(String(says))), found.map(String).join("; "));
  // With no pronoun nothing says who signed it with the GNA.
  assert.not.ok(weigh(detailsEvidence, "mou-2019-maritime", "Erdogan spoke in Tunis. The maritime demarcation accord signed with the GNA was discussed.").some(([, says]) => /the only/.test(String(says))));
});
details("should name a companion the article reported before, where this act is named as a separate one", () => {
  const reading = readText(ctx, ["Over the weekend, details came out about a separate Turkish-Libyan military agreement."]);
  const paragraph = reading.paragraphs[0]!;
  const input = { act: paragraph.acts[0]!, agreement: agreement("mou-2019-security"), paragraph, reading, ctx };
  const separate = (reportedBefore: Set<string>) => detailsEvidence({ ...input, reportedBefore }).some((e) => /as separate from the reported/.test(e.says));
  assert.ok(separate(new Set(["mou-2019-maritime"])));
  assert.not.ok(separate(new Set()), "nothing reported before it to be separate from");
  assert.not.ok(detailsEvidence({ ...input, agreement: agreement("gnu-2025"), reportedBefore: new Set(["mou-2019-maritime"]) }).some((e) => /separate/.test(e.says)), "no companion of the 2025 agreement");
});
details("should name the pair when 'the MoUs' point back at the only agreements between their very parties, but not fresh ones or another pair", () => {
  const pair = (text: string, published?: PartialDate) => weigh(detailsEvidence, "mou-2019-maritime", text, published ? { published } : {}).filter(([, says]) => /named with Security and military cooperation MoU as/.test(String(says)));
  const december2019: PartialDate = { iso: "2019-12-19", precision: "day" };
  assert.equal(weights(pair("The Government of National Accord put its signature to the MoUs with Turkey.", december2019)), [2]);
  // Its state beside the body is no further side; a body named outside the act's own clause is none either.
  assert.equal(weights(pair("Libya's Government of National Accord signed the memoranda with Turkey, which the House of Representatives never approved.", december2019)), [2]);
  // "Libya" is the GNA in an article of December 2019; undated, it may be any government of Libya's, and the pair
  // is not the only agreements between the two states.
  assert.equal(weights(pair("Libya signed the MoUs with Turkey.", december2019)), [2]);
  assert.equal(pair("Libya signed the MoUs with Turkey."), []);
  // New acts reported later, a third side, or a subject named: not the pair by this rule.
  assert.equal(pair("The fresh agreements that Turkey has concluded with the Government of National Accord have no legal standing.", { iso: "2020-07-04", precision: "day" }), []);
  assert.equal(pair("Turkey, Qatar and the Government of National Accord signed the memoranda.", december2019), []);
  assert.equal(pair("The Government of National Accord signed the training memoranda with Turkey.", december2019), []);
  // One memorandum is not the pair.
  assert.equal(pair("The Government of National Accord put its signature to the MoU with Turkey.", december2019), []);
  // "The two accords between Tripoli and Ankara in November 2019": counted, and dated when Tripoli's only government was the GNA,
  // in a sentence that speaks of what one of them is about ("military weight") and of what none is about ("economic").
  const counted = "Since the two accords between Tripoli and Ankara in November 2019, Athens has watched Türkiye's military and economic weight grow.";
  assert.equal(weights(pair(counted)), [2]);
  assert.not.ok(weigh(subjectEvidence, "mou-2019-maritime", counted).some(([w]) => Number(w) < 0), "the military weight is the other accord's, not against this one");
  // Undated, "Tripoli" may be the GNU's: the 2025 agreement is one more between those sides.
  assert.equal(pair("Athens has watched Türkiye's weight grow since the two accords between Tripoli and Ankara."), []);
  // A bare plural right after the verb that made it is the acts its sides made ("signed memoranda with Turkey"),
  // in an undated article too when the side is the very body; not new ones, nor ones on another subject.
  assert.equal(weights(pair("The GNA recently signed memoranda of understanding with Turkey's president, Tayyip Erdogan.")), [2]);
  assert.equal(weights(pair("Turkey inked agreements with the Government of National Accord in Istanbul.")), [2]);
  assert.equal(pair("Turkey signed new memoranda with the Government of National Accord."), []);
  assert.equal(pair("Turkey signed memoranda on trade with the Government of National Accord."), []);
  assert.equal(pair("Turkey and Libya signed memoranda of understanding."), []);
  // Nor "several accords" (more than the pair), nor the power "to sign agreements".
  assert.equal(pair("The Sarraj government had already signed several accords with Turkey."), []);
  assert.equal(pair("Al-Sarraj does not have the authority to sign agreements with Turkey."), []);
  // Nor one whose sides come from the passage before it: a bare plural points back at nothing.
  const inherited = detailsEvidence(lastActNamed("agreements", ["A professor of political science confirmed that what was agreed between the Turkish President Recep Tayyip Erdogan and Fayez al-Sarraj has no value in law and is not in agreement with the facts.", "The third reason is that the Skhirat agreement defined the powers of al-Sarraj, and so al-Sarraj went beyond his role when he signed agreements that create obligations."], "mou-2019-maritime", { published: december2019 }));
  assert.not.ok(inherited.some((e) => /named with Security and military cooperation MoU as/.test(e.says)), inherited.map((e) => e.says).join("; "));
  // "Both of the Sarraj – Turkey memoranda" are counted too.
  assert.equal(weights(pair("Haftar declared that both of the Sarraj – Turkey memoranda are void.", { iso: "2020-01-17", precision: "day" })), [2]);
});
details("should not name the pair when the article names another agreement between the same states, dated apart from both", () => {
  const december2019: PartialDate = { iso: "2019-12-19", precision: "day" };
  const pairOf = (paragraphs: string[]) => detailsEvidence(lastAct(paragraphs, "mou-2019-maritime", { published: december2019 })).filter((e) => /named with Security and military cooperation MoU as/.test(e.says));
  const accords = "Brussels regarded the MoUs that the Government of National Accord put its signature to with Turkey as having no validity.";
  assert.equal(pairOf(["Athens recalled its ambassador.", accords]).length, 1);
  assert.equal(pairOf(["Turkey and the Government of National Accord signed a hydrocarbons deal on 3 October 2018.", accords]), []);
});
details("should know an agreement that is the only one between its very parties, but not a 'new' one reported long after it", () => {
  const security = agreement("mou-2019-security");
  const onlyWithTheGna: Agreement = { ...security, recognise: { ...security.recognise, unique: "parties" } };
  const weighOnly = (text: string, published?: PartialDate) => {
    const reading = readText(ctx, [text], published ? { published } : {});
    const paragraph = reading.paragraphs[0]!;
    return detailsEvidence({ act: paragraph.acts[0]!, agreement: onlyWithTheGna, paragraph, reading, ctx }).map((e) => e.says);
  };
  assert.ok(weighOnly("The Turkish parliament ratified the military agreement between Ankara and the government of al-Sarraj.").some((says) => /the only military agreement between Türkiye and Government of National Accord/.test(says)));
  const july2020: PartialDate = { iso: "2020-07-03", precision: "day" };
  assert.not.ok(weighOnly("Turkey signed a new military agreement with the Government of National Accord.", july2020).some((says) => /the only/.test(says)));
  // Written at the time, "the new agreement" is this one.
  assert.ok(weighOnly("Turkey signed a new military agreement with the Government of National Accord.", { iso: "2019-11-28", precision: "day" }).some((says) => /the only/.test(says)));
  assert.not.ok(weighOnly("The Turkish parliament ratified a military agreement between Ankara and Tripoli's unity government.").some((says) => /the only/.test(says)));
  // "Libya's GNA": the state named with its body is that body, not a further side.
  assert.ok(weighOnly("Turkey and Libya's Government of National Accord (GNA) signed a military cooperation agreement.").some((says) => /the only military agreement/.test(says)));
  // So is "the GNA of Libya".
  assert.ok(weighOnly("Erdogan approved the memorandum on military cooperation between Turkey and the Government of National Accord (GNA) of Libya.").some((says) => /the only military agreement/.test(says)));
  // So is the capital it is based in: "the Tripoli-based GNA".
  assert.ok(weighOnly("Turkey stands behind the Tripoli-based GNA and has signed a military cooperation agreement with it.").some((says) => /the only military agreement/.test(says)));
  // Libya named apart, as a side of its own, still is one.
  assert.not.ok(weighOnly("Erdogan approved the memorandum on military cooperation between Turkey, the Government of National Accord and Libya.").some((says) => /the only military agreement/.test(says)));
  // "The Tripoli government of al-Serraj": a state's government named with the one who led it is his body.
  assert.ok(weighOnly("Ankara concluded a military accord with the Tripoli government of al-Serraj.").some((says) => /the only military agreement/.test(says)));
  assert.ok(weighOnly("Ankara concluded a military accord with Libya's government, led by Prime Minister Fayez al-Sarraj.").some((says) => /the only military agreement/.test(says)));
  // So is a capital "represented by" the body that spoke for it, in an undated article too.
  assert.ok(weighOnly("The Council will also take up the military agreement that Ankara concluded with Tripoli, represented by the Sarraj government.").some((says) => /the only military agreement/.test(says)));
  assert.not.ok(weighOnly("The Council will also take up the military agreement that Ankara concluded with Tripoli, which the United Nations recognises.").some((says) => /the only military agreement/.test(says)));
});
details("should take 'the unity government' for the GNA in an article that names the GNA's head in office, and its seat for no further side", () => {
  const security = agreement("mou-2019-security");
  const onlyWithTheGna: Agreement = { ...security, recognise: { ...security.recognise, unique: "parties" } };
  const act = "A week ago the Turkish parliament gave its approval to a military agreement with the unity government in Tripoli.";
  const only = (paragraphs: string[]) => detailsEvidence(lastAct(paragraphs, onlyWithTheGna)).some((e) => /the only military agreement between Türkiye and Government of National Accord/.test(e.says));
  assert.ok(only(["The speaker wants the EU to withdraw its recognition of Prime Minister Fayez al-Sarraj's unity government.", act]));
  // With no head of the GNA named in office, the name may be the GNU's: either government may be meant.
  assert.not.ok(only(["The speaker wants the EU to withdraw its recognition of the government.", act]));
  const sides = partiesEvidence(lastAct(["The speaker wants the EU to withdraw its recognition of Prime Minister Fayez al-Sarraj's unity government.", act], "mou-2019-security")).map((e) => e.says);
  assert.ok(sides.some((says) => /^parties: “Turkish”, “unity government”$/.test(says)), sides.join(" | "));
});
details("should take the Presidential Council for the government it sat in when the article names its head in office", () => {
  const security = agreement("mou-2019-security");
  const onlyWithTheGna: Agreement = { ...security, recognise: { ...security.recognise, unique: "parties" } };
  const only = (first: string) => detailsEvidence(lastAct([first, "Ankara had concluded a military cooperation agreement with the Presidential Council."], onlyWithTheGna)).some((e) => /the only military agreement between Türkiye and Government of National Accord/.test(e.says));
  // Fayez al-Sarraj headed it under the GNA, until March 2021: the Council then sat in the GNA.
  assert.ok(only("Fayez al-Sarraj, head of the Presidential Council, has not yet stepped down."));
  // The Council sits beside the GNU since: named with no time, it may be either.
  assert.not.ok(only("The Presidential Council has not yet answered."));
});
details("should not take several deals, one of them on a subject no agreement of the catalogue is about, for the only agreement on the other", () => {
  const only = (text: string) => weigh(detailsEvidence, "mou-2019-maritime", text).some(([, says]) => /the only maritime agreement/.test(String(says)));
  assert.not.ok(only("Talks were to cover the disputed maritime and gas deals that Turkey has signed with Libya."));
  assert.ok(only("Talks were to cover the disputed maritime deals that Turkey has signed with Libya."));
});
details("should take an act of no subject among the three sides of the catalogue's only agreement between them for that one, but not an act between two sides", () => {
  const only = (of: string | Agreement, text: string) => detailsEvidence(lastAct([text], of)).some((e) => /the only/.test(e.says));
  assert.ok(only("qatar-tripartite-2020", "The visit looked at activities under the memoranda of understanding signed between the GNA, Qatar and Turkey."));
  // Two sides make many agreements: an LNA–Türkiye act of no subject is not the only one, even where the catalogue holds one.
  const lna = agreement("lna-2025");
  const lnaOnly: Agreement = { ...lna, recognise: { ...lna.recognise, unique: "parties" } };
  assert.not.ok(only(lnaOnly, "The visit looked at activities under the memorandum of understanding signed between the LNA and Turkey."));
});
details("should point agreements named together at the one what is done under them is about", () => {
  const together = (id: string, text: string) => weigh(detailsEvidence, id, text).some(([, says]) => /named with .* between its parties/.test(String(says)));
  const training = "Turkey continues to train troops of the GNA in Tripoli, with advanced military courses, as part of the two agreements signed between Ankara and Tripoli.";
  assert.ok(together("mou-2019-security", training));
  assert.not.ok(together("mou-2019-maritime", training));
  // A sentence that only speaks of military weight beside them still names both.
  const since = "Since the two accords between Tripoli and Ankara in November 2019, Athens has watched Türkiye's military weight grow.";
  assert.ok(together("mou-2019-maritime", since));
});
details("should not name several deals that reach past the catalogue by the agreement's alias ('economic and maritime deals'), but still by its own words", () => {
  const named = (id: string, text: string) => weigh(detailsEvidence, id, text).some(([, says]) => /^named as/.test(String(says)));
  assert.not.ok(named("mou-2019-maritime", "One of Libya's rival governments signed preliminary economic and maritime deals with Turkey."));
  assert.ok(named("mou-2019-maritime", "One of Libya's rival governments signed maritime deals with Turkey."));
  assert.ok(named("mou-2019-security", "In November 2019, Turkey signed two MoUs with the GNA, on defence and on gas drilling."));
});
details("should not take an agreement for the only one of its kind where the article reports another of that kind, dated apart from it", () => {
  const only = (first: string) =>
    detailsEvidence(lastAct([first, "Turkey's maritime agreement with the Government of National Accord is meant to secure the gas fields."], "mou-2019-maritime", { published: { iso: "2020-07-05", precision: "day" } })).some((e) => /the only/.test(e.says));
  assert.ok(only("General al-Mahjoub spoke to the press."), "no other act: the only one");
  assert.not.ok(only("On Friday, the Turkish foreign minister signed a maritime agreement with the Government of National Accord."));
  // A state named as an adjective of another act's noun is no side of this one.
  assert.ok(only("Greece and Egypt, which signed their own agreement on the maritime zones between them in August 2020, consider the Turkish–Libyan memorandum null and have asked the United Nations not to register it."));
  // A year guessed for a day and month is too weak to tell.
  assert.ok(only("On 3 July, Turkey signed a maritime agreement with the Government of National Accord."));
});
details("should not take an agreement for the only one of its kind where the article reports one of that kind made by someone none of its makers, nor in their offices", () => {
  const maritime = (first: string) => detailsEvidence(lastAct([first, "The agreement between Turkey and the Accord Government on the maritime zones angered Greece."], "mou-2019-maritime"));
  const only = (first: string) => maritime(first).some((e) => /the only/.test(e.says));
  assert.ok(only("Athens recalled its ambassador."), "no other act: the only one");
  // Undated: nothing dates the act apart from the 2019 memorandum, but who signed it does.
  assert.not.ok(only("On Friday evening, the Turkish Minister of Foreign Affairs and the Chief of Staff signed a maritime agreement with the Government of Accord."));
  assert.not.ok(only("Al-Arabiya said that the Turkish defence minister and the chief of staff had signed a new maritime agreement with the Al-Wefaq government."));
  // Or a passive's agent.
  assert.not.ok(only("Apart from a maritime agreement, signed by the Turkish foreign minister with the Wefaq government, reports name a new governor."));
  assert.ok(only("Apart from a maritime agreement, signed by President Erdogan with the Wefaq government, reports name a new governor."));
  // The act itself says so, as evidence against.
  const signing = detailsEvidence(lastAct(["The Turkish foreign minister signed a maritime agreement with the Al-Wefaq government."], "mou-2019-maritime"));
  assert.ok(signing.some((e) => e.weight < 0 && /foreign minister/.test(e.says)), signing.map((e) => e.says).join("; "));
  // Its own makers, or an office one of them held, or an office that is the subject of another verb, do not.
  assert.ok(only("President Erdogan and Prime Minister al-Sarraj signed a maritime agreement in Istanbul."));
  assert.ok(only("The Turkish President signed a maritime agreement with the Government of Accord."));
  assert.ok(only("The Cypriot Minister of Foreign Affairs condemned the signing of a maritime agreement between Turkey and the Government of Accord."));
  // Or named as the one who made it, for a side whose maker is someone else.
  const struck = detailsEvidence(lastAct(["Libyan observers called the maritime deal Hulusi Akar struck, after meeting Prime Minister Fayez al-Sarraj, humiliating."], "mou-2019-maritime"));
  assert.ok(struck.some((e) => e.weight < 0 && /Hulusi Akar/.test(e.says)), struck.map((e) => e.says).join("; "));
  assert.not.ok(struck.some((e) => /the only/.test(e.says)), struck.map((e) => e.says).join("; "));
  // Under the spelling a translation gives the name (Turkish copy writes Najla Mangoush as "Necla el-Menguş").
  const translated = detailsEvidence(lastAct(["Necla el-Menguş signed the maritime memorandum with Turkey."], "mou-2019-maritime"));
  assert.ok(translated.some((e) => e.weight < 0 && /Menguş/.test(e.says)), translated.map((e) => e.says).join("; "));
  // Or as the one who has the other side sign, whoever is named as that side.
  const caused = detailsEvidence(lastAct(["Sources say the Turkish Defence Minister, while he was in Tripoli, got the Government of National Accord led by Fayez El Sarraj to sign a defence agreement."], "mou-2019-security"));
  assert.ok(caused.some((e) => e.weight < 0 && /Defence Minister/i.test(e.says)), caused.map((e) => e.says).join("; "));
  assert.not.ok(caused.some((e) => /the only/.test(e.says)), caused.map((e) => e.says).join("; "));
  // Nor is an agreement of that kind after it the only one: the office's state is the other side of that act.
  assert.not.ok(only("Sources say the Turkish Foreign Minister, while he was in Tripoli, got the Government of Accord to sign a maritime agreement."));
  const causedByMaker = detailsEvidence(lastAct(["Sources say the Turkish President got the Government of National Accord led by Fayez El Sarraj to sign a defence agreement."], "mou-2019-security"));
  assert.not.ok(causedByMaker.some((e) => e.weight < 0), causedByMaker.map((e) => e.says).join("; "));
  // Or as a pronoun in a clause set before the sentence's subject, who is named after it.
  const fronted = detailsEvidence(lastAct(["The day after he arrived in Tripoli and signed security agreements with the government led by Fayez al-Sarraj, Turkish Defence Minister Hulusi Akar inspected a warship."], "mou-2019-security"));
  assert.ok(fronted.some((e) => e.weight < 0 && /Hulusi Akar/.test(e.says)), fronted.map((e) => e.says).join("; "));
  const sameHand = detailsEvidence(lastAct(["The day after he signed security agreements with the government led by Fayez al-Sarraj, President Recep Tayyip Erdogan spoke to parliament."], "mou-2019-security"));
  assert.not.ok(sameHand.some((e) => e.weight < 0), sameHand.map((e) => e.says).join("; "));
  // Nor where the act is named by this agreement's own names, whoever signed it.
  const named = detailsEvidence(lastAct(["The Libyan foreign minister signed the memorandum on the delimitation of maritime jurisdiction areas with Turkey."], "mou-2019-maritime"));
  assert.not.ok(named.some((e) => e.weight < 0), named.map((e) => e.says).join("; "));
  // Nor for the agreement that office-holder made.
  const tripartite = detailsEvidence(lastAct(["The Turkish and Qatari defence ministers signed a military agreement with the Government of Accord and Qatar."], "qatar-tripartite-2020"));
  assert.not.ok(tripartite.some((e) => e.weight < 0), tripartite.map((e) => e.says).join("; "));
  assert.ok(tripartite.some((e) => /the only/.test(e.says)), tripartite.map((e) => e.says).join("; "));
  // Nor where one of its makers had the other side sign it, under a bare causative ("had …, made … sign").
  for (const sentence of [
    "On Monday in Tripoli the Turkish defence chief, Hulusi Akar, and his Qatari counterpart had the Tripoli prime minister, Fayez al-Sarraj, sign an accord on a naval base.",
    "In Tripoli Hulusi Akar and the Qatari minister made Fayez al-Sarraj sign a military accord with Turkey and Qatar.",
  ]) {
    const hadSign = detailsEvidence(lastAct([sentence], "qatar-tripartite-2020"));
    assert.not.ok(hadSign.some((e) => e.weight < 0), hadSign.map((e) => e.says).join("; "));
    assert.ok(hadSign.some((e) => /the only/.test(e.says)), hadSign.map((e) => e.says).join("; "));
  }
  // A "had" that is no causative ("had the support of Qatar when he signed") leaves one who is none of its makers the
  // other hand that says another act may be meant.
  const hadSigned = detailsEvidence(lastAct(["Fayez al-Sarraj had the support of Qatar when he signed a military accord with Turkey and Qatar."], "qatar-tripartite-2020"));
  assert.ok(hadSigned.some((e) => e.weight < 0 && /Sarraj/.test(e.says)), hadSigned.map((e) => e.says).join("; "));
});
details("should not take a promise to cooperate, with no agreement named, for the only agreement of its kind", () => {
  const only = (text: string) => detailsEvidence(lastAct([text], "mou-2019-maritime")).some((e) => /the only/.test(e.says));
  assert.not.ok(only("Turkey and the Government of National Accord agreed to work together on maritime matters."));
  assert.not.ok(only("Turkey and the Government of National Accord agreed to cooperate on maritime security."));
  assert.ok(only("Turkey and the Government of National Accord agreed to delimit their maritime jurisdiction areas."));
});
details("should not take an agreement still being negotiated for the one its sides made, nor name its makers", () => {
  const says = (text: string) => detailsEvidence(lastAct([text], "mou-2019-maritime")).map((e) => e.says).join("; ");
  assert.not.match(says("Turkey and the Government of National Accord of Fayez al-Sarraj are said to be negotiating a maritime agreement that would open the seas."), /the only|who made it/);
  assert.not.match(says("Turkey and the Government of National Accord of Fayez al-Sarraj held talks on a new maritime agreement."), /the only|who made it/);
  // Once made, it is: negotiations before a signing do not undo it.
  assert.match(says("After weeks of negotiating the maritime agreement, Turkey and the Government of National Accord of Fayez al-Sarraj signed it."), /who made it.*the only maritime agreement/);
  assert.match(says("Turkey and the Government of National Accord of Fayez al-Sarraj signed a maritime agreement."), /who made it.*the only maritime agreement/);
});
details("should name an act of no subject, set 'together with' its companion, as the other one made with it", () => {
  const input = lastAct(["The Ankara–Tripoli agreement was signed in November 2019 together with a maritime demarcation agreement."], "mou-2019-security");
  assert.ok(detailsEvidence(input).some((e) => /named together with/.test(e.says)));
  // And its subject, which says nothing, is no longer taken for the companion's.
  assert.not.ok(subjectEvidence(input).some((e) => e.veto), subjectEvidence(input).map((e) => e.says).join("; "));
  assert.ok(subjectEvidence(lastAct(["The Ankara–Tripoli agreement was signed in November 2019."], "mou-2019-security")).some((e) => e.veto));
});
details("should name both companions in one agreement whose own words name both their subjects", () => {
  const together = (id: string, text: string) => detailsEvidence(lastAct([text], id)).some((e) => /named together with/.test(e.says));
  const both = "The internationally recognised Libyan government had signed an agreement with Turkey on security cooperation and the demarcation of maritime boundaries.";
  assert.ok(together("mou-2019-security", both));
  assert.ok(together("mou-2019-maritime", both));
  assert.not.ok(together("mou-2019-security", "The internationally recognised Libyan government had signed an agreement with Turkey on security cooperation and the training of officers."));
});
details.run();
