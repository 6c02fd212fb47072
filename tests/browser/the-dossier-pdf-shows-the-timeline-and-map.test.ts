// The whole-dossier PDF of a fixture build carries the timeline and the map, each whole on one page, as legible text.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { chromiumPath, skipWithoutBrowser } from "../helpers/browser.ts";
import { buildGlanceSite } from "../helpers/glance-site.ts";
import { readPdf, squeezed } from "../helpers/pdf.ts";

const hasChromium = Boolean(chromiumPath());
if (!hasChromium) skipWithoutBrowser("AT-A-GLANCE PDF TESTS");

test("should print the timeline and the map in the dossier, each on one page, with every label as text", () => {
  if (!hasChromium) return;
  const site = buildGlanceSite({ pdf: "always" });
  assert.is(site.report.exitCode, 0, site.stdout);
  const pdf = readPdf(join(site.out, "pdf/dossier.pdf"));
  const contents = pdf.pageTexts.find((t) => /Contents/.test(t))!;
  const listed = /At a glance: timeline and map\s+(\d+)/.exec(contents);
  assert.ok(listed, "the contents do not list the timeline and map");
  const timelinePage = pdf.pageTexts[Number(listed![1]) - 1]!;
  const timeline = JSON.parse(readFileSync(join(site.out, "data/timeline.json"), "utf8")) as { events: Array<{ kind: string; label: string; date: string; until: string | null }> };
  // The caption counts what the open data lists, over the years it spans.
  const years = timeline.events.flatMap((e) => [e.date, e.until ?? e.date]).map((d) => d.slice(0, 4)).sort();
  assert.ok(timeline.events.length > 1, "the fixture dossier should date several events");
  assert.match(timelinePage, `Timeline. ${timeline.events.length} dated events, ${years[0]}–${years.at(-1)}.`);
  // Every agreement's label, wrapped or not, is on the timeline's one page: the chart is not cut between pages. (In
  // layout mode a wrapped label's last line may share its line with a year of the axis, so the words are checked.)
  const lines = timelinePage.split("\n").map((l) => l.trim().replace(/^\d{4}\s+/, "")).join(" ");
  for (const e of timeline.events.filter((x) => x.kind === "agreement")) assert.ok(squeezed(lines).includes(squeezed(e.label)), `${e.label} is not on the timeline's page`);
  const mapPage = pdf.pageTexts.find((t) => /Map\. The places the briefs name/.test(t));
  assert.ok(mapPage, "no page carries the map");
  for (const label of ["TÜRKIYE", "LIBYA", "Tripoli", "Misrata", "Benghazi", "Ankara", "Mitiga Military Base"]) {
    assert.is(mapPage!.split(label).length - 1, 1, `${label} should be on the map's page once, as text`);
  }
  // A rendered page that shows the drawing, not a blank: the map's page as an image carries far more than its text.
  const dir = mkdtempSync(join(tmpdir(), "glance-pdf-"));
  const page = pdf.pageTexts.indexOf(mapPage!) + 1;
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", String(page), "-l", String(page), join(site.out, "pdf/dossier.pdf"), join(dir, "map")]);
  const png = join(dir, `map-${String(page).padStart(String(pdf.pages).length, "0")}.png`);
  assert.ok(statSync(png).size > 15_000, `the map's page renders as only ${statSync(png).size} bytes`);
});

test.run();
