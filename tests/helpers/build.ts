// Builds the dossier into a temporary folder through the real CLI, once per test process and set of options.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { decodeEntities } from "./html.ts";

export const REPO = resolve(import.meta.dirname, "../..");

/** Room for the list of the repository's files: the evaluation corpus alone lists more than the 1 MB execFileSync buffers by default. */
const FILE_LIST_BYTES = 256 * 1024 * 1024;

/** The working tree's files as a clone would have them: tracked and new, nothing git ignores. */
export function repoFiles(): string[] {
  return execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: REPO, encoding: "utf8", maxBuffer: FILE_LIST_BYTES }).split("\0").filter(Boolean);
}
export const FIXED_EPOCH = "1767225600"; // 2026-01-01T00:00:00Z
/** A frozen copy of the dossier (seeds and data files) for tests about particular articles: see its README. */
export const DOSSIER_SEEDS = join(REPO, "tests/fixtures/dossier/seeds");
export const DOSSIER_DATA = join(REPO, "tests/fixtures/dossier/data");

export interface BuiltSite {
  dir: string;
  out: string;
  status: number;
  stdout: string;
  report: { diagnostics: Array<{ file: string; line: number; column: number; severity: string; message: string; rule: string }>; sourcesWritten: number; seedsRead: number; exitCode: number };
}

export interface BuildArgs {
  seeds?: string;
  /** Another agreement catalogue (`--catalogue`). */
  catalogue?: string;
  /** Another folder of data files (`--data`). */
  data?: string;
  pathPrefix?: string;
  strict?: boolean;
  /** `--pdf auto|always|never`; the CLI's default (auto) when not given. */
  pdf?: string;
  env?: Record<string, string>;
  /** Run in another copy of the repo (determinism tests). */
  repo?: string;
  /** The folder to make the build's temporary folder in (default: the system's). */
  tmp?: string;
  /** Distinguishes otherwise identical builds that must not share a cache entry. */
  tag?: string;
  /** A work folder to build in again and again (`--work`), so the history of what changed carries over between builds. */
  work?: string;
  /** Where in the temp folder the site goes (default `_site`); `www/dossier` lets a test serve `www` as the host root. */
  outPath?: string;
}

const cache = new Map<string, BuiltSite>();

/** Runs `npm run build`'s CLI into a fresh temp folder; the same arguments reuse the same build. */
export function buildSite(args: BuildArgs = {}): BuiltSite {
  const key = JSON.stringify(args);
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = mkdtempSync(join(args.tmp ?? tmpdir(), "dossier-"));
  const out = join(dir, args.outPath ?? "_site");
  const repo = args.repo ?? REPO;
  const cli = ["--import", "tsx", join(repo, "scripts/build.ts"), "--out", out, "--work", args.work ?? join(dir, "work")];
  if (args.seeds) cli.push("--seeds", args.seeds);
  if (args.data) cli.push("--data", args.data);
  if (args.catalogue) cli.push("--catalogue", args.catalogue);
  if (args.pathPrefix) cli.push("--path-prefix", args.pathPrefix);
  if (args.strict) cli.push("--strict");
  if (args.pdf) cli.push("--pdf", args.pdf);
  const run = spawnSync(process.execPath, cli, {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH, PATH_PREFIX: "", SITE_URL: "", DOSSIER_NOINDEX: "", ...args.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  let report: BuiltSite["report"];
  try {
    report = JSON.parse(readFileSync(join(out, "build-report.json"), "utf8"));
  } catch {
    throw new Error(`build wrote no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const built = { dir, out, status: run.status ?? -1, stdout: run.stdout + run.stderr, report };
  cache.set(key, built);
  return built;
}

/**
 * The live dossier (seeds/ and content/_data/) for the site tests, which check only what holds for any content. No
 * PDFs unless asked: printing is the browser tests' subject, and skipping it halves a build.
 */
export function liveSite(args: Omit<BuildArgs, "seeds" | "data"> = {}): BuiltSite {
  return buildSite({ pdf: "never", ...args });
}

/**
 * The frozen dossier (tests/fixtures/dossier), built strictly as CI builds the real one, without PDFs unless asked:
 * for tests that assert facts about particular articles. The same extra arguments share one build per test process.
 */
export function fixtureDossier(args: Omit<BuildArgs, "seeds" | "data" | "strict"> = {}): BuiltSite {
  return buildSite({ seeds: DOSSIER_SEEDS, data: DOSSIER_DATA, strict: true, pdf: "never", ...args });
}

export function readPage(site: BuiltSite, url: string): string {
  const path = url.endsWith("/") ? `${url}index.html` : url;
  return readFileSync(join(site.out, path), "utf8");
}

/** Every source page of a built site, keyed by the seed file name it shows (`seeds/<name>`). */
export function sourcePagesBySeed(site: BuiltSite): Map<string, string> {
  return new Map([...sourcesBySeed(site)].map(([seed, page]) => [seed, page.html]));
}

/** Every source page's address (`/sources/<id>/`) and HTML, keyed by the seed file name it shows (redirects have none). */
export function sourcesBySeed(site: BuiltSite): Map<string, { url: string; html: string }> {
  const pages = new Map<string, { url: string; html: string }>();
  const dir = join(site.out, "sources");
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const url = `/sources/${entry.name}/`;
    const html = readPage(site, url);
    const seed = /<code>seeds\/([^<]+)<\/code>/.exec(html)?.[1];
    if (seed) pages.set(decodeEntities(seed), { url, html });
  }
  return pages;
}
