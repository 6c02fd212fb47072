// Frozen inputs only: copies of the frozen dossier (tests/fixtures/dossier), so an analyst's day cannot change it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DOSSIER_DATA, DOSSIER_SEEDS, REPO } from "../helpers/build.ts";

/** `npm run check` as the analyst runs it, on a seeds folder and a data folder. */
function check(seeds: string, data: string, ...more: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(REPO, "scripts/check.ts"), "--seeds", seeds, "--data", data, ...more], { cwd: REPO, encoding: "utf8" });
  return { status: run.status, out: run.stdout + run.stderr };
}

test("should pass the frozen dossier, counting its sources and briefs", () => {
  const { status, out } = check(DOSSIER_SEEDS, DOSSIER_DATA, "--strict");
  assert.is(status, 0, out);
  assert.match(out, "checked: 5 sources · 5 briefs · errors: 0 · warnings: 0");
});

test("should report faulty data at its lines and exit 1, writing nothing", () => {
  const root = mkdtempSync(join(tmpdir(), "check-"));
  const [seeds, data] = [join(root, "seeds"), join(root, "data")];
  cpSync(DOSSIER_SEEDS, seeds, { recursive: true });
  cpSync(DOSSIER_DATA, data, { recursive: true });
  const catalogue = join(data, "agreements.yaml");
  writeFileSync(catalogue, readFileSync(catalogue, "utf8").replace("window: { from: 2025-06-15, to: 2025-08-15 }", "window: { from: October 2022, to: 2025-08-15 }"));
  const before = readdirSync(root, { recursive: true }).sort();
  const { status, out } = check(seeds, data);
  assert.is(status, 1, out);
  assert.match(out, /agreements\.yaml:\d+:23: error agreement "gnu-2025": `recognise\.window\.from` must be an ISO date/);
  assert.match(out, "checked: 5 sources · 4 briefs · errors: 1");
  assert.equal(readdirSync(root, { recursive: true }).sort(), before);
  assert.not.ok(existsSync(join(root, "_site")));
});

test.run();
