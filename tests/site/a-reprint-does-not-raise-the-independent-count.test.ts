// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
// A reprint of an article, and the original of a reprint, add a source to a brief but never an independent one.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, DOSSIER_DATA, DOSSIER_SEEDS, fixtureDossier, readPage, REPO, sourcesBySeed, type BuiltSite } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

const seeds = mkdtempSync(join(tmpdir(), "reprint-seeds-"));
cpSync(DOSSIER_SEEDS, seeds, { recursive: true });
cpSync(join(REPO, "tests/fixtures/reprints"), seeds, { recursive: true, filter: (src) => !src.endsWith("README.md") });
const plain = fixtureDossier();
const reprinted = buildSite({ seeds, data: DOSSIER_DATA, strict: true, pdf: "never" });

/** Each brief's "N sources, M independent", as its Sources section prints it. */
function counts(site: BuiltSite): Map<string, { sources: number; independent: number }> {
  const out = new Map<string, { sources: number; independent: number }>();
  for (const id of ["gnu-2025", "lna-2025", "mou-2019-maritime", "mou-2019-security", "qatar-tripartite-2020"]) {
    const m = /(\d+) sources?, (\d+) independent/.exec(textOf(readPage(site, `/briefs/${id}/`)));
    if (m) out.set(id, { sources: Number(m[1]), independent: Number(m[2]) });
  }
  return out;
}

test("should build both dossiers without errors", () => {
  assert.is(plain.report.exitCode, 0, plain.stdout);
  assert.is(reprinted.report.exitCode, 0, reprinted.stdout);
});

test("should add the reprints as sources without raising any brief's independent count", () => {
  const before = counts(plain);
  const after = counts(reprinted);
  assert.ok(before.size >= 4, `only ${before.size} briefs print their counts`);
  for (const [id, was] of before) {
    const now = after.get(id)!;
    assert.is(now.independent, was.independent, `${id}: ${JSON.stringify(was)} → ${JSON.stringify(now)}`);
  }
  assert.is(after.get("qatar-tripartite-2020")!.sources, before.get("qatar-tripartite-2020")!.sources + 1, "the reprint of 002 is cited in the Qatar brief");
  assert.is(after.get("mou-2019-security")!.sources, before.get("mou-2019-security")!.sources + 1, "The Cradle's original is cited in the security MoU brief");
});

test("should show each reprint's chain on its source page", () => {
  const pages = sourcesBySeed(reprinted);
  const copy = textOf(pages.get("005_memo-reprint.txt")!.html);
  assert.match(copy, /Reprints Middle East Monitor \(C\): “This article was first published by Middle East Monitor\.”/);
  const kcdme = textOf(pages.get("000_d0f4694276c6028d.txt")!.html);
  assert.match(kcdme, /Copied by Kurdistan Center for Democracy in the Middle East from The Cradle \(C\): “Source:https:\/\/thecradle\.co\//);
  assert.match(kcdme, /Credits Al-Monitor \(B\): “Al-Monitor reports” \(\s*paragraph 5\s*\)/);
});

test.run();
