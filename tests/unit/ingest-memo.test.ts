import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ingestAll } from "../../scripts/ingest/index.ts";
import { ingestEach, ingestMemo, seedKey } from "../../scripts/ingest/memo.ts";
import type { IngestResult } from "../../scripts/ingest/ingest-seed.ts";
import type { Outlet } from "../../scripts/catalogue.ts";
import type { SeedFile } from "../../scripts/model.ts";

const seed = (name: string, text: string, sidecar?: string): SeedFile => ({ path: `seeds/${name}`, name, bytes: new TextEncoder().encode(text), ...(sidecar ? { sidecar: { path: `seeds/${name}.meta.yaml`, text: sidecar } } : {}) });
const signed = seed("signed.txt", "Turkey and Libya sign two memoranda\n\nTurkey and the GNA signed two memoranda in Istanbul on 27 November 2019.\n");
const flights = seed("flights.txt", "Flights resume\n\nTurkish Airlines resumed flights to Benghazi.\n");
const outlets: Outlet[] = [];

/** A stand-in for reading a seed: records which seeds were read. */
function counting() {
  const read: string[] = [];
  return { read, reader: (s: SeedFile): IngestResult => (read.push(s.name), { diagnostics: [] }) };
}

const each = suite("ingestEach()");
each("should read every seed once, then take the unchanged ones from the memo", () => {
  const memo = ingestMemo();
  const { read, reader } = counting();
  const first = ingestEach([signed, flights], outlets, memo, reader);
  const again = ingestEach([signed, seed("flights.txt", "Flights resume\n\nTurkish Airlines resumed flights to Benghazi and Misrata.\n")], outlets, memo, reader);
  assert.equal(read, ["signed.txt", "flights.txt", "flights.txt"]);
  assert.is(again[0], first[0], "the kept reading itself");
  assert.equal(memo.last, { read: 1, kept: 1 });
});
each("should read a seed again when only its sidecar changed, and forget everything when the outlets change", () => {
  const memo = ingestMemo();
  const { read, reader } = counting();
  ingestEach([signed], outlets, memo, reader);
  ingestEach([seed("signed.txt", new TextDecoder().decode(signed.bytes), "outlet: Reuters\n")], outlets, memo, reader);
  ingestEach([seed("signed.txt", new TextDecoder().decode(signed.bytes), "outlet: Reuters\n")], [...outlets], memo, reader);
  assert.equal(read, ["signed.txt", "signed.txt", "signed.txt"]);
  assert.is.not(seedKey(signed), seedKey({ ...signed, path: "seeds/other.txt" }), "a seed moved is another seed");
});
each("should keep only the seeds of the last build", () => {
  const memo = ingestMemo();
  const { reader } = counting();
  ingestEach([signed, flights], outlets, memo, reader);
  ingestEach([signed], outlets, memo, reader);
  assert.is(memo.seeds.size, 1);
});
each.run();

const all = suite("ingestAll() with a memo");
all("should give the same sources and messages as without one, build after build", () => {
  const memo = ingestMemo();
  const plain = ingestAll([signed, flights, signed], outlets);
  const once = ingestAll([signed, flights, signed], outlets, undefined, undefined, memo);
  const twice = ingestAll([signed, flights, signed], outlets, undefined, undefined, memo);
  assert.equal(once, plain);
  assert.equal(twice, plain);
  assert.ok(plain.diagnostics.some((d) => d.rule === "seed-duplicate"), "the duplicate is still reported");
  assert.equal(memo.last, { read: 0, kept: 3 });
});
all.run();
