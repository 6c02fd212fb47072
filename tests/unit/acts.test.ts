import { suite } from "uvu";
import * as assert from "uvu/assert";
import { partyBodies, type ActMention } from "../../scripts/extract/acts.ts";
import { fixtureContext, readText } from "../helpers/recognition.ts";

const { ctx } = await fixtureContext();
const acts = (paragraphs: string[], options: Parameters<typeof readText>[2] = {}) => readText(ctx, paragraphs, options).paragraphs.flatMap((p) => p.acts);
const only = (text: string, options: Parameters<typeof readText>[2] = {}): ActMention => acts([text], options)[0]!;
/** The roles the first act of a sentence gives the names written `name`. */
const roleOf = (text: string, name: string) => only(text).roles.filter((r) => r.mention.text === name).map((r) => r.role);
/** Whether the first act of a one-sentence text is done. */
const done = (text: string) => only(text).verb?.done;

const find = suite("findActs()");
find("should read the act: its noun, what is done to it, and what it is about", () => {
  const a = only("Turkey and Libya signed a memorandum of understanding on security and military cooperation.");
  assert.equal([a.noun.text, a.verb?.status, a.primary], ["memorandum of understanding", "signed", "military"]);
});
find("should read what the act is about after a relative clause that names its other side ('the agreement it concluded with Turkey on jurisdiction at sea')", () => {
  const a = only("Libya's government has ratified the agreement it concluded with Turkey on jurisdiction at sea.");
  assert.equal(a.subjects.map((s) => s.subject), ["maritime"]);
});
find("should take the subject nearest the noun before it as what the act is chiefly about", () => {
  assert.is(only("Turkey and Libya agreed a preliminary maritime energy deal.").primary, "energy");
  assert.is(only("The maritime jurisdiction memorandum was signed.").primary, "maritime");
});
find("should read one noun for two acts, each subject named being one of them", () => {
  const a = only("Ankara and Tripoli signed two memoranda, the first on military cooperation and the second on maritime boundaries.");
  assert.ok(a.several);
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["military", "maritime"]);
});
find("should read two subjects joined by a hyphen or slash before one noun ('the security-maritime agreement') as two acts named together", () => {
  assert.ok(only("Erdogan and al-Sarraj signed the security-maritime agreement in Istanbul.").several);
  assert.ok(only("Erdogan and al-Sarraj signed the security/maritime agreement in Istanbul.").several);
  // Two words of one subject are one act.
  assert.not.ok(only("Turkey and the GNA signed a defence-security agreement.").several);
});
find("should read 'memoranda of understanding' as several acts, by its head noun, and 'memorandum of understanding' as one", () => {
  assert.ok(only("They called on the new executive to treat as null the Memoranda of Understanding signed by Turkey and Fayez al-Sarraj in November 2019.").several);
  assert.ok(only("Turkey signed two memorandums of understanding with the GNA.").several);
  assert.not.ok(only("Turkey and the GNA signed a Memorandum of Understanding on security.").several);
});
find("should date only the act whose own words hold the date ('protocols for implementing the 2019 security memorandum')", () => {
  const [agreements, protocols, memorandum] = acts(["In October 2022 Dbeibah and Hulusi Akar signed two military agreements in Istanbul, one on the training of Libyan pilots and one on protocols for implementing the 2019 security memorandum."]);
  assert.equal([agreements!.noun.text, protocols!.noun.text, memorandum!.noun.text], ["agreements", "protocols", "memorandum"]);
  assert.equal(protocols!.dates.map((d) => d.date?.iso), ["2022-10"]);
  assert.ok(memorandum!.dates.some((d) => d.date?.iso === "2019"));
});
find("should not date an act by a day that opens a sentence about something else done to it ('On Thursday the Secretary-General registered the agreement')", () => {
  const registered = only("On Thursday the Secretary-General of the United Nations, Antonio Guterres, registered the agreement between Turkey and Libya on the sea borders.");
  assert.equal(registered.dates, []);
  // The day still dates an act the sentence says was made then.
  assert.equal(only("On Thursday Turkey and Libya signed an agreement on the sea borders.").dates.map((d) => d.text), ["On Thursday"]);
});
find("should date an act by a date that opens its sentence after two time words ('Late in November 2019 …, and the two signed')", () => {
  const late = only("Late in November 2019 President Erdogan held talks with Sarraj, and the two signed a maritime memorandum.");
  assert.equal(late.dates.map((d) => d.date?.iso), ["2019-11"]);
  assert.equal(only("In late November 2019 Erdogan met Sarraj, and the two signed a maritime memorandum.").dates.map((d) => d.date?.iso), ["2019-11"]);
  // The saying it opens is still the saying's: it dates no act in what was said.
  assert.equal(only("Late in November 2019 the foreign minister told reporters in Athens that Turkey and Libya had signed a memorandum.").dates, []);
});
find("should read 'this agreement' that says what it covers as the act just named, whatever its list names first", () => {
  const [signed, covered] = acts(["Turkey and Libya signed a security and military cooperation agreement in 2019. He explained that this agreement covered protecting the maritime rights of the two countries under international law and stepping up training."]);
  assert.is(covered!.primary, "maritime");
  assert.is(covered!.referent?.act, signed);
  // Without a demonstrative, or without saying what it covers, a noun of another subject is not taken for it.
  const [, other] = acts(["Turkey and Libya signed a security and military cooperation agreement in 2019. Greece rejected the maritime agreement."]);
  assert.is(other!.referent, undefined);
});
find("should read 'a good sign' as a noun, not a signing", () => {
  const a = only("Erdogan said he regarded it as a good sign that the UN recognises the sea agreement between Turkey and Libya.");
  assert.is.not(a.verb?.status, "signed");
  assert.is(only("Erdogan said Turkey would sign the sea agreement with Libya.").verb?.status, "to be signed");
});
find("should give a second object of the verb ('signed a defence memorandum with the GNA, and then a maritime border agreement') the verb, done", () => {
  const [, maritime] = acts(["In 2019, Turkiye signed a sweeping defense memorandum with Libya's former Government of National Accord (GNA), and then a maritime border agreement that drew fierce criticism."]);
  assert.equal([maritime!.noun.text, maritime!.verb?.text, maritime!.verb?.done], ["agreement", "signed", true]);
  // A noun that opens a clause of its own, with "the" and its own verb, is no second object.
  const [, other] = acts(["In 2019, Turkiye signed a sweeping defense memorandum with the GNA, and the maritime border agreement was condemned by Greece."]);
  assert.is(other!.verb?.text, "condemned");
});
find("should not give a noun in a phrase that opens the sentence ('After the 2011 agreement with the TRNC, …') the main clause's act word", () => {
  const [agreement] = acts(['After the 2011 agreement with the "baby homeland" TRNC, the putting of signatures with Libya in 2019 means that Türkiye has secured its continental shelf.']);
  assert.equal([agreement!.noun.text, agreement!.verb], ["agreement", undefined]);
  // A participle right after the phrase's comma is the noun's own.
  const [memorandum] = acts(["After the memorandum, signed in Istanbul on 27 November 2019, Greece expelled the Libyan ambassador."]);
  assert.is(memorandum!.verb?.status, "signed");
});
find("should read what an accord broadens or deepens ('an accord broadening their cooperation on security') as what it is about", () => {
  const a = only("Libya and Turkey also signed an accord broadening their cooperation on security and military matters.");
  assert.is(a.primary, "military");
  assert.equal(a.sentenceSubjects, []);
});
find("should read a closing list of what each act is about past a body's name with an agreement word in it ('Government of National Accord')", () => {
  const a = only("On 27 November Erdogan signed two memoranda of understanding with the head of the Government of National Accord, Fayez al-Sarraj: the first on security and military cooperation, and the second delineating the areas of maritime jurisdiction.");
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["military", "maritime"]);
});
find("should count acts by a number a few modifiers before the noun, not by one that counts something else before a preposition", () => {
  assert.ok(only("Turkey and the GNA signed the two separate Turkish-Libyan memorandum.").several);
  assert.not.ok(only("Akar went to Tripoli to discuss military cooperation between the two countries under the agreement signed in November 2019.").several);
});
find("should read past an appositive that describes a side to what the acts are about, and take no side from it", () => {
  const a = only("Turkey signed two MoUs with the GNA, an interim and unelected government recognised by the United Nations, on defence and on gas drilling.");
  assert.ok(a.several);
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["military", "energy"]);
  assert.equal(a.roles.filter((r) => r.role === "party" && r.inPhrase).map((r) => r.stands_for), ["gna"]);
  // So past one that gives a side's office, before "one on … and the other on …".
  const office = only("Erdogan signed two memoranda of understanding with Fayez al-Sarraj, head of the Presidential Council of the Libyan Government of National Accord, one on security and military cooperation and the other on the delimitation of maritime jurisdiction areas.");
  assert.equal([...new Set(office.subjects.map((s) => s.subject))], ["military", "maritime"]);
  // A described side with nothing after it says nothing of what the act is about.
  assert.equal(only("Turkey signed a memorandum with the GNA, an interim government recognised by the United Nations.").subjects, []);
  // A person's name set off by commas is read past as well, however long the side's description before it.
  const named = only('Erdogan signed two memoranda with the head of the Presidential Council of the internationally recognised Libyan "Government of National Accord", Fayez al-Sarraj, concerning security and military cooperation and the delimitation of the areas of maritime jurisdiction.');
  assert.equal([...new Set(named.subjects.map((s) => s.subject))], ["military", "maritime"]);
});
find("should take a visit for the scene of the act its clause reports, and not of an earlier act it describes", () => {
  const place = (text: string) => only(text).places.map((m) => m.entity);
  assert.equal(place("Al-Sarraj visited Istanbul on Wednesday, where he and Erdogan signed a memorandum on security and military cooperation."), ["istanbul"]);
  // A place that opens the sentence sets the scene of its main clause, not of what a speaker there says was done.
  assert.equal(place("In Istanbul, Turkey and the GNA signed a maritime memorandum in November 2019."), ["istanbul"]);
  assert.equal(place("In Istanbul, Erdogan said that Turkey and the GNA had signed a maritime memorandum."), []);
  assert.equal(place("During a visit to Tripoli, the Turkish and Qatari defence ministers signed an agreement with the GNA on military cooperation."), ["tripoli"]);
  assert.equal(place("During his visit to Ankara on Monday, al-Sarraj recalled the security memorandum signed with Turkey in November 2019."), []);
  // A capital right before the act's verb is who signs it, not where: "During Sarraj's visit Ankara also signed…".
  assert.equal(place("During Fayez al-Sarraj's visit Ankara also signed a maritime delimitation accord with the GNA."), []);
  assert.equal(place("On his visit to Istanbul Ankara signed a maritime accord with the GNA."), ["istanbul"]);
  assert.equal(place("During his visit to Ankara on Monday, al-Sarraj said that Turkey signed the security memorandum with the GNA in November 2019."), []);
  // A clause of time tells of an earlier act: the visit is the scene of what the sentence reports, not of that act.
  const visited = "The talks, held during a visit to Tripoli, came three years after the maritime agreement was concluded in 2019.";
  assert.equal(acts([visited]).find((a) => a.noun.text === "agreement")?.places, []);
});
find("should take no side of an act from another clause across 'while', 'whereas', 'but' or a semicolon, unless a pronoun carries it over", () => {
  const sides = (text: string, noun: number): string[] => acts([text])[noun]!.roles.filter((r) => r.role === "party").map((r) => r.stands_for as string);
  const three = "Turkey and Qatar agreed with the GNA to set up a tripartite military centre, while Turkey signed a memorandum on maritime jurisdiction with the GNA.";
  assert.equal(sides(three, 0), ["turkiye", "gna"]);
  const pronoun = "This is the first time the GNA has concluded an agreement with Qatar, whereas it had earlier signed security agreements with Turkey.";
  assert.equal(sides(pronoun, 0), ["gna", "qatar"]);
  assert.ok(["gna", "turkiye"].every((id) => sides(pronoun, 1).includes(id)));
});
find("should give each act the names of its own clause when a conjunction opens a clause whose subject does something to another agreement", () => {
  const sides = (text: string, noun: number): string[] => acts([text])[noun]!.roles.filter((r) => r.role === "party").map((r) => r.stands_for as string);
  const pipeline = "The Turkish parliament ratified the Turkey-Libya agreement on Saturday, at the very moment when Greece, Cyprus, Italy and Israel are getting ready to sign the agreement on the EastMed pipeline.";
  assert.equal([...new Set(sides(pipeline, 0))], ["turkiye", "libya"]);
  assert.equal([...new Set(sides(pipeline, 1))], ["greece", "cyprus", "italy", "israel"]);
  const own = "Turkey signed the maritime deal with the GNA in 2019, and Greece and Egypt signed their own accord in August 2020.";
  assert.equal(sides(own, 0), ["turkiye", "gna"]);
  assert.equal(sides(own, 1), ["greece", "egypt"]);
  // A relative clause after a side is still its act's: the GNA signed this memorandum, and another one too.
  assert.equal(sides("Turkey signed a maritime memorandum with the GNA, which also signed a security agreement.", 0), ["turkiye", "gna"]);
  // With no other agreement before the conjunction, a name there may be the side signed with.
  assert.equal([...new Set(sides("Then, in December, the balance moved toward the Government of National Accord (GNA), when Turkey signed a range of agreements that pledged security assistance.", 0))].sort(), ["gna", "turkiye"]);
});
find("should read a backer that signs the act as the same subject ('Turkey backs … and has entered into an agreement with it') as a side, with the side it backs", () => {
  const a = only("Turkey backs Libya's internationally recognised government and has entered into a military cooperation agreement with it, at a time when the Tripoli administration is trying to hold off assaults by Haftar's militia.");
  assert.equal([...new Set(partyBodies(a))], ["turkiye", "libya"]);
  assert.equal([...new Set(partyBodies(only("Turkey supports the GNA and signed a security deal with it in November.")))], ["turkiye", "gna"]);
  // A backer whose "and" opens another subject's clause signs nothing.
  assert.not.ok(partyBodies(only("Turkey backs the GNA and Russia signed a deal with Haftar.")).map(String).includes("turkiye"));
});
find("should read whom a reaction came from as no side, across a few words and down a list ('reactions, not only from Greece … but also from the EU, the USA')", () => {
  const sides = (text: string) => partyBodies(only(text));
  assert.equal(sides("The agreement that Turkey and the government of Libya signed last month set off a storm of reactions, not only from Greece and Cyprus but also from the EU, the USA, Russia and Israel."), ["turkiye", "libya"]);
  assert.equal(sides("The memorandum signed by Turkey and the GNA drew criticism, notably from Greece, Egypt and Cyprus."), ["turkiye", "gna"]);
});
find("should read a few lower-case words after 'of' as what the act is about, and nothing further", () => {
  assert.is(only("The Libyan Ministry of Defence signed an agreement of military cooperation with its Turkish counterpart.").primary, "military");
  assert.is(only("Afterwards Turkey closed a pact of maritime demarcation with Libya.").primary, "maritime");
  // The phrase ends before a relative clause: a name in what the accord foresees is no side of it.
  const a = only("The two parties agreed on an accord of defence cooperation which foresees training of Libyan soldiers.");
  assert.equal(a.roles.filter((r) => r.inPhrase).map((r) => r.mention.text), []);
});
find("should find where the act was done after a long act phrase, and in 'the capital Ankara'", () => {
  const place = (text: string) => only(text).places.map((m) => m.entity);
  assert.equal(place("The Libyan Ministry of Defence signed an agreement of military cooperation with its Turkish counterpart in the capital Ankara."), ["ankara"]);
  assert.equal(place("Turkey signed a memorandum of understanding on security and military cooperation in Istanbul with the GNA."), ["istanbul"]);
  assert.equal(place("The ministers signed the agreement in the Turkish capital, Ankara."), ["ankara"]);
});
find("should read two subjects joined right after the noun as two acts, but not subjects of another clause further on", () => {
  const a = only("Turkey and the Tripoli government signed a memorandum on maritime and security cooperation in November.");
  assert.ok(a.several);
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["maritime", "military"]);
  const b = only("The GNA concludes an agreement with Qatar at the military level, having already signed bilateral security and maritime agreements with Turkey.");
  assert.not.ok(b.several);
});
find("should take an approval done as the act's verb over a participle that only says which agreement, unless the participle is dated", () => {
  const verb = (text: string) => [only(text).verb?.text, only(text).verb?.status];
  assert.equal(verb("Libya's Presidential Council approved on Thursday the two memoranda of understanding signed with Turkey."), ["approved", "ratified"]);
  assert.equal(verb("The Council approved the two memoranda signed on 27 November with Turkey."), ["signed", "signed"]);
  assert.equal(verb("Ankara urged the eastern parliament to approve the maritime memorandum signed with Turkey."), ["signed", "signed"]);
  // So over a short relative clause with a pronoun for its subject, unless the approval is still to come.
  assert.equal(verb("The parliament of Turkey has ratified the security agreement it agreed with the GNA."), ["ratified", "ratified"]);
  assert.equal(verb("The parliament will ratify the security agreement it agreed with the GNA."), ["agreed", "announced"]);
  // And over a passive relative clause, after what the agreement is on: "that had been concluded with …".
  assert.equal(verb("On Saturday the parliament of Turkey ratified the memorandum on military cooperation that had been concluded with the government in Tripoli."), ["ratified", "ratified"]);
  assert.equal(verb("On Saturday the parliament of Turkey ratified the memorandum that was signed on 27 November with the government in Tripoli."), ["signed", "signed"]);
});
find("should not take an approval that may come ('to examine — and possibly ratify — the agreement') for one done", () => {
  const done = (text: string) => [only(text).verb?.status, only(text).verb?.done];
  assert.equal(done("The same body has set up a special committee to examine — and possibly ratify — the agreement."), ["ratified", false]);
  assert.equal(done("Lawmakers approved the maritime memorandum on Tuesday."), ["ratified", true]);
});
find("should read 'a deal on security, as well as on maritime jurisdiction' as two acts named together", () => {
  const a = only("The two countries agreed a deal on security and military cooperation, as well as on maritime jurisdiction in the Mediterranean.");
  assert.ok(a.several);
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["military", "maritime"]);
});
find("should read what an agreement 'contains terms on' as what it is about", () => {
  const a = only("The MoU contains terms on maritime cooperation in the eastern Mediterranean.");
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["maritime"]);
});
find("should read a parliament's vote for an agreement as its ratification, and 'defensive' cooperation as military", () => {
  const voted = only("Turkey's parliament yesterday voted through a military agreement with Libya's interim government.");
  assert.equal([voted.verb?.text, voted.verb?.status], ["voted through", "ratified"]);
  const defensive = only("In November al-Sarraj signed a memorandum of understanding for \"defensive\" cooperation with Ankara.");
  assert.equal([...new Set(defensive.subjects.map((s) => s.subject))], ["military"]);
});
find("should read an agreement 'signed into law' as ratified, not signed and not left without an act", () => {
  const cases = [
    "That vote came after a separate deal, signed into law in December, for sending military experts and weapons.",
    "Erdogan signed into law the security deal with Libya's Government of National Accord.",
    "The president signs into law the maritime memorandum with Turkey today.",
  ];
  assert.equal(cases.map((s) => [only(s).verb?.text.toLowerCase(), only(s).verb?.status]), [["signed into law", "ratified"], ["signed into law", "ratified"], ["signs into law", "ratified"]]);
  // A signing that is no law's stays a signing.
  assert.equal(only("The deal was signed in Istanbul into the night.").verb?.status, "signed");
});
find("should take a side named by a hostile noun ('the Turkish regime', 'the Turkish occupiers') as a side", () => {
  const sides = only("The Turkish regime and the militias of Tripoli signed the security memorandum on Wednesday.").roles.filter((r) => r.role === "party").map((r) => r.stands_for as string);
  assert.ok(sides.includes("turkiye"));
});
find("should read a predicate noun ('This is part of a … deal') as pointing back at the act just named", () => {
  const [, predicate] = acts(["Since the deal was signed, Turkey has sent advisers. This is part of a security and economic cooperation deal."]);
  assert.is(predicate!.refers, "back");
  assert.is(only("Turkey and Libya signed a security deal.").refers, "none");
});
find("should take an act's verb after its own words over one of another clause before it ('like the accords signed on Tuesday, is bound up with the agreement … signed in 2019')", () => {
  const [, , agreement] = acts(["That October pact, like the accords signed on Tuesday, is closely bound up with the agreement on maritime borders and territorial waters signed in 2019 at the expense of Greece."]);
  assert.equal([agreement!.noun.text, agreement!.verb?.done, agreement!.dates.map((d) => d.date?.iso)], ["agreement", true, ["2019"]]);
});
find("should read what an agreement 'recognising' or 'determining' something is about", () => {
  assert.equal(only("Turkey signed the agreement recognising maritime borders with Libya.").subjects.map((x) => x.subject), ["maritime"]);
  assert.equal(only("They signed an accord determining the maritime boundaries.").subjects.map((x) => x.subject), ["maritime"]);
});
find("should take the last of the subject words that run on after the noun as what it is chiefly about ('deals on maritime energy explorations')", () => {
  assert.is(only("Turkiye and Libya sign deals on maritime energy explorations.").primary, "energy");
  assert.is(only("Turkiye and Libya signed a memorandum on maritime and energy cooperation.").primary, "maritime");
});
find("should read 'the fresh agreements' or 'further deals' as new acts, not ones named before", () => {
  assert.is(only("The fresh agreements that Turkey has concluded with the GNA have no legal standing, the LNA said.").refers, "main");
  assert.is(only("Ankara and Tripoli signed further deals on training.").refers, "main");
  assert.is(only("The agreements that Turkey has concluded with the GNA have no legal standing, the LNA said.").refers, "back");
});
find("should read 'the GNU in Ankara' as where the act was done, and 'the GNA in Tripoli' as where the GNA sits", () => {
  const place = (text: string) => only(text).places.map((m) => m.entity);
  assert.equal(place("Turkey signed a military cooperation agreement with the GNU in Ankara this summer."), ["ankara"]);
  assert.equal(place("Turkey signed a maritime memorandum with the GNA in Tripoli, which Haftar opposes."), []);
  assert.equal(place("Ankara and the Al-Wefaq government in Libya's Tripoli signed an agreement last year to demarcate the maritime borders."), []);
  assert.equal(place("They reaffirmed the understanding reached by Ankara and the previous executive in Tripoli on 27 November 2019 on security cooperation."), []);
});
find("should read a body named by where it sits ('the parliament in Ankara') as that state's side, and a capital after 'in' otherwise as a place", () => {
  const sides = (text: string) => only(text).roles.filter((r) => r.role === "party").map((r) => r.stands_for as string);
  assert.ok(sides("The parliament in Ankara on Saturday approved the military cooperation deal with the GNA.").includes("turkiye"));
  assert.ok(sides("Lawmakers in Ankara approved the security deal with the GNA.").includes("turkiye"));
  assert.not.ok(sides("The GNA signed a security deal in Ankara.").includes("turkiye"));
});
find("should read a body named by the state it rules ('the ruling power in Libya agreed to sign…') as that state's side, before the act only", () => {
  const sides = (text: string) => only(text).roles.filter((r) => r.role === "party").map((r) => r.stands_for as string);
  assert.equal(sides("The ruling power in Libya agreed to sign the memorandum with Turkey."), ["libya", "turkiye"]);
  // What an act supports, after it, is no side: "to support the government in Libya".
  assert.equal(sides("Turkey signed a deal with Qatar to support the government in Libya."), ["turkiye", "qatar"]);
});
find("should place an act in 'the Turkish city of Istanbul', and not where a second act or the main clause happened", () => {
  const place = (text: string) => only(text).places.map((m) => m.entity);
  assert.equal(place("The memorandum, signed in the Turkish city of Istanbul, angered Athens."), ["istanbul"]);
  assert.equal(place("The deal was signed in Istanbul last November and ratified in Ankara in December."), ["istanbul"]);
  assert.equal(place("The security memorandum Turkey and the GNA signed on 27 November awaits ratification in Ankara."), []);
  assert.equal(place("The memorandum signed on 27 November goes to a vote in Ankara next week."), []);
  assert.equal(place("Turkish troops arrived in Tripoli under the security memorandum signed by Erdogan and Sarraj."), []);
  assert.equal(place("The memorandum is worth something as long as the government that signed it remains in Tripoli."), []);
  assert.equal(place("Erdogan and Sarraj signed it in Istanbul, the memorandum on maritime jurisdiction."), ["istanbul"]);
  // A month after "in" is when: the capital after it is a side, not a place.
  assert.equal(place("In November Ankara and Tripoli also signed a second agreement, which extends Turkey's sea borders."), []);
  // What the act is on ends where a clause of its own begins, its pronoun subject after a short phrase.
  assert.equal(place("Ankara signed with the Sarraj government last year a memorandum on security and military cooperation, and on the basis of it sent officers and drones to Tripoli."), []);
  assert.equal(place("Ankara signed with the Sarraj government last year a memorandum on security and military cooperation, alongside a second memorandum on the maritime areas, and on the basis of the first it sent officers, drones and air defence systems to Tripoli."), []);
  // Where what was agreed on will stand is no place of the act, in any city's words.
  assert.equal(place("Turkey, Qatar and the GNA reached agreement on setting up a naval base in the Libyan city of Misrata."), []);
});
find("should read a last object added with ', as well as' to what a relative clause says an agreement does as one more thing it does, but not another agreement so added", () => {
  const a = only("The president signed an accord with his Libyan counterpart that set out the exclusive economic zones of the two states off their long coasts in the eastern Mediterranean, as well as a framework for defence cooperation.");
  assert.ok(a.several);
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["maritime", "military"]);
  const [first] = acts(["The president signed an accord that set out the exclusive economic zones, as well as a memorandum on defence cooperation."]);
  assert.equal([...new Set(first!.subjects.map((s) => s.subject))], ["maritime"]);
});
find("should read what a verb says an agreement holds ('the memorandum concerns …', 'rested on …') as what it is about, and two things as two acts", () => {
  const a = only("The memorandum concerns naval training and the delimitation of maritime zones in the eastern Mediterranean.");
  assert.ok(a.several);
  assert.equal([a.primary, ...new Set(a.subjects.map((s) => s.subject))], ["military", "military", "maritime"]);
  assert.equal(only("That accord rested on one aspect: help of a military nature.").primary, "military");
  // A name in what it holds is no side of it.
  assert.equal(partyBodies(only("The agreement covers Turkish training of Libyan forces.")), []);
});
find("should not read 'for ratification' or 'for consideration' after an agreement as what it is on, nor the body it goes to as named in its own words", () => {
  const a = only("The submission of the Turkey-GNA memorandum for consideration in the House of Representatives drew criticism from Cairo.");
  assert.equal(a.roles.filter((r) => r.inPhrase).map((r) => r.stands_for), ["turkiye", "gna"]);
  const b = only("Ankara sent the memorandum for ratification by the Grand National Assembly.");
  assert.equal(b.roles.filter((r) => r.inPhrase).map((r) => r.stands_for), []);
});
find("should take the makers a participle names after 'by' as the sides, and a name closing that aside as no critic of the verb after it", () => {
  const roles = only("Athens fears that the agreement, signed by Ankara with the government of Fayez al-Sarraj, violates Greek maritime zones.").roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.equal(roles, ["greece:bystander", "turkiye:party", "gna:party"]);
});
find("should read 'as well as a second one to widen their cooperation in security' as a second act of the same verb, on its own subject", () => {
  const [first, second] = acts(["Turkey and the government of Libya have signed an agreement on the maritime borders, as well as a second one to widen their cooperation in security and in the military field, the Turkish government announced today."]);
  assert.equal([first!.primary, first!.verb?.text], ["maritime", "signed"]);
  assert.equal([second!.noun.text, second!.primary, second!.verb?.text, second!.verb?.done], ["one", "military", "signed", true]);
});
find("should read 'the one signed in 2019 on …' after an agreement noun as another act, with its own verb, subject and sides", () => {
  const [, earlier] = acts(["The memoranda just signed with Prime Minister Dbeibeh come after the one signed in 2019 on the delimitation of the maritime boundaries between Libya and Turkey."]);
  assert.equal([earlier!.noun.text, earlier!.verb?.text, earlier!.primary], ["one", "signed", "maritime"]);
  const sides: string[] = earlier!.roles.filter((r) => r.role === "party").map((r) => r.stands_for);
  assert.ok(sides.includes("libya") && sides.includes("turkiye"), sides.join());
});
find("should read what a bare participle and its date say the agreement is on ('the memorandum signed in November 2019 on the delimitation…')", () => {
  assert.is(only("Greece protested against the memorandum signed in November 2019 on the delimitation of maritime jurisdiction areas.").primary, "maritime");
  assert.is(only("Athens rejects the deal concluded in 2019 on security cooperation between Ankara and Tripoli.").primary, "military");
  // Not a date alone after the participle: "signed on 27 November on board a ship" names no subject.
  assert.is(only("The memorandum signed on 27 November on board a ship was published.").primary, undefined);
});
find("should read what a passive right after the noun says it was reached or signed on as what it is about, not its day", () => {
  assert.is(only("At that meeting an agreement was also reached on maritime areas of jurisdiction.").primary, "maritime");
  assert.is(only("An agreement was signed on Monday in Ankara, and security was discussed.").primary, undefined);
});
find("should end the words before an agreement noun at a preposition, as a headline in title case writes it", () => {
  const a = only("Greece Expels Libyan Ambassador Over Turkey-GNA Maritime Deal");
  assert.equal(a.roles.filter((r) => r.inPhrase).map((r) => r.stands_for), ["turkiye", "gna"]);
});
find("should take the critics of a passive contest from its 'by', not the sides named in what is contested", () => {
  const roles = only("The maritime memorandum Turkey signed with the GNA a year ago remains contested by Greece.").roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.equal(roles, ["turkiye:party", "gna:party", "greece:reactor"]);
});
find("should read what a relative clause says an agreement does as what it is about, and two things it does as two acts", () => {
  const a = only("Sarraj and Erdogan signed an agreement that guaranteed Turkish military help and divided up economic zones in the Mediterranean.");
  assert.ok(a.several);
  assert.equal([a.primary, ...new Set(a.subjects.map((s) => s.subject))], ["military", "military", "maritime"]);
  // A name in what it does is no side of it.
  assert.equal(a.roles.filter((r) => r.inPhrase).map((r) => r.mention.text), []);
  // One thing it does is one act; a clause about who reads it, or one that says when it was signed, says nothing of its content.
  assert.not.ok(only("Turkey signed an agreement with Libya that provides for military training.").several);
  assert.equal(only("Turkey signed an agreement which Athens rejects over maritime claims.").subjects, []);
  // What it does may come after whom it is with, and past an aside: "…, which, besides …, also provides for …".
  assert.equal(only("Turkey signed an agreement with the GNA, which provides for military training.").primary, "military");
  const aside = only("The Turkish parliament approved the agreement with the GNA, which, besides the maritime border issue, also provides for military co-operation between the two sides.");
  assert.ok(aside.several);
  assert.equal([...new Set(aside.subjects.map((s) => s.subject))], ["maritime", "military"]);
  // The participle's own words may come first: "the agreement sealed last year by …, which guarantees …".
  const sealed = only("The agreement sealed at the end of last year by Erdogan and Sarraj, which guarantees Turkish military assistance and shares out the economic zones of the Mediterranean, has changed the balance.");
  assert.ok(sealed.several);
  assert.equal([...new Set(sealed.subjects.map((s) => s.subject))], ["military", "maritime"]);
  assert.equal(only("The GNA signed an agreement that was signed again in 2020 on maritime zones.").subjects, []);
});
find("should read 'one of them, on …' after a sentence that names several acts as one of those acts, about what it says", () => {
  const found = acts(["Turkey and the GNA signed two separate agreements in November. One of them, on military cooperation, provides for an exchange of personnel."]);
  const one = found.find((a) => a.noun.text === "One of them")!;
  assert.equal([one.refers, one.primary, one.referent?.where], ["back", "military", "p1"]);
  assert.equal(partyBodies(one), ["turkiye", "gna"]);
  // Not after a sentence that names a single act, and not without a subject of its own.
  assert.equal(acts(["Turkey and the GNA signed an agreement in November. One of them, on military cooperation, provides for training."]).map((a) => a.noun.text), ["agreement"]);
  assert.equal(acts(["Turkey and the GNA signed two agreements. One of them, the older, was criticised."]).map((a) => a.noun.text), ["agreements"]);
  // Any verb may say what it does: "The second redraws the maritime boundaries"; not "The second was …".
  const second = acts(["Turkey and the GNA signed two agreements in November. The second redraws the maritime boundaries in the Mediterranean."]).find((a) => a.noun.text === "The second");
  assert.is(second?.primary, "maritime");
  assert.equal(acts(["Turkey and the GNA signed two agreements in November. The second was on maritime boundaries."]).map((a) => a.noun.text), ["agreements", "The second"]);
  // Each in turn: "The first deals with …. The second lets Turkey claim …" picks the second of the same two acts.
  const turn = acts(["The GNA signed two agreements with Turkey. The first deals with military cooperation. The second lets Turkey claim maritime zones in the eastern Mediterranean."]);
  assert.equal(turn.map((a) => [a.noun.text, a.primary]), [["agreements", undefined], ["The first", "military"], ["The second", "maritime"]]);
  // Both in one sentence, the second's verb left out: "The first covers …, the second the sea boundaries …".
  const both = acts(["Ankara signed two separate agreements with the GNA. The first covers cooperation in security and military matters, the second the sea boundaries in the eastern Mediterranean."]);
  assert.equal(both.slice(1).map((a) => [a.noun.text, a.primary, a.sentenceSubjects]), [["The first", "military", []], ["the second", "maritime", []]]);
  // Not a second pick on the first's own subject.
  assert.equal(acts(["Ankara signed two separate agreements with the GNA. The first covers military training, the other military logistics."]).map((a) => a.noun.text), ["agreements", "The first"]);
  // Not after a sentence that names no act.
  assert.equal(acts(["The GNA signed two agreements with Turkey. Its forces later advanced. The second lets Turkey claim maritime zones in the eastern Mediterranean."]).map((a) => a.noun.text), ["agreements"]);
});
find("should read a capitalised 'Accord' before a government, past a translation's bracket ('the Wefaq (Accord) government'), as a body's name, not an act", () => {
  assert.equal(acts(["The Wefaq (Accord) government headed by Fayez al-Sarraj has formally asked Turkey for military support."]).map((a) => a.noun.text), []);
  assert.equal(acts(["Officials of the Accord government asked Turkey for military support."]).map((a) => a.noun.text), []);
});
find("should read 'deals with' after its subject ('The first deals with'), and 'deal with' after 'to' or a modal, as a verb, not an act", () => {
  const found = acts(["At the end of November the GNA signed two agreements with Turkey. The first deals with military cooperation and the support Turkey could give."]);
  assert.equal(found.map((a) => [a.noun.text, a.primary]), [["agreements", undefined], ["The first", "military"]]);
  assert.equal(acts(["The accord deals with maritime zones."]).map((a) => a.noun.text), ["accord"]);
  assert.equal(acts(["Turkey signed deals with the GNA in November."]).map((a) => a.noun.text), ["deals"]);
  // So is "deal with" after "to" or a modal; a deal made "with" a side is still an act.
  assert.equal(acts(["Haftar and Kalın discussed illegal migration and how to deal with it in a way that strengthens security."]), []);
  assert.equal(acts(["Ankara must deal with the GNA's rivals."]), []);
  assert.equal(acts(["Turkey signed a deal with the GNA in November."]).map((a) => a.noun.text), ["deal"]);
});
find("should tell a signing still to come from one done", () => {
  assert.is(only("An official signing ceremony, to be held in Benghazi, will formalise the agreement.").verb?.status, "to be signed");
  assert.is(only("Libya said it had agreed with Turkey and Qatar to sign a three-way agreement.").verb?.status, "to be signed");
  assert.is(only("The two ministers met to finalize the deal.").verb?.status, "signed");
  // One who got, persuaded or forced the other side to sign had it done; one who pressed it to sign did not.
  assert.is(done("The minister, while he was in Tripoli, got the Government of National Accord to sign a defence agreement."), true);
  assert.is(done("Ankara persuaded the government in Tripoli to sign a defence agreement."), true);
  assert.is(done("Ankara pressed the government in Tripoli to sign a defence agreement."), false);
});
find("should read an agreement reached but not yet signed as announced", () => {
  assert.is(only("Sources spoke of preliminary agreements between the LNA and the Turkish side, concluded during the visit.").verb?.status, "announced");
  assert.is(only("Turkey and the LNA finalised a defence agreement in Ankara, to be signed in Benghazi.").verb?.status, "announced");
  assert.is(only("Turkey and the LNA finalised a defence agreement in Ankara.").verb?.status, "signed");
  // A preliminary agreement the text says was signed was signed.
  assert.is(only("The preliminary agreement that was signed in Istanbul on November 27 traces a line 18.6 nautical miles long.").verb?.status, "signed");
  // "Initial" is as often "the first one" as "not yet final": it says nothing of the status.
  assert.is(only("The initial maritime deal signed in 2019 angered Greece.").verb?.status, "signed");
});
find("should not take an adjective in the noun phrase for the act's verb", () => {
  assert.is(only("Greece protested at a contested accord that Tripoli and Ankara reached.").verb?.text, "reached");
});
find("should read an act word after an auxiliary and an adverb as the verb, not an adjective", () => {
  const a = only("It had earlier signed bilateral security and maritime agreements with Turkey.");
  assert.equal([a.verb?.text, a.verb?.status], ["signed", "signed"]);
  // After a determiner it is still an adjective: the act's verb is elsewhere, or there is none.
  assert.is(only("The earlier signed agreements were ratified.").verb?.text, "ratified");
});
find("should read an agreement's signatures, or its signature, as its signing ('bears the date … and the signatures of …')", () => {
  const a = only("The agreement, which bears the date of 27 November 2019 and the signatures of Fathi Bashagha and Hulusi Akar, lists the defence industry among its fields.");
  assert.equal([a.verb?.text, a.verb?.status], ["signatures", "signed"]);
  assert.equal(a.dates.map((d) => d.date?.iso), ["2019-11-27"]);
  assert.is(only("Greek diplomacy moved shortly after the signature of a memorandum between Turkey and Libya.").verb?.status, "signed");
});
find("should not read 'Government of National Accord' as an accord", () => {
  assert.equal(acts(["The Government of National Accord met in Tripoli."]), []);
});
find("should read a state an agreement is on ('agreements on Libya', 'on the Libyan crisis') as what it is about, not a side", () => {
  assert.equal(partyBodies(only("Erdogan said Turkey and the United States had reached some agreements on Libya.")).sort(), ["turkiye", "united-states"]);
  assert.equal(partyBodies(only("Turkey and Egypt reached an understanding over Libya and Syria.")).sort(), ["egypt", "turkiye"]);
  assert.equal(partyBodies(only("Turkey and Russia reached an agreement on the Libyan crisis.")).sort(), ["russia", "turkiye"]);
  // A side after "with" is still a side.
  assert.equal(partyBodies(only("Turkey signed an agreement on maritime jurisdiction with Libya.")).sort(), ["libya", "turkiye"]);
});
find("should keep backers, critics and bystanders apart from the parties", () => {
  const backed = only("Turkey signed a deal with the GNA, while Haftar's forces were backed by Egypt, the UAE and Russia.");
  assert.equal(partyBodies(backed).slice(0, 2), ["turkiye", "gna"]);
  assert.ok(backed.roles.filter((r) => r.role === "backer").map((r) => r.stands_for).includes("egypt" as never));
  const critics = only("Greece and Egypt condemned the Turkey-Libya maritime deal.");
  assert.equal(critics.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for), ["greece", "egypt"]);
  assert.equal(partyBodies(critics), ["turkiye", "libya"]);
  // So are those who did the same after the first critic: "…, and so did Egypt, Cyprus and Greece".
  const soDid = only("Haftar rejected the Turkey-Libya maritime deal, and so did Egypt, Cyprus and Greece.");
  assert.equal(soDid.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for), ["lna", "egypt", "cyprus", "greece"]);
  assert.equal(partyBodies(soDid), ["turkiye", "libya"]);
  // Who did not sign something in a relative clause is no side to the act ("the final document, which Italy did not sign").
  const document = only("In the final document of the meeting in Cairo, which Italy did not sign, the ministers hold that the signing of the memoranda between Turkey and the head of Libya's Government of National Accord, Fayez Sarraj, breaches international law.");
  assert.not.ok(partyBodies(document).includes("italy" as never), JSON.stringify(partyBodies(document)));
  // Who made the agreement, named right after it as the subject of its own verb, is no critic of the contest that follows.
  const madeIt = only("Borrell said that the memorandum of understanding Turkey and Libya signed in 2019 breaches the sovereign rights of third countries.");
  assert.equal(partyBodies(madeIt), ["turkiye", "libya"]);
  assert.equal(madeIt.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for), []);
  // "By signing …, Greece and Egypt have breached the rights of Turkey and Libya": the names that open the clause after
  // the act's own opening clause made it, however its verb reads; those in what came of it are no sides.
  const byOthers = only("By signing an agreement that delimits their maritime zones, Greece and Egypt have infringed the continental shelf rights of Turkey and Libya.");
  assert.equal(partyBodies(byOthers), ["greece", "egypt"]);
  const bySides = only("By signing the memorandum on maritime zones, Turkey and the Government of National Accord violated international law, the Greek foreign ministry said.");
  assert.equal(partyBodies(bySides), ["turkiye", "gna"]);
  assert.equal(bySides.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for), []);
  // Its dateline's city, with the date after it, is where the story was filed.
  assert.equal(partyBodies(only("ATHENS, 12 December 2019 - Having signed the maritime memorandum, Turkey and the GNA ignored every protest.")), ["turkiye", "gna"]);
  // A critic named with its abbreviation in brackets is one critic, the full name too.
  const abbreviated = only("Once the House of Representatives (HoR) had condemned the Turkish maritime deal, its speaker wrote to the UN.");
  assert.equal(abbreviated.roles.filter((r) => r.mention.entity === "house-of-representatives").map((r) => r.role), ["reactor", "reactor"]);
  // Nor, where the act's own words name one body of a state, another body of it ("the parliament in Benghazi", the
  // east's); nor is the object of another verb's preposition a critic ("sever relations with Turkey and annul").
  const annulled = only("Members of the Libyan parliament in Benghazi have voted to sever relations with Turkey and to annul the military cooperation accord between Libya's Government of National Accord and Turkey.");
  assert.equal(partyBodies(annulled), ["libya", "turkiye", "gna"]);
  assert.equal(annulled.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for), []);
  // Nor are those named in a relative clause on what the act led to, unless it tells of the act itself.
  assert.equal(partyBodies(only("Turkey and Libya signed a maritime agreement in 2019, which sharpened the friction between Ankara and Athens.")), ["turkiye", "libya"]);
  assert.equal(partyBodies(only("Turkey signed an agreement in 2019, which was concluded between Ankara and the GNA.")), ["turkiye", "gna"]);
  assert.equal(partyBodies(only("The Turkish press said the Libyan soldiers liked the deal.")), []);
  // An adjective before an elided actor is one: "the Turkish defence minister, together with the Qatari one".
  assert.equal(partyBodies(only("The agreement of 17 August was made by the GNA's deputy defence minister and the Turkish defence minister, together with the Qatari one.")).sort(), ["gna", "qatar", "turkiye"]);
  assert.equal(partyBodies(only("The maritime deal Turkey signed with the GNA in 2019 angered Greece and Egypt.")), ["turkiye", "gna"]);
});
find("should date an act by the words at its verb or opening its sentence, not by another clause's date", () => {
  assert.equal(only("In 2019, Turkey signed a defence memorandum with the GNA.").dates.map((d) => d.text), ["2019"]);
  assert.equal(only("Libya and Turkey signed an agreement on 11 July.", { published: { iso: "2025-07-12", precision: "day" } }).dates.map((d) => d.date?.iso), ["2025-07-11"]);
  assert.equal(only("Greece said on Friday it would expel the ambassador in protest at an accord that Tripoli and Ankara reached.").dates, []);
  assert.equal(only("On Nov. 29, 2019, Foreign Minister Mevlüt Çavuşoğlu said Turkey and Libya signed the security memorandum.").dates, []);
  // A relative clause set off by commas describes the subject, and the opening date still dates the verb after it.
  assert.equal(only("On 27 November 2019 the Turkish government and the Government of National Accord, which has the recognition of the international community, signed a memorandum of understanding.").dates.map((d) => d.text), ["27 November 2019"]);
  // A trailing attribution dates the report, not the act; a date before it is still the act's.
  assert.equal(only("Turkey and the LNA have signed a defence cooperation agreement, Turkish media reported on Thursday.").dates, []);
  assert.equal(only("Turkey and the LNA signed a defence cooperation agreement on Thursday, Turkish media reported.").dates.map((d) => d.text), ["on Thursday"]);
  // A passive's named agent, however long, stands between the verb and its date: "signed by … in 2019".
  assert.equal(only("Ankara pointed to the security agreement signed by the Presidential Council of the Government of National Accord in 2019.").dates.map((d) => d.text), ["2019"]);
  assert.equal(only("Ankara pointed to the security agreement signed by the Presidential Council, which the parliament of Libya rejected in 2020.").dates, []);
  // So does the side it was made with, with its abbreviation and who led it: "signed with … (GNA), led by …, on …".
  assert.equal(only("Troops stay under a security agreement signed with the previous Government of National Accord (GNA), led by Fayez al-Sarraj, on Nov. 27, 2019, in Istanbul.").dates.map((d) => d.text), ["Nov. 27, 2019"]);
  // And a second agent described, not named: "reached by Ankara and the previous executive in Tripoli on …".
  assert.equal(only("They praised the understanding reached by Ankara and the previous executive in Tripoli on 27 November 2019 on cooperation in defence.").dates.map((d) => d.text), ["27 November 2019"]);
  // A date the act came before: "took effect in January 2020, following a security agreement…".
  assert.equal(only("The mandate first took effect in January 2020, following a security and military agreement that Turkey reached with Tripoli.").dates, []);
  // A date that opens a "that" clause after a short framing one dates that clause's verb.
  assert.equal(only("It should be recalled that in November 2019 the Libyan Government of National Accord of Fayez al-Sarraj signed a memorandum with Turkey.").dates.map((d) => d.text), ["November 2019"]);
});
find("should date an act made afresh by the day that opens its paragraph, taken and not stated, and no other act by it", () => {
  const published = { iso: "2020-08-20", precision: "day" as const };
  const [act] = acts(["On Monday 17 August the defence ministers of Turkey and Qatar visited Tripoli. Both ministers signed an agreement on military cooperation with the GNA."], { published });
  assert.equal([act!.dates.map((d) => d.date?.iso), act!.inherited], [["2020-08-17"], ["dates"]]);
  // An act spoken of as known ("the memorandum"), or a year that opens the paragraph, takes no such date.
  assert.equal(acts(["On Monday 17 August the ministers visited Tripoli. The memorandum signed by Erdogan and Sarraj was discussed."], { published })[0]!.dates, []);
  assert.equal(acts(["In 2020 Turkey sent troops. Afterwards it agreed a maritime accord with Tripoli."], { published })[0]!.dates, []);
  // ("Later that year" is the act's own date, read from its words, not taken from the paragraph's opening.)
  const later = acts(["In 2020 Turkey sent troops. Later that year it agreed a maritime accord with Tripoli."], { published })[0]!;
  assert.equal([later.dates.map((d) => [d.text, d.date?.iso]), later.inherited.includes("dates")], [[["that year", "2020"]], false]);
});
find("should give 'three years after a maritime deal' to that deal alone, counted back from the article's date", () => {
  const found = acts(["Three years after a maritime border deal, Turkey and Libya signed a preliminary deal on energy exploration on Monday."], { published: { iso: "2022-10-04", precision: "day" } });
  const [earlier, later] = found;
  assert.equal(earlier!.dates.map((d) => d.date?.iso), ["2019"]);
  assert.equal(later!.dates.map((d) => d.date?.iso), ["2022-10-03"]);
});
find("should not take one who speaks of the act, or is its source, for one who made it", () => {
  const signers = (text: string) => only(text).roles.filter((r) => r.signer).map((r) => r.mention.text);
  assert.equal(signers("Erdoğan said Turkey and Libya signed the security memorandum."), ["Turkey", "Libya"]);
  assert.equal(signers("According to Erdoğan, Turkey and Libya signed the security memorandum on Wednesday."), ["Turkey", "Libya"]);
  assert.equal(signers("Çavuşoğlu told reporters Turkey signed the security memorandum with Libya."), ["Turkey", "Libya"]);
  // Nor whose view is given: "in the view of the Turkish defence minister, Hulusi Akar".
  const view = only("The memorandum of understanding that Turkey signed with Libya does not break international law, in the view of the Turkish defence minister, Hulusi Akar.");
  assert.equal(view.roles.filter((r) => r.role === "party").map((r) => r.mention.text), ["Turkey", "Libya"]);
  assert.equal(signers("According to Turkish officials, Erdogan, Turkey's president, signed the memorandum with Libya."), ["Erdogan", "Turkey", "Libya"]);
  assert.equal(signers("Ankara will not walk away from the security agreement it signed with the GNA, Turkish President Recep Tayyip Erdogan has said."), ["GNA"]);
});
find("should still take one who speaks of its own act for its maker", () => {
  const signers = (text: string) => only(text).roles.filter((r) => r.signer).map((r) => r.mention.text);
  assert.equal(signers("Ankara said it had signed a memorandum of understanding with Libya."), ["Ankara", "Libya"]);
  assert.equal(signers("Erdoğan said he signed the security memorandum with Sarraj."), ["Erdoğan", "Sarraj"]);
});
find("should go on listing sides after a second 'with' joined by 'and', past a relative clause set off by commas", () => {
  const signers = (text: string) => only(text).roles.filter((r) => r.signer).map((r) => r.mention.text);
  assert.equal(signers("Earlier this week a protocol was signed with the government of Fayez al-Sarraj, which has Tripoli as its seat, and with Qatar."), ["Fayez al-Sarraj", "Qatar"]);
  assert.equal(signers("Turkey signed the memorandum with the GNA, which Haftar opposes, and Egypt protested."), ["Turkey", "GNA"]);
});
find("should not take one who asks for, refuses or plans what is not done for one who made the act", () => {
  const signers = (text: string) => only(text).roles.filter((r) => r.signer).map((r) => r.mention.text);
  assert.equal(signers("The Greek parliament's speaker called on Libya's lawmakers not to ratify the maritime memorandum with Turkey."), ["Turkey"]);
  assert.equal(signers("Greece urged the House of Representatives to reject the maritime memorandum."), []);
  // Nor is a name after a second "by" in the act's "with" phrase: that phrase has ended.
  assert.equal(signers("The speaker called not to ratify the maritime memorandum with Turkey, to show the use by Greece of the eastern parliament."), ["Turkey"]);
  // Nor is a name past a colon: a statement of its own begins there.
  assert.equal(signers("He spoke of the memorandum signed by the GNA and Turkey, and of what we knew: that the House of Representatives had decided not to ratify it."), ["GNA", "Turkey"]);
  // What is done, or is to be done, still names its makers.
  assert.equal(signers("The Turkish parliament ratified the maritime memorandum."), ["Turkish"]);
  assert.equal(signers("Turkey and the LNA will sign the defence agreement in Benghazi."), ["Turkey", "LNA"]);
});
find("should find where an act was made, but not where a body sits", () => {
  assert.equal(only("The memoranda were signed in Istanbul by the GNA, which sits in Tripoli.").places.map((p) => p.entity), ["istanbul"]);
  assert.equal(only("The government in Tripoli signed the deal.").places, []);
  // So do governments, in the plural: "between the governments in Ankara and Tripoli".
  assert.equal(only("Dendias said the signing of the maritime memorandum between the governments in Ankara and Tripoli breaches international law.").places, []);
  assert.equal(only("On 28 November, Turkey and Libya's UN-backed government in Tripoli signed two deals.").places, []);
  assert.equal(only("The members of the House of Representatives who meet in Tripoli issued a statement after the signing of the two memoranda.").places, []);
  assert.equal(only("The GNA concluded an agreement with its two counterparts in Ankara and Doha to activate the port.").places, []);
  assert.equal(only("The Libyan ministry signed an agreement with its Turkish counterpart in the capital Ankara.").places.map((p) => p.entity), ["ankara"]);
});
find("should take the verb of the noun's own clause, not a verb that reports the clause", () => {
  const a = only("Turkey announced today that the memorandum on security cooperation with Libya has entered into force.");
  assert.equal([a.verb?.text, a.verb?.status], ["entered into force", "ratified"]);
});
find("should not take a verb whose object is something else for what was done to an agreement it rests on", () => {
  assert.is(only("The Turkish parliament approved a motion to send troops to Libya under the security memorandum.").verb, undefined);
  assert.is(only("Parliament passed a bill extending the mandate of troops deployed under the 2019 military agreement.").verb, undefined);
  assert.is(only("The bill renews a mandate that took effect in January after a security and military agreement.").verb, undefined);
  assert.is(only("The parliament ratified the security memorandum under which troops were sent.").verb?.status, "ratified");
  // Nor for one it follows up: "a deal was signed in Tripoli on exploration, as a follow-up to the memorandum".
  const followUp = readText(ctx, ["A deal was signed on 3 October in Tripoli on exploration in the economic zone, as a follow-up to the Turkish-Libyan memorandum."]).paragraphs[0]!.acts;
  assert.equal(followUp.map((a) => [a.noun.text, a.verb?.text, a.places.map((p) => p.entity)]), [["deal", "signed", ["tripoli"]], ["memorandum", undefined, []]]);
  // "announces its support for the memoranda": the object is a stance, not the agreement.
  assert.is(only("The House of Representatives announces its support for the memoranda of understanding with Turkey.").verb, undefined);
  assert.is(only("The House of Representatives announces the memoranda of understanding with Turkey.").verb?.status, "announced");
});
find("should not take a second verb of the same subject, with an object of its own, for what was done to the agreement", () => {
  assert.is(only("France, which deplored the Turkish-Libyan agreement and announced the sending of frigates, backs Greece.").verb?.status, "contested");
  assert.is(only("Greece, which criticised the Turkish-Libyan agreement and announced the sending of frigates, backs Athens.").verb, undefined);
  // With no object of its own, the verb may still be the agreement's.
  assert.is(only("Turkey drafted the agreement and signed it in December.").verb?.status, "signed");
  // Nor a participle of agreeing after a comma, on a matter of its own.
  assert.not.equal(only("Turkey and Libya had recently reaffirmed their commitment to the maritime agreement and discussed the questions surrounding it, agreeing on everything.").verb?.status, "announced");
  assert.not.equal(only("The ministers reviewed the security memorandum, agreeing on further steps to train the army.").verb?.status, "announced");
  assert.is(only("The two sides concluded their talks on the maritime agreement, agreeing it on Wednesday.").verb?.status, "announced");
  // Nor a verb of a clause of its own whose object is another agreement named right after it.
  const [, maritime] = acts(["In November 2019 Ankara and the GNA of Fayez al-Sarraj signed a memorandum of understanding on security and military cooperation, together with a controversial maritime delimitation memorandum, and the Turkish parliament approved the security memorandum the following month."]);
  assert.not.equal(maritime!.verb?.status, "ratified");
});
find("should take the sides of an agreement named as one side's own 'with' the other from those words alone", () => {
  const sides = (text: string) => only(text).roles.filter((r) => r.role === "party").map((r) => r.stands_for);
  assert.equal([...new Set(sides("Qatar and Turkey back the GNA: Ankara sent officers since its security memorandum with al-Sarraj, and Doha paid."))].sort(), ["gna", "turkiye"]);
  // Without the possessive, Doha is not ruled out.
  assert.ok(sides("Qatar and Turkey back the GNA: Ankara sent officers since the security memorandum with al-Sarraj, and Doha paid.").map(String).includes("qatar"));
});
find("should read 'the text' as an agreement only where something is done to it right beside it", () => {
  const signed = only("The text signed between Turkey and Libya was approved in a very fast procedure.");
  // "signed" beside it makes the text an agreement; what the sentence reports done to it is the approval.
  assert.equal([signed.noun.text, signed.verb?.status, partyBodies(signed)], ["text", "ratified", ["turkiye", "libya"]]);
  assert.equal(acts(["The text of the speech was published on Monday."]), []);
  assert.equal(acts(["Greece has read the document with care."]), []);
});
find("should leave to an act set beside another ('three years after a maritime border deal') what that act's own words are about", () => {
  const [mou, deal] = acts(["The memorandum of understanding, which comes three years after a controversial maritime border deal, provoked a sharp reaction."]);
  assert.equal([mou!.subjects, mou!.primary, mou!.sentenceSubjects, mou!.comparedWith?.map((n) => n.text)], [[], undefined, [], ["deal"]]);
  assert.is(deal!.primary, "maritime");
  const [signed] = acts(["The memorandum, signed three years after a contested maritime border deal, drew a sharp response."]);
  assert.equal(signed!.sentenceSubjects, []);
  // So is one signed "together with" it: the other act's words are that act's.
  const [first] = acts(["The memorandum was signed together with a maritime border deal."]);
  assert.equal([first!.comparedWith?.map((n) => n.text), first!.sentenceSubjects], [["deal"], []]);
});
find("should not take the words of a clause an act 'comes after' ('talk of a military intervention comes days after Ankara signed a deal') for what the act is about", () => {
  assert.equal(only("His talk of a possible military intervention comes only days after Ankara signed a deal with the Tripoli government.").sentenceSubjects, []);
  // A main clause that does not say it "comes after" still speaks of the act.
  assert.equal(only("Turkish military support grew after Ankara signed a deal with the Tripoli government.").sentenceSubjects, ["military"]);
});
find("should not take a speaker's school or calling ('a professor at Cairo University', 'a Turkish academic said') for what the act is about", () => {
  assert.equal(only("Tarek Fahmy, a professor of political science at Cairo University, said the memorandum Turkey and the GNA signed has no value in law.").sentenceSubjects, []);
  assert.equal(only("A Turkish academic said the deal Turkey and the GNA signed in November 2019 was legal.").sentenceSubjects, []);
  // An agreement on schooling still speaks of it.
  assert.is(only("Turkey and the GNA signed a deal on academic cooperation and scholarships for students.").primary, "education");
});
find("should read what an act is on past its makers' relative clause and its date ('deals that Libya and Turkey struck in November on maritime boundaries…, and on military co-operation')", () => {
  const a = only("The deployment follows deals that Libya and Turkey struck in November on maritime boundaries in the eastern Mediterranean, and on military co-operation.");
  assert.equal(a.subjects.map((s) => s.subject), ["maritime", "military"]);
  assert.equal(a.several, true);
  assert.equal(only("Turkey signed a memorandum on 27 November 2019 on maritime jurisdiction.").primary, "maritime");
  // A date with nothing after it on what the act is about leaves the act's words where they were.
  assert.equal(only("Turkey signed a memorandum in November with the GNA, and troops followed.").subjects, []);
});
find("should read what an act is on past a side after 'with' ('…in the eastern Mediterranean with Libya and military cooperation')", () => {
  const a = only("Last month Turkey and Libya concluded an agreement concerning the sea borders with Libya and military cooperation.");
  assert.equal(a.subjects.map((s) => s.subject), ["maritime", "military"]);
  // A second side after "and" is a side, not what the act is on.
  assert.equal(only("Turkey signed an agreement on maritime borders with the GNA and Qatar.").subjects.map((s) => s.subject), ["maritime"]);
});
find("should not take a stock phrase of the general good in a condition ('if stability and security … are to be preserved') for what the agreement is about", () => {
  assert.equal(only("The Turkish deal is illegal and must not be registered if stability and security in the Mediterranean are to be preserved.").sentenceSubjects, []);
  // What an agreement commits to may be its subject.
  assert.equal(only("The memorandum commits Turkey to back the GNA in its efforts to bring stability and security back to the country.").sentenceSubjects, ["military"]);
});
find("should not take a word that names who reports ('according to media in his country', 'Libyan media reported') for what the act is about", () => {
  assert.equal(only("The Turkish president, according to media in his country, stated that he had signed the agreement with Libya.").sentenceSubjects, []);
  assert.equal(only("Libyan media reported that Turkey and the GNA had signed an agreement.").sentenceSubjects, []);
  // What follows "according to" is a subject when it does not end the phrase: it names the act's content.
  assert.equal(only("According to the security provisions, Turkey and Libya signed an agreement.").sentenceSubjects, ["military"]);
  // And a memorandum on media names its subject.
  assert.equal(only("The memoranda were signed in Tripoli, covering energy, media and tourism.").sentenceSubjects.includes("culture"), true);
});
find("should read 'agreed with … to …' as an act even where no agreement is named", () => {
  const a = only("The GNA has agreed with Qatar and Turkey to strengthen military cooperation, according to an official.");
  assert.equal([a.verbOnly, a.verb?.status, a.primary], [true, "announced", "military"]);
  assert.equal(partyBodies(a), ["gna", "qatar", "turkiye"]);
  // When it was agreed may stand between the verb and what was agreed.
  const dated = only("The defence ministers of Turkey and Qatar and the GNA agreed last August to strengthen their joint military cooperation.");
  assert.equal([dated.verbOnly, dated.primary, partyBodies(dated)], [true, "military", ["turkiye", "qatar", "gna"]]);
  assert.is(only("Turkey and the GNA agreed on Monday to set up a joint training centre.").verbOnly, true);
  // So may a time set off by commas, "earlier" or "later" before it.
  const earlier = only("The two countries had already agreed, earlier in 2019, on creating an economic zone with a common sea border.");
  assert.equal([earlier.verbOnly, earlier.primary], [true, "maritime"]);
  // "agreeing on" is the same act, in a clause of its own.
  const agreeing = only("The talks ended with the GNA, Turkey and Qatar agreeing on three-way military cooperation.");
  assert.equal([agreeing.verbOnly, agreeing.noun.text, agreeing.primary], [true, "agreeing", "military"]);
  // An agreement named past what was agreed is another act; one named in it is the same.
  const two = acts(["Akar and his Qatari counterpart met GNA officials in Tripoli and agreed to set up a joint training centre, building on the security memorandum Turkey signed with the GNA last year."]);
  assert.equal(two.map((a) => [a.noun.text, Boolean(a.verbOnly)]), [["memorandum", false], ["agreed", true]]);
  assert.equal(acts(["Turkey and the GNA agreed to implement the security memorandum."]).map((a) => a.noun.text), ["memorandum"]);
  // "committed themselves to" is agreeing in other words; "committed" alone is not.
  const committed = only("There the three governments, Ankara, Doha and the Sarraj government, committed themselves to a joint effort to build up the GNA's armed forces.");
  assert.equal([committed.verbOnly, committed.verb?.status, committed.primary], [true, "announced", "military"]);
  assert.equal(acts(["Turkey committed troops to the GNA's armed forces."]), []);
  // A shared view is no act.
  assert.equal(acts(["The talks dealt with terrorism, and the two sides agreed on the need to join efforts to face it."]), []);
  assert.equal(acts(["Syllouris and Saleh agreed on a firm condemnation of Turkish actions, calling Ankara's plan to send troops to Libya unacceptable."]), []);
  assert.equal(acts(["Saddam Haftar and the Turkish commander agreed on the importance of military cooperation."]), []);
});
find("should read 'the text', 'the understandings' or 'the arrangement' with subject words before it or a short relative clause after it, and 'memorandum of understanding' as one noun", () => {
  const rejected = only("Egypt, Greece and Cyprus rejected the maritime border text, calling it illegal.");
  assert.equal([rejected.noun.text, rejected.verb?.status, rejected.primary], ["text", "contested", "maritime"]);
  assert.is(only("Turkey reached two understandings with the GNA last month.").noun.text, "understandings");
  assert.is(only("Greece condemned the understandings that Turkey reached with the GNA.").noun.text, "understandings");
  // Several words before the noun that name no subject are a description, not an agreement's name.
  assert.equal(acts(["He rejected the whole long text."]), []);
  // A relative clause with a name for its subject, and a definite one on what an agreement can be about.
  assert.is(only("The document Ankara concluded with the Tripoli government divides the waters between Crete and Cyprus.").noun.text, "document");
  const understanding = only("Athens insists the Turkish-Libyan understanding on sea zones is null and void.");
  assert.equal([understanding.noun.text, understanding.primary], ["understanding", "maritime"]);
  assert.equal(acts(["Both sides expressed a better understanding on security matters."]), []);
  assert.equal(acts(["Both sides stressed their mutual understanding."]), []);
  assert.equal(acts(["The two sides signed a memorandum of understanding on Monday."]).map((a) => a.noun.text), ["memorandum of understanding"]);
});
find("should read 'the government that agreed to it' as the agreement's signatory, and 'agreed to sign' as a signing to come", () => {
  assert.equal(only("The legal value of the maritime accord depends on the survival of the government that agreed to it.").verb?.status, "signed");
  assert.equal(only("Turkey and Libya agreed to sign a memorandum.").verb?.status, "to be signed");
});
find("should read a list of what an agreement is on that names two subjects ('on security, military cooperation and the delimitation of areas at sea') as two acts", () => {
  const a = only("Ankara and the Libyan government in Tripoli had signed an agreement on security, military cooperation and the delimitation of areas of influence at sea.");
  assert.equal([a.several, a.primary], [true, "military"]);
  assert.is(only("Turkey signed an agreement on military training, equipment and advisers with the GNA.").several, false);
  // A subject whose words run on past where the list is read to end ("borders in the Mediterranean") is still in it.
  const b = only("Turkey and Libya signed an important pact on military cooperation as well as borders in the Mediterranean.");
  assert.equal([b.several, b.subjects.map((s) => s.subject)], [true, ["military", "maritime"]]);
});
find("should not read a signing as still to come for a modal or an expectation outside the verb's own clause", () => {
  assert.equal(only("The parliament will debate the memorandum signed by Erdogan and Sarraj.").verb?.status, "signed");
  assert.equal(acts(["Turkey and the GNA, which signed a security deal last week, are expected to sign further protocols."]).map((a) => a.verb?.status), ["signed", "to be signed"]);
  assert.equal(only("The deal, which was signed on Wednesday, is expected to be ratified next week.").verb?.status, "signed");
  // Within its own clause, a signing still to come.
  assert.equal(only("The defence agreement will be signed in Benghazi at a ceremony scheduled for May.").verb?.status, "to be signed");
});
find("should read 'struck' and 'entered into' as signing, and entry into force or effect as ratification", () => {
  assert.is(only("Last month the GNA and Turkey struck a deal that drew their maritime boundaries.").verb?.status, "signed");
  assert.is(only("In December 2019, Turkey and the GNA entered into two memoranda of understanding, one on defence and one on gas drilling.").verb?.status, "signed");
  assert.is(only("The GNA announced that the agreement signed with Turkey came into effect on Sunday.").verb?.status, "ratified");
  assert.is(only("The memorandum entered into force on 8 December.").verb?.status, "ratified");
});
find("should take no subject from a word inside a named body's name", () => {
  assert.equal(only("Turkey signed a maritime deal with the GNA, then at war with the Libyan National Army.").sentenceSubjects, []);
  assert.equal(only("Turkey signed a maritime deal with the GNA and sent army officers.").sentenceSubjects, ["military"]);
});
find("should read 'also agreed to…' as one more thing an agreement named before holds, saying nothing of its status", () => {
  const also = only("The two sides also agreed to grant military services and to cooperate on logistics.");
  assert.equal([also.verbOnly, also.verb?.done], [true, false]);
  assert.is(done("The two sides agreed to grant military services and to cooperate on logistics."), true);
});
find("should read a participle after its noun as done, whatever preposition governs the noun phrase", () => {
  assert.is(done("The text sets out rules for the security agreement signed by the Presidential Council in 2019."), true);
  assert.is(done("Athens objected to the maritime deal signed with Turkey in 2019."), true);
  // A verb that asks for it still asks: "wants the deal ratified".
  assert.is(done("Ankara wants the maritime deal ratified by the House."), false);
});
find("should read a ratification weighed or sought as nothing done", () => {
  assert.is(done("The eastern parliament is considering ratifying the maritime memorandum."), false);
  // So is one set against it: "against approving", "opposed to ratifying".
  assert.is(done("He said he was against approving the security and military cooperation memorandum."), false);
  assert.is(done("The opposition is opposed to ratifying the maritime memorandum."), false);
  assert.is(done("The push follows Turkish attempts to win over Benghazi and get the Turkey-Libya memorandum ratified."), false);
  assert.is(done("The eastern parliament ratified the maritime memorandum on Monday."), true);
  // A present tense after "once", "if" or "until" tells of what is still to come.
  assert.is(done('"If, once the memorandum of understanding is approved on Saturday, the government asks us for help, we will train them," he said.'), false);
  assert.is(done("Nothing changes until the eastern parliament ratifies the maritime memorandum."), false);
  assert.is(done("Once the two sides had signed the maritime memorandum, Greece protested."), true);
  // So does a present perfect there; a past perfect, or "since", tells of what was done.
  assert.is(done("Once the parliament of the GNA has approved the accord, it will go to the United Nations."), false);
  assert.is(done("Since the parliament of the GNA has approved the accord, it goes to the United Nations."), true);
});
find("should read a procedure described ('after it, the text enters into force') as nothing done", () => {
  const procedure = only("Publication is the last step of the procedure: after it, the text enters into force for Turkey.");
  assert.equal([procedure.verb?.status, procedure.verb?.done], ["ratified", false]);
  assert.is(only("The memorandum is to stay in force for three years from the date it takes effect.").verb?.done, false);
  assert.is(only("The memorandum enters into force today, the ministry said.").verb?.done, true);
});
find("should read a closing 'one …, the other …' list as what each of several acts is about", () => {
  const a = only("Greece was angered by the two understandings that Turkey reached with the GNA, one drawing maritime boundaries and the other on military cooperation.");
  assert.ok(a.several);
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["maritime", "military"]);
  // "one on … and one on …", "one …, another …" go through them too.
  const ones = only("Dendias spoke of the two memoranda that Turkey and the Tripoli government signed, one on a common sea boundary and one on Turkish military assistance.");
  assert.equal([...new Set(ones.subjects.map((s) => s.subject))], ["maritime", "military"]);
  // A single act has no such list.
  assert.equal(only("Turkey reached an understanding with the GNA, one that many criticised.").subjects, []);
});
find("should read a 'One …, the other …' sentence right after several acts as what each of them is about", () => {
  const text = "Last year Ankara and Tripoli signed two memorandums of understanding. One set the maritime boundaries in the Eastern Mediterranean, the other was meant to deepen military cooperation.";
  const a = only(text);
  assert.ok(a.several);
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["maritime", "military"]);
  // Not when the sentence goes on past the noun, nor when the list comes a sentence later, nor for a single act.
  assert.equal(only(text.replace("understanding.", "understanding with fanfare.")).subjects, []);
  assert.equal(only(text.replace("understanding.", "understanding. Both were criticised.")).subjects, []);
  assert.equal(only(text.replace("two memorandums", "a memorandum")).subjects, []);
});
find("should read what follows a participle and its side ('the agreement signed with Turkey on … and …') as the act's own words", () => {
  const a = only('The GNA said the agreement signed with Turkey "on areas of maritime jurisdiction and the military cooperation and security" came into effect.');
  assert.ok(a.several);
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["maritime", "military"]);
});
find("should read the names before a feeling in the passive ('were angered by') as its opponents, and the maker after 'by' as a side", () => {
  const a = only("Greece, Cyprus and Egypt have been angered by the two understandings that Turkey reached with the GNA.");
  const role = (id: string) => a.roles.find((r) => r.stands_for === id)?.role;
  assert.equal([role("greece"), role("cyprus"), role("egypt"), role("turkiye"), role("gna")], ["backer", "backer", "backer", "party", "party"]);
});
find("should take the subject of 'informed … that it rejects' as the critic, not whom it informed", () => {
  const a = only("Egypt has informed the UN Security Council that it rejects the two agreements between Turkey and the GNA.");
  assert.equal(a.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for), ["egypt"]);
  assert.equal(partyBodies(a), ["turkiye", "gna"]);
});
find("should read 'the government of national agreement', in any case, as the GNA and not as an agreement", () => {
  assert.equal(acts(["Akar met officials of the government of national agreement to discuss military cooperation."]), []);
  assert.equal(partyBodies(only("Turkey signed a memorandum with the Government of National Agreement in November 2019.")), ["turkiye", "gna"]);
});
find("should not read a body's translated name with its abbreviation after it ('National Government Agreement (GNA)') as an agreement", () => {
  assert.equal(acts(["The National Government Agreement (GNA) of Libya announced the news on Sunday."]), []);
});
find("should read 'came to terms on …' as an agreement reached, even where no agreement is named", () => {
  const a = only("In Istanbul on 27 November, the two countries came to terms on security and military cooperation and on maritime jurisdiction.");
  assert.equal([a.verbOnly, a.verb?.status], [true, "announced"]);
  assert.equal([...new Set(a.subjects.map((s) => s.subject))], ["military", "maritime"]);
  assert.equal(acts(["He came to terms with the loss of the election."]), []);
});
find("should take Haftar's side described as 'the eastern Libyan factions' or 'the Haftar-led camp' for the LNA", () => {
  assert.equal(partyBodies(only("There are reports of a preliminary agreement between Türkiye and the eastern Libyan factions to set up a military training centre.")), ["turkiye", "lna"]);
  assert.equal(partyBodies(only("Ankara signed a memorandum with the Haftar-led camp on military training.")), ["turkiye", "lna"]);
});
find("should leave the sides another act lists right after it ('agreements with Turkey and Qatar') to that act, unless the two are joined", () => {
  const [first, second] = acts(["After it signed agreements with Turkey and Qatar, the GNA signed a memorandum with Egypt."]);
  assert.ok(["turkiye", "qatar"].every((id) => partyBodies(first!).map(String).includes(id)));
  assert.equal(partyBodies(second!), ["gna", "egypt"]);
  const joined = acts(["Turkey signed a military deal with the GNA last November, as well as a memorandum of understanding on maritime boundaries."]);
  assert.equal(partyBodies(joined[1]!), ["turkiye", "gna"]);
});
find("should take 'pro-Turkish' or 'anti-Turkish' for a leaning, not a side", () => {
  const a = only("The pro-Turkish defence minister of the GNA signed an agreement with Italy.");
  assert.not.ok(partyBodies(a).map(String).includes("turkiye"));
});
find("should read a border demarcation agreement as maritime", () => {
  assert.is(only("He questioned the legality of the border demarcation agreement between the GNA and the Turkish government.").primary, "maritime");
});
find("should read what a deal did in an irregular past ('which drew the maritime borders') as what it is about, and 'a separate agreement' as one act", () => {
  assert.is(only("That text rested on the 2019 deal, which drew the maritime borders the two countries say they share.").primary, "maritime");
  assert.not.ok(only("Details came out about a separate Turkish-Libyan military agreement.").several);
  assert.ok(only("They signed two separate agreements.").several);
});
find("should keep the sides an act names in its own words, and leave out who it is said to breach", () => {
  const a = only("Turkey condemned the maritime border agreement signed between Egypt and Greece, which it says breaches Turkey's continental shelf and Libya's maritime rights.");
  assert.equal(partyBodies(a), ["egypt", "greece"]);
});
find("should not take where the thing agreed on stands ('a naval base in Misrata') for where the act was done", () => {
  assert.equal(only("Turkey, Qatar and the GNA signed an agreement on creating a Turkish naval base in Misrata.").places, []);
  assert.equal(only("Turkey, Qatar and the GNA signed an agreement to establish a base of the Turkish navy in Misrata.").places, []);
  assert.equal(only("Turkey, Qatar and the GNA signed an agreement in Tripoli on a naval base.").places.map((m) => m.entity), ["tripoli"]);
  // Nor where what it sets up will be.
  assert.equal(only("The three ministers put their signatures to an accord setting up a trilateral military coordination in Misrata.").places, []);
  // Nor a diplomat's post.
  assert.equal(only("On Monday the Greek foreign minister threatened to expel the Libyan ambassador in Athens if Tripoli does not reveal the content of the accord made with Turkey.").places, []);
});
find("should not take a speaker's verb outside the quotation the agreement stands in for what was done to it", () => {
  const a = only('"No one may drill in the areas designated by the maritime agreement," President Erdogan announced on Sunday.');
  assert.is(a.verb, undefined);
});
find("should read 'a base for Turkish naval units' as military", () => {
  assert.is(only("Turkey, Qatar and the GNA agreed to bring the port of Misrata into service as a base for Turkish naval units.").primary, "military");
});
find("should take who 'holds that' the agreement breaches their rights for its critics", () => {
  const reiterates = only("The Republic of Cyprus reiterates that the 'Memorandum' of 2019 between Turkey and Libya violates the sovereign rights of third States.");
  assert.equal(reiterates.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for), ["cyprus"]);
  const a = only("Cyprus, Greece and Egypt hold that the 2019 agreement between Turkey and the GNA violates their economic rights.");
  assert.equal(a.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for), ["cyprus", "greece", "egypt"]);
  assert.equal(partyBodies(a), ["turkiye", "gna"]);
});
find("should take who asks a side to cancel an agreement ('Greece urged Libya to annul …') for a critic, not a side", () => {
  const urged = only("Greece urged Libya to annul the maritime memorandum signed with Turkey in 2019.");
  assert.ok(urged.roles.some((r) => r.stands_for === "greece" && r.role === "reactor"), JSON.stringify(urged.roles));
  assert.not.ok(partyBodies(urged).map(String).includes("greece"));
  const asked = only("During the visit Greece had asked the Libyan authorities to cancel the maritime agreement signed with Turkey.");
  assert.not.ok(partyBodies(asked).map(String).includes("greece"));
  // Only the one who asks: a side named in a clause of its own before it ("Greece met Libya's envoy; …") is no critic.
  const met = only("Greece met Libya's envoy; Egypt urged Libya to cancel the maritime memorandum signed with Turkey.");
  assert.not.ok(met.roles.some((r) => r.stands_for === "greece" && r.role === "reactor"));
});
find("should read an act kept from being done ('… to prevent the parliament from ratifying') as not done, its preventers critics", () => {
  const asked = only("Egypt has asked the United States to step in to prevent the parliament in eastern Libya from ratifying a maritime agreement with Turkey.");
  assert.equal(asked.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for).sort(), ["egypt", "united-states"]);
  assert.not.ok(asked.verb?.done);
  const kept = only("Egypt is trying to keep Libya's parliament from ratifying a maritime agreement with Turkey.");
  assert.not.ok(partyBodies(kept).map(String).includes("egypt"));
  // Only what is kept "from" the act: "Egypt could not stop the parliament, which went on ratifying …" tells of it done.
  const went = only("Egypt could not stop the parliament in eastern Libya, which went on ratifying the maritime agreement with Turkey in 2025.");
  assert.ok(went.verb?.done);
});
find("should read an act after 'let alone' or 'nor', in a sentence that says another was not done, as not done", () => {
  const never = only("He repeated that the maritime memorandum with Turkey had never been put before parliament, let alone approved by it.");
  assert.equal([never.verb?.status, never.verb?.done], ["ratified", false]);
  const nor = only("The maritime memorandum with Turkey was neither debated nor ratified by the House of Representatives.");
  assert.not.ok(nor.verb?.done);
  assert.ok(only("The maritime memorandum with Turkey was debated and ratified by the House of Representatives.").verb?.done);
});
find("should read an act after 'cannot' or a negated contraction ('hasn't been ratified') as not done", () => {
  assert.equal([only("He admitted that an agreement with Turkey on this question is problematic and cannot be signed.").verb?.done, done("The agreement hasn't been ratified by the parliament."), done("The parliament won't ratify the maritime memorandum.")], [false, false, false]);
  assert.ok(done("The agreement has been ratified by the parliament."));
});
find("should read an agreeing that a modal or a negation only supposes ('they could lawfully agree on a delimitation') as not done", () => {
  assert.not.ok(only("There is no legal ground on which Turkey and Libya could lawfully agree on a delimitation between them.").verb?.done);
  assert.not.ok(only("Turkey and Libya should formally agree on a maritime delimitation.").verb?.done);
  assert.ok(only("Turkey and Libya agreed on a maritime delimitation.").verb?.done);
});
find("should read 'to be signed' after a count of acts ('the second agreement … to be signed in the eastern Mediterranean') as signed", () => {
  const second = only("It is the second agreement delimiting maritime borders to be signed in the eastern Mediterranean with a coastal state.");
  assert.equal([second.verb?.status, second.verb?.done], ["signed", true]);
  assert.is(only("The first accord of its kind to be signed between Turkey and Libya set a maritime line.").verb?.status, "signed");
  // Without the count it is still to come.
  assert.is(only("An agreement delimiting maritime borders is to be signed in Ankara.").verb?.status, "to be signed");
});
find("should take who states a position before a colon for the critic of what follows it ('… set out a shared position: the memorandum is illegal')", () => {
  const a = only("On Friday the Greek speaker and his Libyan counterpart, Aguila Saleh, set out a shared position: the Turkey-Libya memorandum is illegal and invalid.");
  assert.equal(a.roles.filter((r) => r.role === "reactor").map((r) => r.mention.text), ["Aguila Saleh"]);
  assert.equal(partyBodies(a).map(String).sort(), ["libya", "turkiye"]);
  // A colon after words that state nothing does not make a critic of the name before it.
  const listed = only("Three visitors came to Athens on Friday, Aguila Saleh among them: the Turkey-Libya memorandum is illegal, the hosts said.");
  assert.not.ok(listed.roles.some((r) => r.role === "reactor" && r.mention.text === "Aguila Saleh"));
});
find("should take who attacks ('the attack on the capital by … Haftar') for an opponent, not a side", () => {
  const a = only("In return for this agreement, Turkey gave military help to the GNA in repelling the attack on the capital in 2020 by the strongman of the east, Khalifa Haftar.");
  assert.not.ok(partyBodies(a).map(String).includes("lna"));
});
find("should read who objects to an act, who made it, and who only speaks of it, in a wire's sentence", () => {
  const a = only("ATHENS - Greece has filed objections with the United Nations against an accord between Libya and Turkey that maps out maritime boundaries, calling it a breach of international law, the Greek government said on Tuesday.");
  const role = (text: string) => a.roles.filter((r) => r.mention.text === text).map((r) => r.role);
  assert.equal([a.verb?.status, role("Greece"), role("Libya"), role("Turkey"), role("Greek")], ["contested", ["reactor"], ["party"], ["party"], ["bystander"]]);
  assert.not.ok(a.roles.some((r) => r.mention.text === "ATHENS"), "the dateline's place is where the story was filed");
});
find("should read the country after a dateline's place ('NICOSIA, Cyprus —') as where the story was filed, not a side at the table", () => {
  const atTable = (text: string) => only(text).roles.filter((r) => r.role === "party" && r.core).map((r) => r.stands_for as string);
  assert.equal(atTable("ATHENS, Greece (AP) — Turkey and Libya signed a maritime memorandum on Wednesday."), ["turkiye", "libya"]);
  assert.equal(atTable("CAIRO, Egypt — Turkey and Libya signed a maritime memorandum on Wednesday."), ["turkiye", "libya"]);
  assert.not.ok(only("CAIRO, Egypt — Turkey and Libya signed a maritime memorandum on Wednesday.").roles.some((r) => r.stands_for === "egypt" && r.signer));
  // The country stays a critic where the sentence makes it one, and a list of states with a dash is no dateline.
  assert.ok(only("NICOSIA, Cyprus — The Cypriot foreign ministry has condemned an agreement between Turkey and the U.N.-backed government of Libya.").roles.some((r) => r.stands_for === "cyprus" && r.role === "reactor"));
  assert.equal(atTable("Turkey, Libya — and no one else — signed the memorandum."), ["turkiye", "libya"]);
});
find("should read a name set off by commas before the verb's auxiliary ('the head of the GNU, Dbeibah, has concluded') as the subject that made the act", () => {
  const atTable = (text: string) => [...new Set(only(text).roles.filter((r) => r.role === "party" && r.core && r.signer).map((r) => r.stands_for as string))];
  assert.equal(atTable("The head of the Government of National Unity, Abdul Hamid Dbeibah, has concluded military agreements with Turkey."), ["gnu", "turkiye"]);
  assert.equal(atTable("Turkey's defence minister, Hulusi Akar, has also signed a military agreement with the GNA."), ["turkiye", "gna"]);
  assert.equal(atTable("Libya's prime minister, Abdul Hamid Dbeibah, had signed a military agreement with Turkey."), ["libya", "gnu", "turkiye"]);
  // A name in a relative clause set off by commas before the verb stays out of it.
  assert.equal(atTable("Greece, whose islands lie near Libya, has signed an agreement with Egypt."), ["greece", "egypt"]);
});
find("should go on with a list of makers through 'and the head of' a body ('by Turkey's minister, Akar, and the head of the Libyan government, Dbeibah')", () => {
  const atTable = (text: string) => [...new Set(only(text).roles.filter((r) => r.role === "party" && r.core).map((r) => r.stands_for as string))];
  assert.equal(atTable("The two accords were initialled in Istanbul by the Turkish Defence Minister, Hulusi Akar, and the head of the Libyan government, Abdelhamid Dbeibah, who had travelled to Turkey."), ["turkiye", "libya", "gnu"]);
  assert.equal(atTable("The memorandum was signed in Istanbul on Wednesday by Turkey's foreign minister, Mevlut Cavusoglu, and the foreign minister of the GNA, Mohamed Siala."), ["turkiye", "gna"]);
});
find("should read a state after 'in the west of' as where something is, not a side", () => {
  const sides = (text: string) => [...new Set(only(text).roles.filter((r) => r.role === "party").map((r) => r.stands_for as string))];
  assert.equal(sides("Dbeibah has concluded military agreements with Turkey that keep occupation forces in the west of Libya."), ["gnu", "turkiye"]);
  assert.equal(sides("Turkey signed a military agreement with the GNA that sends troops to the eastern part of Libya."), ["turkiye", "gna"]);
  assert.equal(sides("Turkey signed an agreement with Libya in Istanbul."), ["turkiye", "libya"]);
});
find("should not read a subject word in a title ('military chief') as what the sentence is about", () => {
  const a = only("The agreement was concluded in 2019, when eastern military chief Khalifa Haftar tried to take Tripoli by force.");
  assert.equal(a.sentenceSubjects, []);
  assert.equal(only("The agreement was signed by Erdogan and Serraj, whom Ankara backs against the rival military force in the east.").sentenceSubjects, []);
  assert.equal(only("The agreement was concluded in 2019 amid talk of military cooperation.").sentenceSubjects, ["military"]);
});
find("should read 'his counterparts' after an act that states make in a relative clause as a person's of the main clause, not sides", () => {
  const a = only("Shoukry discussed the maritime deals Turkey and Libya have just signed with his counterparts in Greece and Cyprus.");
  assert.equal([...new Set(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for))], ["turkiye", "libya"]);
  // A person who signs "with her counterpart" signs with that counterpart.
  const b = only("Greece condemned the memorandum which Libya's Foreign Minister, Najla Mangoush, signed with her Turkish counterpart, Mevlut Cavusoglu.");
  assert.ok(b.roles.some((r) => r.stands_for === "turkiye" && r.role === "party"));
});
find("should read a state that an act's own words ('between Libya and Turkey', 'Turkish-Libyan') leave out as no side to it", () => {
  const a = only("Turkey on Friday condemned Greece's decision to expel the Libyan ambassador over an accord between Libya and Turkey.");
  const role = (text: string) => a.roles.filter((r) => r.mention.text === text).map((r) => r.role);
  assert.equal([role("Greece"), role("Libya")], [["bystander"], ["party"]]);
  const compound = only("Akila Saleh said that the Turkish-Libyan memorandum is void, and so he opens the way for a negotiation with Greece, with Egypt and with Turkey about the sea zones.");
  assert.equal(compound.roles.filter((r) => r.role === "party" && r.signer).map((r) => r.mention.text), ["Turkish", "Libyan"]);
  const minister = only("An explicit reference says that the memorandum between Turkey and Libya produces no legal effects, the Greek minister said.");
  assert.equal(minister.roles.filter((r) => r.mention.text === "Greek").map((r) => r.role), ["bystander"]);
  // A capital of a state the list names is that side.
  assert.equal(only("Ankara and Tripoli signed the accord between Libya and Turkey.").roles.filter((r) => r.mention.text === "Ankara").map((r) => r.role), ["party"]);
  // So do its signers after a participle and "by".
  const by = only("For Turkish President Recep Tayyip Erdogan, the maritime border agreement signed by Egypt and Greece is worth nothing, because Greece has no sea border with Libya.");
  assert.equal([...new Set(by.roles.filter((r) => r.role === "party").map((r) => r.stands_for))], ["egypt", "greece"]);
  // One signer alone says nothing of the other side.
  const one = only("The agreement signed by the Turkish foreign minister with Libya angered Athens.");
  assert.ok(one.roles.some((r) => r.stands_for === "libya" && r.role === "party"));
});
find("should read the sides after 'recently signed between', and a name with 'of' in it, as every side the act has", () => {
  const a = only("An MP commented on the security agreement recently signed between Qatar and the Tripoli-based Government of National Accord (GNA), suggesting that neither Turkey nor Qatar wants peace.");
  assert.equal(a.roles.filter((r) => r.mention.text === "Turkey").map((r) => r.role), ["bystander"]);
  assert.equal(a.roles.filter((r) => r.role === "party" && r.core).map((r) => r.stands_for), ["qatar", "gna"]);
});
find("should not take a name before a clause of its own ('signed with Turkey in 2019, because it violates the law') for the critic the clause speaks of", () => {
  const a = only("Mitsotakis had asked Libya to cancel the agreement on maritime borders signed with Turkey in 2019, because it violates international law.");
  assert.equal(a.roles.filter((r) => r.mention.text === "Turkey").map((r) => r.role), ["party"]);
  // A name that is the contesting verb's own subject is still its critic.
  const b = only("Turkey signed a maritime agreement with the GNA, which Greece rejects.");
  assert.equal(b.roles.filter((r) => r.mention.text === "Greece").map((r) => r.role), ["reactor"]);
});
find("should read the subject of a clause done 'in protest against' the act as its critic, and whom it acted on as neither critic nor side", () => {
  const roles = (text: string) => Object.fromEntries(only(text).roles.map((r) => [r.mention.text, r.role]));
  assert.equal(roles("Greece expelled the Libyan ambassador in protest against the maritime memorandum."), { Greece: "reactor", Libyan: "bystander" });
  const listed = roles("Greece and Cyprus recalled the Libyan envoys in protest over the memorandum that Turkey signed with the GNA.");
  assert.equal([listed.Greece, listed.Cyprus, listed.Libyan, listed.Turkey, listed.GNA], ["reactor", "reactor", "bystander", "party", "party"]);
  // Whoever protests in so many words is still the critic.
  assert.equal(roles("Egypt protested against the memorandum."), { Egypt: "reactor" });
});
find("should read the subject of a verb of contest in -ing after 'is' ('Greece is opposing the memorandum') as its critic: no passive", () => {
  assert.equal(roleOf("Greece is opposing the memorandum that Turkey signed with the GNA.", "Greece"), ["reactor"]);
  assert.equal(roleOf("Egypt, denouncing the memorandum Turkey signed with the GNA, wrote to the UN.", "Egypt"), ["reactor"]);
  // A passive's critic still comes after "by".
  assert.equal(roleOf("The memorandum Turkey signed with the GNA is rejected by Greece.", "Greece"), ["reactor"]);
});
find("should read one asked to undo the act ('asked Libya to cancel the agreement') as its side, and only the asker as its critic", () => {
  assert.equal(roleOf("Athens asked Libya to cancel the agreement on maritime borders signed with Turkey in 2019.", "Libya"), ["party"]);
  assert.equal(roleOf("Athens asked Libya to cancel the agreement on maritime borders signed with Turkey in 2019.", "Athens"), ["reactor"]);
  assert.equal(roleOf("Greece urged the Libyan authorities to annul a maritime jurisdiction agreement with Türkiye.", "Libyan authorities"), ["party"]);
  // A noun of asking too: "its call on Libya to annul".
  const renewed = "Greece has renewed its call on Libya to annul the agreement it has with Türkiye.";
  assert.equal([roleOf(renewed, "Greece"), roleOf(renewed, "Libya"), roleOf(renewed, "Türkiye")], [["reactor"], ["party"], ["party"]]);
  // Asked to reject it, or to stop it, is asked to contest it, as a critic would: no side.
  assert.equal(roleOf("Egypt asked the United States to reject the deal Turkey signed with Libya.", "United States"), ["reactor"]);
});
find("should read the subjects of a relative clause that disputes the agreement ('that Egypt and Greece dispute') as its critics, not its sides", () => {
  const a = only("Turkey concluded a maritime demarcation agreement with the GNA that Egypt and Greece dispute.");
  assert.equal(a.roles.filter((r) => r.role === "reactor").map((r) => r.mention.text), ["Egypt", "Greece"]);
  assert.equal(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for), ["turkiye", "gna"]);
  assert.equal(only("Turkey signed a maritime deal with the GNA, which Greece still disputes.").roles.filter((r) => r.mention.text === "Greece").map((r) => r.role), ["reactor"]);
  // So in the past: "a maritime demarcation accord with Tripoli, which Egypt and Greece disputed".
  const past = only("Later that year Turkey agreed a maritime demarcation accord with Tripoli, which Egypt and Greece disputed.");
  assert.equal(past.roles.filter((r) => r.role === "reactor").map((r) => r.mention.text), ["Egypt", "Greece"]);
  // A disputed deal is no clause of its own: its names stay where the sentence puts them.
  assert.equal(only("Greece signed the disputed accord with Egypt in August.").roles.filter((r) => r.role === "party").map((r) => r.stands_for), ["greece", "egypt"]);
});
find("should read one whose stance towards the act is named ('Egypt's condemnation of', 'Dbeibeh's endorsement of') as its critic or a bystander, not a side", () => {
  assert.equal(roleOf("Egypt's condemnation of the memorandum signed by Turkey and the GNA came a day later.", "Egypt"), ["reactor"]);
  assert.equal(roleOf("Ankara obtained Dbeibeh's endorsement of the maritime demarcation accord it had reached with Tripoli.", "Dbeibeh"), ["bystander"]);
  assert.equal(roleOf("The Turkish parliament's approval of the memorandum came on 5 December.", "Turkish"), ["party"]);
});
find("should mark an adjective that places a place ('the Greek island of Crete'), which sets no side at the table", () => {
  const a = only("Turkey and Libya signed an accord that draws a sea boundary between the two countries near the Greek island of Crete.");
  assert.equal(a.roles.filter((r) => r.placing).map((r) => r.mention.text), ["Greek"]);
});
find("should not take what a clause of its own, joined to the act's, speaks of for what the act's sentence is about", () => {
  assert.equal(only("He said the agreement of al-Sarraj and Erdogan is not legal, and in addition to that the deployment of Turkish forces in Libya violates the resolutions.").sentenceSubjects, []);
  // Nor one before it, joined by "and in the meantime", whose subject may be a pronoun.
  assert.equal(only("Erdogan is threatening to send troops into Libya, and in the meantime he has put his name to an understanding.").sentenceSubjects, []);
  assert.equal(only("Troops were sent to Tripoli; the agreement of al-Sarraj and Erdogan remains in force.").sentenceSubjects, []);
  assert.equal(only("He said the agreement of al-Sarraj and Erdogan is not legal because it covers military training.").sentenceSubjects, ["military"]);
});
find("should read what several acts are about after their sides and date ('…, on 27 November, concerning X and Y')", () => {
  const a = only("The Turkish President Recep Tayyip Erdogan signed two memoranda of understanding with Fayez al-Sarraj, head of the Presidential Council of the Libyan government, on 27 November / Tishreen al-Thani last, concerning the security and military cooperation and the delimitation of the areas of maritime jurisdiction, with the aim of protecting their rights.");
  assert.ok(a.several);
  assert.equal([...new Set(a.subjects.map((x) => x.subject))], ["military", "maritime"]);
  // "…, about X, and about Y", as a translation may put it.
  const about = only("Ankara signed two separate agreements a month ago with the internationally recognized Serraj government of Libya, about safety and military cooperation, and about the maritime boundary of the eastern Mediterranean.");
  assert.equal([...new Set(about.subjects.map((x) => x.subject))], ["military", "maritime"]);
});
find("should read no subject in the name of an office, a body or a policy ('High Representative for … Security Policy', 'the UN Security Council')", () => {
  assert.equal(only("Josep Borrell, High Representative for Foreign Affairs and Security Policy, said the Turkey-Libya memorandum is a cause of concern.").sentenceSubjects, []);
  assert.equal(only("Cairo wrote to the president of the UN Security Council that the Turkey-Libya memorandum is void.").sentenceSubjects, []);
  // Nor in the act's own words: what the memoranda are said to breach names no subject of theirs.
  assert.equal(only("The memoranda of understanding between Turkey and the GNA, signed last November, breach the resolutions of the UN Security Council.").subjects, []);
  // Lower case, it is what the sentence speaks of.
  assert.equal(only("Borrell said the Turkey-Libya memorandum is a matter of security policy.").sentenceSubjects, ["military"]);
});
find("should read an act's proper name when capitalised words other than its sides and subject name it ('the Skhirat Agreement')", () => {
  assert.equal(only("Any such step would breach the Skhirat Agreement and the UN resolutions.").name?.foreign, ["Skhirat"]);
  assert.equal(only("Under the Libyan Political Agreement, the House must approve treaties.").name?.foreign, ["Political"]);
  assert.equal(only("Erdogan defended the Istanbul Agreement against Greek criticism.").name?.places, ["istanbul"]);
  // Its sides, capitals, subject, kind and determiners are no other name; nor is a sentence set in title case.
  for (const text of ["Greece condemned the Turkey-Libya Memorandum of Understanding.", "Greece condemned the Ankara-Tripoli Agreement.", "Athens rejects the Maritime Jurisdiction Memorandum.", "Both MoUs were rejected by the House.", "A Memorandum of Understanding was signed.", "Turkey Signs Skhirat Style Agreement With Libya", "Turkey Signs Military Deal with Libya after Talks"]) {
    assert.is(only(text).name, undefined, text);
  }
});
find("should read a passive contest with adverbs between its auxiliary and its verb ('were swiftly and formally rejected')", () => {
  assert.equal([only("The maritime agreement was swiftly and formally rejected by the EU.").verb?.status, only("The maritime agreement was swiftly and formally rejected by the EU.").verb?.done], ["contested", true]);
});
find("should read seismic surveys as energy, before the sea areas they are made in", () => {
  assert.is(only("New provocation from Libya: agreement with the Turkish TPAO for seismic surveys in 4 sea areas").primary, "energy");
});
find("should read no act in an organisation's name, in either spelling ('North Atlantic Treaty Organisation')", () => {
  assert.equal(acts(["Mitsotakis asked NATO (North Atlantic Treaty Organisation) to support Athens."]), []);
  assert.equal(acts(["Mitsotakis asked the North Atlantic Treaty Organization to support Athens."]), []);
});
find("should read agreeing that an accord is something, or agreeing only to go on talking, as no act", () => {
  assert.is(only("Both ministers agreed the accord between Turkey and Libya was illegal and would not affect Greece.").verb?.status, "contested");
  assert.is(only("The two sides agreed the memorandum of understanding on 27 November.").verb?.status, "announced");
  assert.equal(acts(["We also agreed with Shoukry to speed up the talks between teams of experts to define the zones between Greece and Egypt."]), []);
  assert.equal(acts(["Cairo and Ankara have now agreed to keep negotiating over Libya, Erdogan said."]), []);
  assert.equal(acts(["The two sides agreed to negotiate a maritime boundary."]), []);
  assert.equal(acts(["The LNA agreed with Turkey to strengthen military cooperation and to train its units."]).length, 1);
  // Agreeing to meet, visit or travel is no pact, with or without an aside before it.
  assert.equal(acts(["The ministry said Dendias had agreed, at the request of his office, to meet the president of the Presidential Council in Tripoli."]), []);
  assert.equal(acts(["Haftar agreed to visit Ankara next month."]), []);
  // Nor is agreeing to hand over or deliver goods: a promise of supply, not an agreement between sides.
  assert.equal(acts(["Four drones in the batch are ones Turkey had already agreed to hand over when the GNA first asked it for five."]), []);
  assert.equal(acts(["Ankara agreed to deliver eight more drones to the GNA."]), []);
  // Nor is agreeing to send troops: a decision to deploy, not an agreement between sides.
  assert.equal(acts(["Turkish authorities agree to send troops to help Libya."]), []);
  assert.equal(acts(["The Turkish parliament agreed to deploy soldiers in support of the government in Tripoli."]), []);
  // What the sides agreed between them still is: "it was also agreed to send military advisers".
  assert.equal(acts(["It was also agreed to send military advisers to train Libyan personnel."]).length, 1);
  // Nor is a memorandum that sends troops: the motion put to parliament, not an agreement between sides.
  assert.equal(acts(["Last January the Turkish parliament approved President Erdogan's memorandum, which allows military forces to be sent to Libya."]), []);
  assert.equal(acts(["The presidency submitted a memorandum to send troops to Libya."]), []);
  assert.equal(acts(["The Turkish parliament approved the security and military cooperation memorandum with Libya."]).length, 1);
});
find("should read the sides named after a noun in scare quotes ('a \"pact\" between Putin and Erdogan') as its own, and leave others out", () => {
  const a = only('The channel "Libya 24" says there is a "pact" between Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan that guarantees Turkey the air base.');
  assert.equal([...new Set(a.roles.filter((r) => r.role === "party" && r.core).map((r) => r.stands_for))].sort(), ["russia", "turkiye"]);
  assert.not.ok(a.roles.some((r) => r.stands_for === "libya" && r.role === "party"));
});
find("should read an act asked about in an embedded question ('whether parliament passes it', 'the speed with which') as not done", () => {
  assert.is(done("The coming weeks, and the speed with which the security memorandum passes through parliament, will show how far Turkey will go."), false);
  assert.is(done("It is unclear whether parliament ratifies the security memorandum this month."), false);
  assert.is(done("Analysts noted how quickly parliament ratified the security memorandum."), true);
  assert.is(done("Whether the agreement signed this week will be used is the question."), true);
});
find("should read a ratification named as a noun as done only where the sentence puts it in the past", () => {
  const pending = only("The ratification of the memorandum, which foresees the maritime borders between Turkey and Libya, continues to cause strong reactions in Greece.");
  assert.equal([pending.verb?.status, pending.verb?.done], ["ratified", false]);
  assert.is(only("The ratification of the memorandum by the Turkish parliament in December 2019 angered Greece.").verb?.done, true);
  assert.is(only("After the ratification of the memorandum, Turkey sent troops.").verb?.done, true);
});
find("should not read an opinion, a refusal or a question as an agreement reached", () => {
  assert.equal(acts(["Analysts agreed that Turkey's military role in Libya had grown."]), []);
  assert.equal(acts(["The GNA has not agreed with Turkey to extend military cooperation."]), []);
  assert.equal(acts(["Will Tripoli agree with Ankara on military cooperation?"]), []);
  assert.equal(acts(["Athens is still trying to come to terms with a new and unwelcome reality on its doorstep."]), []);
  assert.equal(acts(["The two governments tried to agree with each other on maritime jurisdiction."]), []);
  assert.equal(acts(["The two governments agreed with each other on maritime jurisdiction."]).length, 1);
});
find("should end the act's own words where a comma opens a clause of its own (', a Greek answer was bound to come')", () => {
  assert.equal(partyBodies(only("Ever since the signing of the Turkey-Libya agreement on maritime boundaries, a Greek answer was bound to come.")), ["turkiye", "libya"]);
  assert.equal(partyBodies(only("Turkey signed an agreement on maritime boundaries with the GNA, the government that was recognised by the UN.")), ["turkiye", "gna"]);
});
find("should end the act's own words where a name opens the main clause after them ('…in November 2019, Athens has looked on')", () => {
  const a = only("Since the two accords between Tripoli and Ankara in November 2019, Athens has looked on with mounting unease.");
  assert.equal(a.roles.filter((r) => r.core).map((r) => r.stands_for), ["libya", "turkiye"]);
  assert.ok(a.roles.some((r) => r.stands_for === "greece" && !r.core), "Athens is named, but not at the table");
});
find("should end the act's own words where ', and' opens a clause with a subject of its own ('…with the GNA last year, and since then Qatar has sent troops')", () => {
  const a = only("Turkey signed a military cooperation deal with the GNA last year, and since then Qatar has sent troops from Syria.");
  assert.equal(a.roles.filter((r) => r.core).map((r) => r.stands_for), ["turkiye", "gna"]);
  assert.ok(a.roles.some((r) => r.stands_for === "qatar" && !r.core), "Qatar is named, but not at the table");
  assert.equal(a.subjects.map((s) => s.subject), ["military"], "the troops it sent are no part of the deal's own words");
  // A list of sides joined by ", and" with no verb of its own goes on: "with the GNA, and with Qatar".
  const listed = only("Turkey signed a military cooperation deal with the GNA, and with Qatar, last month.");
  assert.equal(listed.roles.filter((r) => r.core).map((r) => r.stands_for), ["turkiye", "gna", "qatar"]);
});
find("should read a side whose name starts with an Arabic article ('the agreement between Erdogan and al-Sarraj') among the act's own sides, not its critics", () => {
  const a = only("Three reasons made the agreement between Erdogan and al-Sarraj void.");
  assert.equal(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for), ["turkiye", "gna"]);
});
find("should not take the sides named before ', and' and a critic's clause for critics ('signed by Turkey and the GNA, and Egypt has since called it void')", () => {
  const a = only("The memorandum was signed by Turkey and the GNA, and Egypt has since called it void.");
  assert.equal(a.roles.filter((r) => r.role === "party" && r.core).map((r) => r.stands_for), ["turkiye", "gna"]);
  assert.equal(a.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for), ["egypt"]);
  // A list with a comma before its "and" is one subject: all three reject it.
  const listed = only("Greece, Cyprus, and Egypt have rejected the memorandum.");
  assert.equal(listed.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for), ["greece", "cyprus", "egypt"]);
});
find("should end the act's own words at a quotation closed by a comma and its speaker ('signed last month \"is a threat\", the Greek spokesman said')", () => {
  const a = only('The memorandum on maritime borders that Turkey and the GNA signed last month "is a threat to regional stability", the Greek government spokesman told a press conference.');
  assert.equal(a.roles.filter((r) => r.core).map((r) => r.stands_for), ["turkiye", "gna"]);
  assert.ok(a.roles.some((r) => r.stands_for === "greece" && !r.core), "the speaker is named, but not at the table");
  // A quoted title closed by a comma is no speaker's quotation: the sides after it are still the treaty's.
  const title = only('In the treaty on the "delimitation of spheres of influence", flanked by a military assistance accord, Ankara and Tripoli fix the course of their sea borders.');
  assert.equal(title.roles.filter((r) => r.core).map((r) => r.stands_for), ["turkiye", "libya"]);
});
find("should not seat a name in a summing-up after the act at its table ('…with the recognised government of Libya, a step that made Greece furious')", () => {
  const a = only("Last month Turkey signed an agreement delimiting maritime areas with the internationally recognized government of Libya, a step that made Greece furious.");
  assert.not.ok(a.roles.some((r) => r.stands_for === "greece" && r.core), JSON.stringify(a.roles.map((r) => [r.stands_for, r.core])));
  assert.ok(a.roles.some((r) => r.stands_for === "turkiye" && r.core));
});
find("should read the verb outside scare quotes round the noun alone as the act's ('the two \"non-existent agreements\" signed between…')", () => {
  assert.is(only('Mr Dendias brought up the two "non-existent agreements" signed between Turkey and the government of Tripoli.').verb?.text, "signed");
  assert.is(only('Greece condemned the Turkish-Libyan "memorandum" on Friday.').verb?.text, "condemned");
  // Far from the noun, past a clause of its own, a verb is no more the act's than without the quotes.
  const far = only('The ministry announced on Friday that it is expelling the ambassador, after he failed to hand over a controversial "memorandum of understanding" between Turkey and Libya.');
  assert.not.ok(far.verb?.done, JSON.stringify(far.verb));
  // A speaker's words are still a speaker's: a quotation of more than a few words.
  assert.not.equal(only('"We will defend the areas designated by the maritime agreement with Libya," Erdogan announced.').verb?.text, "announced");
});
find("should not take whom a report is credited to for a side ('According to the official announcement of the Greek government, …')", () => {
  const a = only("According to the official announcement of the Greek government, Mr Dendias brought up the two agreements signed between Turkey and the GNA.");
  assert.equal(partyBodies(a), ["turkiye", "gna"]);
});
find("should not seat who speaks of the act at its table ('the Minister of Foreign Affairs of Italy stated that the memorandum signed between…')", () => {
  const a = only("On 9 December the Minister of Foreign Affairs of Italy, Luigi Di Maio, stated that the maritime memorandum signed between Turkey and the GNA is illegal.");
  assert.equal(a.roles.filter((r) => r.core).map((r) => r.stands_for), ["turkiye", "gna"]);
});
find("should not take a name before the noun for the subject of a participle after it ('What Greece asks is that the agreement, signed in 2019, …')", () => {
  const a = only("What Greece is asking for is that the agreement, signed in 2019 by Turkey and the GNA, be annulled.");
  assert.not.ok(a.roles.some((r) => r.stands_for === "greece" && r.signer), JSON.stringify(a.roles.map((r) => [r.stands_for, r.signer])));
  assert.ok(only("Greece and Egypt signed the agreement in 2020.").roles.every((r) => r.signer));
});
find("should read what an agreement will do as what it is about ('agreements which will boost trade')", () => {
  assert.equal(only("Sarraj has signed agreements which will boost trade with Turkey.").primary, "economy");
  assert.equal(only("Sarraj has signed agreements which will not be published.").primary, undefined);
});
find("should not seat names in what the agreement is said to do after what it is on ('on maritime boundaries that may complicate Ankara's quarrels with Cyprus')", () => {
  const a = only("Turkey and the GNA have signed an agreement on maritime boundaries that may further complicate Ankara's quarrels with other countries, Cyprus among them.");
  assert.equal(a.primary, "maritime");
  assert.not.ok(a.roles.some((r) => r.stands_for === "cyprus" && (r.core || r.signer)), JSON.stringify(a.roles.map((r) => [r.stands_for, r.core, r.signer])));
});
find("should end the agreement's own words at a relative clause after a preposition ('to which Egypt, Greece and Cyprus objected')", () => {
  const a = only("The Turkish parliament ratified the agreement on the areas of maritime influence to which Egypt, Greece and Cyprus objected.");
  assert.equal(a.roles.filter((r) => r.inPhrase).map((r) => r.stands_for), []);
});
find("should read what an opposed side owns as that side ('against Khalifa Haftar's self-styled Libyan National Army')", () => {
  const a = only("Turkey signed a security agreement with the GNA to help it hold out against Khalifa Haftar's self-styled Libyan National Army.");
  assert.equal(a.roles.filter((r) => r.stands_for === "lna").map((r) => r.role), ["backer", "backer"]);
});
find("should take who declares an agreement invalid, with no 'as', for its critic, and the sides in what is judged for its makers", () => {
  const roles = only("Egypt has declared the agreement that Libyan Prime Minister Fayez al-Sarraj signed with Turkey invalid and non-existent.").roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.ok(roles.includes("egypt:reactor"), roles.join(" "));
  assert.ok(roles.includes("turkiye:party"), roles.join(" "));
});
find("should not take the 'Accord' of a body's name for an act whose sides follow it ('the Government of National Accord signed with the Turkish side …')", () => {
  const roles = only("The Government of National Accord signed with the Turkish side two memoranda of understanding, the first on security and the second on maritime jurisdiction areas.").roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.equal(roles, ["gna:party", "turkiye:party"]);
});
find("should take a state's adjective before its cabinet, assembly or envoy for that state ('the Turkish cabinet approved the memorandum signed with the GNA')", () => {
  const roles = only("The Turkish cabinet approved the security memorandum signed with the GNA on 27 November and sent it to parliament.").roles.map((r) => r.stands_for as string);
  assert.ok(roles.includes("turkiye"), roles.join(" "));
  assert.not.ok(only("Turkish newspapers praised the security memorandum signed with the GNA on 27 November.").roles.some((r) => r.stands_for === "turkiye"));
  assert.ok(only("The Turkish head of state promulgated the military cooperation agreement signed with Sarraj.").roles.some((r) => r.stands_for === "turkiye"));
});
find("should read a second act named by 'one' after the first's words ('an accord of maritime delimitation and one of cooperation in security')", () => {
  const a = only("On 27 November the two had signed a controversial accord of maritime delimitation and one of cooperation in security, which would authorise military aid.");
  assert.ok(a.several);
  assert.equal([...new Set(a.subjects.map((x) => x.subject))], ["maritime", "military"]);
  assert.not.ok(only("They signed an accord of maritime delimitation, and Greece protested.").several);
});
find("should read a verb after 'should' and its subject as not done ('should the parliament of eastern Libya ratify the agreement')", () => {
  assert.is(done("Cairo is worried: should the parliament of eastern Libya ratify the agreement, tension could flare."), false);
  assert.is(done("Should Tobruk ratify the memorandum, Egypt would protest."), false);
  assert.is(done("The parliament in Tobruk ratified the agreement on Monday."), true);
});
find("should read a modal carried over 'and' to the act's verb as not done ('could be put to a vote … and ratified this week')", () => {
  assert.is(done("The agreement could be put to a vote at an official session and ratified this week."), false);
  assert.is(done("The agreement was put to a vote at an official session and ratified on Monday."), true);
});

