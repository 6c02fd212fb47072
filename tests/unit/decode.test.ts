import { suite } from "uvu";
import * as assert from "uvu/assert";
import { decodeSeed, looksBinary, MAX_SEED_BYTES } from "../../scripts/ingest/decode.ts";

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

const decode = suite("decodeSeed()");

decode("should decode UTF-8 with and without a byte-order mark to the same text", () => {
  const plain = decodeSeed("a.txt", bytes("Türkiye"));
  const bom = decodeSeed("a.txt", bytes([0xef, 0xbb, 0xbf], "Türkiye"));
  assert.is(plain.text, "Türkiye");
  assert.is(bom.text, "Türkiye");
  assert.equal(bom.diagnostics, []);
});

decode("should decode UTF-16 LE and BE when the file starts with a byte-order mark", () => {
  const le = new Uint8Array([0xff, 0xfe, ...Buffer.from("Kalın", "utf16le")]);
  const beBody = Buffer.from("Kalın", "utf16le").swap16();
  const be = new Uint8Array([0xfe, 0xff, ...beBody]);
  assert.is(decodeSeed("le.txt", le).text, "Kalın");
  assert.is(decodeSeed("be.txt", be).text, "Kalın");
});

decode("should decode Windows-1252 with a warning that names the first bad byte's line and column", () => {
  const result = decodeSeed("latin.txt", bytes("first line\nT", [0xfc], "rkiye ", [0x93], "quoted", [0x94]));
  assert.is(result.text, "first line\nTürkiye “quoted”");
  assert.is(result.diagnostics.length, 1);
  assert.is(result.diagnostics[0]!.severity, "warning");
  assert.is(result.diagnostics[0]!.rule, "seed-encoding");
  assert.is(result.diagnostics[0]!.line, 2);
  assert.is(result.diagnostics[0]!.column, 2);
});

decode("should refuse binary data such as a PNG with an error", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const result = decodeSeed("image.txt", png);
  assert.is(result.text, undefined);
  assert.is(result.diagnostics[0]!.rule, "seed-binary");
  assert.is(result.diagnostics[0]!.severity, "error");
});

decode("should refuse a file over the size limit without decoding it", () => {
  const result = decodeSeed("big.txt", new Uint8Array(MAX_SEED_BYTES + 1).fill(0x61));
  assert.is(result.text, undefined);
  assert.is(result.diagnostics[0]!.rule, "seed-too-large");
});

decode.run();

const binary = suite("looksBinary()");

binary("should accept text with a few stray NUL bytes", () => {
  const text = bytes("A long enough line of article text to dilute the stray byte.", [0], " More text follows here.");
  assert.is(looksBinary(text), false);
});

binary("should call text with many control bytes binary", () => {
  assert.is(looksBinary(new Uint8Array([1, 2, 3, 4, 0x41, 0x42])), true);
});

binary.run();
