import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../helpers/build.ts";

function digestTree(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => join(e.parentPath, e.name))
      .map((path) => [relative(root, path), createHash("sha256").update(readFileSync(path)).digest("hex")] as [string, string])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

test("should produce byte-identical _site trees from the same seeds", () => {
  const first = buildSite();
  const second = buildSite({ tag: "second", env: { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" } });
  const a = digestTree(first.out);
  const b = digestTree(second.out);
  assert.equal([...b.keys()], [...a.keys()]);
  const differing = [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path);
  assert.equal(differing, []);
});

test.run();
