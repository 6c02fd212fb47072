import { suite } from "uvu";
import * as assert from "uvu/assert";
import { normaliseText } from "../../scripts/ingest/normalise.ts";

const normalise = suite("normaliseText()");

normalise("should treat CRLF, lone CR and U+2028 as line breaks", () => {
  const { lines } = normaliseText("a.txt", "one\r\ntwo\rthree\u2028four");
  assert.equal(lines.map((l) => l.text), ["one", "two", "three", "four"]);
});

normalise("should fold tabs, no-break and repeated spaces and trim each line without changing a word", () => {
  const { lines, diagnostics } = normaliseText("a.txt", "  Türkiye\u00a0and\t\tLibya   signed  ");
  assert.is(lines[0]!.text, "Türkiye and Libya signed");
  assert.equal(diagnostics, []);
});

normalise("should compose Unicode to NFC", () => {
  const { lines } = normaliseText("a.txt", "Tu\u0308rkiye");
  assert.is(lines[0]!.text, "Türkiye");
});

normalise("should remove zero-width and bidirectional controls with a warning at their line and column", () => {
  const { lines, diagnostics } = normaliseText("a.txt", "fine\nHaf\u200Btar \u202Eevil");
  assert.is(lines[1]!.text, "Haftar evil");
  assert.is(diagnostics.length, 1);
  assert.equal([diagnostics[0]!.line, diagnostics[0]!.column, diagnostics[0]!.rule], [2, 4, "seed-invisible-chars"]);
});

normalise("should remove NUL bytes with a warning", () => {
  const { lines, diagnostics } = normaliseText("a.txt", "Misr\u0000ata");
  assert.is(lines[0]!.text, "Misrata");
  assert.is(diagnostics[0]!.rule, "seed-control-chars");
});

normalise.run();
