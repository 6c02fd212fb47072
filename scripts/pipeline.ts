// Runs the whole build for the CLI and the tests: the stages in order, with files touched only here and in the reader/writer.
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, open, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { buildDate, type BuildDate } from "./build-date.ts";
import { countBySeverity, diagnostic, exitCode, sortDiagnostics } from "./diagnostics.ts";
import { checkDataFiles, type CheckedData } from "./data-check.ts";
import { dataFilePath, readDataFiles, readYamlData, type DataFolder } from "./data.ts";
import { SCHEMA_NAMES } from "./data-schema.ts";
import { extractDossier, noBriefs, type Extracted } from "./extract/index.ts";
import { extractMemo, type ExtractMemo } from "./extract/memo.ts";
import { collectGarbage, LARGE_HEAP } from "./gc.ts";
import { carryFiles, carryFolder, carryOver, digestOf, GLANCE_PAGES, isSelfContained, outputPathOf, pagesToCarry, pagesUnder, renderInput, renderPasses, templatesDigest, type RenderMemo } from "./partial-render.ts";
import { generateContent, sourceListing, type ListedSource } from "./generate/index.ts";
import { resolveHosting, type Hosting, type SiteSettings } from "./hosting.ts";
import { ADDRESS_FILE, formatAddresses, parseAddresses } from "./ingest/addresses.ts";
import { ingestAll } from "./ingest/index.ts";
import { ingestMemo, type IngestMemo } from "./ingest/memo.ts";
import { readSeeds } from "./ingest/read-seeds.ts";
import type { Link, Review } from "./evidence.ts";
import type { ContentFile, Diagnostic, Severity, Source } from "./model.ts";
import { glanceDossier, type Glance, type ParagraphRead } from "./glance/index.ts";
import { planPdfs, printStage, type PdfMode } from "./pdf/index.ts";
import type { Paper } from "./pdf/print.ts";
import { stageClock, type StageTimes } from "./measure.ts";
import { TEMPLATE_FORMATS } from "./site/configure.ts";
import { indexSite, reindexSite, SEARCH_FOLDER } from "./search-index.ts";
import { verifyBrief } from "./verify/citations.ts";
import { briefState, formatHistory, HISTORY_FILE, parseHistory, updateHistory } from "./history.ts";
import { GENERATED_FOLDERS, readWorkFile, writeRecord, writeContent } from "./write.ts";

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The site's folder of open data files (scripts/glance/open-data.ts), beside the page Eleventy writes about them. */
const DATA_FOLDER = "data";

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** A folder to stage content/ and layouts/ in; by default the repo's own content/ is written. */
  workDir?: string;
  /** Another agreement catalogue to build with instead of content/_data/agreements.yaml. */
  catalogueFile?: string;
  /** Another folder of data files (agreements, gazetteer, outlets, scope) instead of content/_data/. */
  dataDir?: string;
  strict: boolean;
  /** `--path-prefix`; without it PATH_PREFIX, then the site URL's path, then `/`. */
  pathPrefix?: string;
  /** Whether to print the PDFs: by default when Chromium is installed. */
  pdf?: PdfMode;
  paper?: Paper;
  env?: NodeJS.ProcessEnv;
  /** Kept by a process that builds again and again (`npm start`'s build worker): what an unchanged input needs not redo. */
  memo?: BuildMemo;
  /**
   * `later`, for a rebuild the preview serves at once: the site is written with the last build's open data and search
   * bundle, and the report's `finishLater` replaces them with this build's. `now` (the default) writes both before the
   * build ends.
   */
  search?: "now" | "later";
}

/**
 * What one process keeps between its builds: the checked data files while their texts are the same, each seed's reading
 * (scripts/ingest/memo.ts), each source's reading and recognition (scripts/extract/memo.ts), and what the last build
 * rendered, so that unchanged source pages are carried over rather than rendered again (scripts/partial-render.ts).
 */
export interface BuildMemo {
  data?: { texts: string; checked: CheckedData };
  ingest: IngestMemo;
  extract: ExtractMemo;
  render?: RenderMemo;
}

export function buildMemo(): BuildMemo {
  return { ingest: ingestMemo(), extract: extractMemo() };
}

