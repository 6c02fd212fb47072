import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadDossierData, readOutlets } from "../../scripts/data.ts";
import { recognise } from "../../scripts/extract/links.ts";
import { readingContext, readSource } from "../../scripts/extract/reading.ts";
import { isNear, weighAct } from "../../scripts/extract/score.ts";
import { THRESHOLD } from "../../scripts/evidence.ts";
import { ingestAll } from "../../scripts/ingest/index.ts";
import { readSeeds } from "../../scripts/ingest/read-seeds.ts";
import { fixtureContext, readText, RECOGNITION_FIXTURE } from "../helpers/recognition.ts";
import { makeSource } from "../helpers/sources.ts";

const { data, ctx } = await fixtureContext();
const NEW = join(RECOGNITION_FIXTURE, "new-agreement");

async function fixtureSources() {
  const listing = await readSeeds(join(NEW, "seeds"), NEW);
  return ingestAll(listing.seeds, await readOutlets(join(RECOGNITION_FIXTURE, "_data"))).sources;
}

const links = suite("recognise()");
links("should link each source to the agreements it reports, with the evidence and the facts it states", () => {
  const reading = readText(ctx, ["On Nov. 27, 2019, Ankara and Tripoli signed two memoranda of understanding in Istanbul, one on military cooperation and the other on maritime boundaries."], { id: "s" });
  const { links: found } = recognise([reading], data.catalogue.agreements, ctx);
  assert.equal(found.map((l) => l.agreement), ["mou-2019-security", "mou-2019-maritime"]);
  const [security] = found;
  assert.ok(security!.passages[0]!.score >= THRESHOLD);
  assert.equal(security!.facts.dates.map((d) => d.value.iso), ["2019-11-27"]);
  assert.equal(security!.facts.places.map((p) => p.value), ["istanbul"]);
  assert.equal(security!.facts.statuses.map((s) => s.value), ["signed"]);
});
links("should state no fact from a sentence about another event in the same paragraph", () => {
  const reading = readText(ctx, ["Turkey and the GNA signed a security memorandum in November 2019. A UN-backed ceasefire was signed on Oct. 23, 2020, and Turkish lawmakers ratified a motion."], { id: "s" });
  const security = recognise([reading], data.catalogue.agreements, ctx).links.find((l) => l.agreement === "mou-2019-security")!;
  assert.equal(security.facts.dates.map((d) => d.value.iso), ["2019-11"]);
  assert.equal(security.facts.statuses.map((s) => s.value), ["signed"]);
});
links("should send an agreement-like act no entry matches to the review queue as a candidate", () => {
  const reading = readText(ctx, ["Turkey and Libya signed a memorandum of understanding on hydrocarbons exploration in Tripoli on Monday."], { id: "s", published: { iso: "2022-10-04", precision: "day" } });
  const result = recognise([reading], data.catalogue.agreements, ctx);
  assert.equal(result.links, []);
  // "Libya", in an act of October 2022, is the government that spoke for it then.
  assert.equal(result.review.candidates.map((c) => [c.kind, c.subjects, c.parties, c.date?.iso]), [["memorandum of understanding", ["energy"], ["turkiye", "gnu"], "2022-10-03"]]);
  // With no date to tell which, the state stays.
  const undated = recognise([readText(ctx, ["Turkey and Libya signed a memorandum of understanding on hydrocarbons exploration in Tripoli."], { id: "u" })], data.catalogue.agreements, ctx);
  assert.equal(undated.review.candidates.map((c) => c.parties), [["turkiye", "libya"]]);
});
links("should send an agreement named with its own sides and subject, and no act on it, to the review queue, unless it may be a catalogued one", () => {
  const published = { iso: "2022-10-04", precision: "day" as const };
  const named = recognise([readText(ctx, ["The memorandum on hydrocarbons exploration between Turkey and the Government of National Unity covers offshore blocks."], { id: "n", published })], data.catalogue.agreements, ctx);
  assert.equal(named.review.candidates.map((c) => [c.kind, c.subjects, c.parties, c.status]), [["memorandum", ["energy"], ["turkiye", "gnu"], null]]);
  // A military one between them may be the catalogue's 2025 agreement, named in passing.
  const military = recognise([readText(ctx, ["The Flight Training Protocol between Turkey and the Government of National Unity covers the training of Libyan pilots."], { id: "m", published })], data.catalogue.agreements, ctx);
  assert.equal(military.review.candidates, []);
  // "The Turkish-Libyan maritime accord" in passing is most likely the catalogued one: the queue would only repeat it.
  const catalogued = recognise([readText(ctx, ["Athens has protested about the maritime accord between Turkey and Libya for years."], { id: "c", published })], data.catalogue.agreements, ctx);
  assert.equal(catalogued.review.candidates, []);
  // Nor is an agreement named with no sides of its own.
  const bare = recognise([readText(ctx, ["The training protocol covers Libyan pilots."], { id: "b", published })], data.catalogue.agreements, ctx);
  assert.equal(bare.review.candidates, []);
});
links("should send a contested act that its own words make, with its sides and subject, to the review queue as made", () => {
  const published = { iso: "2022-10-10", precision: "day" as const };
  const made = recognise([readText(ctx, ["Greece has formally protested against the new energy memorandum of understanding concluded between Ankara and Libya's Government of National Unity."], { id: "p", published })], data.catalogue.agreements, ctx);
  assert.equal(made.review.candidates.map((c) => [c.subjects, c.parties.includes("turkiye" as never) && c.parties.includes("gnu" as never), c.status]), [[["energy"], true, "signed"]]);
  // Contested with nothing that makes it, it is one already made, reported by its critics; so is one the catalogue has.
  const contested = recognise([readText(ctx, ["Greece has formally protested against the new energy memorandum between Ankara and Libya's Government of National Unity."], { id: "c", published })], data.catalogue.agreements, ctx);
  assert.equal(contested.review.candidates, []);
  const catalogued = recognise([readText(ctx, ["Greece has protested against the maritime memorandum concluded between Turkey and the Government of National Accord."], { id: "k", published })], data.catalogue.agreements, ctx);
  assert.equal(catalogued.review.candidates, []);
});
links("should send a headline's act that no agreement matches to the review queue, unless the body reports it alike", () => {
  const published = { iso: "2022-10-04", precision: "day" as const };
  const headline = "Türkiye and Libya sign memorandum on hydrocarbons exploration";
  const only = recognise([readText(ctx, ["Officials in Athens said they were watching closely."], { id: "h", headline, published })], data.catalogue.agreements, ctx);
  assert.equal(only.review.candidates.map((c) => [c.paragraph, c.subjects]), [["headline", ["energy"]]]);
  const alike = recognise([readText(ctx, ["Turkey and Libya signed a memorandum of understanding on hydrocarbons exploration in Tripoli on Monday."], { id: "b", headline, published })], data.catalogue.agreements, ctx);
  assert.equal(alike.review.candidates.map((c) => c.paragraph), ["p1"]);
});
links("should link no agreement to an act made by state companies, and send it to the review queue under their states ('signed by Libya's national oil company')", () => {
  const reading = readText(ctx, ["Athens is watching Libya and Turkey closely. The memorandum of understanding on offshore surveys was signed yesterday by Libya's national oil company with its Turkish counterpart."], { id: "s", published: { iso: "2025-06-26", precision: "day" } });
  const result = recognise([reading], data.catalogue.agreements, ctx);
  assert.equal(result.links, []);
  assert.equal(result.review.candidates.map((c) => c.parties), [["turkiye", "gnu"]]);
});
links("should give a candidate that names its own subject the sides of the act before it ('The two sides also signed a memorandum on hydrocarbons'), and none to that act named again", () => {
  const published = { iso: "2022-10-04", precision: "day" as const };
  const also = recognise([readText(ctx, ["Turkey and Libya signed a trade agreement in Tripoli on Monday.", "The two sides also signed a memorandum of understanding on hydrocarbons exploration."], { id: "s", published })], data.catalogue.agreements, ctx);
  assert.equal(also.review.candidates.map((c) => [c.paragraph, c.subjects, c.parties]), [["p1", ["economy"], ["turkiye", "gnu"]], ["p2", ["energy"], ["turkiye", "libya"]]]);
  const again = recognise([readText(ctx, ["Turkey and Libya signed a trade agreement in Tripoli on Monday.", "The agreement was signed after talks."], { id: "s", published })], data.catalogue.agreements, ctx);
  assert.equal(again.review.candidates.map((c) => c.paragraph), ["p1"]);
});
links("should give an act that counts its sides ('The two leaders also signed a series of agreements') the sides the sentence before names, where no act before gave it any, and none to 'the agreement' the two sides signed again", () => {
  const published = { iso: "2022-10-04", precision: "day" as const };
  const counted = recognise([readText(ctx, ["Libyan Prime Minister Abdulhamid Dbeibah met President Recep Tayyip Erdogan in Ankara on Monday.", "The two leaders also signed a series of agreements."], { id: "s", published })], data.catalogue.agreements, ctx);
  assert.equal(counted.review.candidates.map((c) => [c.paragraph, c.kind, c.parties]), [["p2", "agreements", ["gnu", "turkiye"]]]);
  const sideless = recognise([readText(ctx, ["The Turkish Air Force is to train Libyan fighter pilots under a new military agreement signed in Istanbul on Tuesday.", "Turkish Defence Minister Hulusi Akar met Abdulhamid Dbeibah, prime minister of the Government of National Unity. Under the agreement the two men signed, Turkey will help the Libyan Air Force."], { id: "s", published })], data.catalogue.agreements, ctx);
  assert.equal(sideless.review.candidates.map((c) => [c.paragraph, c.subjects, c.parties]), [["p2", ["military"], ["turkiye", "gnu"]]]);
  const again = recognise([readText(ctx, ["Turkey and Libya signed a trade agreement in Tripoli on Monday.", "The two sides signed the agreement after talks."], { id: "s", published })], data.catalogue.agreements, ctx);
  assert.equal(again.review.candidates.map((c) => c.paragraph), ["p1"]);
});
links("should send an act its paragraph's cited act outranks, whose own sides tell against the agreement, to the review queue as a candidate", () => {
  const published = { iso: "2022-10-06", precision: "day" as const };
  const headline = "Turkey–Libya memoranda: gas and oil in return for protection";
  const text = "The memoranda just signed with Prime Minister Dbeibeh, whose term officially expired in December 2021, come after the one signed in 2019 on the delimitation of the maritime boundaries between Libya and Turkey.";
  const result = recognise([readText(ctx, [text], { id: "s", headline, published })], data.catalogue.agreements, ctx);
  assert.equal(result.links.map((l) => l.agreement), ["mou-2019-maritime"]);
  assert.equal(result.review.candidates.map((c) => [c.paragraph, c.kind]), [["p1", "memoranda"]]);
  // Not a second mention of the cited agreement that says nothing against it.
  const again = recognise([readText(ctx, ["Turkey and the GNA signed a maritime memorandum in November 2019; Greece said the accord Ankara reached with Sarraj was void."], { id: "t", published })], data.catalogue.agreements, ctx);
  assert.equal(again.review.candidates, []);
});
links("should leave no act between the review queue's band and the candidates ('sign maritime hydrocarbons deal', weighed at its edge)", () => {
  const reading = readText(ctx, ["Ankara, Tripoli sign maritime hydrocarbons deal"], { id: "s", published: { iso: "2022-10-03", precision: "day" } });
  const act = reading.paragraphs[0]!.acts[0]!;
  const best = Math.max(...data.catalogue.agreements.map((agreement) => weighAct({ act, agreement, paragraph: reading.paragraphs[0]!, reading, ctx }).score));
  const result = recognise([reading], data.catalogue.agreements, ctx);
  assert.equal(result.links, []);
  assert.is(result.review.near.length + result.review.candidates.length > 0, true, `weighed ${best}: neither near the threshold nor a candidate`);
  assert.equal(result.review.candidates.map((c) => c.subjects), [["maritime", "energy"]]);
});
links("should not take a headline act that names other sides ('the Cairo–Greece agreement') for the agreement its article reports", () => {
  const paragraphs = [
    "Egypt's deputy said today that the agreement on the demarcation of the maritime borders between Cairo and Greece is a hard slap on Erdogan's face.",
    "It finished off the memorandum on maritime jurisdiction that Turkey and the GNA signed in Istanbul on 27 November 2019.",
  ];
  const reading = readText(ctx, paragraphs, { id: "s", headline: "The Cairo–Greece agreement is a hard slap on Erdogan's face" });
  assert.equal(reading.head[0]!.acts[0]!.roles.filter((r) => r.inPhrase).map((r) => r.stands_for), ["egypt", "greece"], "a compound with a dash is the act's own words");
  const maritime = recognise([reading], data.catalogue.agreements, ctx).links.find((l) => l.agreement === "mou-2019-maritime")!;
  assert.equal(maritime.passages.map((w) => w.paragraph), ["p2"]);
});
links("should list a passage weighed close to the threshold for review, linked or not", () => {
  const reading = readText(ctx, ["Turkey signed a maritime deal with a neighbour."], { id: "s" });
  const result = recognise([reading], data.catalogue.agreements, ctx);
  assert.ok(result.review.near.some((w) => w.agreement === "mou-2019-maritime"));
});
links("should put a source that nothing else places before the analyst with its closest call, or with none where it names no act", () => {
  const far = readText(ctx, ["Egypt and Greece signed an agreement on their sea border in Cairo.", "Turkey said the deal was void."], { id: "far", published: { iso: "2020-08-07", precision: "day" } });
  const none = readText(ctx, ["Libyan officials met in Tunis to discuss elections."], { id: "none" });
  const cited = readText(ctx, ["On Nov. 27, 2019, Ankara and Tripoli signed two memoranda of understanding in Istanbul, one on military cooperation and the other on maritime boundaries."], { id: "cited" });
  const result = recognise([far, none, cited], data.catalogue.agreements, ctx);
  assert.equal(result.review.unplaced.map((u) => u.source), ["far", "none"]);
  const [closest, nothing] = result.review.unplaced.map((u) => u.closest);
  // The highest of every weighing of every act against every agreement.
  const best = Math.max(...far.paragraphs.flatMap((p) => p.acts.flatMap((act) => data.catalogue.agreements.map((agreement) => weighAct({ act, agreement, paragraph: p, reading: far, ctx }).score))));
  assert.is(closest!.score, best);
  assert.ok(closest!.score <= THRESHOLD - 2, `scored ${closest!.score}: the queue's other lists would hold it`);
  assert.is(nothing, null);
});
links("should cite an article where the analyst places it, at the paragraph named, and keep it out where the analyst says, with the analyst's word in the evidence", () => {
  const base = makeSource("s", ["Greece protested against the two memoranda Turkey and Libya's Government of National Accord signed in Istanbul on 27 November 2019, one on military cooperation and one on maritime boundaries.", "The deal on the sea carves up waters between Crete and the Libyan coast, Greek officials said."], { published: { iso: "2019-12-03", precision: "day" } });
  const as = (placed: NonNullable<typeof base.meta.placed>) => readSource({ ...base, meta: { ...base.meta, placed } }, ctx);
  const before = recognise([readSource(base, ctx)], data.catalogue.agreements, ctx);
  assert.equal(before.links.map((l) => [l.agreement, l.passages.map((w) => w.paragraph)]), [["mou-2019-security", ["p1"]], ["mou-2019-maritime", ["p1"]]]);
  const after = recognise([as({ citedIn: [{ agreement: "mou-2019-maritime", paragraph: "p2", line: 1 }], notCitedIn: [{ agreement: "mou-2019-security", line: 2 }] })], data.catalogue.agreements, ctx);
  assert.equal(after.links.map((l) => [l.agreement, l.passages.map((w) => w.paragraph)]), [["mou-2019-maritime", ["p1", "p2"]]]);
  const placed = after.links[0]!.passages[1]!;
  assert.ok(placed.linked && placed.evidence.some((e) => /cited here by the analyst/.test(e.says)), JSON.stringify(placed.evidence));
  assert.ok(!after.review.near.some((w) => w.agreement === "mou-2019-security"), "a near call the analyst has decided");
  // A paragraph that names no act is cited by its first sentence, on the analyst's word alone.
  const plain = makeSource("t", ["Turkish officials visited Tripoli on Wednesday. They discussed the sea."], { published: { iso: "2019-12-05", precision: "day" } });
  const word = recognise([readSource({ ...plain, meta: { ...plain.meta, placed: { citedIn: [{ agreement: "mou-2019-maritime", paragraph: "p1", line: 1 }], notCitedIn: [] } } }, ctx)], data.catalogue.agreements, ctx);
  assert.equal(word.links.map((l) => l.passages.map((w) => [w.paragraph, w.score, w.quote, w.evidence.length])), [[["p1", 0, "Turkish officials visited Tripoli on Wednesday.", 1]]]);
  // A source the analyst has kept out of everything it was cited in has been checked: it does not wait in the queue.
  const out = recognise([as({ citedIn: [], notCitedIn: [{ agreement: "mou-2019-security", line: 1 }, { agreement: "mou-2019-maritime", line: 2 }] })], data.catalogue.agreements, ctx);
  assert.equal([out.links, out.review.unplaced], [[], []]);
});
links("should recognise an agreement added only to the catalogue, with no code change", async () => {
  const sources = await fixtureSources();
  const extended = (await loadDossierData({ dir: join(RECOGNITION_FIXTURE, "_data"), catalogueFile: join(NEW, "agreements.yaml") })).data!;
  const withEntry = recognise(sources.map((s) => readSource(s, readingContext(extended))), extended.catalogue.agreements, readingContext(extended));
  const cited = withEntry.links.filter((l) => l.agreement === "hydrocarbons-2022").map((l) => l.source);
  assert.is(cited.length, 2);
  assert.ok(!withEntry.links.some((l) => l.source.includes("trade")));
  // The same articles with the catalogue as it was: no brief links them, and the review queue lists the act.
  const without = recognise(sources.map((s) => readSource(s, ctx)), data.catalogue.agreements, ctx);
  assert.equal(without.links, []);
  assert.ok(without.review.candidates.some((c) => c.subjects.includes("energy")));
});
links("should cite a passage that names the act without saying which, once another passage of the article says which", () => {
  const paragraphs = [
    "Türkiye and Libya's eastern-based Libyan National Army (LNA) have signed a landmark defence cooperation agreement.",
    "The agreement was finalized during a visit to Ankara by Saddam Haftar, chief of staff of the LNA ground forces.",
  ];
  const lna = (texts: string[]) => recognise([readText(ctx, texts, { id: "s" })], data.catalogue.agreements, ctx).links.find((l) => l.agreement === "lna-2025");
  const link = lna(paragraphs);
  assert.equal(link?.passages.map((w) => w.paragraph), ["p1", "p2"]);
  assert.match(link!.passages[0]!.evidence.at(-1)!.says, "the article says which act this is in p2");
  assert.equal(link!.facts.parties.map((f) => f.value), [["turkiye", "lna"]]);
  // On its own, the first passage does not say which of Türkiye's agreements with the LNA it reports.
  assert.is(lna(paragraphs.slice(0, 1)), undefined);
});
links("should read a headline too vague to link as the agreement its article reports, and 'the deal' that refers to it as that one", () => {
  const reading = readText(
    ctx,
    [
      "According to TRT Haber, Türkiye and the Libyan National Army finalized the agreement during a visit to Ankara by Saddam Haftar.",
      "Officials described the new agreement as a critical part of Ankara's vision.",
      "The deal covers joint military training and drone supply.",
    ],
    { id: "s", headline: "Türkiye takes bold step toward Libyan unity with new defence pact" },
  );
  const link = recognise([reading], data.catalogue.agreements, ctx).links.find((l) => l.agreement === "lna-2025");
  assert.equal(link?.passages.map((w) => w.paragraph), ["p1", "p2", "p3"]);
});
links("should not take a headline act about other things ('sign defence deals after maritime spat') for the agreement its article reports", () => {
  const paragraphs = [
    "Dbeibah, Libya's Tripoli-based prime minister, has signed two deals with Turkey's defence minister.",
    "The new deals follow by three weeks the signing in Tripoli of a deal permitting oil and gas exploration in Libya's waters.",
    "That deal was built on the 2019 deal, which drew the two countries' maritime borders and angered Greece and Cyprus.",
  ];
  const reading = readText(ctx, paragraphs, { id: "s", headline: "Libya, Turkey sign defence deals after maritime spat" });
  const maritime = recognise([reading], data.catalogue.agreements, ctx).links.find((l) => l.agreement === "mou-2019-maritime");
  assert.equal(maritime?.passages.map((w) => w.paragraph), ["p3"]);
});
links("should read a headline act the body names more closely, on another subject ('the memorandum' then 'the energy memorandum'), as that act", () => {
  const article = (second: string) =>
    readText(ctx, ["Guma el-Gamaty has argued that the memorandum of understanding the caretaker government signed with Turkey works in Libya's favour.", second], {
      id: "s",
      headline: "Gamaty: since the memorandum between Libya and Turkey angered Greece and Egypt, know that it serves Libya",
    });
  const linked = (second: string) => recognise([article(second)], data.catalogue.agreements, ctx).links.map((l) => l.agreement);
  assert.equal(linked("He said that the energy memorandum between Libya and Turkey had annoyed Greece and Egypt."), []);
  // A body that names the maritime memorandum, or names none more closely, leaves the headline as it reads.
  assert.equal(linked("He said that the maritime memorandum between Libya and Turkey had annoyed Greece and Egypt."), ["mou-2019-maritime"]);
  assert.equal(linked("He said that it had annoyed Greece and Egypt."), ["mou-2019-maritime"]);
});
links("should take the sides of an act from the list before its verb, a bracketed name over a translated description, and no one from a nested 'with'", () => {
  const facts = (text: string) => recognise([readText(ctx, [text], { id: "s", published: { iso: "2019-11-28", precision: "day" } })], data.catalogue.agreements, ctx).links.flatMap((l) => l.facts.parties.map((f) => f.value));
  assert.equal(facts("Türkiye and Libya's Government of National Accord signed a security and military cooperation memorandum in Istanbul on Wednesday."), [["turkiye", "gna"]]);
  assert.equal(
    facts("The government of national unity (GNA) of Libya has signed a new security and military cooperation agreement with Turkey, its main supporter in the conflict with the strongman of the east, Khalifa Haftar, in Istanbul on Wednesday."),
    [["gna", "turkiye"]],
  );
});
links("should read the Turkish names of the GNA and its partners' ministers in machine-translated reports, and link the tripartite deal, not the 2019 memorandum", () => {
  const linked = (text: string) => recognise([readText(ctx, [text], { id: "s", published: { iso: "2020-08-18", precision: "day" } })], data.catalogue.agreements, ctx).links;
  const umh = linked("Türkiye, Qatar and the Ulusal Mutabakat Hükümeti (UMH) signed a military cooperation agreement in Trablus yesterday, Aqar said.");
  assert.equal(umh.map((l) => l.agreement), ["qatar-tripartite-2020"]);
  assert.equal(umh[0]!.facts.parties.map((f) => f.value), [["turkiye", "qatar", "gna"]]);
  assert.equal(umh[0]!.facts.places.map((p) => p.value), ["tripoli"]);
  const sides = linked("Hulusi Aqar, Halid bin Muhammed el-Atiyye and the LNAG's Salaheddin al-Namrusha signed a tripartite military cooperation agreement.");
  assert.equal(sides.map((l) => l.agreement), ["qatar-tripartite-2020"]);
  const katar = linked("Libya agreed with Türkiye and Katar on a military cooperation accord, the LNAG deputy defence minister Namrusha said.");
  assert.equal(katar.map((l) => l.agreement), ["qatar-tripartite-2020"]);
});
links("should link an act that names two agreements in its own words to both, though 'the agreement' refers back to one of them", () => {
  const reading = readText(ctx, [
    "On 27 November 2019, Turkey and the GNA signed a memorandum on maritime jurisdiction in Istanbul.",
    "On Sunday the GNA said that the agreement signed with Turkey on maritime jurisdiction and military cooperation came into effect.",
  ], { id: "s", published: { iso: "2019-12-08", precision: "day" } });
  const { links: found } = recognise([reading], data.catalogue.agreements, ctx);
  const security = found.find((l) => l.agreement === "mou-2019-security");
  assert.equal(security?.passages.map((w) => w.paragraph), ["p2"]);
  assert.not.ok(security?.passages[0]!.evidence.some((e) => e.weight < 0));
  // So does a relative clause with a pronoun subject between the noun and what it is on.
  const relative = readText(ctx, [
    "On 27 November 2019, Turkey and the GNA signed a memorandum on maritime jurisdiction in Istanbul.",
    "The GNA has ratified the agreement it concluded with Turkey on jurisdiction at sea as well as on the military cooperation and security of the two sides.",
  ], { id: "s", published: { iso: "2019-12-08", precision: "day" } });
  const both = recognise([relative], data.catalogue.agreements, ctx).links;
  assert.equal(both.find((l) => l.agreement === "mou-2019-security")?.passages.map((w) => w.paragraph), ["p2"]);
  assert.equal(both.find((l) => l.agreement === "mou-2019-maritime")?.passages.map((w) => w.paragraph), ["p1", "p2"]);
});

