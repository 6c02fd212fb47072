// Frozen inputs only: the hostile corpus (tests/fixtures/hostile and what its helper writes), so an analyst's day cannot change it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { hostileSite } from "../helpers/hostile-seeds.ts";
import { invalidHtml } from "../helpers/validate.ts";

test("should build every page as valid HTML from hostile seeds too (markup, odd names, huge lines)", async () => {
  const { pages, problems } = await invalidHtml(hostileSite().out);
  assert.ok(pages >= 30);
  assert.equal(problems, []);
});

test.run();
