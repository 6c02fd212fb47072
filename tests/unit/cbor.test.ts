import { suite } from "uvu";
import * as assert from "uvu/assert";
import { CborMap, decodeCbor, encodeCbor } from "../../scripts/cbor.ts";

const roundTrip = suite("encodeCbor() and decodeCbor()");

roundTrip("should round-trip the shapes Pagefind writes", () => {
  const map = new CborMap([["k", 1]]);
  const value = ["1.5.2", [["en_8f4f652", 447], ["en_6efac57", 70000]], [["year", "en_12f386e"]], [], ["title"], -3, true, null, map, "Türkiye"];
  const decoded = decodeCbor(encodeCbor(value));
  assert.equal(JSON.stringify(decoded, (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v)), JSON.stringify(value, (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v)));
});

roundTrip("should encode integers in their shortest form", () => {
  assert.equal([...encodeCbor(23)], [0x17]);
  assert.equal([...encodeCbor(24)], [0x18, 24]);
  assert.equal([...encodeCbor(500)], [0x19, 0x01, 0xf4]);
});

roundTrip("should refuse trailing bytes", () => {
  assert.throws(() => decodeCbor(Uint8Array.from([0x01, 0x02])), /trailing/);
});

roundTrip.run();
