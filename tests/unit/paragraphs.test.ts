import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isHardWrapped, splitParagraphs } from "../../scripts/ingest/paragraphs.ts";
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

split.run();

const wrapped = suite("isHardWrapped()");

wrapped("should not call one-paragraph-per-line text hard-wrapped", () => {
  const long = "A paragraph that runs well past one hundred characters, as paragraphs in saved web pages usually do, on one line.";
  assert.is(isHardWrapped(linesOf([long, long, long].join("\n"))), false);
});

wrapped.run();