/** The data files checked, or the memo's check of them when their texts are the ones it was made from. */
function checkedOnce(files: Parameters<typeof checkDataFiles>[0], memo: BuildMemo | undefined): CheckedData {
  const texts = JSON.stringify(files);
  if (memo?.data?.texts === texts) return memo.data.checked;
  const checked = checkDataFiles(files);
  if (memo) memo.data = { texts, checked };
  return checked;
}

export interface BuildReport {
  seedsRead: number;
  sourcesWritten: number;
  briefsWritten: number;
  pagesWritten: number;
  pdfsWritten: number;
  strict: boolean;
  buildDate: BuildDate;
  counts: Record<Severity, number>;
  diagnostics: Diagnostic[];
  exitCode: number;
  outDir: string;
  /** The path the pages were built for (`/`, or a project path such as `/dossier/`): where the preview serves them. */
  pathPrefix: string;
  /** Why each source is cited in each brief: every linked passage with its score and evidence, and the facts it states. */
  links: Array<Link & { file: string }>;
  /** Passages weighed near the threshold, and agreement-like acts that match no catalogue entry. */
  review: Review;
  /** Milliseconds per stage, for `npm run bench`; left out of build-report.json, which repeats byte for byte. */
  timings: StageTimes;
  /**
   * Set when the open data and the search index were left for later: writes the one and indexes the site, each put in
   * place of the last build's, which stood in for them.
   */
  finishLater?: () => Promise<void>;
}

/** What the stages before rendering yield: the sources, the pages to write, the address register and every diagnostic so far. */
interface Prepared {
  seedsRead: number;
  sources: Source[];
  briefsWritten: number;
  files: ContentFile[];
  register: { path: string; shown: string; text: string; changed: boolean; usable: boolean; recorded: string[] };
  /** The record of what changed in each brief, as this build leaves it, and how many briefs have new entries. */
  history: { path: string; shown: string; text: string; changed: boolean; briefsChanged: number };
  buildDate: BuildDate;
  /** The timeline, maps, actors and open data (scripts/glance/), from the same records. */
  glance: Glance;
  /** Every source as the listings read it (scripts/generate/source-page.ts), passed to the templates as `sourceList`. */
  sourceList: ListedSource[];
  /** What recognition found: the links with their evidence, and the review queue. */
  links: Link[];
  review: Review;
  diagnostics: Diagnostic[];
}

