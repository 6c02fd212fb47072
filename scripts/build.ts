// The CLI: ingest → generate → write → Eleventy → Pagefind, then a report; exit 1 on errors (or warnings with --strict).
import { buildOptionsFrom, summaryLines } from "./build-cli.ts";
import { buildDossier } from "./pipeline.ts";

const report = await buildDossier(buildOptionsFrom(process.argv.slice(2)));
for (const line of summaryLines(report)) console.log(line);
process.exitCode = report.exitCode;
