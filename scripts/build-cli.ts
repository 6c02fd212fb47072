// The build's command line, shared by `npm run build` (scripts/build.ts) and `npm start`'s build worker: the options it takes and the summary it prints.
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { consoleLines } from "./diagnostics.ts";
import { PDF_MODES, type PdfMode } from "./pdf/index.ts";
import type { BuildOptions, BuildReport } from "./pipeline.ts";

/** The build's options from its command line (`--seeds`, `--out`, `--work`, `--catalogue`, `--data`, `--strict`, `--path-prefix`, `--pdf`, `--paper`); a bad value throws, naming the flag. */
export function buildOptionsFrom(args: string[]): BuildOptions {
  const { values } = parseArgs({
    args,
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
  return {
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
  };
}

/** What the console shows after a build: a few diagnostics of each rule (build-report.json keeps every one), then the counts. */
export function summaryLines(report: BuildReport): string[] {
  const { counts } = report;
  return [
    ...consoleLines(report.diagnostics, `see ${join(report.outDir, "build-report.json")}`),
    "",
    `seeds read: ${report.seedsRead} · sources written: ${report.sourcesWritten} · briefs written: ${report.briefsWritten} · pages: ${report.pagesWritten} · ` +
      `errors: ${counts.error} · warnings: ${counts.warning} · notes: ${counts.info}` +
      (report.strict ? " (strict: warnings fail the build)" : ""),
    `site: ${report.outDir}`,
  ];
}