links("should give a second deal signed 'together with' a reported companion that companion's sides, though the passage names only one", () => {
  const paragraphs = [
    "If passed, the bill will open the way for Turkish troops to be deployed in Libya. On Dec. 21, parliament ratified a motion approving the memorandum of understanding on security and military cooperation with Libya.",
    "The MoU on defense and security was signed on Nov. 27 by senior government officials of the two countries, together with a second deal on the delimitation of maritime jurisdiction areas in the Mediterranean.",
  ];
  const found = recognise([readText(ctx, paragraphs, { id: "s", published: { iso: "2019-12-30", precision: "day" } })], data.catalogue.agreements, ctx).links;
  assert.equal(found.find((l) => l.agreement === "mou-2019-maritime")?.passages.map((w) => w.paragraph), ["p2"]);
  // Without the companion reported beside it, the passage names no Türkiye for the maritime deal.
  const alone = ["The security talks went on.", "Senior officials of the two countries later discussed a second deal on the delimitation of maritime jurisdiction areas in the Mediterranean."];
  assert.not.ok(recognise([readText(ctx, alone, { id: "t", published: { iso: "2019-12-30", precision: "day" } })], data.catalogue.agreements, ctx).links.some((l) => l.agreement === "mou-2019-maritime"));
});
links("should not take several acts with a list of sides ('agreements with Turkey and Qatar') for one act among them all", () => {
  const reading = readText(ctx, ["In August 2020 the GNA signed agreements with Turkey and Qatar on military cooperation."], { id: "s", published: { iso: "2020-08-20", precision: "day" } });
  const { links: found } = recognise([reading], data.catalogue.agreements, ctx);
  assert.not.ok(found.some((l) => l.agreement === "qatar-tripartite-2020"));
  const one = readText(ctx, ["In August 2020 the GNA signed an agreement with Turkey and Qatar on military cooperation."], { id: "t", published: { iso: "2020-08-20", precision: "day" } });
  assert.ok(recognise([one], data.catalogue.agreements, ctx).links.some((l) => l.agreement === "qatar-tripartite-2020"));
});

