import { suite } from "uvu";
import * as assert from "uvu/assert";
import { nestedQuotes } from "../../scripts/display.ts";

const nested = suite("nestedQuotes()");

nested("should turn a quote's own double quotation marks into single ones", () => {
  assert.is(nestedQuotes("The agreement covers “cooperation in training.”"), "The agreement covers ‘cooperation in training.’");
  assert.is(nestedQuotes('Akar said: "We will succeed."'), "Akar said: ‘We will succeed.’");
  assert.is(nestedQuotes("“A quote that is all quote.”"), "‘A quote that is all quote.’");
});

nested("should leave a quote without quotation marks, and its apostrophes, as it is", () => {
  assert.is(nestedQuotes("Libya’s government and Türkiye's navy"), "Libya’s government and Türkiye's navy");
});

nested.run();