find("should end what an agreement is on at its own copula, and take no subject from a clause of someone else's after it", () => {
  const [accord] = acts(["The accord signed between Turkey and the Government of National Accord is a violation of international law, and Ankara's plan to send troops to Libya is unacceptable."]);
  assert.equal([accord!.subjects, accord!.sentenceSubjects], [[], []]);
  assert.equal(only("Turkey and Libya signed an accord on military cooperation and the training of troops.").primary, "military");
});
find("should read titles in quotes right before the noun as its own words ('the \"Security and Military Cooperation\" and \"Delimitation of Maritime Jurisdiction Areas\" agreements')", () => {
  const titled = only('The "Security and Military Cooperation" and "Delimitation of Maritime Jurisdiction Areas" agreements were signed between the two countries.');
  assert.equal([[...new Set(titled.subjects.map((x) => x.subject))].sort(), titled.sentenceSubjects, titled.several], [["maritime", "military"], [], true]);
  // Each title may have its own "the": 'the "Security and Military Cooperation" and the "Restriction of Marine Jurisdictions" agreements'.
  const each = only('Erdogan and Sarraj signed the "Security and Military Cooperation" and the "Restriction of Marine Jurisdictions" agreements.');
  assert.equal([[...new Set(each.subjects.map((x) => x.subject))].sort(), each.sentenceSubjects], [["maritime", "military"], []]);
  // A quoted word elsewhere in the sentence is not.
  const elsewhere = only('Athens called it "Maritime Piracy", and the agreements were signed between the two countries.');
  assert.equal(elsewhere.subjects, []);
});
find("should end what an agreement is with at a verb of going on ('… and Turkey keep mounting'), not take the next clause's subject", () => {
  const mous = only("Reactions to the MoUs between Libya's Government of National Accord and Turkey keep mounting, above all Greece's rejection of the Turkish aim of marking out its sea borders.");
  assert.equal([mous.subjects.map((x) => x.subject), mous.sentenceSubjects], [[], ["maritime"]]);
  assert.equal(partyBodies(mous), ["libya", "gna", "turkiye"]);
});

