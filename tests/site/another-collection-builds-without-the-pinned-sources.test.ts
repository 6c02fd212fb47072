// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writtenBriefs } from "../helpers/briefs.ts";
import { buildSite, DOSSIER_DATA, readPage, REPO } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

// Another collection of seeds (two invented articles) with the frozen catalogue, whose analyst pins two passages of a
// source this collection lacks and one of another, and four of whose agreements no article here reports.
const seeds = join(REPO, "tests/fixtures/briefs/new-articles");
const site = buildSite({ seeds, data: DOSSIER_DATA, pdf: "never" });
const MISSING = "turkey-qatar-sign-military-cooperation-agreement-with-libyan";
const ALSO_MISSING = "media-turkiye-takes-bold-step-toward-libyan-unity";

test("should exit 0 with a warning at each pin to a source not in the build, and leave that fact out", () => {
  assert.is(site.status, 0, site.stdout);
  const pins = site.report.diagnostics.filter((d) => d.rule === "pin-missing-source");
  assert.equal(pins.map((d) => [d.severity, d.file.endsWith("tests/fixtures/dossier/data/agreements.yaml"), d.line > 1]), [["warning", true, true], ["warning", true, true], ["warning", true, true]]);
  assert.equal(pins.map((d) => /names source "([^"]+)", which is not in this build/.exec(d.message)?.[1]), [MISSING, MISSING, ALSO_MISSING]);
  const qatar = writtenBriefs(site).get("qatar-tripartite-2020")!;
  assert.equal(qatar.claims.map((c) => c.id), ["date"]);
  assert.equal(qatar.claims[0]!.citations, []);
  assert.not.match(readPage(site, "/briefs/qatar-tripartite-2020/"), MISSING);
  assert.not.match(readPage(site, "/briefs/lna-2025/"), ALSO_MISSING);
});

test("should still write the brief of every agreement no article reports, saying so, with a warning for each", () => {
  const unreported = site.report.diagnostics.filter((d) => d.rule === "brief-unreported");
  assert.equal(unreported.map((d) => d.message.split(":")[0]), ['agreement "mou-2019-security"', 'agreement "mou-2019-maritime"', 'agreement "qatar-tripartite-2020"', 'agreement "lna-2025"']);
  assert.ok(unreported.every((d) => d.severity === "warning" && d.line > 1));
  for (const id of ["mou-2019-security", "mou-2019-maritime", "qatar-tripartite-2020", "lna-2025"]) {
    const text = textOf(readPage(site, `/briefs/${id}/`));
    assert.match(text, "No source in this build reports this agreement.");
  }
  assert.match(textOf(readPage(site, "/briefs/mou-2019-security/")), "Date not known: no source in this build reports the agreement");
});

test("should fail the same build under --strict, where warnings are errors", () => {
  const strict = buildSite({ seeds, data: DOSSIER_DATA, strict: true, pdf: "never" });
  assert.is(strict.status, 1);
  assert.match(strict.stdout, "(strict: warnings fail the build)");
});

test.run();
