import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MAX_SEED_BYTES } from "../../scripts/ingest/decode.ts";
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

read("should open a file whose name is stored decomposed (NFD), and pair it with its sidecar", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seeds-nfd-"));
  const decomposed = "Türkçe.txt".normalize("NFD");
  writeFileSync(join(dir, decomposed), "Metin");
  writeFileSync(join(dir, `${decomposed}.meta.yaml`), "outlet: X\n");
  const { seeds, diagnostics } = await readSeeds(dir, dir);
  assert.equal(diagnostics, []);
  assert.is(seeds[0]!.name, "Türkçe.txt".normalize("NFC"));
  assert.is(new TextDecoder().decode(seeds[0]!.bytes), "Metin");
  assert.is(seeds[0]!.sidecar?.text, "outlet: X\n");
});

read("should refuse a file over the size limit before reading it, and a sidecar that links out of the folder", async () => {
  const root = mkdtempSync(join(tmpdir(), "seeds-big-"));
  const dir = join(root, "seeds");
  mkdirSync(dir);
  writeFileSync(join(dir, "big.txt"), "");
  truncateSync(join(dir, "big.txt"), MAX_SEED_BYTES + 1);
  writeFileSync(join(dir, "a.txt"), "A");
  writeFileSync(join(root, "secret.yaml"), "outlet: Secret\n");
  symlinkSync(join(root, "secret.yaml"), join(dir, "a.txt.meta.yaml"));
  const { seeds, diagnostics } = await readSeeds(dir, dir);
  assert.equal(seeds.map((s) => [s.name, s.sidecar]), [["a.txt", undefined]]);
  assert.equal(diagnostics.map((d) => [d.file, d.severity, d.rule]), [
    ["a.txt.meta.yaml", "error", "seed-symlink"],
    ["big.txt", "error", "seed-too-large"],
  ]);
});

read("should read the address register beside the seeds, never as a seed and with no note", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seeds-register-"));
  writeFileSync(join(dir, "a.txt"), "A");
  writeFileSync(join(dir, ".addresses.yaml"), "a.txt:\n  id: a\n");
  const { seeds, addresses, diagnostics } = await readSeeds(dir, dir);
  assert.equal(seeds.map((s) => s.name), ["a.txt"]);
  assert.equal(addresses, { path: ".addresses.yaml", text: "a.txt:\n  id: a\n" });
  assert.equal(diagnostics, []);
});

read("should read the history of what changed beside the seeds, never as a seed and with no note", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seeds-history-"));
  writeFileSync(join(dir, "a.txt"), "A");
  writeFileSync(join(dir, ".history.json"), '{"briefs": {}}\n');
  const { seeds, history, diagnostics } = await readSeeds(dir, dir);
  assert.equal(seeds.map((s) => s.name), ["a.txt"]);
  assert.equal(history, { path: ".history.json", text: '{"briefs": {}}\n' });
  assert.equal(diagnostics, []);
});

read("should skip a sidecar that is a folder, with an error, and still read its seed", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seeds-dir-sidecar-"));
  writeFileSync(join(dir, "a.txt"), "A");
  mkdirSync(join(dir, "a.txt.meta.yaml"));
  const { seeds, diagnostics } = await readSeeds(dir, dir);
  assert.equal(seeds.map((s) => [s.name, s.sidecar]), [["a.txt", undefined]]);
  assert.equal(diagnostics.map((d) => [d.file, d.severity, d.rule]), [["a.txt.meta.yaml", "error", "seed-not-file"]]);
});

read.run();
