// The only reader of the seeds folder: lists it in a fixed order and returns bytes, refusing what is not a seed.
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { compareStrings, diagnostic } from "../diagnostics.ts";
import type { Diagnostic, SeedFile } from "../model.ts";
import { MAX_SEED_BYTES } from "./decode.ts";
import { ADDRESS_FILE } from "./addresses.ts";
import { SIDECAR_SUFFIX } from "./sidecar.ts";
import { HISTORY_FILE } from "../history.ts";

export interface SeedListing {
  seeds: SeedFile[];
  /** The address register (`.addresses.yaml`), when the folder has one: read here, never as a seed. */
  addresses?: { path: string; text: string };
  /** The record of what changed in each brief (`.history.json`), when the folder has one: read here, never as a seed. */
  history?: { path: string; text: string };
  diagnostics: Diagnostic[];
}

/** A directory entry: `name` as shown and sorted (Unicode NFC), `onDisk` as the file system spells it. */
interface Entry {
  name: string;
  onDisk: string;
}

/** Reads every seed in `dir`; `displayBase` is the folder paths in messages are relative to. */
export async function readSeeds(dir: string, displayBase = process.cwd()): Promise<SeedListing> {
  const root = await realpath(dir);
  // Names are compared in NFC so that a name saved decomposed (macOS) sorts and pairs like the same name composed;
  // the file is still opened by its own spelling.
  const entries: Entry[] = (await readdir(dir))
    .map((onDisk) => ({ name: onDisk.normalize("NFC"), onDisk }))
    .sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.onDisk, b.onDisk));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const seeds: SeedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let addresses: SeedListing["addresses"];
  let history: SeedListing["history"];
  const show = (name: string) => toPosix(relative(displayBase, join(dir, name)));
  for (const { name, onDisk } of entries) {
    const path = join(dir, onDisk);
    const shown = show(name);
    if (name.endsWith(SIDECAR_SUFFIX)) {
      if (!byName.has(name.slice(0, -SIDECAR_SUFFIX.length))) {
        diagnostics.push(diagnostic(shown, "warning", `sidecar has no seed named "${name.slice(0, -SIDECAR_SUFFIX.length)}" beside it; ignored`, "sidecar-orphan"));
      }
      continue;
    }
    if (name === ADDRESS_FILE) {
      addresses = await readRecord(path, shown, "the address register", "address-register", diagnostics);
      continue;
    }
    if (name === HISTORY_FILE) {
      history = await readRecord(path, shown, "the history of what changed", "history-file", diagnostics);
      continue;
    }
    if (name.startsWith(".")) {
      diagnostics.push(diagnostic(shown, "info", "hidden file (name starts with a dot) is not read as a seed; rename it to include it", "seed-hidden"));
      continue;
    }
    if (!staysInside(path, root)) {
      diagnostics.push(diagnostic(shown, "error", "symbolic link points outside the seeds folder (or nowhere); refused", "seed-symlink"));
      continue;
    }
    const info = statSync(path);
    if (!info.isFile()) {
      diagnostics.push(diagnostic(shown, "info", "not a regular file; skipped", "seed-not-file"));
      continue;
    }
    // Refused before reading, so a huge file costs no memory.
    if (info.size > MAX_SEED_BYTES) {
      diagnostics.push(diagnostic(shown, "error", `file is ${info.size} bytes, over the ${MAX_SEED_BYTES}-byte limit for a seed; seed skipped`, "seed-too-large"));
      continue;
    }
    const sidecarEntry = byName.get(name + SIDECAR_SUFFIX);
    let sidecar: SeedFile["sidecar"];
    if (sidecarEntry) {
      const sidecarPath = join(dir, sidecarEntry.onDisk);
      if (!staysInside(sidecarPath, root)) {
        diagnostics.push(diagnostic(show(sidecarEntry.name), "error", "symbolic link points outside the seeds folder (or nowhere); sidecar refused", "seed-symlink"));
      } else {
        const sidecarInfo = statSync(sidecarPath);
        if (!sidecarInfo.isFile()) {
          diagnostics.push(diagnostic(show(sidecarEntry.name), "error", "sidecar is not a regular file; ignored", "seed-not-file"));
        } else if (sidecarInfo.size > MAX_SEED_BYTES) {
          diagnostics.push(diagnostic(show(sidecarEntry.name), "error", `sidecar is over the ${MAX_SEED_BYTES}-byte limit; ignored`, "seed-too-large"));
        } else {
          const text = readOrReport(show(sidecarEntry.name), () => readFileSync(sidecarPath, "utf8"), diagnostics);
          if (text !== undefined) sidecar = { path: show(sidecarEntry.name), text };
        }
      }
    }
    const bytes = readOrReport(shown, () => readFileSync(path), diagnostics);
    if (bytes) seeds.push({ path: shown, name, bytes: new Uint8Array(bytes), sidecar });
  }
  return { seeds, addresses, history, diagnostics };
}

/** A machine-written record kept beside the seeds (the address register, the history): its text, if it is a readable file. */
async function readRecord(path: string, shown: string, what: string, rule: string, diagnostics: Diagnostic[]): Promise<{ path: string; text: string } | undefined> {
  if (!(await lstat(path)).isFile()) {
    diagnostics.push(diagnostic(shown, "error", `${what} must be a regular file; ignored`, rule));
    return undefined;
  }
  const text = await readFile(path, "utf8").catch((error: Error) => unreadable(shown, error, diagnostics));
  return text === undefined ? undefined : { path: shown, text };
}

/**
 * What `read` returns, or undefined with an error naming the file. Seeds are read synchronously: a thousand small files
 * through the promise API cost six thread-pool round trips each: at 1,000 articles, reading unchanged seeds took 0.45 s that way and 0.03 s this way.
 */
function readOrReport<T>(shown: string, read: () => T, diagnostics: Diagnostic[]): T | undefined {
  try {
    return read();
  } catch (error) {
    return unreadable(shown, error as Error, diagnostics);
  }
}

/** A file the system will not let us read (permissions, I/O): an error naming it, and the build goes on. */
function unreadable(shown: string, error: Error, diagnostics: Diagnostic[]): undefined {
  const code = (error as NodeJS.ErrnoException).code ?? error.message;
  diagnostics.push(diagnostic(shown, "error", `cannot read the file (${code}); skipped`, "seed-unreadable"));
  return undefined;
}

/** False for a symbolic link whose target is outside `root` or missing; true for anything else. */
function staysInside(path: string, root: string): boolean {
  if (!lstatSync(path).isSymbolicLink()) return true;
  let target: string | undefined;
  try {
    target = realpathSync(path);
  } catch {
    target = undefined;
  }
  return !!target && (target === root || target.startsWith(root + sep));
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}
