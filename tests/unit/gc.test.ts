import { suite } from "uvu";
import * as assert from "uvu/assert";
import { collectGarbage } from "../../scripts/gc.ts";

/** Makes some 20 MB of records and drops them: the heap before, and as it grew. */
function garbage(): { before: number; grown: number } {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let held: Array<{ i: number; s: string }> | undefined = Array.from({ length: 400_000 }, (_, i) => ({ i, s: `entry ${i}` }));
  const grown = process.memoryUsage().heapUsed;
  assert.ok(grown - before > 20e6 && held.length === 400_000, "the records take room");
  held = undefined;
  return { before, grown };
}

const gc = suite("collectGarbage()");
gc("should free what nothing holds any more, at once", () => {
  const { before, grown } = garbage();
  collectGarbage();
  assert.ok(process.memoryUsage().heapUsed - before < (grown - before) / 4, "most of it is freed");
});
gc("should leave a heap smaller than it is told to collect alone", () => {
  const { before, grown } = garbage();
  collectGarbage(grown + 1e9);
  assert.ok(process.memoryUsage().heapUsed - before > (grown - before) / 2, "the garbage is still there");
  collectGarbage(grown / 2);
  assert.ok(process.memoryUsage().heapUsed - before < (grown - before) / 4, "a heap over the size is collected");
});
gc.run();