/** Reads the seeds, the address register, the history and the data files, then ingests, extracts and generates, all in memory. */
async function prepare(options: Pick<BuildOptions, "seedsDir" | "dataDir" | "catalogueFile" | "workDir" | "env" | "memo">, clock = stageClock()): Promise<Prepared> {
  const listing = await readSeeds(options.seedsDir, REPO_DIR);
  const date = buildDate(options.env ?? process.env, REPO_DIR);
  // A faulty entry costs only itself (an agreement its brief); a data file that cannot be used costs every brief, never a source page.
  const loaded = checkedOnce(await readDataFiles(dataFolder(options)), options.memo);
  const registerPath = join(options.seedsDir, ADDRESS_FILE);
  const registerShown = relative(REPO_DIR, registerPath).split(sep).join("/");
  const recordedSoFar = parseAddresses(listing.addresses?.text, registerShown);
  const ingested = ingestAll(listing.seeds, loaded.outlets, recordedSoFar.register, registerShown, options.memo?.ingest);
  clock.lap("ingest");
  const renamed = new Map(ingested.redirects.map((r) => [r.from, r.to]));
  const { extracted, paragraphs } = namesAndDates(loaded.data ? extractDossier(ingested.sources, loaded.data, { renamed, buildDate: date.date, seedsFolder: relative(REPO_DIR, options.seedsDir).split(sep).join("/"), ...(options.memo ? { memo: options.memo.extract } : {}) }) : noBriefs());
  clock.lap("extract");
  // The readings are garbage now, and generating the pages makes as much again: collected first (at 5,000 articles the
  // peak while generating falls by some 30 MB). Not in a process that builds again, as below.
  if (!options.memo) collectGarbage(LARGE_HEAP);
  const text = formatAddresses(ingested.register);
  const glance = glanceDossier({ sources: ingested.sources, briefs: extracted.briefs, gazetteer: loaded.data?.gazetteer ?? [], paragraphs });
  // What changed: the previous record, each brief's state now and the build date make the new record (scripts/history.ts).
  const historyFile = await historyLocation(options, listing.history);
  const previous = parseHistory(historyFile.text, historyFile.shown);
  const history = previous.usable ? updateHistory(previous.history, Object.fromEntries(extracted.briefs.map((b) => [b.id, briefState(b)])), date.date) : previous.history;
  const historyText = formatHistory(history);
  const changes = new Map(Object.entries(history.briefs).map(([id, record]) => [id, record.changes]));
  const files = generateContent(ingested.sources, { ...extracted, changes }, ingested.redirects);
  clock.lap("generate");
  return {
    seedsRead: listing.seeds.length,
    sources: ingested.sources,
    briefsWritten: extracted.briefs.length,
    files,
    register: {
      path: registerPath,
      shown: registerShown,
      text,
      changed: text !== listing.addresses?.text && (listing.addresses !== undefined || ingested.register.size > 0),
      usable: recordedSoFar.usable,
      recorded: ingested.recorded,
    },
    history: {
      path: historyFile.path,
      shown: historyFile.shown,
      text: historyText,
      changed: previous.usable && historyText !== historyFile.text,
      briefsChanged: Object.keys(history.briefs).filter((id) => history.briefs[id] !== previous.history.briefs[id]).length,
    },
    buildDate: date,
    glance,
    sourceList: sourceListing(ingested.sources),
    links: extracted.links,
    review: extracted.review,
    diagnostics: [...listing.diagnostics, ...loaded.diagnostics, ...previous.diagnostics, ...recordedSoFar.diagnostics, ...ingested.diagnostics, ...extracted.diagnostics, ...glance.diagnostics],
  };
}

/**
 * Recognition's findings, with each paragraph's names and dates as the glance stage reads them, and not the readings
 * they came from: nothing after extraction needs those, and at 5,000 articles they hold some 200 MB until dropped.
 */
function namesAndDates({ readings, ...extracted }: Extracted): { extracted: Omit<Extracted, "readings">; paragraphs: ParagraphRead[] } {
  return { extracted, paragraphs: readings.flatMap((r) => r.paragraphs.map((p) => ({ source: r.source.id, paragraph: p.paragraph.id, names: p.entities, dates: p.dates }))) };
}

/** Whether a build stages content/ in a folder of its own (tests, the bench) rather than writing the repo's. */
function isStaged(workDir: string | undefined): boolean {
  return Boolean(workDir && resolve(workDir) !== REPO_DIR);
}

/**
 * Where the record of what changed is kept: beside the seeds it describes (`<seeds>/.history.json`, committed), or for a
 * staged build in its work folder, starting from the seeds' record, so tests and the bench never touch the committed one.
 */
async function historyLocation(options: Pick<BuildOptions, "seedsDir" | "workDir">, inSeeds: { path: string; text: string } | undefined): Promise<{ path: string; shown: string; text?: string }> {
  const shownOf = (path: string) => relative(REPO_DIR, path).split(sep).join("/");
  if (isStaged(options.workDir)) {
    const path = join(options.workDir!, "history.json");
    const own = await readWorkFile(path);
    return { path, shown: shownOf(path), text: own ?? inSeeds?.text };
  }
  const path = join(options.seedsDir, HISTORY_FILE);
  return { path, shown: shownOf(path), text: inSeeds?.text };
}

/** `npm run check`: every check of the build (data files, seeds, addresses, citations) without writing or rendering anything. */
export async function checkDossier(options: Pick<BuildOptions, "seedsDir" | "dataDir" | "catalogueFile" | "strict">): Promise<{ diagnostics: Diagnostic[]; exitCode: number; sources: number; briefs: number }> {
  const prepared = await prepare(options);
  const verified = prepared.files.filter((f) => f.path.startsWith("briefs/")).flatMap((f) => verifyBrief(f, `content/${f.path}`, prepared.sources));
  const diagnostics = sortDiagnostics([...prepared.diagnostics, ...verified, ...addressNotes(prepared, false)]);
  return { diagnostics, exitCode: exitCode(diagnostics, options.strict), sources: prepared.sources.length, briefs: prepared.briefsWritten };
}

