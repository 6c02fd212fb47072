// Frozen inputs only: seeds and catalogues under tests/fixtures. (That the live dossier builds under --strict is CI's first step, and the analyst's-day copy's.)
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, REPO, sourcePagesBySeed } from "../helpers/build.ts";
import { hostileSite } from "../helpers/hostile-seeds.ts";

const warningsOnly = join(REPO, "tests/fixtures/warnings-only");
const notesOnly = join(REPO, "tests/fixtures/notes-only");
// No agreement to report, so that no brief warns: the seeds' own diagnostics are the only ones.
const noAgreements = join(REPO, "tests/fixtures/no-agreements.yaml");

test("should exit 0 when the seeds give only warnings, and still list the warnings", () => {
  const site = buildSite({ seeds: warningsOnly, catalogue: noAgreements, pdf: "never" });
  assert.is(site.status, 0, site.stdout);
  assert.ok(site.report.diagnostics.some((d) => d.severity === "warning" && d.rule === "sidecar-unknown-field"));
  assert.not.ok(site.report.diagnostics.some((d) => d.severity === "error"));
  assert.match(site.stdout, "clean.txt.meta.yaml:2:1: warning unknown field \"publisher\" ignored");
  assert.ok(sourcePagesBySeed(site).has("clean.txt"));
});

test("should exit non-zero on the same warnings under --strict, and still build every page", () => {
  const site = buildSite({ seeds: warningsOnly, catalogue: noAgreements, pdf: "never", strict: true });
  assert.is(site.status, 1, site.stdout);
  assert.is(site.report.exitCode, 1);
  assert.match(site.stdout, "(strict: warnings fail the build)");
  assert.equal(site.report.diagnostics.filter((d) => d.severity === "warning").map((d) => d.rule), ["sidecar-unknown-field"]);
  assert.ok(sourcePagesBySeed(site).has("clean.txt"));
});

test("should exit 0 under --strict when an article honestly lacks its metadata, noting each missing field", () => {
  const site = buildSite({ seeds: notesOnly, catalogue: noAgreements, pdf: "never", strict: true });
  assert.is(site.status, 0, site.stdout);
  const notes = site.report.diagnostics.filter((d) => d.rule === "meta-missing");
  assert.equal(notes.map((d) => [d.severity, d.message.split(";")[0]]), [
    ["info", "the text gives no author or byline"],
    ["info", "the text gives no headline"],
    ["info", "the text gives no original URL"],
    ["info", "the text gives no outlet"],
    ["info", "the text gives no publication date"],
  ]);
  assert.ok(sourcePagesBySeed(site).has("bare.txt"));
});

test("should exit non-zero on errors without --strict", () => {
  const site = hostileSite();
  assert.is(site.status, 1);
  assert.ok(site.report.diagnostics.some((d) => d.severity === "error"));
});

test.run();
