// The only writer of generated content: replaces the generated Markdown folders with what the generator produced, and
// records the address register and the history of what changed beside the seeds (or in a staged build's work folder).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ContentFile } from "./model.ts";

/** Folders under content/ that hold only generated Markdown; anything else in them (directory data) is kept. */
export const GENERATED_FOLDERS = ["sources", "briefs", "evidence", "review", "discrepancies"] as const;

/**
 * Leaves content/'s generated folders holding exactly `files`: a file whose text is unchanged is left as it is (no
 * delete and rewrite of every page on every build), and a generated page no longer produced is removed.
 */
export async function writeContent(contentDir: string, files: readonly ContentFile[]): Promise<void> {
  const wanted = new Set(files.map((f) => f.path));
  for (const folder of GENERATED_FOLDERS) {
    const dir = join(contentDir, folder);
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(dir)) {
      if (name.endsWith(".md") && !wanted.has(`${folder}/${name}`)) await rm(join(dir, name));
    }
  }
  const made = new Set<string>();
  for (const file of files) {
    const target = join(contentDir, file.path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    if (textOf(target) !== file.text) writeFileSync(target, file.text, "utf8");
  }
}

/**
 * A page's text as content/ holds it, or undefined. Synchronous, as Eleventy writes its output: a thousand small
 * pages through the promise API cost four thread-pool round trips each, a second at 1,000 articles.
 */
function textOf(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** A record this writer keeps in a staged build's work folder (its history), read back by the next build; undefined when absent. */
export async function readWorkFile(path: string): Promise<string | undefined> {
  return readFile(path, "utf8").catch(() => undefined);
}

/** Writes a machine-kept record (the address register `<seeds>/.addresses.yaml`, the history) when its text has changed; true when it wrote. */
export async function writeRecord(path: string, text: string): Promise<boolean> {
  const old = await readFile(path, "utf8").catch(() => undefined);
  if (old === text) return false;
  await writeFile(path, text, "utf8");
  return true;
}
