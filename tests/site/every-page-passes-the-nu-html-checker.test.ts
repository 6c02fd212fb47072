import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../helpers/build.ts";
import { JAVA_INSTALL_HINT, nuErrors } from "../helpers/nu-checker.ts";

// The W3C's Nu HTML Checker on every page of the dossier (the hostile corpus has a file of its own):
// it checks what html-validate does not (content models, attribute formats such as <time datetime>).
test("should give 0 errors from the Nu HTML Checker on every page", () => {
  const site = buildSite();
  assert.ok(site.report.sourcesWritten > 0, `the build wrote no sources:\n${site.stdout}`);
  const errors = nuErrors([site.out]);
  if (!errors) {
    if (process.env.CI) throw new Error(`Java not found (${JAVA_INSTALL_HINT}); CI needs the Nu HTML Checker`);
    return console.warn(`\n!!! SKIPPING the Nu HTML Checker: Java not found (${JAVA_INSTALL_HINT}) !!!\n`);
  }
  assert.equal(errors, []);
});

test.run();
