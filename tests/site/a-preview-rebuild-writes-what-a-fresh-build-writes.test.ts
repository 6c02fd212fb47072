// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildDossier, buildMemo, type BuildOptions } from "../../scripts/pipeline.ts";
import { DOSSIER_DATA, DOSSIER_SEEDS, FIXED_EPOCH } from "../helpers/build.ts";

// `npm start` builds again in the same process, keeping each unchanged source's reading (scripts/extract/memo.ts) and
// asking Eleventy to read every page afresh. After an analyst edits one seed, that rebuild must write the very site a
// build from scratch writes: nothing kept may be stale, and nothing a build does may change what is kept.
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

test("should write, after one seed is edited, the same site as a build without a memo", async () => {
  const memo = buildMemo();
  await buildDossier({ ...options("first"), memo });
  const seed = readdirSync(seeds).filter((name) => name.endsWith(".txt")).sort()[0]!;
  appendFileSync(join(seeds, seed), "\nA closing paragraph, added between two builds of the preview.\n");
  const warm = await buildDossier({ ...options("warm"), memo });
  assert.equal(memo.extract.last, { read: 1, kept: readdirSync(seeds).filter((name) => name.endsWith(".txt")).length - 1 });
  const fresh = await buildDossier(options("fresh"));
  assert.is(warm.exitCode, fresh.exitCode);
  const [warmTree, freshTree] = [digestTree(join(dir, "warm")), digestTree(join(dir, "fresh"))];
  assert.ok(Object.keys(warmTree).length > 20, "a whole site was built");
  assert.equal(warmTree, freshTree);
  // The edited page shows the edit: Eleventy did not serve the page from its cache of the first build's files.
  const pages = Object.keys(warmTree).filter((path) => /^sources\/[^/]+\/index\.html$/.test(path));
  assert.ok(pages.some((page) => readFileSync(join(dir, "warm", page), "utf8").includes("added between two builds of the preview")), "the edit is on its source page");
});

test.run();
