// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDiagnostic } from "../../scripts/diagnostics.ts";
import type { Diagnostic } from "../../scripts/model.ts";
import { SHOWN_PER_RULE } from "../../scripts/diagnostics.ts";
import { readPage, sourcePagesBySeed } from "../helpers/build.ts";
import { HOSTILE_CASES, hostileSite, OUTSIDE_SECRET } from "../helpers/hostile-seeds.ts";

const site = hostileSite();
const diagnostics = site.report.diagnostics as Diagnostic[];
const seedPath = (name: string) => diagnostics.find((d) => d.file.endsWith(`/seeds/${name}`))?.file ?? `…/seeds/${name}`;
const about = (name: string) => diagnostics.filter((d) => d.file.endsWith(`/seeds/${name}`));

test("should finish the build with a report, and exit non-zero because some seeds are errors", () => {
  assert.is(site.report.seedsRead > 0, true, site.stdout);
  assert.is(site.status, 1, site.stdout);
  assert.is(site.report.exitCode, 1);
});

test("should give every accepted seed a source page, and no page to a refused one", () => {
  const pages = sourcePagesBySeed(site);
  const missing = HOSTILE_CASES.filter((c) => c.accepted && !pages.has(c.name.normalize("NFC"))).map((c) => c.name);
  const unexpected = HOSTILE_CASES.filter((c) => !c.accepted && pages.has(c.name)).map((c) => c.name);
  assert.equal(missing, [], "accepted seeds without a page");
  assert.equal(unexpected, [], "refused seeds with a page");
  assert.is(pages.size, HOSTILE_CASES.filter((c) => c.accepted).length);
});

test("should list every source page on the sources index and count them in the footer", () => {
  const index = readPage(site, "/sources/");
  const listed = new Set([...index.matchAll(/<li>\s*<a href="(\/sources\/[^"]+\/)"/g)].map((m) => m[1]));
  const pages = readdirSync(join(site.out, "sources"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `/sources/${e.name}/`);
  assert.equal([...listed].sort(), pages.sort());
  assert.match(readPage(site, "/"), `from ${pages.length} sources`);
});

for (const c of HOSTILE_CASES) {
  test(`should report ${JSON.stringify(c.name)} (${c.why}) with exactly the diagnostics it deserves`, () => {
    for (const want of c.expect) {
      const name = (want.file ?? c.name).normalize("NFC");
      const found = about(name).find(
        (d) => d.rule === want.rule && d.severity === want.severity && (want.line === undefined || d.line === want.line) && (want.column === undefined || d.column === want.column),
      );
      assert.ok(found, `${name}: no ${want.severity} [${want.rule}]${want.line ? ` at ${want.line}:${want.column}` : ""}; got:\n${about(name).map(formatDiagnostic).join("\n")}`);
    }
    const files = new Set([c.name, ...c.expect.map((e) => e.file ?? c.name)].map((n) => n.normalize("NFC")));
    // (Less the notes any article may get, whatever its form: metadata it lacks, and no brief citing it.)
    const rules = new Set([...files].flatMap(about).map((d) => d.rule).filter((r) => r !== "meta-missing" && r !== "source-uncited"));
    assert.equal([...rules].sort(), [...new Set(c.expect.map((e) => e.rule))].sort(), `${c.name}: unexpected diagnostics`);
  });
}

test("should name every refused seed in the report with an error, a duplicate warning or a hidden-file note", () => {
  for (const c of HOSTILE_CASES.filter((x) => !x.accepted)) {
    const named = about(c.name).some((d) => ["seed-empty", "seed-binary", "seed-too-large", "seed-symlink", "seed-duplicate", "seed-hidden", "sidecar-orphan"].includes(d.rule));
    assert.ok(named, `${c.name} is refused but the report does not say why`);
  }
});

test("should print on the console, one line each as path:line:col: severity message [rule], the first few of each rule and sum up the rest", () => {
  const lines = new Set(site.stdout.split("\n"));
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
  assert.ok([...byRule.values()].some((list) => list.length > SHOWN_PER_RULE), "no rule has more diagnostics than the console shows");
  for (const [rule, list] of byRule) {
    const unprinted = list.slice(0, SHOWN_PER_RULE).map(formatDiagnostic).filter((line) => !lines.has(line));
    assert.equal(unprinted, [], rule);
    const more = list.length - SHOWN_PER_RULE;
    const summary = [...lines].filter((l) => l.startsWith("and ") && l.includes(`(rule ${rule}),`));
    if (more <= 0) assert.equal(summary, [], rule);
    else assert.equal(summary.map((l) => l.replace(/, see .*\/_site\/build-report\.json$/, ", see …/_site/build-report.json")), [`and ${more} more like this (rule ${rule}), see …/_site/build-report.json`]);
  }
  // A file name with a line break stays on one line, its break shown as \u000A.
  assert.match(formatDiagnostic(about("line\nbreak.txt")[0]!), /^\S*line\\u000Abreak\.txt:1:1: /);
  assert.equal([...lines].filter((l) => l.startsWith("break.txt")), [], "a console line begins inside a file name");
  assert.match(site.stdout, new RegExp(`errors: ${site.report.diagnostics.filter((d) => d.severity === "error").length} · warnings: `));
  assert.ok(seedPath("empty.txt").endsWith("seeds/empty.txt"));
});

test("should never read the file a symbolic link out of the seeds folder points at", () => {
  const files = readdirSync(site.out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const leaking = files.map((e) => join(e.parentPath, e.name)).filter((path) => readFileSync(path).includes(OUTSIDE_SECRET));
  assert.equal(leaking, []);
});

test("should keep the first of two identical seeds and name the other as its duplicate", () => {
  const duplicate = about("duplicate-b.txt").find((d) => d.rule === "seed-duplicate");
  assert.ok(duplicate?.message.includes("duplicate-a.txt"), duplicate?.message);
  assert.ok(sourcePagesBySeed(site).has("duplicate-a.txt"));
});

test.run();