find("should take a rejection that governs the noun over a participle that only says which agreement ('rejects the two Memoranda recently sealed')", () => {
  assert.is(only("In a written statement he rejects the two Memoranda recently sealed between the Tripoli administration and Turkey.").verb?.status, "contested");
  // A dated participle still reports the signing.
  assert.is(only("He rejects the memorandum signed on 27 November 2019 between Tripoli and Turkey.").verb?.status, "signed");
});

find("should take nothing done to an agreement that new ones are 'for implementing' ('signed two agreements …, one on protocols for implementing the 2019 security memorandum')", () => {
  const found = acts(["Later in October 2022 Dbeibah and Turkish Defence Minister Hulusi Akar signed two military agreements in Istanbul, one on the training of Libyan pilots and one on protocols for implementing the 2019 security memorandum."]);
  assert.equal(found.map((a) => [a.noun.text, a.verb?.status]), [["agreements", "signed"], ["protocols", "signed"], ["memorandum", undefined]]);
});

find("should not date an act by the day of a saying that 'a day after' sets before it ('said on Thursday, a day after the deal was signed')", () => {
  const found = acts(["Turkey's agreement with Libya on maritime boundaries protects Ankara's rights, Foreign Minister Mevlut Cavusoglu said on Thursday, a day after the deal was signed in Istanbul."], { published: { iso: "2019-11-28", precision: "day" } });
  assert.equal(found.map((a) => a.dates.map((d) => d.text)), [[], []]);
  assert.equal(only("Turkey and Libya signed the deal on Thursday in Istanbul.").dates.map((d) => d.text), ["on Thursday"]);
});

