// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildDossier, buildMemo, type BuildOptions } from "../../scripts/pipeline.ts";
import { DOSSIER_DATA, DOSSIER_SEEDS, FIXED_EPOCH } from "../helpers/build.ts";

// `npm start` builds again in the same process, keeping each unchanged source's reading (scripts/extract/memo.ts),
// asking Eleventy to read every page afresh and carrying the unchanged source pages over from the last build
// (scripts/partial-render.ts). After an analyst edits one seed, that rebuild must write the very site a build from
// scratch writes: nothing kept may be stale, and nothing a build does may change what is kept.
const dir = mkdtempSync(join(tmpdir(), "dossier-memo-"));
const seeds = join(dir, "seeds");
cpSync(DOSSIER_SEEDS, seeds, { recursive: true });
const options = (out: string): BuildOptions => ({
  seedsDir: seeds,
  workDir: join(dir, "work"),
  outDir: join(dir, out),
  dataDir: DOSSIER_DATA,
  strict: false,
  pdf: "never",
  pathPrefix: "/",
  env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH, SITE_URL: "", PATH_PREFIX: "" },
});

function digestTree(root: string): Record<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files.map((e) => join(e.parentPath, e.name)).sort().map((path) => [relative(root, path), createHash("sha256").update(readFileSync(path)).digest("hex")]),
  );
}

test.after(() => rmSync(dir, { recursive: true, force: true }));

const seedNames = () => readdirSync(seeds).filter((name) => name.endsWith(".txt")).sort();
const memo = buildMemo();

test("should write, after one seed is edited, the same site as a build without a memo", async () => {
  await buildDossier({ ...options("first"), memo });
  const seed = seedNames()[0]!;
  appendFileSync(join(seeds, seed), "\nA closing paragraph, added between two builds of the preview.\n");
  // As the preview's worker does: the pages first, with the last build's open data and search bundle, then this build's.
  const firstData = digestTree(join(dir, "first", "data"));
  const warm = await buildDossier({ ...options("warm"), memo, search: "later" });
  assert.ok(warm.finishLater, "the open data and search index were left for after the pages");
  assert.ok(existsSync(join(dir, "warm", "pagefind", "pagefind.js")), "search works while the index is made");
  assert.equal(digestTree(join(dir, "warm", "data")), firstData, "the last build's open data stands in while this one's is written");
  await warm.finishLater!();
  // It stood in by hard link: this build's files were put in its place, not written into it.
  assert.equal(digestTree(join(dir, "first", "data")), firstData, "the last build's open data is as it was");
  assert.not.equal(digestTree(join(dir, "warm", "data")), firstData, "the edit shows in this build's open data");
  assert.equal(memo.extract.last, { read: 1, kept: seedNames().length - 1 });
  // Only the edited source page was rendered again: the others were carried over from the first build, and so were
  // the actor and timeline pages, whose data the edit left as it was (hard links to the first build's files).
  const actorPages = readdirSync(join(dir, "first", "actors"), { recursive: true }).filter((p) => String(p).endsWith("index.html")).length;
  const timelinePages = readdirSync(join(dir, "first", "timeline"), { recursive: true }).filter((p) => String(p).endsWith("index.html")).length;
  assert.is(memo.render?.last.carried, seedNames().length - 1 + actorPages + timelinePages);
  assert.ok(statSync(join(dir, "warm", "actors", "index.html")).nlink > 1, "the actors index was carried over");
  const fresh = await buildDossier(options("fresh"));
  assert.is(warm.exitCode, fresh.exitCode);
  const [warmTree, freshTree] = [digestTree(join(dir, "warm")), digestTree(join(dir, "fresh"))];
  assert.ok(Object.keys(warmTree).length > 20, "a whole site was built");
  assert.equal(warmTree, freshTree);
  // The edited page shows the edit: Eleventy did not serve the page from its cache of the first build's files.
  const pages = Object.keys(warmTree).filter((path) => /^sources\/[^/]+\/index\.html$/.test(path));
  assert.ok(pages.some((page) => readFileSync(join(dir, "warm", page), "utf8").includes("added between two builds of the preview")), "the edit is on its source page");
});

test("should update every listing when an edit changes a headline, while the other source pages are carried over", async () => {
  const seed = seedNames()[1]!;
  const [headline, ...rest] = readFileSync(join(seeds, seed), "utf8").split("\n");
  writeFileSync(join(seeds, seed), [`${headline} (corrected)`, ...rest].join("\n"));
  await (await buildDossier({ ...options("warm-2"), memo, search: "later" })).finishLater?.();
  // The source pages but the edited one are carried; the actor pages, which list passages under their sources' headlines, are not.
  assert.is(memo.render?.last.carried, seedNames().length - 1);
  await buildDossier(options("fresh-2"));
  const [warmTree, freshTree] = [digestTree(join(dir, "warm-2")), digestTree(join(dir, "fresh-2"))];
  assert.equal(warmTree, freshTree);
  assert.ok(readFileSync(join(dir, "warm-2", "sources", "index.html"), "utf8").includes("(corrected)"), "the sources index lists the new headline");
});

test.run();
