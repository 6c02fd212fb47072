import { suite } from "uvu";
import * as assert from "uvu/assert";
import { sentencesCovering, splitSentences } from "../../scripts/extract/sentences.ts";

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
split.run();

const covering = suite("sentencesCovering()");
covering("should return the sentences a span touches", () => {
  const sentences = splitSentences("One here. Two there. Three.");
  assert.equal(sentencesCovering(sentences, 4, 14).map((s) => s.text), ["One here.", "Two there."]);
});
covering.run();
