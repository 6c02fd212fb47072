// Frozen inputs only: the hostile corpus (tests/fixtures/hostile and what its helper writes), so an analyst's day cannot change it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { hostileSite } from "../helpers/hostile-seeds.ts";
import { JAVA_INSTALL_HINT, nuErrors } from "../helpers/nu-checker.ts";

// The W3C's Nu HTML Checker on every page built from hostile seeds: markup, odd names and huge lines in the seeds
// must still give valid pages.
test("should give 0 errors from the Nu HTML Checker on every page built from hostile seeds", () => {
  const site = hostileSite();
  assert.ok(site.report.sourcesWritten > 0, `the build wrote no sources:\n${site.stdout}`);
  const errors = nuErrors([site.out]);
  if (!errors) {
    if (process.env.CI) throw new Error(`Java not found (${JAVA_INSTALL_HINT}); CI needs the Nu HTML Checker`);
    return console.warn(`\n!!! SKIPPING the Nu HTML Checker: Java not found (${JAVA_INSTALL_HINT}) !!!\n`);
  }
  assert.equal(errors, []);
});

test.run();
