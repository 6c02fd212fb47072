// Frozen inputs only: a catalogue broken on purpose beside the frozen dossier (tests/fixtures/dossier), so an analyst's day cannot change it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DOSSIER_DATA, fixtureDossier, REPO, type BuiltSite } from "../helpers/build.ts";

const FIXTURE = readFileSync(join(DOSSIER_DATA, "agreements.yaml"), "utf8");

/** The frozen catalogue with each `[from, to]` replaced, in a file of its own; fails loudly if the fixture changed. */
function catalogue(...replacements: Array<[string, string]>): string {
  let text = FIXTURE;
  for (const [from, to] of replacements) {
    assert.ok(text.includes(from), `the fixture catalogue no longer holds: ${from}`);
    text = text.replace(from, to);
  }
  const file = join(mkdtempSync(join(tmpdir(), "catalogue-")), "agreements.yaml");
  writeFileSync(file, text);
  return file;
}

const lineOf = (file: string, fragment: string) => readFileSync(file, "utf8").split("\n").findIndex((l) => l.includes(fragment)) + 1;
const sourcePages = (out: string) => readdirSync(join(out, "sources"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const briefPages = (site: BuiltSite) => readdirSync(join(site.out, "briefs"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

test("should report three different mistakes at their lines, exit 1, and still build every other brief", () => {
  const file = catalogue(
    ["    context: >-\n      Signed alongside the security memorandum", "    background: >-\n      Signed alongside the security memorandum"],
    ["window: { from: 2025-06-15, to: 2025-08-15 }", "window: { from: October 2022, to: 2022-31-12 }"],
    ["parties: [turkiye, lna]", "parties: [turkiye, lnaa]"],
  );
  const site = fixtureDossier({ catalogue: file });
  assert.is(site.status, 1, site.stdout);
  const shown = relative(REPO, file);
  const errors = site.report.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line} ${d.rule} ${d.message.split(";")[0]}`);
  assert.equal(errors, [
    `${shown}:${lineOf(file, "- id: mou-2019-maritime")} data-schema agreement "mou-2019-maritime" needs \`context\``,
    `${shown}:${lineOf(file, "background:")} data-schema agreement "mou-2019-maritime" has an unknown field \`background\``,
    `${shown}:${lineOf(file, "October 2022")} data-schema agreement "gnu-2025": \`recognise.window.from\` must be an ISO date (2019, 2019-11 or 2019-11-27), not "October 2022"`,
    `${shown}:${lineOf(file, "October 2022")} data-schema agreement "gnu-2025": \`recognise.window.to\` must be an ISO date (2019, 2019-11 or 2019-11-27), not "2022-31-12"`,
    `${shown}:${lineOf(file, "lnaa")} data-reference agreement "lna-2025": \`parties[1]\` names entity "lnaa", which is not in gazetteer.yaml`,
  ]);
  assert.equal(briefPages(site), ["mou-2019-security", "qatar-tripartite-2020"]);
  assert.is(sourcePages(site.out).length, 5);
  for (const line of ["needs `context`", "October 2022", "lnaa"]) assert.match(site.stdout, line);
});

test("should report a YAML syntax error at its line and column, skip the briefs and still build every source", () => {
  const file = catalogue(["    title: Türkiye–GNA maritime", "    title: [unclosed Türkiye–GNA maritime"]);
  const site = fixtureDossier({ catalogue: file });
  assert.is(site.status, 1);
  const reported = site.stdout.split("\n").filter((l) => l.includes("[data-yaml]"));
  assert.ok(reported.length >= 1, site.stdout);
  assert.ok(reported[0]!.startsWith(`${relative(REPO, file)}:`), reported[0]);
  assert.match(reported[0]!, /:\d+:\d+: error invalid YAML/);
  assert.is(sourcePages(site.out).length, 5);
  assert.not.ok(existsSync(join(site.out, "briefs/qatar-tripartite-2020/index.html")));
  assert.not.match(site.stdout, /at \w+ \(|TypeError|node:internal/);
});

test.run();
