import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveSite } from "../helpers/build.ts";
import { invalidHtml } from "../helpers/validate.ts";

test("should build every page as valid HTML", async () => {
  const { pages, problems } = await invalidHtml(liveSite().out);
  assert.ok(pages >= 10);
  assert.equal(problems, []);
});

test.run();
