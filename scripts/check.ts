// `npm run check`: validates the data files, the seeds, their sidecars and addresses, and every brief's quotes, without
// writing or rendering anything; exit 1 on errors (or warnings with --strict), like the build.
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { consoleLines } from "./diagnostics.ts";
import { checkDossier } from "./pipeline.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string" },
    data: { type: "string" },
    catalogue: { type: "string" },
    strict: { type: "boolean", default: false },
    // Every diagnostic, not the first few of each rule.
    all: { type: "boolean", default: false },
  },
  allowPositionals: false,
});

const checked = await checkDossier({
  seedsDir: resolve(values.seeds ?? "seeds"),
  dataDir: values.data ? resolve(values.data) : undefined,
  catalogueFile: values.catalogue ? resolve(values.catalogue) : undefined,
  strict: values.strict ?? false,
});
const lines = consoleLines(checked.diagnostics, "run `npm run check -- --all` to list them all", values.all ? Infinity : undefined);
for (const line of lines) console.log(line);
const count = (severity: string) => checked.diagnostics.filter((d) => d.severity === severity).length;
console.log(
  `\nchecked: ${checked.sources} sources · ${checked.briefs} briefs · errors: ${count("error")} · warnings: ${count("warning")} · notes: ${count("info")}` +
    (values.strict ? " (strict: warnings fail the check)" : ""),
);
process.exitCode = checked.exitCode;