find("should not date an act that a saying only judges by the day of the saying ('said on Wednesday that a maritime agreement … is unacceptable')", () => {
  const judged = only("The foreign ministers of Italy and Cyprus said on Wednesday that a maritime border agreement between Turkey and Libya is unacceptable.", { published: { iso: "2020-01-30", precision: "day" } });
  assert.equal(judged.dates, []);
  // An act the clause says was made that day keeps the day.
  assert.equal(only("Ankara announced on Wednesday that Turkey and Libya signed a maritime agreement.", { published: { iso: "2019-11-28", precision: "day" } }).dates.map((d) => d.text), ["on Wednesday"]);
});

find("should read 'has never recognised' as contesting, and who never recognised it as its critic, not a side", () => {
  const a = only("Greece has never recognised the memorandum of understanding on delimiting maritime zones between Turkey and Libya, signed in November 2019 by Ankara with the government in Tripoli.");
  assert.is(a.verb?.status, "contested");
  assert.is(a.roles.find((r) => r.stands_for === "greece")?.role, "reactor");
  assert.is(only("Egypt refused to recognize the Turkish-Libyan maritime accord.").verb?.status, "contested");
});

find("should read 'put their signature on' as a signing", () => {
  assert.is(only("The Government of Al-Wefaq and Turkey put their signature on two memorandums of understanding on security.").verb?.status, "signed");
});

