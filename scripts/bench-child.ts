// One build for `npm run bench`, alone in its own process so its peak memory is its own; prints its times as one JSON line.
// `project SEEDS WORK OUT DATA`: the dossier's build. `rebuild SEEDS WORK OUT DATA SEED`: as `npm start`'s worker does, a
// build, an edit to SEED, and the build again in the same process (the one measured: until its pages are written, and
// then its open data and search index). `eleventy INPUT OUT`: bare
// Eleventy + Pagefind. `hugo INPUT OUT`: Hugo + Pagefind.
import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export const RESULT_MARK = "BENCH-RESULT ";

export interface ChildResult {
  /** Milliseconds for the whole build, measured inside the process (start-up and module loading excluded on every side). */
  total: number;
  /** Milliseconds per stage, for the project's build. */
  stages?: Record<string, number>;
  /** Peak resident set of this process, in bytes (`process.resourceUsage().maxRSS`). */
  maxRss: number;
  /** CPU seconds of this process (module loading included) and the children it waited for (Pagefind's binary, Hugo): steadier than wall time on a shared machine. */
  cpu: number;
  exitCode: number;
  diagnostics?: number;
  /** For a rebuild: milliseconds from its pages being written to its open data and search index being in place (made after, as the preview does). */
  searchAfter?: number;
}

/** User + system CPU seconds of this process and its reaped children, from /proc/self/stat; this process's alone elsewhere. */
function cpuSeconds(): number {
  try {
    // Fields after the command's closing parenthesis: utime, stime, cutime and cstime are the 12th to 15th, in ticks of 1/100 s.
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
  } catch {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  }
}

/** Pagefind over a built site, the way a bare site runs it: the whole folder at once. */
async function pagefindDirectory(siteDir: string): Promise<void> {
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join("; "));
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(added.errors.join("; "));
  const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
  if (written.errors.length) throw new Error(written.errors.join("; "));
  await pagefind.close();
}

async function run(mode: string, args: string[]): Promise<ChildResult> {
  if (mode === "project" || mode === "rebuild") {
    const [seedsDir, workDir, outDir, dataDir, edited] = args as [string, string, string, string, string?];
    const { buildDossier, buildMemo } = await import("./pipeline.ts");
    const options = { seedsDir, workDir, outDir, dataDir, strict: false, pdf: "never" as const, pathPrefix: "/", env: { ...process.env, SOURCE_DATE_EPOCH: "1767225600" } };
    const memo = mode === "rebuild" ? buildMemo() : undefined;
    if (memo) {
      await buildDossier({ ...options, outDir: `${outDir}-before`, memo });
      appendFileSync(edited!, "\nAn analyst's added line, for the rebuild.\n");
    }
    const start = performance.now();
    // The rebuild serves its pages first and writes its open data and search index after, as `npm start`'s worker does; both are timed.
    const report = await buildDossier({ ...options, ...(memo ? { memo, search: "later" as const } : {}) });
    const total = performance.now() - start;
    const indexed = performance.now();
    await report.finishLater?.();
    const searchAfter = report.finishLater ? performance.now() - indexed : undefined;
    return { total, stages: report.timings, maxRss: process.resourceUsage().maxRSS * 1024, cpu: cpuSeconds(), exitCode: report.exitCode, diagnostics: report.diagnostics.length, ...(searchAfter === undefined ? {} : { searchAfter }) };
  }
  if (mode === "eleventy") {
    const [input, outDir] = args as [string, string];
    const { default: Eleventy } = await import("@11ty/eleventy");
    const start = performance.now();
    const elev = new Eleventy(input, outDir, { quietMode: true, configPath: join(input, "eleventy.config.js") });
    await elev.write();
    await pagefindDirectory(outDir);
    return { total: performance.now() - start, maxRss: process.resourceUsage().maxRSS * 1024, cpu: cpuSeconds(), exitCode: 0 };
  }
  if (mode === "hugo") {
    const [input, outDir] = args as [string, string];
    const start = performance.now();
    execFileSync("hugo", ["--quiet", "--source", input, "--destination", outDir], { stdio: "inherit" });
    await pagefindDirectory(outDir);
    // Hugo's own memory is another process's; only the time is compared.
    return { total: performance.now() - start, maxRss: 0, cpu: cpuSeconds(), exitCode: 0 };
  }
  throw new Error(`unknown bench build: ${mode}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [mode = "", ...args] = process.argv.slice(2);
  const result = await run(mode, args);
  // Let the exited children be reaped, so their CPU time is counted.
  await new Promise((done) => setTimeout(done, 100));
  result.cpu = cpuSeconds();
  console.log(RESULT_MARK + JSON.stringify(result));
}
