import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, REPO, sourcePagesBySeed } from "../helpers/build.ts";
import { hostileSeeds } from "../helpers/hostile-seeds.ts";

const warningsOnly = join(REPO, "tests/fixtures/warnings-only");

test("should exit 0 when the seeds give only warnings, and still list the warnings", () => {
  const site = buildSite({ seeds: warningsOnly });
  assert.is(site.status, 0, site.stdout);
  assert.ok(site.report.diagnostics.some((d) => d.severity === "warning" && d.rule === "sidecar-unknown-field"));
  assert.not.ok(site.report.diagnostics.some((d) => d.severity === "error"));
  assert.match(site.stdout, "clean.txt.meta.yaml:2:1: warning unknown field \"publisher\" ignored");
  assert.ok(sourcePagesBySeed(site).has("clean.txt"));
});

test("should exit non-zero on the same warnings under --strict, and still build every page", () => {
  const site = buildSite({ seeds: warningsOnly, strict: true });
  assert.is(site.status, 1, site.stdout);
  assert.is(site.report.exitCode, 1);
  assert.match(site.stdout, "(strict: warnings fail the build)");
  assert.ok(sourcePagesBySeed(site).has("clean.txt"));
});

test("should exit non-zero on errors without --strict", () => {
  const site = buildSite({ seeds: hostileSeeds() });
  assert.is(site.status, 1);
  assert.ok(site.report.diagnostics.some((d) => d.severity === "error"));
});

test("should exit 0 on the real seeds under --strict, as CI builds them", () => {
  const site = buildSite({ strict: true });
  assert.is(site.status, 0, site.stdout);
  assert.equal(site.report.diagnostics.filter((d) => d.severity !== "info"), []);
});

test.run();
