// The only reader of the seeds folder: lists it in a fixed order and returns bytes, refusing what is not a seed.
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { compareStrings, diagnostic } from "../diagnostics.ts";
import type { Diagnostic, SeedFile } from "../model.ts";
import { SIDECAR_SUFFIX } from "./sidecar.ts";

export interface SeedListing {
  seeds: SeedFile[];
  diagnostics: Diagnostic[];
}

/** Reads every seed in `dir`; `displayBase` is the folder paths in messages are relative to. */
export async function readSeeds(dir: string, displayBase = process.cwd()): Promise<SeedListing> {
  const root = await realpath(dir);
  const names = (await readdir(dir)).map((n) => n.normalize("NFC")).sort(compareStrings);
  const nameSet = new Set(names);
  const seeds: SeedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const show = (name: string) => toPosix(relative(displayBase, join(dir, name)));
  for (const name of names) {
    const path = join(dir, name);
    const shown = show(name);
    if (name.endsWith(SIDECAR_SUFFIX)) {
      if (!nameSet.has(name.slice(0, -SIDECAR_SUFFIX.length))) {
        diagnostics.push(diagnostic(shown, "warning", `sidecar has no seed named "${name.slice(0, -SIDECAR_SUFFIX.length)}" beside it; ignored`, "sidecar-orphan"));
      }
      continue;
    }
    if (name.startsWith(".")) {
      diagnostics.push(diagnostic(shown, "info", "hidden file (name starts with a dot) is not read as a seed; rename it to include it", "seed-hidden"));
      continue;
    }
    const link = await lstat(path);
    if (link.isSymbolicLink()) {
      const target = await realpath(path).catch(() => undefined);
      if (!target || !(target === root || target.startsWith(root + sep))) {
        diagnostics.push(diagnostic(shown, "error", "symbolic link points outside the seeds folder (or nowhere); refused", "seed-symlink"));
        continue;
      }
    }
    const info = await stat(path);
    if (!info.isFile()) {
      diagnostics.push(diagnostic(shown, "info", "not a regular file; skipped", "seed-not-file"));
      continue;
    }
    const sidecarName = name + SIDECAR_SUFFIX;
    const sidecar = nameSet.has(sidecarName)
      ? { path: show(sidecarName), text: await readFile(join(dir, sidecarName), "utf8") }
      : undefined;
    seeds.push({ path: shown, name, bytes: new Uint8Array(await readFile(path)), sidecar });
  }
  return { seeds, diagnostics };
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}