find("should read an agreement 'on dividing the Mediterranean', on 'the division of the sea' claiming 'expanses of sea' or sharing 'economic areas' as maritime", () => {
  const listed = acts(["In November Turkey and Libya entered into two agreements: a military pact and an agreement on dividing the Mediterranean between the two countries."]);
  assert.equal(listed.map((a) => a.primary), [undefined, "military", "maritime"]);
  assert.is(only("Ankara signed a memorandum on the division of the sea with Tripoli.").primary, "maritime");
  assert.is(only("Last year Ankara signed a controversial agreement with the government in Tripoli, one that claimed large expanses of sea for Turkey.").primary, "maritime");
  assert.equal(only("Turkey sealed an agreement with Sarraj's government that guaranteed Turkish military support and a sharing out of valuable economic areas in the Mediterranean.").subjects.map((x) => x.subject), ["military", "maritime"]);
});

find("should take no act from a verb the agreement is the subject of ('the memorandum … has reached the Ministry'), but keep one whose clause has a subject of its own", () => {
  assert.is(only("The text of the Turkey–Libya memorandum on the delimitation of the EEZ has reached the Ministry of Foreign Affairs in Athens, diplomatic sources said.").verb, undefined);
  assert.is(only("Tripoli has ratified this week the agreement on military and security cooperation it had reached with Ankara last month.").verb?.text, "reached");
  assert.is(only("The agreement Turkey has signed with the GNA angered Greece.").verb?.status, "signed");
  assert.is(only("The memorandum on security cooperation has entered into force.").verb?.status, "ratified");
});

