// `npm run bench`: the dossier's build against bare Eleventy + Pagefind (and Hugo + Pagefind) on the same synthetic
// articles, in one run, as ratios; page size, first-search bytes, growth and rebuild time. Exits 1 past a bound.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { markdownText, prosePool, seedText, syntheticArticles, type Article } from "./bench-corpus.ts";
import { RESULT_MARK, type ChildResult } from "./bench-child.ts";
import { readDossierData } from "./data.ts";
import { extractDossier } from "./extract/index.ts";
import { generateContent } from "./generate/index.ts";
import { ingestSeed } from "./ingest/ingest-seed.ts";
import { createMarkdown } from "./markdown.ts";
import { BOUNDS, failing, firstSearchBytes, growthBound, LONG_ARTICLE, type Check, type FirstSearch } from "./bench-measures.ts";
import { fastestOf, STAGES } from "./measure.ts";
import { REPO_DIR } from "./pipeline.ts";
// The hostile inputs are the test corpus's: one definition of "slow input" for the bench and the tests.
import { normalProse, PATHOLOGICAL } from "../tests/helpers/hostile-seeds.ts";

const { values } = parseArgs({
  options: {
    // Adds 5,000 articles to the default 100 and 1,000.
    large: { type: "boolean", default: false },
    // Other sizes, e.g. `--sizes 50,250` for a quick look; growth is reported between consecutive sizes.
    sizes: { type: "string" },
  },
  allowPositionals: false,
});

const SIZES = values.sizes ? values.sizes.split(",").map(Number) : values.large ? [100, 1000, 5000] : [100, 1000];
const FIXTURE = join(REPO_DIR, "tests", "fixtures", "dossier");
const TSX = import.meta.resolve("tsx");
const CHILD = join(REPO_DIR, "scripts", "bench-child.ts");
const hugoInstalled = spawnSync("hugo", ["version"], { stdio: "ignore" }).status === 0;

interface Measured {
  size: number;
  project: ChildResult;
  eleventy: ChildResult;
  hugo?: ChildResult;
  incremental: ChildResult;
  briefGzip: { page: string; bytes: number };
  search: FirstSearch;
  /** The same first search on the bare Eleventy + Pagefind site: what Pagefind alone costs at this many pages. */
  bareSearch: FirstSearch;
}

