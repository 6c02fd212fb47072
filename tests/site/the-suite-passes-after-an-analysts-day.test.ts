import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { isMap, isSeq, parseDocument, parse } from "yaml";
import { REPO, repoFiles } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

// Adding articles and an agreement the documented way must never break the tests. This copies the repo, does an
// analyst's day in the copy (tests/fixtures/daily-loop: three new articles, a new catalogue entry, a headline added to
// an existing seed's sidecar), then runs CI's strict build and the suites there. Inside that copy this file registers
// no test, so the suite does not copy itself again.
const NESTED = "DOSSIER_SUITE_COPY";
const DAY = join(REPO, "tests/fixtures/daily-loop");
/**
 * The suite run in the copy: the site suite, whose tests read the live dossier, in its two parts side by side (see
 * package.json), as `npm test` runs it. The copy's code is this tree's, byte for byte, so the type check would only
 * repeat itself; so would the unit suite, whose tests read fixtures (the one that checks the live data files finds
 * what the copy's strict build fails on). The browser suite would take CI past its time budget (see the README).
 */
const SUITES = ["test:site:part1", "test:site:part2"];
/** The first line of a site test whose inputs all lie under tests/fixtures: in the copy it would only repeat itself. */
const FROZEN = "// Frozen inputs only:";

/** The site tests marked as reading frozen inputs only, as an uvu --ignore pattern. */
function frozenSiteTests(): { names: string[]; pattern: string } {
  const dir = join(REPO, "tests/site");
  const names = readdirSync(dir).filter((n) => n.endsWith(".test.ts") && readFileSync(join(dir, n), "utf8").startsWith(FROZEN));
  return { names, pattern: `^(?:${names.map((n) => n.replace(/[.]/g, "\\.")).join("|")})$` };
}

/** A copy of the working tree as a clone would have it (tracked and new files, nothing git ignores), node_modules linked in. */
function copyRepo(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "analysts-day-")), "dossier");
  const files = repoFiles();
  for (const file of files) {
    if (!existsSync(join(REPO, file))) continue; // deleted in the working tree but not yet in the index
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(REPO, file), join(dir, file));
  }
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"));
  // A clone, as CI has: the tests that copy the repo list its files with git, and the build date is the last commit's.
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "The dossier as it stands");
  return dir;
}

/** The analyst's catalogue entry, added at the end of the copy's `agreements:` list, comments and all else kept. */
function addAgreement(repo: string): string {
  const path = join(repo, "content/_data/agreements.yaml");
  const doc = parseDocument(readFileSync(path, "utf8"));
  const entry = parse(readFileSync(join(DAY, "agreement.yaml"), "utf8")) as { id: string };
  const list = doc.get("agreements", true);
  assert.ok(isSeq(list), "the catalogue has no agreements list");
  list.add(doc.createNode(entry));
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
  return entry.id;
}

/** Gives the first seed the register names a headline in its sidecar (creating the sidecar if need be); returns its seed and address. */
function addHeadline(repo: string): { seed: string; id: string; headline: string } {
  const register = parse(readFileSync(join(repo, "seeds/.addresses.yaml"), "utf8")) as Record<string, { id: string }>;
  const seed = Object.keys(register).sort().find((name) => existsSync(join(repo, "seeds", name)));
  assert.ok(seed, "the register names no seed");
  const path = join(repo, "seeds", `${seed}.meta.yaml`);
  const doc = parseDocument(existsSync(path) ? readFileSync(path, "utf8") : "{}\n");
  assert.ok(isMap(doc.contents), `${seed}'s sidecar is not a mapping`);
  const headline = "A headline the analyst added";
  doc.set("headline", headline);
  const unknown = doc.get("unknown", true);
  if (isSeq(unknown)) unknown.items = unknown.items.filter((item) => String((item as { value?: unknown }).value) !== "headline");
  writeFileSync(path, doc.toString());
  return { seed: seed!, id: register[seed!]!.id, headline };
}

interface Ran {
  script: string;
  status: number | null;
  output: string;
}