/** What the build says about the register: the addresses it recorded, or (when it may not write) those it would. */
function addressNotes(prepared: Prepared, wrote: boolean): Diagnostic[] {
  const { register } = prepared;
  const count = register.recorded.length;
  if (!count) return [];
  const names = `${register.recorded.slice(0, 5).join(", ")}${count > 5 ? ` and ${count - 5} more` : ""}`;
  const sources = count === 1 ? "1 new source" : `${count} new sources`;
  const message = wrote
    ? `recorded the addresses of ${sources} (${names}); commit this file so they never move`
    : `${sources} (${names}) ${count === 1 ? "has" : "have"} no recorded address yet; \`npm run build\` records ${count === 1 ? "it" : "them"} here`;
  return [diagnostic(register.shown, "info", message, "address-recorded")];
}

/** What the build says when it records changes in the committed history: which file, and to commit it. */
function historyNotes(prepared: Prepared, wrote: boolean): Diagnostic[] {
  if (!wrote) return [];
  const n = prepared.history.briefsChanged;
  return [diagnostic(prepared.history.shown, "info", `recorded what changed in ${n === 1 ? "1 brief" : `${n} briefs`} (dated ${prepared.buildDate.date}); commit this file with the seeds so the record is kept`, "history-recorded")];
}

export async function buildDossier(options: BuildOptions): Promise<BuildReport> {
  const env = options.env ?? process.env;
  const staged = isStaged(options.workDir);
  const clock = stageClock();
  const contentDir = await prepareContentDir(options.workDir, dataFolder(options));
  clock.lap("generate");
  const prepared = await prepare(options, clock);
  // Recognition's readings die with prepare(); V8 would keep them as garbage through writing and checking, which add
  // their own, so they are collected now (at 5,000 articles the peak falls by some 200 MB, for a few tenths of a second).
  // Not in a process that builds again: it keeps the readings, and a rebuild is timed, not its memory.
  if (!options.memo) collectGarbage(LARGE_HEAP);
  await writeContent(contentDir, prepared.files);
  const pdfPlan = planPdfs(options.pdf ?? "auto", env);
  // A process that builds again keeps a digest of each source page and of the settings every page reads: a page that
  // did not change under the same settings is carried over from its last build instead of rendered again.
  const selfContained = options.memo ? new Map(prepared.files.filter((f) => isSelfContained(f.path)).map((f) => [f.path, digestOf(f.text)])) : undefined;
  // The pages are on disk now, and only the PDFs read them again: at 5,000 articles they are 150 MB of text.
  if (!pdfPlan.chromium) prepared.files = [];
  // Writing them leaves its garbage, and checking the briefs reads them back: collected between the two.
  if (!options.memo) collectGarbage(LARGE_HEAP);
  clock.lap("generate");
  // Only a build that writes the repo's own content/ keeps the register: staged builds (tests, the bench) never touch it.
  const wrote = !staged && prepared.register.usable && prepared.register.changed && (await writeRecord(prepared.register.path, prepared.register.text));
  // The history is written where it was read: beside the seeds, or in a staged build's work folder.
  const recorded = prepared.history.changed && (await writeRecord(prepared.history.path, prepared.history.text));
  clock.lap("generate");
  const verified = await verifyWrittenBriefs(contentDir, prepared.sources);
  clock.lap("verify");
  // Checking leaves its garbage, and the open data written next makes as much again: collected between the two.
  if (!options.memo) collectGarbage(LARGE_HEAP);
  const date = prepared.buildDate;
  const settings = await readYamlData<SiteSettings & { title: string; description: string }>(contentDir, "site");
  const { hosting, diagnostics: hostingDiagnostics } = resolveHosting({ flagPrefix: options.pathPrefix, env, settings });
  const diagnostics = [...prepared.diagnostics, ...verified, ...hostingDiagnostics, ...addressNotes(prepared, wrote), ...historyNotes(prepared, recorded && !staged)];
  if (date.from === "clock") {
    diagnostics.push(diagnostic(".", "info", "build date taken from the clock; set SOURCE_DATE_EPOCH for builds that repeat byte for byte", "build-date"));
  }
  diagnostics.push(...pdfPlan.diagnostics);
  await rm(options.outDir, { recursive: true, force: true });
  const previous = options.memo?.render;
  // A rebuild may serve its pages before its open data and search index are made: the last build's stand in until they are.
  const later = options.search === "later" && previous !== undefined && existsSync(join(previous.out, SEARCH_FOLDER));
  const publish = (path: string) => publicAddress(path, hosting);
  // The open data first: once it is written, the whole-corpus records it reads can go before Eleventy and Pagefind
  // take their memory. A rebuild that leaves it for later keeps its files (the memo keeps those records anyway).
  const dataLater = later ? prepared.glance.openData(publish) : [];
  if (!later) await writeOpenData(options.outDir, () => prepared.glance.openData(publish));
  const fileOf = new Map(prepared.sources.map((src) => [src.id as string, src.file]));
  const sourcesWritten = prepared.sources.length;
  // (site.yaml, which every page reads, is among the files the templates' digest covers.)
  const renderSettings = options.memo ? digestOf(JSON.stringify({ date: date.date, hosting, pdf: Boolean(pdfPlan.chromium), sources: prepared.sourceList.length, templates: templatesDigest(contentDir, GENERATED_FOLDERS) })) : "";
  const carried = selfContained && previous ? pagesToCarry(previous, renderSettings, selfContained).filter((path) => existsSync(join(previous.out, outputPathOf(path)))) : [];
  // The actor and timeline pages read only the settings and the at-a-glance data: while both are the same, they are
  // carried over whole, and the sitemap lists them from the last build.
  const glanceDigest = options.memo ? digestOf(JSON.stringify(prepared.glance.site)) : "";
  const carryGlance = previous !== undefined && previous.settings === renderSettings && previous.glance === glanceDigest && GLANCE_PAGES.folders.every((f) => existsSync(join(previous.out, f)));
  const carriedPages = carryGlance ? GLANCE_PAGES.folders.flatMap((f) => pagesUnder(previous.out, f)).map((url) => ({ url })) : [];
  letGo(prepared);
  // What was let go is freed now, before Eleventy grows the heap again: at 1,000 articles, about 120 MB less at the peak.
  // Not when most pages are carried over: Eleventy's heap then grows little, and a collection costs a tenth of a second.
  if (!carried.length) collectGarbage(LARGE_HEAP);
  const view = join(tmpdir(), `dossier-render-${process.pid}`);
  const partial = carried.length > 0 || carryGlance;
  let rendered: number;
  try {
    // A rebuild renders a few pages from a folder of its own in one pass; a whole render, in two (renderPasses).
    const input = partial ? await renderInput(contentDir, view, new Set(carried), new Set(carryGlance ? GLANCE_PAGES.templates : [])) : contentDir;
    const folders = partial ? [] : (await readdir(input, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const passes = partial ? [input] : renderPasses(input, folders, TEMPLATE_FORMATS);
    rendered = await runEleventy(passes, input, options.outDir, hosting, date, Boolean(pdfPlan.chromium), { glance: prepared.glance.site, sourceList: prepared.sourceList, carriedPages }, { again: Boolean(options.memo) });
  } finally {
    if (partial) await rm(view, { recursive: true, force: true });
  }
  if (partial) {
    carryOver(previous!.out, options.outDir, carried);
    if (carryGlance) for (const folder of GLANCE_PAGES.folders) carryFolder(previous!.out, options.outDir, folder);
  }
  if (options.memo && selfContained) options.memo.render = { out: options.outDir, settings: renderSettings, pages: selfContained, glance: glanceDigest, last: { rendered, carried: carried.length + carriedPages.length } };
  const pagesWritten = rendered + carried.length + carriedPages.length;
  clock.lap("eleventy");
  if (later) {
    carryFolder(previous.out, options.outDir, SEARCH_FOLDER);
    carryFiles(previous.out, options.outDir, dataLater.map((file) => join(DATA_FOLDER, file.path)));
  } else await indexSite(options.outDir);
  clock.lap("pagefind");
  let pdfsWritten = 0;
  if (pdfPlan.chromium) {
    const printed = await printStage(prepared.files, {
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
    seedsRead: prepared.seedsRead,
    sourcesWritten,
    briefsWritten: prepared.briefsWritten,
    pagesWritten,
    pdfsWritten,
    strict: options.strict,
    buildDate: date,
    counts: countBySeverity(sorted),
    diagnostics: sorted,
    exitCode: exitCode(sorted, options.strict),
    outDir: relative(REPO_DIR, options.outDir) || ".",
    pathPrefix: hosting.pathPrefix,
    links: prepared.links.map((l) => ({ ...l, file: fileOf.get(l.source) ?? "" })),
    review: prepared.review,
    timings: clock.times,
    ...(later
      ? {
          finishLater: async () => {
            await writeOpenData(options.outDir, () => dataLater, { replacing: true });
            await reindexSite(options.outDir);
          },
        }
      : {}),
  };
  await writeFile(join(options.outDir, "build-report.json"), `${JSON.stringify({ ...report, outDir: undefined, timings: undefined, finishLater: undefined }, null, 2)}\n`);
  return report;
}

/**
 * Drops what the build no longer needs once the briefs are checked and the open data written: every source, with its
 * text and the page made from it. At 1,000 articles that is about 75 MB of live heap that would otherwise stay alive
 * through Eleventy and Pagefind, the build's peak.
 */
function letGo(prepared: Prepared): void {
  prepared.sources = [];
  prepared.glance = { ...prepared.glance, openData: () => [] };
}

/**
 * Writes the open data under `<out>/data/`. A function of its own, so that nothing it made outlives it: a suspended
 * async function keeps its temporaries. `replacing`, over the last build's files, which this site shares by hard link
 * with that build's: each is written beside its path and renamed into place, so that build's file is left as it was,
 * and a reader never gets half of one.
 */
async function writeOpenData(outDir: string, files: () => ReturnType<Glance["openData"]>, { replacing = false } = {}): Promise<void> {
  for (const file of files()) {
    const path = join(outDir, DATA_FOLDER, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeParts(replacing ? `${path}.next` : path, file.parts());
    if (replacing) await rename(`${path}.next`, path);
  }
}

/** Writes a file from its parts in batches of about a megabyte, so a large data file is never one string in memory. */
async function writeParts(path: string, parts: Iterable<string>): Promise<void> {
  const handle = await open(path, "w");
  try {
    let batch: string[] = [];
    let length = 0;
    for (const part of parts) {
      batch.push(part);
      length += part.length;
      if (length >= 1 << 20) {
        await handle.writeFile(batch.join(""));
        [batch, length] = [[], 0];
      }
    }
    if (batch.length) await handle.writeFile(batch.join(""));
  } finally {
    await handle.close();
  }
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

/** The data files the build reads: content/_data/ unless --data or --catalogue say otherwise. */
function dataFolder(options: Pick<BuildOptions, "dataDir" | "catalogueFile">): DataFolder {
  return { dir: options.dataDir ?? join(REPO_DIR, "content", "_data"), catalogueFile: options.catalogueFile, base: REPO_DIR };
}

/** The repo's content/ by default; otherwise a copy of its hand-written files (and layouts/) under workDir, with the build's data files, beside the last build's generated pages. */
async function prepareContentDir(workDir: string | undefined, folder: DataFolder): Promise<string> {
  const repoContent = join(REPO_DIR, "content");
  if (!workDir || resolve(workDir) === REPO_DIR) return repoContent;
  const stagedContent = join(workDir, "content");
  // The generated pages of the last build stay, as they do in the repo's content/: the writer rewrites only those that
  // changed and removes those no longer made. Everything else is copied afresh.
  for (const entry of await readdir(stagedContent).catch(() => [])) {
    if (!(GENERATED_FOLDERS as readonly string[]).includes(entry)) await rm(join(stagedContent, entry), { recursive: true, force: true });
  }
  await mkdir(workDir, { recursive: true });
  await cp(repoContent, stagedContent, {
    recursive: true,
    filter: (src) => !GENERATED_FOLDERS.some((f) => src.startsWith(join(repoContent, f) + "/") && src.endsWith(".md")),
  });
  // Templates see the data files the build uses.
  for (const name of SCHEMA_NAMES) {
    const from = dataFilePath(folder, name);
    if (from !== join(repoContent, "_data", `${name}.yaml`)) await copyFile(from, join(stagedContent, "_data", `${name}.yaml`)).catch(() => undefined);
  }
  await rm(join(workDir, "layouts"), { recursive: true, force: true });
  await cp(join(REPO_DIR, "layouts"), join(workDir, "layouts"), { recursive: true });
  return stagedContent;
}

/** `/sources/x/#p3` as published: absolute under the site URL when it is known, else with the path prefix. */
function publicAddress(path: string, hosting: Hosting): string {
  const relativePath = path.replace(/^\/+/, "");
  return hosting.siteUrl ? new URL(relativePath, hosting.siteUrl).href : `${hosting.pathPrefix}${relativePath}`;
}

/**
 * Eleventy keeps, for the life of the process and across its instances, every page's text and compiled template and
 * every layout, by path; its own watcher clears them when a file changes. A process that builds again (the preview's
 * worker) clears them as a fresh process starts: otherwise it renders the last build's text of a page the build
 * rewrote, and keeps every build's compiled pages. A build clears them after each of its render passes too, so that
 * the next pass does not carry the last one's pages. Eleventy exports no API for this; its modules are reached by
 * file, and `tests/site/a-preview-rebuild-writes-what-a-fresh-build-writes.test.ts` fails if they change.
 */
async function forgetEleventyCaches(): Promise<void> {
  const eleventy = import.meta.resolve("@11ty/eleventy");
  const { default: templateContent } = (await import(new URL("./TemplateContent.js", eleventy).href)) as { default: { _inputCache: Map<string, unknown>; _compileCache: Map<string, unknown> } };
  const { default: layouts } = (await import(new URL("./LayoutCache.js", eleventy).href)) as { default: { removeAll(): void } };
  templateContent._inputCache.clear();
  templateContent._compileCache.clear();
  layouts.removeAll();
}

/**
 * Eleventy over `passes`, one after the other (globs, or the input folder itself), each with `inputDir` as its input
 * folder; returns the pages written. After each pass Eleventy forgets what it kept of it, and in a one-shot build its
 * pages are collected before the next pass, or Pagefind, grows the heap again. `again`: this process builds more than
 * once, so Eleventy also forgets, before the first pass, what it kept from the last build.
 */
async function runEleventy(passes: readonly string[], inputDir: string, output: string, hosting: Hosting, date: BuildDate, pdf: boolean, data: RenderData, { again }: { again: boolean }): Promise<number> {
  if (again) await forgetEleventyCaches();
  let written = 0;
  for (const input of passes) {
    written += await renderPass(input, inputDir, output, hosting, date, pdf, data);
    await forgetEleventyCaches();
    if (!again) collectGarbage(LARGE_HEAP);
  }
  return written;
}

/** What the templates read besides the content folder: the at-a-glance data, every source, and the pages carried over. */
interface RenderData {
  glance: Glance["site"];
  sourceList: ListedSource[];
  carriedPages: Array<{ url: string }>;
}

/** One Eleventy build of `input`; returns the pages written. Its pages (Eleventy's results) die when it returns. */
async function renderPass(input: string, inputDir: string, output: string, hosting: Hosting, date: BuildDate, pdf: boolean, { glance, sourceList, carriedPages }: RenderData): Promise<number> {
  // (`inputDir` is an option of Eleventy's constructor that its type declaration leaves out.)
  const elev = new Eleventy(input, output, {
    ...({ inputDir } as object),
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
      // Every source, for the pages that list them (the sources index, the feed, the sitemap, endnotes, the footer's count).
      config.addGlobalData("sourceList", sourceList);
      // Pages a rebuild carried over from the last build without rendering them (the actor and timeline pages): the sitemap lists them too.
      config.addGlobalData("carriedPages", carriedPages);
    },
  });
  const results = (await elev.write()) as unknown as [unknown, unknown[]];
  return Array.isArray(results?.[1]) ? results[1].length : 0;
}