/** Runs one build in a child process; a build that fails gives NaN figures, and its error is printed. */
function child(mode: string, args: string[], cwd: string): ChildResult {
  const run = spawnSync(process.execPath, ["--import", TSX, CHILD, mode, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const line = run.stdout.split("\n").find((l) => l.startsWith(RESULT_MARK));
  if (run.status === 0 && line) return JSON.parse(line.slice(RESULT_MARK.length)) as ChildResult;
  console.error(`${mode} build failed (exit ${run.status ?? run.signal}):\n${run.stderr.split("\n").slice(-15).join("\n")}`);
  return { total: NaN, maxRss: NaN, cpu: NaN, exitCode: run.status ?? 1 };
}

/** The articles as seeds, as Markdown for bare Eleventy, and as a Hugo site. */
async function writeInputs(dir: string, articles: Article[]): Promise<void> {
  const seeds = join(dir, "seeds");
  const eleventy = join(dir, "eleventy");
  const hugo = join(dir, "hugo");
  for (const folder of [seeds, join(eleventy, "articles"), join(eleventy, "_includes"), join(hugo, "content", "articles"), join(hugo, "layouts", "_default")]) {
    await mkdir(folder, { recursive: true });
  }
  for (const article of articles) {
    const base = article.name.replace(/\.txt$/, "");
    await writeFile(join(seeds, article.name), seedText(article));
    await writeFile(join(eleventy, "articles", `${base}.md`), markdownText(article, "article.njk"));
    await writeFile(join(hugo, "content", "articles", `${base}.md`), markdownText(article));
  }
  const page = (title: string, body: string) =>
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body><main data-pagefind-body>${body}</main></body></html>\n`;
  await writeFile(join(eleventy, "eleventy.config.js"), "export default function () {}\n");
  await writeFile(join(eleventy, "_includes", "article.njk"), page("{{ title }}", "<h1>{{ title }}</h1><p>{{ page.date.toISOString() }}</p>{{ content | safe }}"));
  await writeFile(join(eleventy, "index.njk"), `---\ntitle: Articles\n---\n<ul>{% for a in collections.all %}<li><a href="{{ a.url }}">{{ a.data.title }}</a></li>{% endfor %}</ul>\n`);
  await writeFile(join(hugo, "hugo.toml"), `baseURL = "/"\nlanguageCode = "en"\ntitle = "Articles"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n`);
  await writeFile(join(hugo, "layouts", "_default", "single.html"), page("{{ .Title }}", "<h1>{{ .Title }}</h1><p>{{ .Date.Format \"2006-01-02\" }}</p>{{ .Content }}"));
  await writeFile(join(hugo, "layouts", "_default", "list.html"), page("{{ .Title }}", "<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>"));
  await writeFile(join(hugo, "layouts", "index.html"), page("Articles", "<ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>"));
}

/**
 * Every file under `dir` with its size, paths relative to `dir` with `/`. With `served`, the size on the wire: scripts,
 * styles and JSON gzipped as GitHub Pages sends them; Pagefind's own files are gzipped already.
 */
async function filesUnder(dir: string, served = false): Promise<Array<{ path: string; size: number }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = [];
  for (const e of entries.filter((e) => e.isFile())) {
    const full = join(e.parentPath, e.name);
    const size = served && /\.(?:js|css|json)$/.test(e.name) ? gzipSync(await readFile(full)).length : (await stat(full)).size;
    files.push({ path: relative(dir, full).split(sep).join("/"), size });
  }
  return files;
}

/** The search page's script and the Pagefind bundle, paths relative to the site, sizes as served. */
async function searchFiles(siteDir: string): Promise<Array<{ path: string; size: number }>> {
  const under = async (folder: string) => (await filesUnder(join(siteDir, folder), true)).map((f) => ({ ...f, path: `${folder}/${f.path}` }));
  return [...(await under("assets")), ...(await under("pagefind"))];
}

/** The largest brief page (`briefs/<id>/index.html`), gzipped. */
async function largestBrief(siteDir: string): Promise<{ page: string; bytes: number }> {
  let largest = { page: "(no brief)", bytes: 0 };
  for (const file of await filesUnder(join(siteDir, "briefs"))) {
    if (!/^[^/]+\/index\.html$/.test(file.path)) continue;
    const bytes = gzipSync(await readFile(join(siteDir, "briefs", file.path)), { level: 9 }).length;
    if (bytes > largest.bytes) largest = { page: `briefs/${file.path}`, bytes };
  }
  return largest;
}

async function measure(size: number, pool: string[]): Promise<Measured> {
  const dir = await mkdtemp(join(tmpdir(), `bench-${size}-`));
  try {
    const articles = syntheticArticles(pool, size);
    await writeInputs(dir, articles);
    const eleventy = child("eleventy", [join(dir, "eleventy"), join(dir, "eleventy-site")], dir);
    const hugo = hugoInstalled ? child("hugo", [join(dir, "hugo"), join(dir, "hugo-site")], dir) : undefined;
    const projectArgs = (out: string) => [join(dir, "seeds"), join(dir, "work"), join(dir, out), join(FIXTURE, "data")];
    const project = child("project", projectArgs("site"), REPO_DIR);
    // An analyst edits one seed and the preview builds again, as `npm start`'s worker does: the same process, which
    // kept the unchanged sources' readings from its first build.
    const incremental = child("rebuild", [...projectArgs("site-2"), join(dir, "seeds", articles[Math.floor(size / 2)]!.name)], REPO_DIR);
    const briefGzip = await largestBrief(join(dir, "site"));
    const search = firstSearchBytes(await searchFiles(join(dir, "site")));
    const bareSearch = firstSearchBytes(await searchFiles(join(dir, "eleventy-site")));
    return { size, project, eleventy, hugo, incremental, briefGzip, search, bareSearch };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : "failed");
const megabytes = (bytes: number) => (Number.isFinite(bytes) && bytes > 0 ? `${Math.round(bytes / 1e6)} MB` : "n/a");
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
}

function checksFor(m: Measured): Check[] {
  const checks: Check[] = [
    { measure: `${m.size}: peak RSS project / bare`, value: m.project.maxRss / m.eleventy.maxRss, bound: BOUNDS.rssRatio },
    { measure: `${m.size}: largest brief, gzipped (kB)`, value: m.briefGzip.bytes / 1000, bound: BOUNDS.briefGzip / 1000 },
    { measure: `${m.size}: first search (kB)`, value: m.search.total / 1000, bound: BOUNDS.firstSearch / 1000 },
  ];
  if (m.size >= BOUNDS.timeRatioFrom) checks.unshift({ measure: `${m.size}: time project / bare`, value: m.project.total / m.eleventy.total, bound: BOUNDS.timeRatio });
  if (m.size >= BOUNDS.incrementalFrom) checks.push({ measure: `${m.size}: rebuild after one edit (its pages served) / full`, value: m.incremental.total / m.project.total, bound: BOUNDS.incremental });
  return checks;
}

/**
 * Each pathological input (a line of 70,000 `*`, thousands of `"`, deep `>`) against prose of its size, and a long
 * article against the same amount of prose in twenty short ones, through ingest, extract, generate and Markdown.
 */
async function hostileChecks(): Promise<Check[]> {
  const data = await readDossierData(join(REPO_DIR, "content", "_data"));
  const md = createMarkdown();
  const run = (articles: Array<[name: string, text: string]>) => {
    const seeds = articles.map(([name, text]) => ({ path: name, name, bytes: new Uint8Array(Buffer.from(text, "utf8")) }));
    return () => {
      const sources = seeds.map((seed) => ingestSeed(seed, []).source!);
      for (const file of generateContent(sources, extractDossier(sources, data))) md.render(file.text);
    };
  };
  const checks = Object.entries(PATHOLOGICAL).map(([name, text]): Check => {
    const hostile = fastestOf(2, run([[name, text]]));
    const prose = fastestOf(2, run([["prose.txt", normalProse(text.length)]]));
    return { measure: `hostile: ${name} / prose of its size`, value: hostile / prose, bound: BOUNDS.hostile };
  });
  // Work per article is linear in its size: one paragraph of 2,000 sentences that each name an agreement costs what
  // twenty articles of 100 such sentences cost, not twenty times more.
  const long = fastestOf(2, run([["long.txt", normalProse(LONG_ARTICLE)]]));
  const short = fastestOf(2, run(Array.from({ length: 20 }, (_, i): [string, string] => [`short-${i}.txt`, normalProse(LONG_ARTICLE / 20)])));
  checks.push({ measure: `one article of ${LONG_ARTICLE.toLocaleString("en")} characters / twenty of its twentieth`, value: long / short, bound: BOUNDS.longArticle });
  return checks;
}

const seedTexts = [];
for (const name of (await readdir(join(FIXTURE, "seeds"))).filter((n) => n.endsWith(".txt")).sort()) seedTexts.push(await readFile(join(FIXTURE, "seeds", name), "utf8"));
const pool = prosePool(seedTexts);
if (!hugoInstalled) console.log("Hugo is not installed (`apt-get install hugo`): the Hugo + Pagefind baseline is skipped.");

const results: Measured[] = [];
for (const size of SIZES) {
  console.log(`building ${size} synthetic articles (project, bare Eleventy + Pagefind${hugoInstalled ? ", Hugo + Pagefind" : ""}, rebuild after one edit)…`);
  results.push(await measure(size, pool));
}

console.log(`\nSynthetic articles: 4–8 paragraphs drawn from the ${pool.length} prose paragraphs of tests/fixtures/dossier/seeds, a headline and a DD.MM.YYYY date line; PDFs off. Times in seconds, one run each; CPU s counts this build's processes, Pagefind's and Hugo's binaries included, and moves less than wall time on a busy machine; the rebuild's CPU s and peak RSS are its process's, the first build included.\n`);
const rows: string[][] = [["articles", "build", "total", ...STAGES, "CPU s", "peak RSS", "× bare", "× Hugo"]];
for (const m of results) {
  const ratio = (r: ChildResult, base?: ChildResult) => (base && Number.isFinite(base.total) ? (r.total / base.total).toFixed(2) : "—");
  const stageCells = (r: ChildResult) => STAGES.map((s) => (r.stages ? seconds(r.stages[s] ?? NaN) : ""));
  rows.push([String(m.size), "project", seconds(m.project.total), ...stageCells(m.project), m.project.cpu.toFixed(1), megabytes(m.project.maxRss), ratio(m.project, m.eleventy), ratio(m.project, m.hugo)]);
  rows.push([String(m.size), "rebuild after one edit", seconds(m.incremental.total), ...stageCells(m.incremental), m.incremental.cpu.toFixed(1), megabytes(m.incremental.maxRss), ratio(m.incremental, m.eleventy), ratio(m.incremental, m.hugo)]);
  // The preview serves the rebuild's pages, then writes its open data and search index: how long they lag behind the pages.
  if (m.incremental.searchAfter !== undefined) rows.push([String(m.size), "  then its data and search", `+${seconds(m.incremental.searchAfter)}`, ...STAGES.map(() => ""), "", "", "", ""]);
  rows.push([String(m.size), "bare Eleventy + Pagefind", seconds(m.eleventy.total), ...STAGES.map(() => ""), m.eleventy.cpu.toFixed(1), megabytes(m.eleventy.maxRss), "1.00", ratio(m.eleventy, m.hugo)]);
  if (m.hugo) rows.push([String(m.size), "Hugo + Pagefind", seconds(m.hugo.total), ...STAGES.map(() => ""), m.hugo.cpu.toFixed(1), megabytes(m.hugo.maxRss), ratio(m.hugo, m.eleventy), "1.00"]);
}
printTable(rows);

console.log("");
const sizeRows: string[][] = [["articles", "site", "largest brief (gzip)", "first search", "script", "wasm", "entry+meta", "index chunk", `${5} fragments`, "filters (when opened)", "diagnostics"]];
const searchCells = (s: FirstSearch) => [kilobytes(s.total), kilobytes(s.script), kilobytes(s.wasm), kilobytes(s.entry + s.meta), kilobytes(s.index), kilobytes(s.fragments), kilobytes(s.filters)];
for (const m of results) {
  sizeRows.push([String(m.size), "project", `${kilobytes(m.briefGzip.bytes)} ${m.briefGzip.page}`, ...searchCells(m.search), String(m.project.diagnostics ?? "—")]);
  // Pagefind's own share: its index and page list grow with the pages whatever the site puts in them.
  sizeRows.push([String(m.size), "bare Eleventy + Pagefind", "", ...searchCells(m.bareSearch), ""]);
}
printTable(sizeRows);

const checks = results.flatMap(checksFor);
for (let i = 1; i < results.length; i += 1) {
  const [small, large] = [results[i - 1]!, results[i]!];
  checks.push({ measure: `growth ${small.size} → ${large.size} (project time)`, value: large.project.total / small.project.total, bound: growthBound(small.size, large.size) });
}
checks.push(...(await hostileChecks()));
console.log("");
printTable([["bound", "measured", "limit", ""], ...checks.map((c) => [c.measure, Number.isFinite(c.value) ? c.value.toFixed(2) : "failed", `≤ ${+c.bound.toFixed(2)}`, c.value <= c.bound ? "ok" : "OVER"])]);
const over = failing(checks);
if (over.length) {
  console.log(`\n${over.length} of ${checks.length} figures past their bound.`);
  process.exitCode = 1;
}