/** Runs an npm script in the copy without blocking this process, so the rest of this suite goes on meanwhile. */
function run(repo: string, script: string, args: string[] = []): Promise<Ran> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], {
      cwd: repo,
      env: { ...process.env, [NESTED]: "1", CI: process.env.CI ?? "" },
    });
    const chunks: string[] = [];
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => chunks.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => chunks.push(chunk));
    child.on("close", (status) => {
      console.log(`  in the copy: npm run ${script} ${args.join(" ")} → exit ${status} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      done({ script: `${script} ${args.join(" ")}`.trim(), status, output: chunks.join("").slice(-20000) });
    });
  });
}

/** The analyst's day in a copy of the repo, then CI's strict build and the suites there; what each left behind. */
async function analystsDay() {
  const repo = copyRepo();
  const articles = readdirSync(join(DAY, "seeds"));
  for (const name of articles) copyFileSync(join(DAY, "seeds", name), join(repo, "seeds", name));
  const agreement = addAgreement(repo);
  const changed = addHeadline(repo);
  const build = await run(repo, "build", ["--strict"]);
  const read = (path: string) => (existsSync(join(repo, path)) ? readFileSync(join(repo, path), "utf8") : "");
  const built = { register: read("seeds/.addresses.yaml"), history: read("seeds/.history.json"), page: read(`_site/sources/${changed.id}/index.html`), brief: read(`_site/briefs/${agreement}/index.html`) };
  const suites: Ran[] = [];
  const frozen = frozenSiteTests();
  if (build.status === 0) suites.push(...(await Promise.all(SUITES.map((suite) => run(repo, suite, frozen.names.length ? ["--ignore", frozen.pattern] : [])))));
  const after = { register: read("seeds/.addresses.yaml"), history: read("seeds/.history.json") };
  return { repo, articles, agreement, changed, build, built, suites, after };
}

if (!process.env[NESTED]) {
  // Started as this file loads, before uvu runs any test, so the copy's suites run beside the rest of this suite on
  // CI's two cores rather than after it. A failure is kept, to be thrown by the test.
  const day = analystsDay().then((result) => ({ result }), (error: unknown) => ({ error }));
  test.after(async () => {
    const settled = await day;
    if ("result" in settled) rmSync(dirname(settled.result.repo), { recursive: true, force: true });
  });

  test("should mark as frozen only site tests that read nothing of the live dossier", () => {
    const { names } = frozenSiteTests();
    assert.ok(names.length > 0, "no site test is marked frozen");
    for (const name of names) {
      const text = readFileSync(join(REPO, "tests/site", name), "utf8");
      // The live dossier is what liveSite() builds, or buildSite() given no seeds folder, and the repo's own seeds and data files.
      assert.not.match(text, /liveSite\(|buildSite\(\)|buildSite\(\{(?![^}]*\bseeds\b)|REPO, "seeds|content\/_data|buildGlanceSite/, `${name} is marked frozen but reads the live dossier`);
    }
  });

  test("should pass CI's strict build and the unit and site suites after three new articles, a new agreement and a sidecar change", async () => {
    const settled = await day;
    if ("error" in settled) throw settled.error;
    const { articles, agreement, changed, build, built, suites, after } = settled.result;
    assert.is(build.status, 0, `npm run ${build.script} failed in the copy:\n${build.output}`);
    const recorded = parse(built.register) as Record<string, { id: string }>;
    const newSeeds = articles.filter((n) => !n.endsWith(".meta.yaml"));
    for (const name of newSeeds) assert.ok(recorded[name], `the build did not record the address of ${name}`);
    assert.is(recorded[changed.seed]!.id, changed.id, "the sidecar change moved the source's address");

    assert.match(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(built.page)![1]!), changed.headline);
    for (const name of newSeeds.slice(0, 2)) assert.match(built.brief, `href="/sources/${recorded[name]!.id}/#p`);
    assert.match(built.history, `"${agreement}": {`, "the build did not record the new agreement's history");

    assert.equal(suites.map((r) => r.script.split(" ")[0]), SUITES, "a suite in the copy did not run");
    for (const r of suites) assert.is(r.status, 0, `npm run ${r.script} failed in the copy:\n${r.output}`);
    assert.is(after.register, built.register, "the tests rewrote the register");
    assert.is(after.history, built.history, "the tests rewrote the history");
  });

  test.run();
}
