// Keeps the layers apart: a stage folder of scripts/ imports only its own files and the shared floor (the root files that run no stage).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";

const SCRIPTS = resolve(import.meta.dirname, "../../scripts");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** The project files a file imports (relative specifiers only), as paths relative to scripts/. */
function relativeImports(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2]!);
  return specs.map((s) => relative(SCRIPTS, resolve(dirname(file), s)));
}

/** `extract/passages.ts` → `extract`; a root file → undefined. */
function stageOf(path: string): string | undefined {
  return path.includes("/") ? path.split("/")[0] : undefined;
}

const files = tsFiles(SCRIPTS).map((f) => ({ path: relative(SCRIPTS, f), imports: relativeImports(f, readFileSync(f, "utf8")) }));
const byPath = new Map(files.map((f) => [f.path, f]));

/** Root files that reach a stage folder, directly or through another root file: the CLI, the pipeline, the edges. */
function runsStages(path: string, seen = new Set<string>()): boolean {
  if (seen.has(path)) return false;
  seen.add(path);
  const file = byPath.get(path);
  if (!file) return false;
  return file.imports.some((i) => stageOf(i) !== undefined || (!i.startsWith("..") && runsStages(i, seen)));
}

const floors = suite("the import floors");

floors("should find the stage folders and the floor", () => {
  const stages = new Set(files.map((f) => stageOf(f.path)).filter(Boolean));
  for (const s of ["ingest", "extract", "generate", "verify", "site", "pdf"]) assert.ok(stages.has(s), `no scripts/${s}/`);
  assert.ok(files.some((f) => !stageOf(f.path) && !runsStages(f.path)), "no floor files");
});

floors("should let a stage import only its own folder and the floor", () => {
  const problems: string[] = [];
  for (const f of files) {
    const stage = stageOf(f.path);
    if (!stage) continue;
    for (const i of f.imports) {
      const other = stageOf(i);
      if (other && other !== stage) problems.push(`${f.path} imports ${i} (another stage)`);
      if (!other && runsStages(i)) problems.push(`${f.path} imports ${i} (a file that runs the stages)`);
    }
  }
  assert.equal(problems, []);
});

floors("should flag a stage that imports a neighbour", () => {
  const imports = relativeImports(join(SCRIPTS, "generate/x.ts"), 'import { a } from "../extract/brief.ts";\nimport type { B } from "../model.ts";');
  assert.equal(imports, ["extract/brief.ts", "model.ts"]);
  assert.is(stageOf(imports[0]!), "extract");
});

floors.run();
