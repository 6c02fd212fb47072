// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DOSSIER_DATA, fixtureDossier } from "../helpers/build.ts";

const PINNED = "The deal, which was announced yesterday by Libyan Deputy Defense Minister Salam Al-Namroush";

/** The frozen dossier's catalogue with one change: the analyst's pinned quote for the Qatar deal's date misquotes its source. */
function corruptedCatalogue(): string {
  const text = readFileSync(join(DOSSIER_DATA, "agreements.yaml"), "utf8");
  assert.ok(text.includes(PINNED), "the catalogue no longer pins the quote this test corrupts");
  const file = join(mkdtempSync(join(tmpdir(), "catalogue-")), "agreements.yaml");
  writeFileSync(file, text.replace(PINNED, "The deal, which was announced last week by Libyan Deputy Defense Minister Salam Al-Namroush"));
  return file;
}

test("should fail the strict build at the pin, naming the catalogue's line, when a pinned quote is not in its paragraph, and rest no claim on it", () => {
  const site = fixtureDossier({ catalogue: corruptedCatalogue() });
  assert.is(site.status, 1, site.stdout);
  const lines = site.stdout.split("\n").filter((l) => l.includes("[pin-quote-not-found]"));
  assert.is(lines.length, 1, site.stdout);
  assert.match(lines[0]!, /agreements\.yaml:\d+:\d+: warning agreement "qatar-tripartite-2020": the analyst's pinned citation quotes “The deal, which was announced last week[^”]*” from turkey-qatar-sign-military-cooperation-agreement-with-libyan#p2, which does not hold it/);
  // The brief is written without the misquote, so its own check finds every quote it shows in place.
  assert.not.match(site.stdout, /\[citation\]/);
});

test("should pass the same build when the quote matches its paragraph", () => {
  const site = fixtureDossier();
  assert.is(site.status, 0, site.stdout);
  assert.not.match(site.stdout, /\[citation\]/);
});

test.run();