find("should take no side from a relative clause set off by commas before the verb, and reach the subject across it ('the GNA, whose main backer … is Turkey, signed')", () => {
  const a = only("Ankara and the Tripoli-based Government of National Accord (GNA), whose main foreign backer against Khalifa Haftar's Libyan National Army (LNA) is Turkey, signed a military cooperation deal in November 2019.");
  const sides = (role: string) => [...new Set(a.roles.filter((r) => r.role === role && r.core).map((r) => r.stands_for))];
  assert.equal(sides("party"), ["turkiye", "gna"]);
  assert.equal(a.roles.filter((r) => r.signer).map((r) => r.mention.text), ["Government of National Accord", "GNA"]);
  assert.equal([...new Set(a.roles.filter((r) => r.stands_for === "lna").map((r) => r.role))], ["bystander"]);
});

find("should read a backer that signs the act as a side, and the side it backs as the other when no other is named ('Turkey, which backs the GNA, signed agreements')", () => {
  const a = only("Turkey, which backs the Tripoli-based Government of National Accord led by Prime Minister Fayez al-Serraj, signed agreements on maritime boundaries and on security cooperation last year.", { published: { iso: "2020-08-13", precision: "day" } });
  assert.equal([...new Set(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for))], ["turkiye", "gna"]);
  assert.equal(a.roles.filter((r) => r.signer).map((r) => r.mention.text), ["Turkey"]);
  // The date after the agreement's own topic, however long, dates it; not after a clause or a participle in it.
  assert.equal(a.dates.map((d) => d.date?.iso), ["2019"]);
  assert.equal(only("Turkey signed an agreement on the training of the troops deployed across the region last year.", { published: { iso: "2020-08-13", precision: "day" } }).dates, []);
  assert.equal(only("Turkey signed an agreement on the training of the troops it sent across the whole region last year.", { published: { iso: "2020-08-13", precision: "day" } }).dates, []);
  // A side named in the act's own words is the other side, not the one backed.
  const other = only("Russia, which backs Khalifa Haftar, signed a military agreement with Egypt in 2020.");
  assert.equal([...new Set(other.roles.filter((r) => r.role === "party").map((r) => r.stands_for))].sort(), ["egypt", "russia"]);
});

find("should read an ally named beside a side, as a subject of the act's verb, as a side too ('Libya and its key ally Turkey signed')", () => {
  const a = only("Last month, Libya and its key ally Turkey signed an expanded security and military cooperation agreement.");
  assert.equal([...new Set(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for))], ["libya", "turkiye"]);
  // An ally named after the verb, or one the act does not have as its subject, is still a backer.
  const after = only("Libya signed a security agreement, and its key ally Turkey welcomed it.");
  assert.not.ok(after.roles.some((r) => r.role === "party" && r.stands_for === "turkiye"));
});

find("should not take a body named only to describe a side ('the GNU's predecessor, the Government of National Accord') for a side", () => {
  const a = only("Türkiye and the GNU's predecessor, the Government of National Accord, signed a maritime memorandum in 2019.");
  assert.equal([...new Set(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for))], ["turkiye", "gna"]);
});

find("should read a name in a phrase that opens the sentence as no side, when the act names its other side itself ('As part of its cooperation with Libya, …, Ankara concluded … with the GNA')", () => {
  const a = only("As part of its widening cooperation with Libya, Tunisia's neighbour, Ankara has also concluded a military cooperation agreement with the Tripoli-based Government of National Accord (GNA).");
  assert.equal([...new Set(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for))], ["turkiye", "gna"]);
  // With no other side named in the act, the name in the opening phrase is still its side.
  const alone = only("As part of its widening cooperation with Libya, Ankara has also concluded a military cooperation agreement.");
  assert.equal([...new Set(alone.roles.filter((r) => r.role === "party").map((r) => r.stands_for))], ["libya", "turkiye"]);
  // So is a name in a relative clause within that phrase: "Libya, which borders Tunisia, …".
  const relative = only("Within its widening cooperation with Libya, which borders Tunisia, Ankara has also signed a military cooperation agreement with the Tripoli-based Government of National Accord (GNA).");
  assert.equal([...new Set(relative.roles.filter((r) => r.role === "party").map((r) => r.stands_for))], ["turkiye", "gna"]);
});

find("should read whom an act is against as no side to it ('agreed to give military support to the GNA against the Libyan National Army (LNA)')", () => {
  const a = only("In November 2019 Ankara agreed to give military support to the Government of National Accord (GNA) against the Libyan National Army (LNA) based in the east.");
  assert.equal([...new Set(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for))], ["turkiye", "gna"]);
  assert.ok(a.roles.filter((r) => r.stands_for === "lna").every((r) => r.role !== "party"));
  // So are the forces its leader commands, named by him.
  const forces = only("The GNA has concluded a new military accord with Turkey, its main backer in the war against the forces of eastern Libya under Khalifa Haftar.");
  assert.ok(forces.roles.filter((r) => r.stands_for === "lna").every((r) => r.role !== "party"));
});

find("should read a state named within a company's or business body's own name as no side ('the Türkiye–Libya Business Council', 'Emaar Libya Holding')", () => {
  const council = only("A goodwill agreement was signed between the Türkiye–Libya Business Council and the Libyan National Mining Company.");
  assert.equal(council.roles.filter((r) => r.role === "party").map((r) => r.stands_for), []);
  assert.ok(council.sidesOfTheirOwn, "the business bodies were the sides");
  const holding = only("Emaar Libya Holding signed a memorandum with the Turkish-Libyan Chamber of Commerce in Istanbul.");
  assert.equal(holding.roles.filter((r) => r.role === "party").map((r) => r.stands_for), []);
  // A state named before a deal's own word stays a side, as does one beside a company that is not its name.
  const states = only("The Türkiye–Libya agreement was signed in Istanbul, in the presence of company chiefs.");
  assert.equal(states.roles.filter((r) => r.role === "party").map((r) => r.stands_for), ["turkiye", "libya"]);
  // A headline's capitalised words before "Company" are no company's name.
  assert.equal(only("Libya Inks Deal With Oil Company").roles.filter((r) => r.role === "party").map((r) => r.stands_for), ["libya"]);
  assert.equal(only("Turkey Signs Oil Company Deal").roles.filter((r) => r.role === "party").map((r) => r.stands_for), ["turkiye"]);
});

find("should read whoever voices concern over an act as its critic ('expressed its concern over the signing of the memorandum')", () => {
  const roles = (text: string) => only(text).roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.equal(roles("The Cypriot Foreign Ministry expressed its concern over the signing of the memorandum between Libya and Turkey."), ["cyprus:reactor", "libya:party", "turkiye:party"]);
  assert.equal(roles("Greece has voiced deep reservations about the Turkish-Libyan accord."), ["greece:reactor", "turkiye:party", "libya:party"]);
  assert.equal(roles("Egypt raised concerns regarding the deal Ankara signed with Tripoli."), ["egypt:reactor", "turkiye:party", "libya:party"]);
  assert.equal(roles('Cyprus expressed its concern over the signing of the "memorandum of understanding" between Libya and Turkey.'), ["cyprus:reactor", "libya:party", "turkiye:party"]);
  // Not one whose concern is about something else, beside an act it made.
  assert.equal(roles("Turkey, which expressed concern over the fighting, signed an agreement with the GNA.").filter((r) => r.startsWith("turkiye")), ["turkiye:party"]);
});

find("should read a state's adjective on goods delivered or bought as no side ('an agreement for deliveries of Turkish armoured cars')", () => {
  const parties = (text: string) => [...new Set(only(text).roles.filter((r) => r.role === "party").map((r) => r.stands_for))];
  assert.equal(parties("The Government of National Accord had signed an agreement for deliveries of Turkish armoured cars and tanks."), ["gna"]);
  assert.equal(parties("The GNA concluded a contract for the purchase of Turkish-made drones."), ["gna"]);
  assert.equal(parties("Tripoli signed a deal on supplies of Turkish wheat and steel."), ["libya"]);
  // Nor is a state whose firms signed the act beside it ("three Turkish civilian contracting firms").
  const both = acts(["The GNA had signed agreements with three Turkish civilian contracting firms, and also an agreement for deliveries of Turkish armoured cars and tanks."]);
  assert.equal(both.map((a) => [...new Set(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for))]), [["gna"], ["gna"]]);
  // A state named as a side beside such goods stays one, and so does an adjective that is not on goods.
  assert.equal(parties("The GNA signed an agreement with Turkey for deliveries of Turkish armoured cars."), ["gna", "turkiye"]);
  assert.equal(parties("The Turkish-Libyan agreement on the delivery of aid was signed in Ankara."), ["turkiye", "libya"]);
});

find("should read a state that owns the company making an act as no side to it ('signed by Libya's national oil company')", () => {
  const a = only("The memorandum of understanding was signed yesterday by Libya's national oil company with its Turkish counterpart.");
  assert.is(a.roles.find((r) => r.stands_for === "libya")?.role, "bystander");
  assert.ok(a.roles.find((r) => r.stands_for === "libya")?.company);
  assert.ok(a.sidesOfTheirOwn, "the company was the side");
  // The state itself is still a side.
  const state = only("The memorandum of understanding was signed yesterday by Libya with its Turkish counterpart.");
  assert.is(state.roles.find((r) => r.stands_for === "libya")?.role, "party");
  assert.not.ok(state.sidesOfTheirOwn);
  // Companies the act is about take nothing from the states that signed it.
  const about = only("Turkey and Libya signed a deal allowing Turkish companies to explore for oil.");
  assert.equal([...new Set(about.roles.filter((r) => r.role === "party").map((r) => r.stands_for))], ["turkiye", "libya"]);
});

find("should read 'to delimit their borders in the eastern Mediterranean' as maritime", () => {
  const a = only("Ankara and the GNA signed in November 2019 an agreement on military cooperation and another one to delimit their borders in the eastern Mediterranean.");
  assert.equal([...new Set(a.subjects.map((x) => x.subject))], ["military", "maritime"]);
});

find("should read a title for two subjects as two acts named at once ('the “Agreement for the Delimitation of Maritime Borders and for Military Cooperation”')", () => {
  const title = acts(['The treaty signed between Erdogan and the Tripoli government, namely the "Agreement for the Delimitation of Maritime Borders and for Military Cooperation", now allows Turkey to send troops.']).find((x) => x.noun.text === "Agreement")!;
  assert.ok(title.several, "one noun, two acts");
  assert.equal([...new Set(title.subjects.map((x) => x.subject))], ["maritime", "military"]);
});

