// Frozen inputs only: the frozen dossier (tests/fixtures/dossier), built with no Chromium to be found, so an analyst's day cannot change it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureDossier } from "../helpers/build.ts";

const NO_CHROMIUM = { CHROME_PATH: "/nonexistent/chromium" };

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

test("should build the site without Chromium, with a note naming the install command and no PDF links", () => {
  const site = fixtureDossier({ pdf: "auto", env: NO_CHROMIUM });
  assert.is(site.status, 0, site.stdout);
  const note = site.report.diagnostics.find((d) => d.rule === "pdf-chromium");
  assert.ok(note, "the report says why there are no PDFs");
  assert.is(note!.severity, "info");
  assert.match(note!.message, /apt-get install -y chromium/);
  assert.not.ok(existsSync(join(site.out, "pdf")), "no pdf folder");
  const linking = htmlFiles(site.out).filter((file) => /href="[^"]*\.pdf"/.test(readFileSync(file, "utf8")));
  assert.equal(linking, []);
});

test("should fail `npm run pdf` without Chromium, naming the command that installs it", () => {
  const site = fixtureDossier({ pdf: "always", env: NO_CHROMIUM });
  assert.is(site.status, 1);
  assert.match(site.stdout, /error cannot print the PDFs\. Chromium not found: install it with `apt-get install -y chromium`/);
});

test.run();
