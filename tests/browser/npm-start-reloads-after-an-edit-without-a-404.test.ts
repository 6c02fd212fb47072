import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { FIXED_EPOCH, REPO } from "../helpers/build.ts";

// `npm start` on a copy of a fixture seeds folder: edit a seed, and the open page reloads with the new text while
// every request during the rebuild is answered from the last complete build.
const dir = mkdtempSync(join(tmpdir(), "dossier-preview-test-"));
const seeds = join(dir, "seeds");
cpSync(join(import.meta.dirname, "../fixtures/preview/seeds"), seeds, { recursive: true });

let browser: Browser | undefined;
let preview: ChildProcess | undefined;
let output = "";
let base = "";

test.before(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  preview = spawn(process.execPath, ["--import", "tsx", join(REPO, "scripts/serve.ts"), "--port", "0", "--seeds", seeds, "--work", join(dir, "work"), "--pdf", "never"], {
    cwd: REPO,
    env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH, PATH_PREFIX: "", SITE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  preview.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  preview.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  base = await waitFor(() => /Serving the dossier at (http:\/\/\S+\/) /.exec(output)?.[1], 120_000, "the preview to start");
});

test.after(async () => {
  if (preview && preview.exitCode === null) {
    const exited = new Promise((ok) => preview!.once("exit", ok));
    preview.kill("SIGTERM");
    await exited;
  }
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function waitFor<T>(probe: () => T | undefined, ms: number, what: string): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (preview?.exitCode !== null && preview?.exitCode !== undefined) throw new Error(`the preview exited while waiting for ${what}:\n${output}`);
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}:\n${output}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

test("should listen on 127.0.0.1 by default", () => {
  if (!browser) return;
  assert.match(base, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test("should survive a malformed request and keep serving", async () => {
  if (!browser) return;
  const malformed = await fetch(`${base}%E0%A4%A`);
  assert.is(malformed.status, 404);
  assert.is((await fetch(base)).status, 200);
  assert.is(preview!.exitCode, null);
});

test("should reload the open page after a seed edit, answering every request during the rebuild", async () => {
  if (!browser) return;
  const page = await browser.newPage();
  const sourceUrl = `${base}sources/2019-11-28-turkey-and-libyas-government-of-national-accord-sign/`;
  await page.goto(sourceUrl);
  assert.not.match(await page.locator("article").innerText(), /added while the preview ran/);
  const urls = [base, `${base}sources/`, sourceUrl, `${base}briefs/`, `${base}search/`, `${base}assets/style.css`, `${base}pagefind/pagefind-ui.js`];
  const answers: Array<{ url: string; status: number }> = [];
  let polling = true;
  const poll = (async () => {
    // A request the server does not answer at all (a reset connection) counts as status 0, and fails the test by name.
    while (polling) for (const url of urls) answers.push({ url, status: await fetch(url).then((r) => r.status, () => 0) });
  })();
  await new Promise((ok) => setTimeout(ok, 300));
  const reloaded = page.waitForEvent("load", { timeout: 120_000 });
  const builtBefore = output.split("built in").length;
  const seed = readdirSync(seeds).find((name) => name.startsWith("001_") && name.endsWith(".txt"))!;
  appendFileSync(join(seeds, seed), "\nA closing paragraph added while the preview ran.\n");
  await reloaded;
  polling = false;
  await poll;
  assert.match(await page.locator("article").innerText(), /A closing paragraph added while the preview ran\./);
  assert.ok(output.split("built in").length > builtBefore, "no rebuild was reported");
  // The worker kept the other sources' readings: only the edited seed was read again.
  const sources = readdirSync(seeds).filter((name) => name.endsWith(".txt")).length;
  assert.match(output, `read again: 1 of ${sources} sources`);
  const failed = answers.filter((a) => a.status !== 200).map((a) => `${a.status} ${a.url}`);
  assert.equal(failed, [], "requests during the rebuild that were not answered with the page");
  // The rebuild takes seconds; the requests must have spanned it for the check to mean anything.
  assert.ok(answers.length > 3 * urls.length, `only ${answers.length} requests during the rebuild`);
});

test("should let search find the edit once the rebuild's search index, made after its pages, is in place", async () => {
  if (!browser) return;
  // The pages are served first, with the last build's index; the worker then indexes the new site and says so.
  await waitFor(() => (/open data and search index updated in/.test(output) ? true : undefined), 120_000, "the open data and search index to be updated");
  const page = await browser.newPage();
  await page.goto(`${base}search/?q=${encodeURIComponent("closing paragraph added while the preview ran")}`);
  await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
  const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
  assert.ok(hrefs.some((href) => href.includes("/sources/2019-11-28-turkey-and-libyas-government-of-national-accord-sign/")), `results: ${hrefs.join(", ")}`);
  await page.close();
});

test.run();