find("should read two names the gazetteer does not know after 'between' as the act's own sides ('the agreement between NOC and TPAO')", () => {
  assert.ok(only("Yesterday's agreement between NOC and TPAO crowns the moves of recent weeks.").sidesOfTheirOwn);
  assert.not.ok(only("Yesterday's agreement between Turkey and the GNA crowns the moves of recent weeks.").sidesOfTheirOwn);
});

find("should read whose loss an act is, and who backs a side, as no side to it ('at the expense of both Greece and Egypt', 'that Rome, too, supports')", () => {
  const loss = only("Ankara signed the memorandum with the government in Tripoli, which drew a maritime border at the expense of both Greece and Egypt.");
  assert.equal(loss.roles.filter((r) => r.stands_for === "greece" || r.stands_for === "egypt").map((r) => r.role), ["bystander", "bystander"]);
  const backed = only("Al-Namroush, of the Tripoli government that Rome, too, supports, put his signature to an accord with Hulusi Akar.");
  assert.is(backed.roles.find((r) => r.stands_for === "italy")?.role, "backer");
});
find("should read an apposition after the act's own relative clause ('…, the ones that allow a joint defence committee') as what it holds, and whose loss it is as no side even there", () => {
  const [, agreements] = acts(["The new deals also cover putting into practice the agreements which the GNA signed with Turkey in 2019, the ones that allow a joint defense committee and military training to be set up."]);
  assert.equal([agreements!.noun.text, agreements!.primary], ["agreements", "military"]);
  const loss = only("In practice it cancels out the memorandum that Ankara signed last year with the government in Tripoli, which drew a maritime border between the two countries at the expense of both Greece and Egypt.");
  assert.equal(loss.roles.filter((r) => r.stands_for === "greece" || r.stands_for === "egypt").map((r) => r.role), ["bystander", "bystander"]);
});
find("should read an apposition after the act's passive verb ('had been signed with Libya, one under which exploration could start') as what it holds", () => {
  const memorandum = only("Çavuşoğlu made it known that a memorandum of understanding had been signed with Libya, one under which exploration for oil could start.");
  assert.equal([memorandum.noun.text, memorandum.primary], ["memorandum of understanding", "energy"]);
});
find("should read a maritime word that says where work on energy is done ('hydrocarbons in parts of the Libyan EEZ') as no subject of the act or its sentence", () => {
  const [agreement, deal] = acts(["A court suspended the agreement on extracting hydrocarbons in parts of the Libyan EEZ, and the deal was frozen."]);
  assert.equal(agreement!.subjects.map((s) => s.subject), ["energy"]);
  assert.equal(deal!.sentenceSubjects, ["energy"]);
  // The zone an act drew stays what that act is about.
  const [, memorandum] = acts(["The court froze the agreement for the exploration of hydrocarbons in areas of the Libyan EEZ as that zone is laid down by the Turkish-Libyan memorandum."]);
  assert.ok(memorandum!.sentenceSubjects.includes("maritime"));
});
find("should read the sides in an act's own words as its sides when the act 'has no legal effect', and who considers it so as its critic", () => {
  const sides = (text: string) => only(text).roles.map((r) => `${r.stands_for}:${r.role}`).sort();
  assert.equal(sides("The agreement of demarcating the maritime borders concluded today between Egypt and Greece has no legal effect."), ["egypt:party", "greece:party"]);
  assert.equal(sides("The Turkish ministry considered that the agreement of demarcating the maritime borders concluded today between Egypt and Greece has no legal effect."), ["egypt:party", "greece:party", "turkiye:reactor"]);
  // And the act is contested: "has no legal effect" is its verb.
  assert.is(only("The five countries underline that the memorandum has no legal effect.").verb?.status, "contested");
});
find("should read whose rights an act ignores ('takes no account of the waters around … Cyprus') as no side to it", () => {
  const a = only("The agreement signed on Nov. 27 between President Recep Tayyip Erdogan and GNA head Fayez Al Sarraj takes no account of the territorial waters around the divided island of Cyprus.");
  assert.is(a.roles.find((r) => r.stands_for === "cyprus")?.role, "bystander");
});
find("should give the words right before another noun of the sentence to that act ('… and declared the Greece–Egypt agreements null')", () => {
  const [memorandum, agreements] = acts(["Libya lodged with the UN the Memorandum it signed with Turkey and declared the Greece–Egypt agreements null."]);
  assert.equal(memorandum!.roles.filter((r) => r.stands_for === "greece" || r.stands_for === "egypt").map((r) => r.role), ["bystander", "bystander"]);
  assert.equal(partyBodies(agreements!).sort(), ["egypt", "greece"]);
});
find("should read 'One … and the other …' in the next sentence as the acts of 'two agreements with Turkey'", () => {
  const [two] = acts(["Last week, Sarraj signed two agreements with Turkey. One let Turkey send troops to Libya, and the other set out maritime borders."]);
  assert.equal([...new Set(two!.subjects.map((s) => s.subject))].sort(), ["maritime", "military"]);
});
find("should give a leader named after his body ('the LNA of General Khalifa Haftar') the body's role", () => {
  const text = "The agreement provided for sending Turkish soldiers to support the Sarraj government in the fight against the self-proclaimed Libyan National Army of General Khalifa Haftar.";
  assert.equal(only(text).roles.filter((r) => r.stands_for === "lna").map((r) => r.role), ["backer", "backer"]);
  assert.equal(only("Turkey signed the agreement with the Libyan National Army of Khalifa Haftar.").roles.filter((r) => r.stands_for === "lna").map((r) => r.role), ["party", "party"]);
});
find("should read translated words for signing, initialling (reached, not yet signed) and ratifying ('subscribed', 'initialled', 'promulgated')", () => {
  assert.equal([only("The military cooperation agreement subscribed in Istanbul angered Athens.").verb?.status, only("Erdogan promulgated the military cooperation agreement.").verb?.status, only("The two sides initialled the maritime memorandum.").verb?.status], ["signed", "ratified", "announced"]);
});
find("should take who insists, says or holds that an agreement is void, with no 'that', for its critic", () => {
  const roles = only("Athens insists the Turkish-Libyan understanding on sea zones is null and void because it ignores Crete.").roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.ok(roles.includes("greece:reactor"), roles.join(" "));
  assert.ok(roles.includes("turkiye:party") && roles.includes("libya:party"), roles.join(" "));
});
find("should not read 'the waters' between two coasts as water for farming", () => {
  assert.equal(only("The document Ankara concluded with the Tripoli government divides the waters between Crete and Cyprus.").sentenceSubjects, []);
});
find("should take who slams an agreement as illegal, or says so in a relative clause on it, for its critic, and a later 'by' for its signers", () => {
  const roles = (text: string) => only(text).roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.equal(roles("Egypt and Greece slammed the deal between Ankara and Tripoli as illegal."), ["egypt:reactor", "greece:reactor", "turkiye:party", "libya:party"]);
  assert.equal(roles("The maritime memorandum, which Egypt and Greece say is illegal, was signed by Erdogan and Sarraj."), ["egypt:reactor", "greece:reactor", "turkiye:party", "gna:party"]);
  assert.equal(roles("The memorandum signed by Erdogan and Sarraj is contested by Greece."), ["turkiye:party", "gna:party", "greece:reactor"]);
  // A list of critics goes on past a name the gazetteer lacks ("Atlantis").
  assert.equal(roles("Greece, Atlantis and Egypt have opposed the maritime memorandum."), ["greece:reactor", "egypt:reactor"]);
  // The rest of the clause after "by" names critics too.
  assert.equal(roles("Both MoUs between Libya and Turkey were rejected by the Tobruk-based HoR and by the Arab states that stand behind it, first among them Egypt, which is home to the League."), ["libya:party", "turkiye:party", "house-of-representatives:reactor", "egypt:reactor"]);
});
find("should read 'put their names to' as signing, and what an agreement 'under which' a side would do something as what it is about", () => {
  assert.equal(only("In the same weeks, Ankara and Tripoli put their names to two contested texts.").verb?.status, "signed");
  assert.equal(only("It was this government that put its signature to the MoUs with Turkey.").verb?.status, "signed");
  const mou = only("The first, a memorandum of understanding under which Turkey would give the GNA weapons, training and military personnel, was ratified on Tuesday.");
  assert.is(mou.primary, "military");
});
find("should take a 'that' clause after the noun's own words ('a deal on maritime boundaries … that Turkey and the GNA signed') for who made it, and a name before the noun for no side", () => {
  const roles = only("In December 2019 Athens threw out the Libyan ambassador in a row over a contested deal on maritime boundaries in the Mediterranean that Turkey and the GNA signed that year.").roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.ok(roles.includes("greece:bystander"), roles.join(" "));
  assert.ok(roles.includes("turkiye:party") && roles.includes("gna:party"), roles.join(" "));
});
find("should leave to an act the sides its relative clause names ('the agreement which Libya's Foreign Minister signed with her Turkish counterpart'), not to another act of the sentence", () => {
  const [, memorandum] = acts(["A court suspended the agreement which Libya's Foreign Minister, Najla Mangoush, signed with her Turkish counterpart, for exploration in the zone laid down by the Turkish-Libyan memorandum, which had been signed by the government of Fayez al-Sarraj."]);
  const roles = memorandum!.roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.ok(roles.includes("gnu:bystander"), roles.join(" "));
  assert.ok(roles.includes("gna:party"), roles.join(" "));
});
find("should read the sides after a participle and a time word ('concluded today between Egypt and Greece') as the act's own", () => {
  const own = (text: string) => only(text).roles.filter((r) => r.inPhrase).map((r) => r.stands_for);
  assert.equal(own("Ankara said the agreement concluded today between Egypt and Greece has no value."), ["egypt", "greece"]);
  assert.equal(own("Ankara said the maritime agreement signed on Thursday between Egypt and Greece has no value."), ["egypt", "greece"]);
});
find("should read the sides an agreement's own words list as its sides, not critics, when a relative clause after them contests it", () => {
  const a = only("He spoke of the illegal MoU on maritime zones between Turkey and Libya, which in his words violates international law.");
  assert.equal(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for as string), ["turkiye", "libya"]);
  // A critic named before "which" with no agreement's "between" before it is still the critic.
  const b = only("The deal was signed with Turkey last year; Egypt, which says it violates the law, protested.");
  assert.ok(b.roles.some((r) => r.role === "reactor" && r.stands_for === "egypt"));
});
find("should read the states a signing drew 'a sharp reaction from' as its critics, not its sides", () => {
  const a = only("Ankara and the GNA signed the memorandum on maritime boundaries, provoking a sharp reaction from a number of countries, among them Greece, Cyprus and Egypt.");
  assert.equal(a.roles.filter((r) => r.role === "party").map((r) => r.stands_for), ["turkiye", "gna"]);
});
find("should read whose sea or rights an act is said to grab or usurp as no side to it", () => {
  const sides = (text: string) => only(text).roles.filter((r) => r.role === "party").map((r) => r.stands_for as string);
  assert.equal(sides('The illegal memorandum signed between Turkey and the "Government of National Accord" to grab Greek maritime space remains in place.'), ["turkiye", "gna"]);
  assert.equal(sides("The memorandum Turkey signed with the GNA usurps Cyprus's rights at sea."), ["turkiye", "gna"]);
});
find("should read states the act's own words name before its noun as its sides, even after 'at' or 'to' ('pointing at the Turkish-Libyan memorandum')", () => {
  const sides = (text: string) => only(text).roles.filter((r) => r.role === "party").map((r) => r.stands_for as string);
  assert.equal(sides("The Greek premier was plainly pointing at the Turkish-Libyan memorandum."), ["turkiye", "libya"]);
  assert.equal(sides("Athens objected to the Turkish-Libyan memorandum."), ["turkiye", "libya"]);
  // A state after "to" that is not in the act's words is where troops went.
  assert.equal(sides("Turkey sent troops to Libya under the security memorandum."), ["turkiye"]);
});
find("should read a force or parliament met before an agreement whose sides are listed after it ('signed between the Tripoli-based government and Turkey') as no side", () => {
  const sides = (text: string) => only(text).roles.filter((r) => r.role === "party").map((r) => r.stands_for as string);
  assert.equal(sides("He met Khalifa Haftar to discuss the agreement signed between the Tripoli-based government and Turkey."), ["libya", "turkiye"]);
  assert.not.ok(sides("He met Khalifa Haftar and members of Libya's House of Representatives to talk about the 2019 agreement on maritime borders that was signed between the Tripoli-based government and Turkey.").some((s) => s === "lna" || s === "house-of-representatives"));
  // A government of a listed state may be the side the list names ("Tripoli"), and stays one.
  assert.ok(sides("Turkey trains troops of the GNA as part of the two agreements signed between Ankara and Tripoli.").includes("gna"));
});
find("should read AP's 'the U.N.-backed government based in Tripoli' as Libya's government, a side, not the United Nations", () => {
  const sides = only("Libya's parliament in the east has condemned a maritime deal that the U.N.-backed government based in Tripoli concluded with Turkey.").roles.filter((r) => r.role === "party").map((r) => r.stands_for);
  assert.equal(sides, ["libya", "turkiye"]);
});
find("should read the one an act is aimed against ('an agreement to repel Haftar's militias', 'the attacks of Haftar') as no side to it", () => {
  const sides = (text: string) => only(text).roles.filter((r) => r.role === "party").map((r) => r.stands_for);
  assert.equal(sides("Libya and Turkey signed an agreement to repel warlord Haftar's militias."), ["libya", "turkiye"]);
  assert.equal(sides("Libya and Turkey reached an agreement so that the attacks of warlord Khalifa Haftar's militias could be pushed back."), ["libya", "turkiye"]);
  // Nor the adversary of the side it helps ("in its standoff with the LNA").
  assert.not.ok(sides("The conclusion of the memorandum on security cooperation allows Turkey to legalise its military assistance to Tripoli in its standoff with the Libyan National Army.").some((s) => s === "lna"));
  // However many words of title come before the adversary's name ("in a conflict with the government of Major General Khalifa Haftar").
  assert.not.ok(sides("Under the military memorandum Turkey may help the Sarraj government, which is locked in an internal conflict with the government of Major General Khalifa Haftar.").some((s) => s === "lna"));
  // A side named after "with" is still a side.
  assert.equal(sides("Turkey signed an agreement with Haftar's forces to repel the militias."), ["turkiye", "lna"]);
  assert.equal(sides("Turkey signed the accord with the GNA to hold off Haftar's forces."), ["turkiye", "gna"]);
});
find("should read whoever answers or reacts to an act ('Haftar answered the accords by throwing his forces at Tripoli') as its critic, not a side", () => {
  const roles = (text: string) => only(text).roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.equal(roles("The eastern commander, Gen. Khalifa Haftar, answered the accords by throwing his forces at Tripoli."), ["lna:reactor"]);
  assert.ok(roles("Athens reacted angrily to the new Turkish-Libyan maritime memorandum.").includes("greece:reactor"));
  // Not those who answer something else by making the act.
  assert.equal(roles("Turkey and Libya answered the critics by signing the memorandum."), ["turkiye:party", "libya:party"]);
});
find("should read whoever 'decries' an act, in the third person, as its critic", () => {
  const roles = (text: string) => only(text).roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.equal(roles("Cyprus decries Turkey-Libya maritime border deal."), ["cyprus:reactor", "turkiye:party", "libya:party"]);
  assert.equal(only("Cyprus decries Turkey-Libya maritime border deal.").verb?.status, "contested");
});
find("should read whoever 'is opposed to' an act as its critic, not as the object of a passive", () => {
  const roles = (text: string) => only(text).roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.equal(roles("Egypt and Greece are strongly opposed to the memorandum Turkey signed with the GNA."), ["egypt:reactor", "greece:reactor", "turkiye:party", "gna:party"]);
  assert.ok(roles("The Israeli government is opposed to the agreement on sea borders in the eastern Mediterranean that the GNA and Turkey signed last month.").includes("israel:reactor"));
  assert.equal(roles("Israel remains opposed to the agreement that Libya and Turkey signed."), ["israel:reactor", "libya:party", "turkiye:party"]);
  // A true passive still finds its critic after "by".
  assert.equal(roles("The memorandum Turkey signed with the GNA was opposed by Greece."), ["turkiye:party", "gna:party", "greece:reactor"]);
});
find("should read a name in a clause that says where something is ('where Haftar's LNA holds sway') as no side", () => {
  const sides = only("Lawmakers in the east, where Haftar's LNA holds sway, voted unanimously against the security deal with Ankara.").roles.filter((r) => r.role === "party").map((r) => r.stands_for as string);
  assert.equal(sides, ["turkiye"]);
});
find("should read whose attack it was ('beat back the LNA's assault') as no side to the act", () => {
  const roles = only("In 2019 Ankara signed a security accord with Tripoli and supplied drones that helped the capital beat back the LNA's assault.").roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.ok(roles.includes("lna:backer"), roles.join(" "));
});
find("should take who calls an agreement 'a violation' or 'a breach', with no 'as', for its critic", () => {
  const roles = only("Athens has called the memorandum, which redraws the sea boundaries between Turkey and Libya, a violation of international law.").roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.ok(roles.includes("greece:reactor"), roles.join(" "));
  assert.ok(roles.includes("turkiye:party") && roles.includes("libya:party"), roles.join(" "));
});
find("should take the subject of a relative clause after the noun ('the deal Tripoli signed with Ankara') for its maker, and a name before the noun for no side", () => {
  const roles = only("Greece expelled the Libyan ambassador on Friday over the maritime deal Tripoli signed with Ankara.").roles.map((r) => `${r.stands_for}:${r.role}`);
  assert.ok(roles.includes("greece:bystander"), roles.join(" "));
  assert.ok(roles.includes("turkiye:party") && roles.includes("libya:party"), roles.join(" "));
  // Without a subject of its own after the noun, the name before it still signs: "Turkey signed the deal …".
  assert.ok(only("Turkey signed the maritime deal with Tripoli in Istanbul.").roles.some((r) => r.stands_for === "turkiye" && r.role === "party"));
});
find("should not take a phrasal verb for an act on the agreement ('will not sign up to', 'reaches across')", () => {
  assert.not.equal(only("The EU will not sign up to any political solution unless the Turkey-Libya agreements are scrapped.").verb?.status, "to be signed");
  assert.is(only("The agreement reaches across a broad range of fields, from security to energy.").verb, undefined);
  assert.is(only("Turkey and Libya reached an agreement on maritime boundaries.").verb?.status, "announced");
  // "Passed to" hands something on; "passed" alone passes it into law.
  assert.is(only("The parliament asked that the file on everyone involved in drawing up the agreement with Turkey be passed to the general prosecutor.").verb, undefined);
  assert.is(only("The parliament passed the agreement with Turkey on Thursday.").verb?.status, "ratified");
});
find("should not take who claims what the act touches for a side ('an area of the Mediterranean that Greece and Cyprus regard as theirs')", () => {
  const a = only("Turkey and the GNA signed a memorandum setting a new maritime border through an area of the Mediterranean that Greece and Cyprus regard as theirs.");
  assert.equal(partyBodies(a), ["turkiye", "gna"]);
  // Who only judges it is not turned out: "which Ankara and Tripoli consider valid" names its makers.
  assert.equal(partyBodies(only("The memorandum, which Ankara and Tripoli consider valid, covers the sea between them.")), ["turkiye", "libya"]);
  // Nor who "also claims" it, in a relative clause, past an aside: "waters that Egypt and Greece, Turkey's old rival, also claim".
  assert.equal(partyBodies(only("Ankara and Tripoli struck an agreement drawing a maritime border across waters that Egypt and Greece, Turkey's old rival, also claim.")), ["turkiye", "libya"]);
});
find("should read a government named as a person's ('the government of national unity of Fayez al Sarraj') as the person's government", () => {
  const a = only("The accords which Erdogan has reached with the government of national unity of Fayez al Sarraj in Tripoli strengthen his position.");
  assert.equal(partyBodies(a).filter((b) => b !== "turkiye"), ["gna"]);
  assert.equal(partyBodies(only("Turkey signed the agreement with the Government of National Unity of Abdul Hamid Dbeibah.")), ["turkiye", "gnu"]);
});
find("should not take whom the act stirs ('caused the discomfort of Greece', 'angered Egypt', 'alarmed Cyprus') for a side", () => {
  assert.equal(partyBodies(only("The Memorandum of Understanding signed between Turkey and Libya caused the discomfort of Greece from the first day.")), ["turkiye", "libya"]);
  assert.equal(partyBodies(only("The memorandum Turkey signed with the GNA angered Egypt and Greece.")), ["turkiye", "gna"]);
  assert.equal(partyBodies(only("The agreement between Turkey and the GNA alarmed Cyprus.")), ["turkiye", "gna"]);
});
find("should read 'It was about …' or 'It concerned …' after an act as one more mention of that act, about what it names", () => {
  const about = (text: string) => readText(ctx, [text]).paragraphs[0]!.acts.find((a) => a.noun.text === "It");
  const concerned = about("In November Turkey and the GNA concluded a treaty. It concerned the delimitation of maritime jurisdiction areas.");
  assert.equal([concerned?.refers, concerned?.primary, concerned?.referent?.where], ["back", "maritime", "p1"]);
  assert.is(about("In November Turkey and the GNA concluded a treaty. It was about the sea border between them.")?.primary, "maritime");
  // A pronoun that says nothing an act is about opens none.
  assert.is(about("In November Turkey and the GNA concluded a treaty. It was about time."), undefined);
});
find("should read 'the (Eastern) Mediterranean accord' as a maritime act, not the sea alone ('in the eastern Mediterranean')", () => {
  assert.ok(only("The Turkish president and the Libyan prime minister agreed to keep the 2019 Mediterranean accord in place.").sentenceSubjects.includes("maritime"));
  assert.ok(only("The Eastern Mediterranean deal drew the maritime borders the two countries share.").sentenceSubjects.includes("maritime"));
  const sea = only("Turkey and the GNA signed a security agreement as tension rose in the eastern Mediterranean.");
  assert.not.ok([...sea.sentenceSubjects, ...sea.subjects.map((x) => x.subject)].includes("maritime"));
});
find("should not read 'agreed to keep the accord in place' as the accord's making", () => {
  assert.is(only("The Turkish president and the Libyan prime minister also agreed to keep the 2019 Mediterranean accord in place.").verb, undefined);
  assert.is(only("The two governments agreed to implement the security memorandum without delay.").verb, undefined);
  assert.equal([only("Turkey and Libya agreed the maritime accord.").verb?.status, only("Turkey and Libya agreed to sign the maritime accord.").verb?.status], ["announced", "to be signed"]);
});
find("should not give 'other accords' after an act the subject of that act ('a maritime border agreement and other accords')", () => {
  const [maritime, others] = acts(["Turkey has concluded a maritime border agreement and other accords with the Libyan government."]);
  assert.equal([maritime!.primary, others!.primary, others!.several], ["maritime", undefined, true]);
  assert.equal(only("Turkey signed a security and maritime agreement with the GNA.").subjects.map((x) => x.subject), ["military", "maritime"]);
});
find("should read 'It also covers…' after an act as one more mention of that act, about what it names", () => {
  const reading = readText(ctx, ["The agreement was concluded by Erdogan and Fayez al-Serraj. It also covers training and education for soldiers."]);
  const also = reading.paragraphs[0]!.acts.find((a) => a.noun.text === "It");
  assert.equal([also?.refers, also?.primary, also?.referent?.where], ["back", "military", "p1"]);
  // A pronoun with no act before it, or naming nothing an act is about, opens none.
  assert.equal(readText(ctx, ["Talks went on for hours. It also covers training for soldiers."]).paragraphs[0]!.acts, []);
  assert.is(readText(ctx, ["The agreement was concluded by Erdogan. It also includes the rest."]).paragraphs[0]!.acts.length, 1);
});
find.run();

