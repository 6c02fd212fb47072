import { suite } from "uvu";
import * as assert from "uvu/assert";
import { workEach } from "../../scripts/kept-work.ts";

const each = suite("workEach()");
each("should work out each new key once, take kept ones, and keep exactly this build's items", () => {
  const worked: string[] = [];
  const kept = new Map<string, string>([["a", "A (kept)"], ["stale", "gone"]]);
  const { results, last } = workEach(["a", "b", "b"], (x) => x, kept, (x) => (worked.push(x), x.toUpperCase()));
  assert.equal(results, ["A (kept)", "B", "B"]);
  assert.equal(worked, ["b"], "a repeated key of the same build is worked out once");
  assert.equal(last, { read: 1, kept: 2 });
  assert.equal([...kept.keys()], ["a", "b"]);
});
each.run();
