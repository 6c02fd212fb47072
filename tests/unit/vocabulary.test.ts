// compileVocabulary() and matchLexicon(): the recognition vocabulary as matchers, and what they find in one text.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { foldWithMap } from "../../scripts/fold.ts";
import { compileVocabulary, matchLexicon } from "../../scripts/extract/vocabulary.ts";
import { fixtureContext } from "../helpers/recognition.ts";

const { data } = await fixtureContext();
const lexicon = compileVocabulary(data.vocabulary);
const lexical = (text: string) => matchLexicon(lexicon, foldWithMap(text), text);

const compile = suite("compileVocabulary()");
compile("should match a subject of several words also written with hyphens", () => {
  const found = lexical("Ankara insists its sea-boundary accord with Tripoli is valid.").subjects.map((m) => lexicon.subjectOf(m.term));
  assert.equal(found, ["maritime"]);
  assert.equal(lexical("Ankara insists its sea boundary accord with Tripoli is valid.").subjects.map((m) => lexicon.subjectOf(m.term)), ["maritime"]);
});
compile("should read a translation's 'jurisdiction at sea' as maritime, and jurisdiction alone as nothing", () => {
  const subjects = (text: string) => lexical(text).subjects.map((m) => lexicon.subjectOf(m.term));
  assert.equal(subjects('They signed an agreement on the "Limitation of Jurisdiction at Sea".'), ["maritime"]);
  assert.equal(subjects("The court has jurisdiction over the case."), []);
});
compile("should read zones or areas 'at sea', of influence or not, as maritime", () => {
  const subjects = (text: string) => matchLexicon(lexicon, foldWithMap(text), text).subjects.map((m) => lexicon.subjectOf(m.term));
  assert.equal(subjects("The agreement concerns the demarcation of the zones of influence at sea."), ["maritime"]);
  assert.equal(subjects("The memorandum divides the areas at sea between the two coasts."), ["maritime"]);
  assert.equal(subjects("Rival militias carved the capital into zones of influence."), []);
});
compile.run();

const match = suite("matchLexicon()");
match("should not take a subject word guarding something abstract ('in defence of their sovereignty') for what an agreement is about", () => {
  const subjects = (text: string) => lexical(text).subjects.map((m) => lexicon.subjectOf(m.term));
  assert.equal(subjects("Under the memorandum the two governments hold their ground in defence of their sovereignty."), []);
  assert.equal(subjects("Ankara signed it in defence of Turkish rights in the East Med."), []);
  // The defence of a place, or a defence agreement, is military.
  assert.equal(subjects("The deal helped in the defence of Tripoli."), ["military"]);
  assert.equal(subjects("They signed a defence agreement."), ["military"]);
});
match("should take a document noun for an agreement only where something is done to it beside it", () => {
  assert.equal(lexical("Greece rejected the text signed between Turkey and Libya.").nouns.map((n) => n.term), ["text"]);
  assert.equal(lexical("The text of the speech was published on Monday.").nouns, []);
  // A definite one on what an agreement can be about, with a state's adjective at most: not "the mutual understanding".
  assert.equal(lexical("Athens insists the Turkish-Libyan understanding on sea zones is void.").nouns.map((n) => n.term), ["understanding"]);
  assert.equal(lexical("Both sides stressed the mutual understanding on security matters.").nouns, []);
  // One that counts its sides is an agreement.
  assert.equal(lexical("The three-way arrangement between the Wefaq government, Turkey and Qatar aims to strengthen its forces.").nouns.map((n) => n.term), ["arrangement"]);
  assert.equal(lexical("They reached a trilateral military understanding.").nouns.map((n) => n.term), ["understanding"]);
  assert.equal(lexical("The arrangement of the chairs was three-way.").nouns, []);
  // A passive past a short phrase naming its other side is still something done to it.
  assert.equal(lexical("Two separate understandings with the Serraj government were signed, Erdogan announced.").nouns.map((n) => n.term), ["understanding"]);
  assert.equal(lexical("A better understanding with the neighbours was needed.").nouns, []);
  // An adverb may stand in the passive: "an understanding was also reached".
  assert.equal(lexical("An understanding was also reached on maritime areas of jurisdiction.").nouns.map((n) => n.term), ["understanding"]);
  // A plural acted on needs no determiner before it, past words that say what it is about.
  assert.equal(lexical("The government yesterday signed economic and trade understandings with Turkey.").nouns.map((n) => n.term), ["understanding"]);
  assert.equal(lexical("The visit signed off on better mutual understanding.").nouns, []);
});
match("should take a document noun added to an agreement something is done to ('signed an agreement …, and also an arrangement') for an agreement", () => {
  assert.equal(lexical("Turkey and the GNA signed an agreement on their sea border, and also an arrangement on security and military matters.").nouns.map((n) => n.term), ["agreement", "arrangement"]);
  // Not where nothing is done to the agreement before it, nor across a full stop.
  assert.equal(lexical("The agreement on their sea border is void, and also an arrangement on security would be needed.").nouns.map((n) => n.term), ["agreement"]);
  assert.equal(lexical("Turkey and the GNA signed an agreement. Security arrangements were made, and also an arrangement for the visit.").nouns.map((n) => n.term), ["agreement"]);
});
match("should read 'a second one' or 'another one' after an agreement noun of its sentence as another agreement", () => {
  const found = lexical("Turkey and Libya signed an agreement on the sea borders, as well as a second one on security.").nouns;
  assert.equal(found.map((n) => n.term), ["agreement", "agreement"]);
  assert.is(found[1]!.start, "Turkey and Libya signed an agreement on the sea borders, as well as a second ".length);
  // Not one after a full stop, nor one with no agreement before it.
  assert.equal(lexical("Turkey signed an agreement. Then it held another one of its meetings.").nouns.map((n) => n.term), ["agreement"]);
  assert.equal(lexical("The first meeting failed, and a second one was held in Rome.").nouns, []);
});
match("should read 'the one signed in 2019' or 'the earlier one' after an agreement noun of its sentence as another agreement", () => {
  const terms = (text: string) => lexical(text).nouns.map((n) => [n.term, n.start]);
  const text = "The memoranda just signed with Dbeibeh come after the one signed in 2019 on the maritime boundaries.";
  assert.equal(terms(text), [["memoranda", 4], ["memoranda", text.indexOf("one signed")]]);
  assert.equal(terms("Monday's agreement builds on the one Ankara concluded with Sarraj.").length, 2);
  assert.equal(terms("The new deal replaces the earlier one, which had lapsed.").length, 2);
  // Not "the one" that is a person or a thing, nor one with no agreement before it in its sentence.
  assert.equal(terms("The agreement was signed by Akar, the one minister who went.").length, 1);
  assert.equal(terms("The agreement is void. The one signed by Bashagha stands.").length, 1);
});
match("should read 'a great deal' and 'a good deal of' as an amount, not an agreement", () => {
  assert.equal(lexical("For Greece a great deal was at stake after the two governments signed.").nouns, []);
  assert.equal(lexical("Libya is a neighbour that matters a great deal to Athens.").nouns, []);
  assert.equal(lexical("Haftar has a good deal more reason to feel confident.").nouns, []);
  assert.equal(lexical("Ankara struck a good deal for Turkish firms in Tripoli.").nouns.map((n) => n.term), ["deal"]);
  assert.equal(lexical("Turkey signed a great maritime deal with Libya.").nouns.map((n) => n.term), ["deal"]);
});
match.run();
