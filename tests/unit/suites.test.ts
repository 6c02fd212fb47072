// Keeps every test alive: uvu ignores a test registered after its suite has run, so such a test can never fail.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";

const TESTS = resolve(import.meta.dirname, "..");

/** The tests of a file registered on a suite after that suite's `.run()`, as "file:line name". */
function lateRegistrations(file: string, text: string): string[] {
  const lines = text.split("\n");
  const ran = new Map<string, number>();
  const late: string[] = [];
  lines.forEach((line, i) => {
    const run = /^(\w+)\.run\(\)/.exec(line);
    if (run) ran.set(run[1]!, i);
    const test = /^(\w+)(?:\.(?:only|skip))?\(\s*["'`]/.exec(line);
    if (test && ran.has(test[1]!)) late.push(`${file}:${i + 1} ${test[1]}`);
  });
  return late;
}

const late = suite("lateRegistrations()");
late("should find a test registered after its suite ran, and none in a well-kept file", () => {
  assert.equal(lateRegistrations("x.test.ts", 'const a = suite("a");\na("one", () => {});\na.run();\na("two", () => {});\n'), ["x.test.ts:4 a"]);
  assert.equal(lateRegistrations("y.test.ts", 'const a = suite("a");\na("one", () => {});\na.run();\nconst b = suite("b");\nb("two", () => {});\nb.run();\n'), []);
});
late("should find no such test anywhere under tests/", () => {
  const files = ["unit", "site", "browser"].flatMap((dir) => readdirSync(join(TESTS, dir)).filter((f) => f.endsWith(".ts")).map((f) => join(dir, f)));
  assert.ok(files.length > 50, "the test folders were read");
  assert.equal(files.flatMap((f) => lateRegistrations(f, readFileSync(join(TESTS, f), "utf8"))), []);
});
late.run();
