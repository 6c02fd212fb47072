// The CLI: ingest → generate → write → Eleventy → Pagefind, then a report; exit 1 on errors (or warnings with --strict).
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { consoleLines } from "./diagnostics.ts";
import { PDF_MODES, type PdfMode } from "./pdf/index.ts";
import { buildDossier } from "./pipeline.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string" },
    out: { type: "string" },
    work: { type: "string" },
    catalogue: { type: "string" },
    data: { type: "string" },
    strict: { type: "boolean", default: false },
    "path-prefix": { type: "string" },
    quiet: { type: "boolean", default: false },
    // auto: print PDFs when Chromium is installed; always: fail without it (`npm run pdf`); never: skip them.
    pdf: { type: "string", default: "auto" },
    paper: { type: "string", default: "A4" },
  },
  allowPositionals: false,
});

const pdf = values.pdf as PdfMode;
if (!PDF_MODES.includes(pdf)) throw new Error(`--pdf must be one of ${PDF_MODES.join(", ")}, not ${values.pdf}`);
const paper = values.paper?.toLowerCase() === "letter" ? "Letter" : values.paper?.toUpperCase() === "A4" ? "A4" : undefined;
if (!paper) throw new Error(`--paper must be A4 or letter, not ${values.paper}`);

const report = await buildDossier({
  seedsDir: resolve(values.seeds ?? "seeds"),
  outDir: resolve(values.out ?? "_site"),
  workDir: values.work ? resolve(values.work) : undefined,
  catalogueFile: values.catalogue ? resolve(values.catalogue) : undefined,
  dataDir: values.data ? resolve(values.data) : undefined,
  strict: values.strict ?? false,
  // PATH_PREFIX, SITE_URL and DOSSIER_NOINDEX are read from the environment by the pipeline (scripts/hosting.ts).
  pathPrefix: values["path-prefix"],
  pdf,
  paper,
});

// At volume the console shows a few of each rule; build-report.json keeps every diagnostic.
for (const line of consoleLines(report.diagnostics, `see ${join(report.outDir, "build-report.json")}`)) console.log(line);
const { counts } = report;
console.log(
  `\nseeds read: ${report.seedsRead} · sources written: ${report.sourcesWritten} · briefs written: ${report.briefsWritten} · pages: ${report.pagesWritten} · ` +
    `errors: ${counts.error} · warnings: ${counts.warning} · notes: ${counts.info}` +
    (report.strict ? " (strict: warnings fail the build)" : ""),
);
console.log(`site: ${report.outDir}`);
process.exitCode = report.exitCode;
