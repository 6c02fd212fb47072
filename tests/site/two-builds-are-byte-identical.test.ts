import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, opendirSync, readFileSync, rmSync, symlinkSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, REPO, repoFiles, type BuiltSite } from "../helpers/build.ts";
import { writeHostileSeeds } from "../helpers/hostile-seeds.ts";

/**
 * A copy of the working tree as a clone would have it (tracked and new files, nothing git ignores) in `dir`, with the
 * installed node_modules linked in. The seeds folder holds the real seeds and the hostile corpus, created in the order given.
 */
function copyRepo(dir: string, options: { reverse: boolean; mtime?: Date; seedsIn?: string }): string {
  const files = repoFiles().filter((f) => !f.startsWith("seeds/"));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      copyFileSync(join(REPO, file), join(dir, file));
    } catch {
      continue; // deleted in the working tree but not yet in the index
    }
    if (options.mtime) utimesSync(join(dir, file), options.mtime, options.mtime);
  }
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"));
  // The seeds may live on another file system (linked in as seeds/), whose listing order differs.
  const parent = options.seedsIn ?? dir;
  if (options.seedsIn) symlinkSync(join(parent, "seeds"), join(dir, "seeds"));
  const real = readdirSync(join(REPO, "seeds")).sort();
  mkdirSync(join(parent, "seeds"), { recursive: true });
  for (const name of options.reverse ? real.reverse() : real) copyFileSync(join(REPO, "seeds", name), join(parent, "seeds", name));
  writeHostileSeeds(parent, { reverse: options.reverse });
  return dir;
}

function digestTree(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => join(e.parentPath, e.name))
      .map((path) => [relative(root, path), createHash("sha256").update(readFileSync(path)).digest("hex")] as [string, string])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

// ext4 lists a folder in name-hash order whatever the creation order; tmpfs lists newest first. Using both varies the order.
const TMPFS = "/dev/shm";
const firstRoot = mkdtempSync(join(tmpdir(), "clone-a-"));
const secondRoot = mkdtempSync(join(tmpdir(), "clone-b-"));
const secondSeeds = existsSync(TMPFS) ? mkdtempSync(join(TMPFS, "clone-b-seeds-")) : undefined;
const first = copyRepo(firstRoot, { reverse: false });
const second = join(secondRoot, "a deeper folder, with spaces", "dossier");
mkdirSync(second, { recursive: true });
copyRepo(second, { reverse: true, mtime: new Date("2001-09-09T01:46:40Z"), seedsIn: secondSeeds });

const built: BuiltSite[] = [];

test.after(() => {
  for (const dir of [firstRoot, secondRoot, secondSeeds, ...built.map((site) => site.dir)]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Names in the order the file system lists them (Node's readdir sorts them; opendir does not). */
function listingOrder(dir: string): string[] {
  const handle = opendirSync(dir);
  const names: string[] = [];
  for (let entry = handle.readSync(); entry; entry = handle.readSync()) names.push(entry.name);
  handle.closeSync();
  return names;
}

test("should list the two seeds folders in different orders, so the builds cannot rely on listing order", () => {
  const a = listingOrder(join(first, "seeds"));
  const b = listingOrder(join(second, "seeds"));
  assert.equal([...a].sort(), [...b].sort());
  assert.not.equal(a, b, "this file system lists both folders alike; the test could not vary the listing order");
});

test("should build byte-identical _site trees, Pagefind's files included, in two folders, time zones and locales", () => {
  const seeds = (repo: string) => join(repo, "seeds");
  // PDFs repeat byte for byte too; the browser tests print and compare them.
  const a = buildSite({ repo: first, seeds: seeds(first), pdf: "never", env: { TZ: "UTC", LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } });
  // The second site is written to tmpfs too, so Pagefind walks it in another order.
  const b = buildSite({ repo: second, seeds: seeds(second), tmp: secondSeeds, pdf: "never", env: { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" } });
  built.push(a, b);
  assert.ok(a.report.sourcesWritten > 30, `only ${a.report.sourcesWritten} sources`);
  const treeA = digestTree(a.out);
  const treeB = digestTree(b.out);
  assert.ok([...treeA.keys()].some((path) => path.startsWith("pagefind/filter/")), "no Pagefind filter files to compare");
  assert.ok([...treeA.keys()].some((path) => path.startsWith("pagefind/fragment/")), "no Pagefind fragments to compare");
  assert.equal([...treeB.keys()], [...treeA.keys()]);
  const differing = [...treeA].filter(([path, hash]) => treeB.get(path) !== hash).map(([path]) => path);
  assert.equal(differing, []);
});

test.run();
