import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, REPO } from "../helpers/build.ts";

const REAL = readFileSync(join(REPO, "content/_data/agreements.yaml"), "utf8");

function catalogue(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "catalogue-")), "agreements.yaml");
  writeFileSync(file, text);
  return file;
}

function sourcePages(out: string): string[] {
  return readdirSync(join(out, "sources"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
}

test("should report a YAML syntax error at its line and column, skip the briefs and still build every source", () => {
  const lines = REAL.split("\n");
  const at = lines.findIndex((l) => /^\s+title:/.test(l));
  lines[at] = `${lines[at]!.replace(/title:.*/, "title: [unclosed")}`;
  const file = catalogue(lines.join("\n"));
  const site = buildSite({ catalogue: file });
  assert.is(site.status, 1);
  const shown = relative(REPO, file);
  const reported = site.stdout.split("\n").filter((l) => l.includes("[data-yaml]"));
  assert.ok(reported.length >= 1, site.stdout);
  assert.ok(reported[0]!.startsWith(`${shown}:`), reported[0]);
  assert.match(reported[0]!, /:\d+:\d+: error invalid YAML/);
  assert.is(sourcePages(site.out).length, 5);
  assert.not.ok(existsSync(join(site.out, "briefs/qatar-tripartite-2020/index.html")));
  assert.not.match(site.stdout, /at \w+ \(|TypeError|node:internal/);
});

test("should name the agreement and the field when a required field is missing", () => {
  const file = catalogue(REAL.replace(/^(\s+)parties:.*\n(\1  - .*\n)*/m, ""));
  const site = buildSite({ catalogue: file });
  assert.is(site.status, 1);
  const reported = site.stdout.split("\n").filter((l) => l.includes("[data-shape]"));
  assert.is(reported.length, 1, site.stdout);
  assert.match(reported[0]!, /:\d+:\d+: error agreement "[a-z0-9-]+" needs `parties` as a list; the briefs are not built until it is fixed \[data-shape\]$/);
  assert.is(sourcePages(site.out).length, 5);
});

test.run();
