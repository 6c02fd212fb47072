// Runs the whole build for the CLI and the tests: the stages in order, with files touched only here and in the reader/writer.
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { buildDate, type BuildDate } from "./build-date.ts";
import { countBySeverity, diagnostic, exitCode, sortDiagnostics } from "./diagnostics.ts";
import { loadDossierData, readOutlets, readYamlData } from "./data.ts";
import { extractDossier, noBriefs } from "./extract/index.ts";
import { generateContent } from "./generate/index.ts";
import { glanceDossier, type GlanceSite } from "./glance/index.ts";
import { resolveHosting, type Hosting, type SiteSettings } from "./hosting.ts";
import { ingestAll } from "./ingest/index.ts";
import { readSeeds } from "./ingest/read-seeds.ts";
import type { Diagnostic, Severity } from "./model.ts";
import { planPdfs, printStage, type PdfMode } from "./pdf/index.ts";
import type { Paper } from "./pdf/print.ts";
import { indexSite } from "./search-index.ts";
import { verifyBrief } from "./verify/citations.ts";
import { GENERATED_FOLDERS, writeContent } from "./write.ts";

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** A folder to stage content/ and layouts/ in; by default the repo's own content/ is written. */
  workDir?: string;
  /** Another agreement catalogue to build with instead of content/_data/agreements.yaml. */
  catalogueFile?: string;
  strict: boolean;
  /** `--path-prefix`; without it PATH_PREFIX, then the site URL's path, then `/`. */
  pathPrefix?: string;
  /** Whether to print the PDFs: by default when Chromium is installed. */
  pdf?: PdfMode;
  paper?: Paper;
  env?: NodeJS.ProcessEnv;
}

export interface BuildReport {
  seedsRead: number;
  sourcesWritten: number;
  briefsWritten: number;
  pagesWritten: number;
  pdfsWritten: number;
  /** `/` or `/dossier/`: where the site expects to be served. */
  pathPrefix: string;
  strict: boolean;
  buildDate: BuildDate;
  counts: Record<Severity, number>;
  diagnostics: Diagnostic[];
  exitCode: number;
  outDir: string;
}

export async function buildDossier(options: BuildOptions): Promise<BuildReport> {
  const env = options.env ?? process.env;
  const contentDir = await prepareContentDir(options.workDir, options.catalogueFile);
  const listing = await readSeeds(options.seedsDir, REPO_DIR);
  const outlets = await readOutlets(contentDir);
  const ingested = ingestAll(listing.seeds, outlets);
  const catalogueShown = options.catalogueFile ? relative(REPO_DIR, options.catalogueFile) : undefined;
  // Faulty data files leave the briefs unbuilt but every source page still built.
  const loaded = await loadDossierData(contentDir, options.catalogueFile, REPO_DIR);
  const extracted = loaded.data ? extractDossier(ingested.sources, loaded.data, catalogueShown) : noBriefs(loaded.diagnostics);
  const files = generateContent(ingested.sources, extracted);
  // Timeline, maps, actors and open data, from the same records; recognition's per-paragraph names and dates passed as the stage reads them.
  const paragraphs = extracted.readings.flatMap((r) => r.paragraphs.map((p) => ({ source: r.source.id, paragraph: p.paragraph.id, names: p.entities, dates: p.dates })));
  const glance = glanceDossier({ sources: ingested.sources, briefs: extracted.briefs, gazetteer: loaded.data?.gazetteer ?? [], paragraphs });
  await writeContent(contentDir, files);
  const verified = await verifyWrittenBriefs(contentDir, ingested.sources);
  const date = buildDate(env, REPO_DIR);
  const settings = await readYamlData<SiteSettings & { title: string; description: string }>(contentDir, "site");
  const { hosting, diagnostics: hostingDiagnostics } = resolveHosting({ flagPrefix: options.pathPrefix, env, settings });
  const diagnostics = [...listing.diagnostics, ...ingested.diagnostics, ...extracted.diagnostics, ...glance.diagnostics, ...verified, ...hostingDiagnostics];
  if (date.from === "clock") {
    diagnostics.push(diagnostic(".", "info", "build date taken from the clock; set SOURCE_DATE_EPOCH for builds that repeat byte for byte", "build-date"));
  }
  const pdfPlan = planPdfs(options.pdf ?? "auto", env);
  diagnostics.push(...pdfPlan.diagnostics);
  await rm(options.outDir, { recursive: true, force: true });
  const pagesWritten = await runEleventy(contentDir, options.outDir, hosting, date, Boolean(pdfPlan.chromium), glance.site);
  for (const file of glance.openData((path) => publicAddress(path, hosting))) {
    await mkdir(dirname(join(options.outDir, "data", file.path)), { recursive: true });
    await writeFile(join(options.outDir, "data", file.path), file.text);
  }
  await indexSite(options.outDir);
  let pdfsWritten = 0;
  if (pdfPlan.chromium) {
    const printed = await printStage(files, {
      siteDir: options.outDir,
      pathPrefix: hosting.pathPrefix,
      siteUrl: hosting.siteUrl,
      chromium: pdfPlan.chromium,
      epoch: date.epoch,
      paper: options.paper ?? "A4",
      dossier: { title: settings.title, description: settings.description },
    });
    diagnostics.push(...printed.diagnostics);
    pdfsWritten = printed.printed.length;
  }
  const sorted = sortDiagnostics(diagnostics);
  const report: BuildReport = {
    seedsRead: listing.seeds.length,
    sourcesWritten: ingested.sources.length,
    briefsWritten: extracted.briefs.length,
    pagesWritten,
    pdfsWritten,
    pathPrefix: hosting.pathPrefix,
    strict: options.strict,
    buildDate: date,
    counts: countBySeverity(sorted),
    diagnostics: sorted,
    exitCode: exitCode(sorted, options.strict),
    outDir: relative(REPO_DIR, options.outDir) || ".",
  };
  await writeFile(join(options.outDir, "build-report.json"), `${JSON.stringify({ ...report, outDir: undefined }, null, 2)}\n`);
  return report;
}

