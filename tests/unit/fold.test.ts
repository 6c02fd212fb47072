import { suite } from "uvu";
import * as assert from "uvu/assert";
import { asciiSpelling, findTerms, foldedWords, foldText, foldWithMap, normaliseQuote } from "../../scripts/fold.ts";

const fold = suite("foldText()");
fold("should fold case, diacritics and the Turkish dotless and dotted i", () => {
  assert.is(foldText("İbrahim Kalın"), "ibrahim kalin");
  assert.is(foldText("Türkiye YAŞAR GÜLER"), "turkiye yasar guler");
});
fold("should make curly quotes and dashes plain", () => {
  assert.is(foldText("Libya’s “deal” – 2019–2020"), `libya's "deal" - 2019-2020`);
});
fold.run();

const plain = suite("foldedWords()");

plain("should keep a text's words alone, folded, one space between them", () => {
  assert.is(foldedWords("  Libya–Turkey: talks SOON on Kalın's visit!  "), "libya turkey talks soon on kalin s visit");
  assert.is(foldedWords("«»—"), "");
});

plain.run();

const map = suite("foldWithMap()");
map("should map each folded character back to its place in the original", () => {
  const { folded, starts } = foldWithMap("Kalın’s");
  assert.is(folded, "kalin's");
  assert.is(starts[4], 4);
  assert.is(starts[folded.length], 7);
});
map("should map an ASCII text one to one, up to the end mark, whatever the texts folded before it", () => {
  const long = foldWithMap("x".repeat(10_000));
  const { folded, starts } = foldWithMap("Misrata base");
  assert.is(folded, "misrata base");
  assert.equal([...starts], Array.from({ length: 13 }, (_, i) => i));
  assert.is(long.starts.length, 10_001);
  assert.is(long.starts[10_000], 10_000);
});
map.run();

const ascii = suite("asciiSpelling()");
ascii("should spell names in ASCII and keep their case", () => {
  assert.is(asciiSpelling("İbrahim Kalın"), "Ibrahim Kalin");
  assert.is(asciiSpelling("Yaşar Güler"), "Yasar Guler");
  assert.is(asciiSpelling("Türkiye"), "Turkiye");
});
ascii.run();

const quote = suite("normaliseQuote()");
quote("should fold white space and straighten quotation marks", () => {
  assert.is(normaliseQuote("  “We believe”,\n  Akar’s\tline "), `"We believe", Akar's line`);
});
quote.run();

const terms = suite("findTerms()");
terms("should find whole words only, ignoring case and diacritics, and report the original offsets", () => {
  const text = "Turkiye’s MoU on Maritime Boundaries; not illegitimate.";
  const found = findTerms(text, ["maritime boundaries", "legitimate", "mou", "türkiye"]);
  assert.equal(found.map((f) => text.slice(f.start, f.end)), ["Turkiye", "MoU", "Maritime Boundaries"]);
});
terms("should prefer the longer of two overlapping terms", () => {
  const found = findTerms("a maritime deal", ["deal", "maritime deal"]);
  assert.equal(found.map((f) => f.term), ["maritime deal"]);
});
terms("should match a verb's endings, but not a verb list's noun in -ion with them ('conclusions')", () => {
  const found = (text: string) => findTerms(text, ["sign", "conclusion"], foldWithMap(text), { inflect: "verb" }).map((f) => text.slice(f.start, f.end));
  assert.equal(found("They signed it after the conclusion of talks."), ["signed", "conclusion"]);
  assert.equal(found("The summit's conclusions named it."), []);
});
terms("should match a verb in -e with the -e dropped before -ing ('denouncing'), as the term it inflects", () => {
  const found = (text: string, inflect: "verb" | "plural" = "verb") => findTerms(text, ["denounce", "does not recognise", "oppose"], foldWithMap(text), { inflect }).map((f) => [text.slice(f.start, f.end), f.term]);
  assert.equal(found("Egypt, denouncing the deal, and Greece, which does not recognise it, are opposing it."), [["denouncing", "denounce"], ["does not recognise", "does not recognise"], ["opposing", "oppose"]]);
  assert.equal(found("The government was not recognising it."), []);
  // Nouns take no such ending; nor does a word that only starts like the verb.
  assert.equal(found("Egypt, denouncing the deal", "plural"), []);
  assert.equal(found("Opposition leaders spoke."), []);
});
terms.run();
