// `npm run bench`: speed and output size as ratios within one run, so the numbers mean the same on any machine.
// The real seeds are replicated N times (each copy made unique) and compared with one copy: linear work gives
// ratios near 1 per copy. Hostile inputs are compared with prose of the same size. Exits 1 when a ratio passes its bound.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readDossierData, readOutlets } from "./data.ts";
import type { DossierData } from "./catalogue.ts";
import { extractDossier } from "./extract/index.ts";
import { generateContent } from "./generate/index.ts";
import { ingestAll } from "./ingest/index.ts";
import { ingestSeed } from "./ingest/ingest-seed.ts";
import { readSeeds } from "./ingest/read-seeds.ts";
import { SIDECAR_SUFFIX } from "./ingest/sidecar.ts";
import { createMarkdown } from "./markdown.ts";
import { fastestOf } from "./measure.ts";
import { buildDossier, REPO_DIR } from "./pipeline.ts";
// The hostile inputs are the test corpus's: one definition of "slow input" for the bench and the tests.
import { normalProse, PATHOLOGICAL } from "../tests/helpers/hostile-seeds.ts";

const COPIES = 8;

/** Bounds on "N copies ÷ (N × one copy)": 1 is linear; quadratic work would give about N. */
export const BOUNDS = {
  time: 2,
  size: 1.1,
  /** Hostile input against prose of the same size. */
  hostile: 25,
};

interface Row {
  measure: string;
  one: number;
  many: number;
  ratio: number;
  bound: number;
}

/** Writes the real seeds `copies` times into a new folder; each copy gets one extra paragraph so none is a duplicate. */
async function replicate(copies: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `bench-seeds-${copies}-`));
  // Seeds only: not their sidecars, nor hidden files such as the address register.
  const names = (await readdir(join(REPO_DIR, "seeds"))).filter((n) => !n.endsWith(SIDECAR_SUFFIX) && !n.startsWith("."));
  for (let k = 1; k <= copies; k += 1) {
    for (const name of names) {
      const text = await readFile(join(REPO_DIR, "seeds", name), "utf8");
      const copy = `copy${k}-${name}`;
      await writeFile(join(dir, copy), `${text.trimEnd()}\n\nBench copy ${k} of ${name}.\n`);
      const sidecar = await readFile(join(REPO_DIR, "seeds", name + SIDECAR_SUFFIX), "utf8").catch(() => undefined);
      if (sidecar !== undefined) await writeFile(join(dir, copy + SIDECAR_SUFFIX), sidecar);
    }
  }
  return dir;
}

async function treeBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function measureCopies(copies: number): Promise<Record<string, number>> {
  const seedsDir = await replicate(copies);
  const outlets = await readOutlets(join(REPO_DIR, "content", "_data"));
  const data = await readDossierData(join(REPO_DIR, "content", "_data"));
  const { seeds } = await readSeeds(seedsDir, REPO_DIR);
  const md = createMarkdown();
  const pipeline = () => {
    const { sources } = ingestAll(seeds, outlets);
    return generateContent(sources, extractDossier(sources, data));
  };
  const files = pipeline();
  const ingest = fastestOf(5, pipeline);
  const render = fastestOf(5, () => files.forEach((f) => md.render(f.text)));
  const markdownBytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const work = await mkdtemp(join(tmpdir(), `bench-site-${copies}-`));
  const start = performance.now();
  await buildDossier({ seedsDir, outDir: join(work, "_site"), workDir: join(work, "work"), strict: false, pathPrefix: "/", env: { SOURCE_DATE_EPOCH: "1767225600" } });
  const build = performance.now() - start;
  const pagesBytes = await treeBytes(join(work, "_site", "sources"));
  const indexBytes = (await treeBytes(join(work, "_site", "pagefind", "index"))) + (await treeBytes(join(work, "_site", "pagefind", "fragment")));
  await rm(seedsDir, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
  return { ingest, render, markdownBytes, build, pagesBytes, indexBytes };
}

function hostileRatio(data: DossierData): Row[] {
  const md = createMarkdown();
  const run = (name: string, text: string) => {
    const seed = { path: name, name, bytes: new Uint8Array(Buffer.from(text, "utf8")) };
    return () => {
      const sources = [ingestSeed(seed, []).source!];
      for (const file of generateContent(sources, extractDossier(sources, data))) md.render(file.text);
    };
  };
  return Object.entries(PATHOLOGICAL).map(([name, text]) => {
    const hostile = fastestOf(5, run(name, text));
    const prose = fastestOf(5, run("prose.txt", normalProse(text.length)));
    return { measure: `${name} vs prose (ms)`, one: prose, many: hostile, ratio: hostile / prose, bound: BOUNDS.hostile };
  });
}

const one = await measureCopies(1);
const many = await measureCopies(COPIES);
const perCopy = (key: string, label: string, bound: number): Row => ({ measure: label, one: one[key]!, many: many[key]!, ratio: many[key]! / (COPIES * one[key]!), bound });
const rows: Row[] = [
  perCopy("ingest", "ingest + extract + generate (ms)", BOUNDS.time),
  perCopy("render", "render Markdown (ms)", BOUNDS.time),
  perCopy("build", "whole build (ms)", BOUNDS.time),
  perCopy("markdownBytes", "generated Markdown (bytes)", BOUNDS.size),
  perCopy("pagesBytes", "source pages (bytes)", BOUNDS.size),
  perCopy("indexBytes", "search index (bytes)", BOUNDS.size),
  ...hostileRatio(await readDossierData(join(REPO_DIR, "content", "_data"))),
];

const format = (n: number) => (n >= 100 ? Math.round(n).toString() : n.toFixed(1));
const table = [
  ["measure", "baseline", "measured", "ratio", "bound", ""],
  ...rows.map((r) => [r.measure, format(r.one), format(r.many), r.ratio.toFixed(2), `≤ ${r.bound}`, r.ratio > r.bound ? "OVER" : "ok"]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log(`Baseline: the real seeds once; measured: ${COPIES} copies (ratio per copy), or a hostile input (ratio to prose of its size).\n`);
for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
const over = rows.filter((r) => r.ratio > r.bound);
if (over.length) {
  console.log(`\n${over.length} ratio(s) over their bound: ${over.map((r) => r.measure).join(", ")}`);
  process.exitCode = 1;
}
