// `npm start`: builds the dossier, serves _site on localhost and rebuilds when seeds, content, layouts or scripts change.
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { join } from "node:path";
import { REPO_DIR } from "./pipeline.ts";
import { serve } from "./static-server.ts";

const SITE = join(REPO_DIR, "_site");
const PORT = Number(process.env.PORT ?? 8080);
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

await serve(SITE, "/", { port: PORT, notFoundPage: "404.html" });
console.log(`\nServing the dossier at http://localhost:${PORT}/ — edits to seeds/, content/, layouts/ or scripts/ rebuild it.`);

let timer: NodeJS.Timeout | undefined;
for (const folder of ["seeds", "content", "layouts", "scripts"]) {
  watch(join(REPO_DIR, folder), { recursive: true }, (_event, name) => {
    // The build writes content/sources and content/briefs itself: changes there are not edits.
    if (folder === "content" && name && /^(sources|briefs)[\\/][^\\/]+\.md$/.test(name)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void build(), 200);
  });
}
