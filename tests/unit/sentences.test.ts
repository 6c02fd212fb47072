import { suite } from "uvu";
import * as assert from "uvu/assert";
import { endingBefore, itemsBySentence, overlapsAny, sentenceHolding, sentencesCovering, splitSentences } from "../../scripts/extract/sentences.ts";

const split = suite("splitSentences()");
split("should split at full stops followed by a capital, but not after abbreviations such as Nov., Gen. or U.N.", () => {
  const text = "On Nov. 27, 2019, Ankara and Tripoli signed. Troops backed the U.N. government against Gen. Khalifa Haftar. It worked.";
  assert.equal(splitSentences(text).map((s) => s.text), [
    "On Nov. 27, 2019, Ankara and Tripoli signed.",
    "Troops backed the U.N. government against Gen. Khalifa Haftar.",
    "It worked.",
  ]);
});
split("should keep a closing quotation mark with its sentence", () => {
  const text = "The UN warned of “violence.” Clashes followed.";
  assert.equal(splitSentences(text).map((s) => s.text), ["The UN warned of “violence.”", "Clashes followed."]);
});
split("should end a sentence at a footnote's number a PDF paste glues to it, and not inside a number", () => {
  const text = "Turkey and the GNA signed two memoranda of understanding (MOUs).12 One covered security. Version 1.2 Turkey did not sign.";
  assert.equal(splitSentences(text).map((s) => s.text), ["Turkey and the GNA signed two memoranda of understanding (MOUs).12", "One covered security.", "Version 1.2 Turkey did not sign."]);
});
split("should end a sentence before the bracketed reference marks a wiki sets after its full stop", () => {
  const text = "The GNA struck back on 25 March. [223] In June 2020 Sisi brokered a deal. [234] [235] Turkey objected. The list [1] goes on.";
  assert.equal(splitSentences(text).map((s) => s.text), ["The GNA struck back on 25 March. [223]", "In June 2020 Sisi brokered a deal. [234] [235]", "Turkey objected.", "The list [1] goes on."]);
});
split.run();

const covering = suite("sentencesCovering()");
covering("should return the sentences a span touches", () => {
  const sentences = splitSentences("One here. Two there. Three.");
  assert.equal(sentencesCovering(sentences, 4, 14).map((s) => s.text), ["One here.", "Two there."]);
});
covering.run();

const text = "Turkey signed a deal with Libya. Greece objected. Egypt and Cyprus joined the protest.";
const sentences = splitSentences(text);
const span = (word: string, from = 0) => ({ word, start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });

const holding = suite("sentenceHolding()");

holding("should find the sentence a span lies in, and none for a span that crosses a sentence break", () => {
  assert.is(sentenceHolding(sentences, span("Greece"))?.text, "Greece objected.");
  assert.is(sentenceHolding(sentences, span("Cyprus"))?.text, "Egypt and Cyprus joined the protest.");
  assert.is(sentenceHolding(sentences, span("Turkey"))?.text, "Turkey signed a deal with Libya.");
  assert.is(sentenceHolding(sentences, span("Libya. Greece")), undefined);
  assert.is(sentenceHolding([], span("Turkey")), undefined);
});

holding.run();

const bySentence = suite("itemsBySentence()");

bySentence("should give each sentence the items inside it, in the order given, as a filter per sentence would", () => {
  const items = [span("Cyprus"), span("Turkey"), span("Egypt"), span("Libya. Greece"), span("Greece")];
  const grouped = itemsBySentence(items, sentences);
  assert.equal([...grouped.values()].map((list) => list.map((i) => i.word)), [["Turkey"], ["Greece"], ["Cyprus", "Egypt"]]);
  for (const s of sentences) assert.equal(grouped.get(s), items.filter((i) => i.start >= s.start && i.end <= s.end));
});

bySentence("should group a paragraph of thousands of sentences as a filter per sentence would", () => {
  const long = "Turkey and Libya signed a memorandum in Tripoli. ".repeat(3000).trim();
  const many = splitSentences(long);
  const names = [...long.matchAll(/Turkey|Libya|Tripoli/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const grouped = itemsBySentence(names, many);
  assert.is(many.length, 3000);
  for (const s of [many[0]!, many[1234]!, many.at(-1)!]) assert.equal(grouped.get(s), names.filter((n) => n.start >= s.start && n.end <= s.end));
  assert.is([...grouped.values()].reduce((n, list) => n + list.length, 0), names.length);
});

bySentence.run();

const before = suite("endingBefore()");

before("should list the items that end within reach before a point, in the order given", () => {
  const items = [span("Egypt"), span("Turkey"), span("Greece"), span("Libya")];
  const lookup = endingBefore(items);
  const at = text.indexOf("objected");
  assert.equal(lookup(at, 1).map((i) => i.word), ["Greece"]);
  assert.equal(lookup(at, 20).map((i) => i.word), ["Greece", "Libya"]);
  assert.equal(lookup(text.indexOf("Greece"), 0), []);
  assert.equal(lookup(at, 1000), items.filter((i) => i.end <= at));
});

before.run();

const overlaps = suite("overlapsAny()");

overlaps("should tell whether a span overlaps any item, nested and unsorted items included, as a scan of them all would", () => {
  // "Government of National Accord" holds "Accord"; a long name that starts early can reach past a short one after it.
  const names = [{ start: 40, end: 45 }, { start: 10, end: 60 }, { start: 50, end: 52 }, { start: 70, end: 80 }];
  const test = overlapsAny(names);
  const scan = (s: { start: number; end: number }) => names.some((m) => m.start < s.end && m.end > s.start);
  for (let start = 0; start < 90; start += 3) for (const length of [1, 4, 15]) assert.is(test({ start, end: start + length }), scan({ start, end: start + length }), `${start}+${length}`);
  assert.ok(test({ start: 55, end: 58 }), "inside the long name only");
  assert.not.ok(test({ start: 62, end: 68 }), "between the names");
  assert.not.ok(overlapsAny([])({ start: 0, end: 5 }));
});

overlaps.run();