links("should read 'the agreement' that takes its sides from 'agreements with Turkey and Qatar' as one of them, with one side each", () => {
  const reading = readText(ctx, ["In August 2020 the GNA signed agreements with Turkey and Qatar shortly after the 5+5 military agreement, which ruled out such deals."], { id: "s", published: { iso: "2020-12-05", precision: "day" } });
  const { links: found } = recognise([reading], data.catalogue.agreements, ctx);
  assert.not.ok(found.some((l) => l.agreement === "qatar-tripartite-2020"));
});

links("should not link an act 'signed between the two countries' to an agreement of three sides", () => {
  const reading = readText(ctx, ["Akar met Qatar's minister and the GNA in Tripoli on Monday to review the memorandum of understanding signed between the two countries on security and military cooperation."], { id: "s", published: { iso: "2020-08-17", precision: "day" } });
  const { links: found } = recognise([reading], data.catalogue.agreements, ctx);
  assert.not.ok(found.some((l) => l.agreement === "qatar-tripartite-2020"));
});

links.run();

const read = suite("readSource()");
read("should bound an undated article's time by the dates its headline mentions too", () => {
  const source = makeSource("s", ["On Wednesday the ministers of Greece and Egypt threw out two deals that Turkey signed with Libya's government."], { headline: "Briefs from the week that was: 4-11 January 2020" });
  const reading = readSource(source, ctx);
  assert.equal([reading.time.from, reading.time.date], ["2020-01-11", undefined]);
  assert.match(reading.time.basis, /11 January 2020/);
  assert.is(readSource(makeSource("s", ["On Wednesday the ministers threw out two deals."], { headline: "Briefs from the week" }), ctx).time.from, undefined);
});
read("should read an abbreviation the article defines ('the Government of National Accord (GAN)') as that body further on", () => {
  const reading = readSource(makeSource("s", ["Parliament backs the Government of National Accord (GAN) in Tripoli.", "In November Ankara and the GAN signed an agreement on military cooperation."]), ctx);
  const sides: string[] = reading.paragraphs[1]!.acts[0]!.roles.filter((r) => r.role === "party").map((r) => r.stands_for);
  assert.ok(sides.includes("gna"), sides.join(", "));
});
read.run();

