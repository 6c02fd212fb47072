import { suite } from "uvu";
import * as assert from "uvu/assert";
import { consoleLines, countBySeverity, diagnostic, exitCode, formatDiagnostic, sortDiagnostics } from "../../scripts/diagnostics.ts";

const format = suite("formatDiagnostic()");

format("should print path:line:col: severity message [rule]", () => {
  assert.is(formatDiagnostic(diagnostic("seeds/a.txt", "warning", "something is off", "some-rule", 3, 7)), "seeds/a.txt:3:7: warning something is off [some-rule]");
});

format("should keep one diagnostic on one line when a file name holds a line break or other control", () => {
  const line = formatDiagnostic(diagnostic("seeds/a\nb\u2028.txt", "error", "bad\rname", "seed-empty"));
  assert.is(line, "seeds/a\\u000Ab\\u2028.txt:1:1: error bad\\u000Dname [seed-empty]");
});

format.run();

const exit = suite("exitCode()");

exit("should fail on errors, and on warnings only when strict", () => {
  const warning = [diagnostic("a", "warning", "w", "r")];
  assert.is(exitCode(warning, false), 0);
  assert.is(exitCode(warning, true), 1);
  assert.is(exitCode([diagnostic("a", "error", "e", "r")], false), 1);
  assert.is(exitCode([diagnostic("a", "info", "i", "r")], true), 0);
});

exit.run();

const sort = suite("sortDiagnostics()");

sort("should order by file, line and column whatever order they came in", () => {
  const list = [diagnostic("b", "info", "x", "r", 1), diagnostic("a", "warning", "x", "r", 9), diagnostic("a", "error", "x", "r", 2)];
  assert.equal(sortDiagnostics(list).map((d) => `${d.file}:${d.line}`), ["a:2", "a:9", "b:1"]);
});

sort.run();

const count = suite("countBySeverity()");

count("should count each severity", () => {
  assert.equal(countBySeverity([diagnostic("a", "info", "x", "r"), diagnostic("a", "info", "x", "r")]), { error: 0, warning: 0, info: 2 });
});

count.run();

const shown = suite("consoleLines()");

shown("should show the first few of each rule, then how many more and where they all are", () => {
  const many = Array.from({ length: 1000 }, (_, i) => diagnostic(`seeds/${String(i).padStart(4, "0")}.txt`, "info", "the text gives no author", "meta-missing"));
  const list = [diagnostic("a.yaml", "error", "broken", "data-schema", 3, 1), ...many];
  const lines = consoleLines(list, "see _site/build-report.json");
  assert.equal(lines, [
    "a.yaml:3:1: error broken [data-schema]",
    ...many.slice(0, 5).map(formatDiagnostic),
    "and 995 more like this (rule meta-missing), see _site/build-report.json",
  ]);
});

shown("should show every diagnostic of a rule that has only a few", () => {
  const list = [diagnostic("a", "warning", "w", "r"), diagnostic("b", "warning", "w", "r")];
  assert.equal(consoleLines(list, "see x", 2), list.map(formatDiagnostic));
});

shown.run();
