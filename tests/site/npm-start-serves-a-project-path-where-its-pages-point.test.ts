import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FIXED_EPOCH, REPO } from "../helpers/build.ts";

// `npm start -- --path-prefix /dossier/` previews a GitHub Pages project site: its pages link /dossier/…, so the
// preview must serve them there, or every stylesheet and link of the preview is broken.
const dir = mkdtempSync(join(tmpdir(), "dossier-preview-prefix-"));
const seeds = join(dir, "seeds");
cpSync(join(import.meta.dirname, "../fixtures/preview/seeds"), seeds, { recursive: true });
let preview: ChildProcess | undefined;
let output = "";

test.after(async () => {
  if (preview && preview.exitCode === null) {
    const exited = new Promise((ok) => preview!.once("exit", ok));
    preview.kill("SIGTERM");
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

test("should serve the pages under the path prefix they were built for", async () => {
  preview = spawn(process.execPath, ["--import", "tsx", join(REPO, "scripts/serve.ts"), "--port", "0", "--seeds", seeds, "--work", join(dir, "work"), "--pdf", "never", "--path-prefix", "/dossier/"], {
    cwd: REPO,
    env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH, PATH_PREFIX: "", SITE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  preview.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  preview.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const until = Date.now() + 120_000;
  let base: string | undefined;
  while (!(base = /Serving the dossier at (http:\/\/\S+) /.exec(output)?.[1])) {
    assert.ok(Date.now() < until && preview.exitCode === null, `the preview did not start:\n${output}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.match(base, /^http:\/\/127\.0\.0\.1:\d+\/dossier\/$/);
  const home = await fetch(base);
  assert.is(home.status, 200);
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(await home.text())?.[1];
  assert.is(stylesheet?.startsWith("/dossier/"), true, `stylesheet at ${stylesheet}`);
  assert.is((await fetch(new URL(stylesheet!, base))).status, 200);
});

test.run();
