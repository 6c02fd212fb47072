import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveSite } from "../helpers/build.ts";
import { hostileSite } from "../helpers/hostile-seeds.ts";
import { invalidHtml } from "../helpers/validate.ts";

test("should build every page as valid HTML", async () => {
  const { pages, problems } = await invalidHtml(liveSite().out);
  assert.ok(pages >= 10);
  assert.equal(problems, []);
});

test("should build every page as valid HTML from hostile seeds too (markup, odd names, huge lines)", async () => {
  const { pages, problems } = await invalidHtml(hostileSite().out);
  assert.ok(pages >= 30);
  assert.equal(problems, []);
});

test.run();