/** Reads every brief back from disk and checks its schema and citations, so what the site shows is what was verified. */
async function verifyWrittenBriefs(contentDir: string, sources: Parameters<typeof verifyBrief>[2]): Promise<Diagnostic[]> {
  const dir = join(contentDir, "briefs");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".md")).sort();
  const problems: Diagnostic[] = [];
  for (const name of names) {
    const text = await readFile(join(dir, name), "utf8");
    problems.push(...verifyBrief({ path: `briefs/${name}`, text }, `content/briefs/${name}`, sources));
  }
  return problems;
}

/** The repo's content/ by default; otherwise a copy of its hand-written files (and layouts/) under workDir. */
async function prepareContentDir(workDir: string | undefined, catalogueFile?: string): Promise<string> {
  const repoContent = join(REPO_DIR, "content");
  if (!workDir || resolve(workDir) === REPO_DIR) return repoContent;
  const stagedContent = join(workDir, "content");
  await rm(stagedContent, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  await cp(repoContent, stagedContent, {
    recursive: true,
    filter: (src) => !GENERATED_FOLDERS.some((f) => src.startsWith(join(repoContent, f) + "/") && src.endsWith(".md")),
  });
  // Templates see the catalogue the build uses.
  if (catalogueFile) await copyFile(catalogueFile, join(stagedContent, "_data", "agreements.yaml"));
  await rm(join(workDir, "layouts"), { recursive: true, force: true });
  await cp(join(REPO_DIR, "layouts"), join(workDir, "layouts"), { recursive: true });
  return stagedContent;
}

/** `/sources/x/#p3` as published: absolute under the site URL when it is known, else with the path prefix. */
function publicAddress(path: string, hosting: Hosting): string {
  const relativePath = path.replace(/^\/+/, "");
  return hosting.siteUrl ? new URL(relativePath, hosting.siteUrl).href : `${hosting.pathPrefix}${relativePath}`;
}

async function runEleventy(input: string, output: string, hosting: Hosting, date: BuildDate, pdf: boolean, glance: GlanceSite): Promise<number> {
  const elev = new Eleventy(input, output, {
    quietMode: true,
    configPath: join(REPO_DIR, ".eleventy.js"),
    pathPrefix: hosting.pathPrefix,
    config(config: { addGlobalData(name: string, value: unknown): void }) {
      // `pdf`: whether this build prints PDFs, so that pages link only PDFs that will exist.
      config.addGlobalData("build", { date: date.date, pathPrefix: hosting.pathPrefix, pdf });
      // Templates read the public address and the noindex setting from here (layouts/base.njk, feed, sitemap, robots.txt).
      config.addGlobalData("hosting", hosting);
      // The timeline, maps, actor pages and data documentation (scripts/glance/).
      config.addGlobalData("glance", glance);
    },
  });
  const results = (await elev.write()) as unknown as [unknown, unknown[]];
  return Array.isArray(results?.[1]) ? results[1].length : 0;
}
