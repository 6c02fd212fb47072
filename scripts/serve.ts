// `npm start`: builds the dossier into a fresh folder and serves it with live reload; every edit to the seeds, content,
// layouts or scripts builds again into another folder, which is swapped in whole once its pages are complete (its
// search index follows, and is served once in place). The builds run in
// one worker process that keeps each source's reading between them (scripts/build-worker.ts); an edit to content/,
// layouts/ or scripts/ starts a fresh worker, since its code, templates or data may be what changed.
import { spawn, type ChildProcess } from "node:child_process";
import { watch } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { BuildAnswer, BuildRequest } from "./build-worker.ts";
import { REPO_DIR } from "./pipeline.ts";
import { isEdit, keepWatching, type WatchedFolder } from "./preview-edits.ts";
import { serve, type Served } from "./site-server.ts";

const { values } = parseArgs({
  options: {
    // Where to listen: 127.0.0.1 unless asked otherwise (`--host 0.0.0.0` shows the preview to the local network).
    host: { type: "string", default: "127.0.0.1" },
    // PORT, else 8080; 0 takes any free port.
    port: { type: "string", default: process.env.PORT ?? "8080" },
    // Passed to the build as they are.
    seeds: { type: "string" },
    work: { type: "string" },
    catalogue: { type: "string" },
    strict: { type: "boolean" },
    "path-prefix": { type: "string" },
    pdf: { type: "string" },
    paper: { type: "string" },
  },
  allowPositionals: false,
});

const seedsDir = resolve(values.seeds ?? join(REPO_DIR, "seeds"));
const buildArgs = [
  "--seeds", seedsDir,
  ...(values.work ? ["--work", resolve(values.work)] : []),
  ...(values.catalogue ? ["--catalogue", resolve(values.catalogue)] : []),
  ...(values.strict ? ["--strict"] : []),
  ...(values["path-prefix"] ? ["--path-prefix", values["path-prefix"]] : []),
  ...(values.pdf ? ["--pdf", values.pdf] : []),
  ...(values.paper ? ["--paper", values.paper] : []),
];

const buildsDir = await mkdtemp(join(tmpdir(), "dossier-preview-"));
let builds = 0;
let served: { dir: string; prefix: string } | undefined;
/** The build served before the current one: kept until the next swap, so requests it started can finish. */
let retired: string | undefined;
let server: Served | undefined;

let worker: ChildProcess | undefined;
/** Set by an edit outside the seeds: the next build starts a fresh worker. */
let freshWorker = false;

/** The worker that keeps the sources' readings, started anew when asked or when the last one ended. */
function currentWorker(): ChildProcess {
  if (worker && worker.exitCode === null && !freshWorker) return worker;
  worker?.kill();
  freshWorker = false;
  worker = spawn(process.execPath, ["--import", "tsx", join(REPO_DIR, "scripts/build-worker.ts"), ...buildArgs], { cwd: REPO_DIR, stdio: ["inherit", "inherit", "inherit", "ipc"] });
  return worker;
}

/** Builds into a new folder; resolves with it and its path prefix when the build completed (its report is written last). */
function buildOnce(): Promise<{ dir: string; prefix: string } | undefined> {
  const dir = join(buildsDir, String(++builds));
  const started = Date.now();
  return new Promise((done) => {
    const builder = currentWorker();
    // The worker's answer, or its exit code if it died first: either ends this build, once.
    const ended = async () => {
      builder.off("message", ended);
      builder.off("exit", ended);
      const report = await readFile(join(dir, "build-report.json"), "utf8").then((t) => JSON.parse(t) as { pathPrefix?: string }, () => undefined);
      if (!report) {
        console.log(`\nThe build stopped before it finished; still serving the last complete build.`);
        return done(undefined);
      }
      console.log(`\nbuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      done({ dir, prefix: report.pathPrefix ?? "/" });
    };
    builder.on("message", ended);
    builder.on("exit", ended);
    builder.send({ out: dir } satisfies BuildRequest);
  });
}

let building: Promise<void> | undefined;
let again = false;

/** One build at a time; an edit during a build asks for one more once it ends. */
function rebuild(): Promise<void> {
  if (building) {
    again = true;
    return building;
  }
  building = (async () => {
    const built = await buildOnce();
    if (built) await swapIn(built);
  })()
    // Whatever goes wrong in one build, the preview goes on with what it served before and builds on the next edit.
    .catch((error: unknown) => console.log(`\nThe build could not be served: ${error instanceof Error ? error.message : String(error)}. The preview goes on with what it served before.`))
    .finally(() => {
      building = undefined;
      if (again) {
        again = false;
        void rebuild();
      }
    });
  return building;
}

async function swapIn(built: { dir: string; prefix: string }): Promise<void> {
  const previous = served;
  served = built;
  if (!server || previous?.prefix !== built.prefix) {
    await server?.close();
    server = await serve(built.dir, built.prefix, { port: server ? Number(new URL(server.url).port) : Number(values.port), host: values.host, notFoundPage: "404.html", liveReload: true });
    console.log(`\nServing the dossier at ${server.url}${built.prefix} (live reload on) — edits to ${seedsDir}, content/, layouts/ or scripts/ rebuild it.`);
  } else {
    server.swap(built.dir);
    server.reload();
    console.log(`Serving the new build; open pages reload.`);
  }
  // The build before the one just replaced is no longer served by anyone.
  if (retired) void rm(retired, { recursive: true, force: true });
  retired = previous?.dir;
}

await rebuild();

let timer: NodeJS.Timeout | undefined;
const folders: Array<[string, WatchedFolder]> = [[seedsDir, "seeds"], ...(["content", "layouts", "scripts"] as const).map((f): [string, WatchedFolder] => [join(REPO_DIR, f), f])];
const watchers = folders.map(([folder, kind]) =>
  keepWatching(() =>
    watch(folder, { recursive: true }, (_event, name) => {
      // What the build writes itself (generated pages, the history and the address register) is no edit.
      if (!isEdit(kind, name)) return;
      if (kind !== "seeds") freshWorker = true;
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), 200);
    }),
  ),
);

async function stop(): Promise<void> {
  for (const w of watchers) w.close();
  clearTimeout(timer);
  worker?.kill();
  await server?.close();
  await rm(buildsDir, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
