import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isHardWrapped, joinBrokenSentences, splitParagraphs } from "../../scripts/ingest/paragraphs.ts";
import { linesOf } from "../helpers/lines.ts";

const split = suite("splitParagraphs()");

split("should number paragraphs p1, p2, … and keep the line each starts on", () => {
  const paragraphs = splitParagraphs(linesOf("\nFirst paragraph.\n\n\nSecond paragraph.\nThird paragraph."));
  assert.equal(paragraphs, [
    { id: "p1", text: "First paragraph.", line: 2 },
    { id: "p2", text: "Second paragraph.", line: 5 },
    { id: "p3", text: "Third paragraph.", line: 6 },
  ]);
});

split("should rejoin a hard-wrapped paragraph into one", () => {
  const text = [
    "Turkey and Qatar signed a tripartite agreement with the Libyan",
    "government for military cooperation, as part of a new development",
    "aimed at strengthening the government's defence.",
    "",
    "The deal was announced yesterday by the deputy defence minister of",
    "the Libyan government in Tripoli, according to the statement.",
  ].join("\n");
  const paragraphs = splitParagraphs(linesOf(text));
  assert.is(paragraphs.length, 2);
  assert.is(paragraphs[0]!.text, "Turkey and Qatar signed a tripartite agreement with the Libyan government for military cooperation, as part of a new development aimed at strengthening the government's defence.");
});

split("should make whole a word a line break hyphenated, and keep a hyphen the article writes elsewhere", () => {
  const text = [
    "TURKEY could start searching for oil in the Eastern Mediterranean under a memo-",
    "randum signed with the Libyan govern-",
    "ment, the energy minister said at the departure of the country's first oil-",
    "and-gas drillship, which left port as an oil-and-gas vessel on Friday morning.",
  ].join("\n");
  const [paragraph] = splitParagraphs(linesOf(text));
  assert.match(paragraph!.text, "under a memorandum signed with the Libyan government, the energy minister");
  assert.match(paragraph!.text, "first oil-and-gas drillship");
  // A line that runs past 100 characters is no hard wrap; its sentence broken mid-word is joined all the same.
  const pasted = splitParagraphs(linesOf("Dönmez said TPAO would start operating in the areas covered by the agreement with the Libyan govern-\nment once the application process was over."));
  assert.equal(pasted.map((p) => p.text), ["Dönmez said TPAO would start operating in the areas covered by the agreement with the Libyan government once the application process was over."]);
});

split.run();

const wrapped = suite("isHardWrapped()");

wrapped("should not call one-paragraph-per-line text hard-wrapped", () => {
  const long = "A paragraph that runs well past one hundred characters, as paragraphs in saved web pages usually do, on one line.";
  assert.is(isHardWrapped(linesOf([long, long, long].join("\n"))), false);
});

wrapped.run();

const join = suite("joinBrokenSentences()");
join("should join a sentence that a stray line break split in two", () => {
  const pieces = joinBrokenSentences([
    { text: "Libya and Turkey signed two separate memoranda of", line: 1 },
    { text: "understanding on Nov. 27, 2019.", line: 2 },
    { text: "A new paragraph.", line: 4 },
  ]);
  assert.equal(pieces, [{ text: "Libya and Turkey signed two separate memoranda of understanding on Nov. 27, 2019.", line: 1 }, { text: "A new paragraph.", line: 4 }]);
});
join("should leave headings, list items and finished sentences apart", () => {
  const pieces = [
    { text: "- first point of the list", line: 1 },
    { text: "second line", line: 2 },
    { text: "A sentence ends here.", line: 3 },
    { text: "and this starts lower case", line: 4 },
    { text: "Key points", line: 5 },
    { text: "more", line: 6 },
  ];
  assert.is(joinBrokenSentences(pieces).length, 6);
});
join("should not join a line that opens with a web address to the line before it", () => {
  const pieces = [
    { text: "Greece expels Libyan ambassador Menfi", line: 3 },
    { text: "http://www.CRNTT.tw 2019-12-08 10:12:31", line: 5 },
  ];
  assert.is(joinBrokenSentences(pieces).length, 2);
});
join.run();