const score = suite("weighAct()");
score("should link only at the threshold, with evidence of which act it is, and nothing ruling it out", () => {
  const reading = readText(ctx, ["Turkey and the GNA signed a maritime memorandum in November 2019.", "Turkey and the GNA signed a memorandum on hydrocarbons in November 2019."]);
  const maritime = data.catalogue.agreements.find((a) => a.id === "mou-2019-maritime")!;
  const [first, second] = reading.paragraphs;
  const yes = weighAct({ act: first!.acts[0]!, agreement: maritime, paragraph: first!, reading, ctx });
  const no = weighAct({ act: second!.acts[0]!, agreement: maritime, paragraph: second!, reading, ctx });
  assert.ok(yes.linked && yes.identified);
  assert.not.ok(no.linked);
  assert.ok(no.evidence.some((e) => e.veto));
});
score("should not call an act the only one of its kind between two sides when it names only makers of a wider agreement on the same subject", () => {
  const base = data.catalogue.agreements.find((a) => a.id === "mou-2019-security")!;
  const security = { ...base, recognise: { ...base.recognise, unique: "parties" as const } };
  const onlyOne = (text: string) => {
    const reading = readText(ctx, [text]);
    const paragraph = reading.paragraphs[0]!;
    return weighAct({ act: paragraph.acts[0]!, agreement: security, paragraph, reading, ctx }).evidence.some((e) => e.says.startsWith("the only"));
  };
  assert.ok(onlyOne("Turkey and the GNA signed a military cooperation agreement."));
  // Akar and al-Namroush made the tripartite deal with Qatar: its third side may just go unnamed.
  assert.not.ok(onlyOne("Turkey and the GNA signed a military cooperation agreement, Aqar and Namrusha said."));
  // One of this agreement's own makers named beside them keeps it.
  assert.ok(onlyOne("Turkey and the GNA signed a military cooperation agreement, Sarraj and Akar said."));
});
score.run();

const near = suite("isNear()");
near("should flag scores close to the threshold and high scores with nothing to say which act", () => {
  assert.ok(isNear({ score: THRESHOLD - 1, linked: false, identified: false, linkedOnceIdentified: false, evidence: [] }));
  assert.ok(isNear({ score: THRESHOLD + 3, linked: false, identified: false, linkedOnceIdentified: false, evidence: [] }));
  assert.not.ok(isNear({ score: THRESHOLD + 3, linked: true, identified: true, linkedOnceIdentified: true, evidence: [] }));
});
near.run();
