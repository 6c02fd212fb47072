// `npm start`: builds the dossier, serves _site on localhost and rebuilds when seeds, content, layouts or scripts change.
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { REPO_DIR } from "./pipeline.ts";

const SITE = join(REPO_DIR, "_site");
const PORT = Number(process.env.PORT ?? 8080);
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
  ".xml": "application/xml", ".svg": "image/svg+xml", ".pdf": "application/pdf", ".wasm": "application/wasm", ".txt": "text/plain; charset=utf-8",
};

let building: Promise<void> | undefined;
let again = false;

function build(): Promise<void> {
  if (building) {
    again = true;
    return building;
  }
  building = new Promise<void>((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(REPO_DIR, "scripts/build.ts"), ...process.argv.slice(2)], { cwd: REPO_DIR, stdio: "inherit" });
    child.on("exit", () => done());
  }).then(() => {
    building = undefined;
    if (again) {
      again = false;
      return build();
    }
  });
  return building;
}

await build();

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  let file = normalize(join(SITE, path));
  if (!file.startsWith(SITE)) return void res.writeHead(403).end();
  try {
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    statSync(file);
  } catch {
    res.writeHead(404, { "content-type": TYPES[".html"] });
    createReadStream(join(SITE, "404.html")).on("error", () => res.end("not found")).pipe(res);
    return;
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
}).listen(PORT, "127.0.0.1", () => console.log(`\nServing the dossier at http://localhost:${PORT}/ — edits to seeds/, content/, layouts/ or scripts/ rebuild it.`));

let timer: NodeJS.Timeout | undefined;
for (const folder of ["seeds", "content", "layouts", "scripts"]) {
  watch(join(REPO_DIR, folder), { recursive: true }, (_event, name) => {
    // The build writes content/sources and content/briefs itself: changes there are not edits.
    if (folder === "content" && name && /^(sources|briefs)[\\/][^\\/]+\.md$/.test(name)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void build(), 200);
  });
}