const inherit = suite("inheritFromEarlierActs()");
inherit("should give 'the deal' the parties and subject of the act the headline names", () => {
  const reading = readText(ctx, ["The deal, announced yesterday by officials, was welcomed by many."], { headline: "Turkey, Qatar sign military cooperation agreement with Libyan government" });
  const act = reading.paragraphs[0]!.acts[0]!;
  assert.equal(partyBodies(act), ["turkiye", "qatar", "libya"]);
  assert.is(act.primary, "military");
  assert.is(act.inheritedFrom, "the headline");
});
inherit("should not take 'the agreement' that names other sides in its own words for the act named before", () => {
  const reading = readText(ctx, ["Turkey and the GNA signed a maritime memorandum in November 2019.", "An MP called the agreement defining the economic zone between Egypt and Greece a deep step."]);
  const later = reading.paragraphs[1]!.acts[0]!;
  assert.is(later.referent, undefined);
  assert.equal(partyBodies(later), ["egypt", "greece"]);
  // Named with the same sides, or with none, it is the act before.
  const same = readText(ctx, ["Turkey and the GNA signed a maritime memorandum in November 2019.", "Athens condemned the agreement between Turkey and the GNA."]).paragraphs[1]!.acts[0]!;
  assert.is(same.referent?.where, "p1");
});
inherit("should take 'this memorandum' after an act made between companies for that act, with sides of their own", () => {
  const paragraphs = [
    "Egypt lodged a note objecting to the memorandum of understanding signed on 25 June between Libya's National Oil Corporation and the Turkish Petroleum Corporation, which provides for seismic surveys in four areas. Cairo held that this memorandum violates its exclusive economic zone.",
    "Egypt lodged a note objecting to the memorandum of understanding signed on 25 June by Libya's national oil company with its Turkish counterpart. Cairo held that this memorandum violates its exclusive economic zone.",
  ];
  for (const paragraph of paragraphs) {
    const [first, later] = readText(ctx, [paragraph]).paragraphs[0]!.acts;
    assert.ok(first!.sidesOfTheirOwn, paragraph);
    assert.is(later!.referent?.act, first, paragraph);
    assert.ok(later!.sidesOfTheirOwn, paragraph);
  }
  // An act between states is no such act: "this memorandum" after it takes its sides.
  const states = readText(ctx, ["Turkey and the GNA signed a memorandum of understanding on 27 November. Cairo held that this memorandum violates its exclusive economic zone."]).paragraphs[0]!.acts;
  assert.not.ok(states[1]!.sidesOfTheirOwn);
  assert.equal(partyBodies(states[1]!), ["turkiye", "gna"]);
});
inherit("should give 'this … agreement' the subject of the act just told, over what the rest of its sentence speaks of", () => {
  const paragraphs = ["The National Oil Corporation has signed an agreement with the Turkish Petroleum Corporation for oil exploration.", "It is not known which areas this Turkish-Libyan agreement covers, although Libya respected the median line."];
  const pointed = readText(ctx, paragraphs).paragraphs[1]!.acts[0]!;
  assert.is(pointed.primary, "energy");
  assert.equal(pointed.sentenceSubjects, ["energy"], "the median line is where, not what this agreement is about");
  // Without the demonstrative, the sentence's own words stand.
  const plain = readText(ctx, [paragraphs[0]!, "It is not known which areas the Turkish-Libyan agreement covers, although Libya respected the median line."]).paragraphs[1]!.acts[0]!;
  assert.equal(plain.sentenceSubjects, ["maritime"]);
});
inherit("should not take 'the maritime accord signed by Greece and Egypt' for the act named before: who signed it names its own sides", () => {
  const reading = readText(ctx, ["Turkey and the GNA concluded an accord on their sea border in 2019.", "Ankara said the so-called maritime accord signed by Greece and Egypt is null and void."]);
  const later = reading.paragraphs[1]!.acts[0]!;
  assert.is(later.referent, undefined);
  assert.equal(partyBodies(later).sort(), ["egypt", "greece"]);
});
inherit("should take 'It also covers…' for the act named just before, whatever that one was said to be about", () => {
  const reading = readText(ctx, ["Turkey and Libya signed an agreement on their sea border.", "The agreement was concluded by Erdogan and Fayez al-Serraj. It also covers training for soldiers."]);
  const [concluded, also] = reading.paragraphs[1]!.acts;
  assert.is(concluded!.primary, "maritime");
  assert.equal([also!.noun.text, also!.primary, also!.referent?.act], ["It", "military", concluded]);
  // Without "also", "It covers training" is not said of the sea-border act.
  const [, plain] = readText(ctx, ["Turkey and Libya signed an agreement on their sea border.", "The agreement was concluded by Erdogan and Fayez al-Serraj. It covers training for soldiers."]).paragraphs[1]!.acts;
  assert.is.not(plain?.referent?.act, concluded);
});
inherit("should take 'The official then stressed that the agreement…' for the act in the quotation just before: the speaker goes on", () => {
  const paragraphs = ["In 2019 Turkey and the GNA signed a security deal.", '"We have signed a memorandum of understanding on hydrocarbon exploration," Turkish Foreign Minister Mevlut Cavusoglu said at the time.'];
  const goesOn = readText(ctx, [...paragraphs, "The official then stressed that the agreement was only between Libya and Turkey."]);
  assert.is(goesOn.paragraphs[2]!.acts[0]!.referent?.where, "p2");
  // The narrative's own "the agreement" still points past the quotation to the narrative's act.
  const narrative = readText(ctx, [...paragraphs, "Greece condemned the agreement."]);
  assert.is(narrative.paragraphs[2]!.acts[0]!.referent?.where, "p1");
});
inherit("should give an act whose own words name companies no sides from the acts before it ('the agreement between NOC and TPAO')", () => {
  const reading = readText(ctx, ["Turkey and the GNA signed a maritime memorandum in November 2019.", "Yesterday the agreement between NOC and TPAO was signed in Tripoli."]);
  const later = reading.paragraphs[1]!.acts[0]!;
  assert.equal(partyBodies(later), []);
  assert.not.ok(later.inherited.includes("parties"));
});
inherit("should point 'the deal' of the narrative at an act of the narrative before one named inside a quotation", () => {
  const reading = readText(ctx, [
    "The agreement that Greece and Egypt signed on Thursday sets out their maritime zones.",
    '"It restores legality that the illegal Turkey-Libya memorandum tried to challenge," Mitsotakis said.',
    "The deal was signed in Cairo by the two foreign ministers.",
  ]);
  assert.is(reading.paragraphs[2]!.acts[0]!.referent?.where, "p1");
  // Inside a quotation, or with nothing else before it, the quoted act is still the one.
  const only = readText(ctx, ['"The illegal Turkey-Libya memorandum must go," Mitsotakis said.', "The deal was signed in Istanbul."]);
  assert.is(only.paragraphs[1]!.acts[0]!.referent?.where, "p1");
});
inherit("should give 'Ankara also signed' the other side of the act Ankara signed before it", () => {
  const reading = readText(ctx, ["The Turkish parliament approved a security accord signed with the GNA on 27 November.", "Ankara also signed a maritime delimitation accord, which lets Turkey assert rights over areas coveted by other countries, Greece in particular."]);
  const also = reading.paragraphs[1]!.acts[0]!;
  assert.equal(partyBodies(also).sort(), ["gna", "turkiye"]);
  assert.ok(also.roles.some((r) => r.stands_for === "greece" && r.role === "bystander"), "who covets the areas is no side");
  // Without "also", nothing says who the other side was.
  assert.equal(partyBodies(readText(ctx, ["The Turkish parliament approved a security accord signed with the GNA.", "Ankara signed a maritime delimitation accord."]).paragraphs[1]!.acts[0]!), ["turkiye"]);
});
inherit("should take no sides for 'the agreement' from an act the article names only further on", () => {
  const reading = readText(ctx, ["In Libya, the parliament has cancelled the agreement with Turkey.", "The cancelled agreement provided for sending Turkish soldiers to support the troops of the Sarraj government in the fight against the Libyan National Army of General Khalifa Haftar."]);
  const first = reading.paragraphs[0]!.acts[0]!;
  assert.not.ok(first.inherited.includes("parties"), first.inheritedFrom);
});
inherit("should give 'the two governments' the sides of the act named before", () => {
  const reading = readText(ctx, ["In 2019, Turkiye signed a defense memorandum with the GNA.", "That same year, the two governments signed a maritime agreement."]);
  assert.equal(partyBodies(reading.paragraphs[1]!.acts[0]!), ["turkiye", "gna"]);
});
inherit("should not pass on what an act only took from another ('that same year' stays with its own act)", () => {
  const reading = readText(ctx, ["That same year, Turkiye and the GNA signed a maritime agreement.", "The new Libya agreement fits this strategy."], { headline: "Turkiye inks deal with Libya to deepen military ties", published: { iso: "2025-07-11", precision: "day" } });
  const later = reading.paragraphs[1]!.acts[0]!;
  assert.equal(later.refers, "main");
  assert.equal(later.dates, []);
});
inherit("should let 'the deal' right after 'the new deal' point where that one points, not at an older act before it", () => {
  const reading = readText(ctx, ["The new texts build on a maritime agreement of 2019. The two countries also signed a military cooperation accord.", "Mangoush described the new deal as important.", "The eastern-based parliament rejected the deal."], { headline: "Turkiye and Libya sign deals on hydrocarbon exploration", published: { iso: "2022-10-03", precision: "day" } });
  const rejected = reading.paragraphs[2]!.acts[0]!;
  assert.equal([rejected.referent?.where, rejected.primary], ["the headline", "energy"]);
});
inherit("should give a plural that points back the subjects of every act named since ('the new agreements')", () => {
  const reading = readText(ctx, ["Ankara made the accord public on Thursday, together with a deal on broader security and military cooperation.", "The new agreements were signed on Wednesday by Erdogan and al-Sarraj."], { headline: "Libya and Turkey ink maritime boundary agreement" });
  const later = reading.paragraphs[1]!.acts[0]!;
  assert.equal([...new Set(later.subjects.map((x) => x.subject))], ["maritime", "military"]);
  // A singular points to one act only.
  const one = readText(ctx, ["Ankara made the accord public on Thursday, together with a deal on broader security and military cooperation.", "The new agreement was signed on Wednesday by Erdogan and al-Sarraj."], { headline: "Libya and Turkey ink maritime boundary agreement" });
  assert.equal([...new Set(one.paragraphs[1]!.acts[0]!.subjects.map((x) => x.subject))], ["maritime"]);
});
inherit("should not let 'the memorandum' point back at an act named only as an agreement", () => {
  const reading = readText(ctx, ["The GNU signed a new agreement of military cooperation with Ankara.", "Greece has denounced the memorandum as void."]);
  assert.is(reading.paragraphs[1]!.acts[0]!.referent, undefined);
  const deal = readText(ctx, ["The GNA signed a security memorandum with Ankara.", "Greece has denounced the deal."]);
  assert.is(deal.paragraphs[1]!.acts[0]!.referent?.where, "p1");
});
inherit("should give an 'also agreed to…' act the status of the act it continues, and none where that act's is unknown", () => {
  const signed = readText(ctx, ["Qatar and the GNA signed a military agreement on Monday.", "The GNA also agreed to grant passports to the advisers."]);
  const also = signed.paragraphs[1]!.acts[0]!;
  assert.equal([also.verb?.status, also.verb?.done, also.inherited.includes("status")], ["signed", true, true]);
  const unknown = readText(ctx, ["Greece has criticised the military agreement with the GNA.", "The GNA also agreed to grant passports to the advisers."]);
  assert.is(unknown.paragraphs[1]!.acts[0]!.verb?.done, false);
});
inherit("should pass an act's sides down a chain of references ('the memoranda … the memoranda')", () => {
  const reading = readText(ctx, [
    "On October 3, Turkey signed three memoranda of understanding with Libya's Government of National Unity (GNU). The memoranda, covering energy, media and defence, were announced during a visit by a Turkish delegation.",
    "The House of Representatives described the memoranda as null.",
  ]);
  const last = reading.paragraphs[1]!.acts[0]!;
  assert.ok((partyBodies(last) as string[]).includes("gnu"), partyBodies(last).join(", "));
});
inherit("should not give 'the two countries' the sides of an earlier act of three states, but those the sentences before name", () => {
  const reading = readText(ctx, [
    "In August 2020 Turkey, Qatar and the GNA signed a tripartite military agreement in Tripoli.",
    "Dbeibah's Government of National Unity then turned to Ankara. On 3 October 2022 the two countries signed a memorandum of understanding on hydrocarbons.",
  ]);
  const hydrocarbons = reading.paragraphs[1]!.acts.at(-1)!;
  assert.not.ok(partyBodies(hydrocarbons).map(String).includes("qatar"), partyBodies(hydrocarbons).join(", "));
  assert.equal(partyBodies(hydrocarbons).map(String).sort(), ["gnu", "turkiye"]);
});
inherit("should let 'the maritime and security agreements' point back at an earlier act on one of their subjects, and take its sides", () => {
  const reading = readText(ctx, [
    "In early December the GNA and Turkey confirmed a new maritime border deal in the Mediterranean.",
    "Earlier this month Egypt, France, Cyprus and Greece condemned the maritime and security agreements.",
  ]);
  const both = reading.paragraphs[1]!.acts[0]!;
  assert.is(both.referent?.act, reading.paragraphs[0]!.acts[0]);
  assert.equal(partyBodies(both).map(String).sort(), ["gna", "turkiye"]);
  // Named afresh, not pointing back, they do not take the sides of an act on another of their subjects.
  const afresh = readText(ctx, [
    "In August 2020 Turkey, Qatar and the GNA signed a tripartite military agreement in Tripoli.",
    "Ankara had earlier signed bilateral security and maritime agreements.",
  ]);
  const bilateral = afresh.paragraphs[1]!.acts.at(-1)!;
  assert.not.ok(partyBodies(bilateral).map(String).includes("qatar"), partyBodies(bilateral).join(", "));
});
inherit("should not give an act signed 'a short while ago' the date of the act it refers back to", () => {
  const text = ["Erdogan said Ankara will start drilling in 2020 in the sea areas it agreed on with Libya.", "Ankara already trains forces loyal to Tripoli under the bilateral military cooperation agreement it signed with Libya a short while ago."];
  const recent = readText(ctx, text).paragraphs[1]!.acts[0]!;
  assert.not.ok(recent.inherited.includes("dates"), recent.dates.map((d) => d.text).join(", "));
  const plain = readText(ctx, [text[0]!, text[1]!.replace(" a short while ago", "")]).paragraphs[1]!.acts[0]!;
  assert.ok(plain.inherited.includes("dates"), "without the words, the date is taken from the act it refers to");
});
inherit("should keep an act added with 'and also' or 'as well as' from a later 'the agreement', which is the first", () => {
  const reading = readText(ctx, [
    "Turkey and the GNA signed an agreement setting their sea border, and also an arrangement on security and military matters.",
    "Egypt and Cyprus also protest against the agreement.",
  ]);
  const [border] = reading.paragraphs[0]!.acts;
  assert.is(reading.paragraphs[1]!.acts[0]!.referent?.act, border);
  const listed = readText(ctx, ["Turkey and the GNA signed a maritime deal as well as a deal on security.", "Greece condemned the deal."]);
  assert.is(listed.paragraphs[1]!.acts[0]!.referent?.act, listed.paragraphs[0]!.acts[0]);
});
inherit("should give an act set 'together with' another the sides of that one, and keep it from a later 'the deal'", () => {
  const reading = readText(ctx, [
    "Turkey and Libya's GNA signed a maritime memorandum in Istanbul.",
    "Turkey, which made the accord public on Thursday together with a deal on security and military cooperation, released no details.",
    "Egypt also rejected the deal as illegal.",
  ]);
  const [accord, deal] = reading.paragraphs[1]!.acts;
  assert.equal(partyBodies(deal!).sort(), partyBodies(accord!).sort());
  assert.ok(partyBodies(deal!).length >= 2, partyBodies(deal!).join(", "));
  // "The deal" after them is not the one set beside the accord the sentence reports.
  const referent = reading.paragraphs[2]!.acts[0]!.referent?.act;
  assert.ok(referent && referent !== deal, String(referent?.noun.text));
  // Unless its words point at the one set beside.
  const second = readText(ctx, [
    "Turkey and Libya's GNA signed a military accord in Istanbul together with a second agreement which fixes their sea borders.",
    "The latter agreement angered Greece.",
  ]);
  assert.is(second.paragraphs[1]!.acts[0]!.referent?.act, second.paragraphs[0]!.acts[1]);
});
inherit("should not give an act with a month of its own ('In July, … signed a new agreement') the date of an earlier act of another month", () => {
  const reading = readText(ctx, ["In November 2019 Türkiye and el-Sarraj signed a memorandum on security and military cooperation.", "In July, the Turkish Ministry of Defence signed in Ankara a new military cooperation agreement with the GNU."]);
  const july = reading.paragraphs[1]!.acts[0]!;
  assert.equal([july.dates.map((d) => d.text), july.inherited.includes("dates")], [["July"], false]);
  // A month that agrees with the earlier act's is that act's time, refined: its date is taken.
  const same = readText(ctx, ["On 27 November 2019 Türkiye and el-Sarraj signed a memorandum on security and military cooperation.", "In November, the memorandum was signed in Istanbul."]);
  assert.ok(same.paragraphs[1]!.acts[0]!.inherited.includes("dates"));
});
inherit.run();

const context = suite("sidesFromContext()");
context("should give 'the three sides' the three bodies named just before, when no act before named them", () => {
  const reading = readText(ctx, ["Turkish and Qatari ministers held talks in Tripoli with the GNA.", "According to an official, the three sides agreed to strengthen military cooperation."]);
  const act = reading.paragraphs[1]!.acts[0]!;
  assert.equal(partyBodies(act).sort(), ["gna", "qatar", "turkiye"]);
  assert.is(act.inheritedFrom, "p1");
});
context("should read 'the two' standing alone before the act's verb ('the two had signed') as two sides", () => {
  const reading = readText(ctx, ["Erdogan received the head of the GNA, Fayez al-Sarraj, in Istanbul.", "In a preceding meeting the two had signed a security accord."]);
  assert.equal(partyBodies(reading.paragraphs[1]!.acts[0]!).sort(), ["gna", "turkiye"]);
  // "The two sides" still counts as before; "the two memoranda" speaks of acts, not sides.
  assert.equal(readText(ctx, ["Erdogan received Fayez al-Sarraj.", "The two memoranda were signed later."]).paragraphs[1]!.acts[0]!.inherited, []);
});
context("should take 'the two countries' as states or their governments, not an armed force or its commander named beside them", () => {
  const reading = readText(ctx, ["Turkey's parliament voted to send forces to Libya, to back the Government of National Accord in its confrontation with the forces of Khalifa Haftar. The ground had been laid by the agreement on military cooperation between the two countries."]);
  assert.equal(partyBodies(reading.paragraphs[0]!.acts.at(-1)!).sort(), ["gna", "turkiye"]);
});
context("should leave the sides unnamed when the bodies before are not as many as the words say", () => {
  const reading = readText(ctx, ["Turkish ministers held talks in Tripoli with the GNA and Qatar.", "The two sides agreed to strengthen military cooperation."]);
  assert.equal(reading.paragraphs[1]!.acts[0]!.inherited, []);
});
context("should gather the sides from up to three paragraphs back, where a wire names one side in each", () => {
  const reading = readText(ctx, [
    "Sarraj received the Turkish Minister of Defence, Hulusi Akar, in Tripoli on Friday.",
    "On the Libyan side, the talks were attended by the Minister of Interior.",
    "The talks covered training within the framework of the memorandum of understanding signed between the two countries last November.",
  ]);
  const act = reading.paragraphs[2]!.acts[0]!;
  assert.equal(new Set(partyBodies(act).map((b) => (b === "gna" ? "libya" : b))), new Set(["libya", "turkiye"]));
  assert.is(act.inheritedFrom, "p1");
  // Never past three paragraphs back.
  const far = readText(ctx, ["Turkish and Libyan officials met.", "Nothing.", "Nothing more.", "Still nothing.", "The two sides agreed to strengthen military cooperation."]);
  assert.equal(far.paragraphs[4]!.acts[0]!.inherited, []);
});
context.run();
