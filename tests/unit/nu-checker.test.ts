import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { JAVA_INSTALL_HINT, nuErrors } from "../helpers/nu-checker.ts";

const SITE = join(import.meta.dirname, "../fixtures/nu/site");

const nu = suite("nuErrors()");

nu("should report an invalid page's error at its line, and nothing for a valid page", () => {
  const errors = nuErrors([SITE]);
  if (!errors) {
    if (process.env.CI) throw new Error(`Java not found (${JAVA_INSTALL_HINT}); CI needs the Nu HTML Checker`);
    return console.warn(`\n!!! SKIPPING the Nu HTML Checker: Java not found (${JAVA_INSTALL_HINT}) !!!\n`);
  }
  assert.is(errors.length, 1, errors.join("\n"));
  assert.match(errors[0]!, /^site\/bad\/index\.html:5:\d+: The text content of element “time” was not in the required format/);
});

nu.run();
