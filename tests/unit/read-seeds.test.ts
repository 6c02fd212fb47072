import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readSeeds } from "../../scripts/ingest/read-seeds.ts";

const read = suite("readSeeds()");

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), "seeds-"));
  const dir = join(root, "seeds");
  mkdirSync(dir);
  writeFileSync(join(root, "outside.txt"), "secret");
  writeFileSync(join(dir, "b.txt"), "B");
  writeFileSync(join(dir, "a b ü.txt"), "A");
  writeFileSync(join(dir, "a b ü.txt.meta.yaml"), "outlet: X\n");
  writeFileSync(join(dir, "orphan.txt.meta.yaml"), "outlet: X\n");
  writeFileSync(join(dir, ".hidden"), "H");
  symlinkSync(join(root, "outside.txt"), join(dir, "link.txt"));
  symlinkSync(join(dir, "b.txt"), join(dir, "inside-link.txt"));
  return dir;
}

read("should list seeds in code-point order with their sidecars, whatever the file system's order", async () => {
  const dir = folder();
  const { seeds } = await readSeeds(dir, dir);
  assert.equal(seeds.map((s) => s.name), ["a b ü.txt", "b.txt", "inside-link.txt"]);
  assert.is(seeds[0]!.sidecar?.text, "outlet: X\n");
});

read("should refuse a link out of the folder, note hidden files and orphan sidecars, naming each file", async () => {
  const dir = folder();
  const { diagnostics } = await readSeeds(dir, dir);
  assert.equal(diagnostics.map((d) => [d.file, d.severity, d.rule]), [
    [".hidden", "info", "seed-hidden"],
    ["link.txt", "error", "seed-symlink"],
    ["orphan.txt.meta.yaml", "warning", "sidecar-orphan"],
  ]);
});

read.run();
