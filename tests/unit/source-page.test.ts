import { suite } from "uvu";
import * as assert from "uvu/assert";
import { clip } from "../../scripts/generate/source-page.ts";

const clipSuite = suite("clip()");

clipSuite("should keep short text whole, on one line", () => {
  assert.is(clip("  Türkiye and\n Libya  "), "Türkiye and Libya");
});

clipSuite("should cut long text at a word boundary, without trailing punctuation, and mark the cut", () => {
  const text = "Ankara signed, in Tripoli, a memorandum on maritime jurisdiction and another on security.";
  assert.is(clip(text, 30), "Ankara signed, in Tripoli, a…");
  assert.is(clip(text, 17), "Ankara signed…");
  assert.ok(clip("x".repeat(500)).length <= 200);
});

clipSuite.run();
