// Indexes a built site for search through Pagefind's Node API, adding pages in byte order of their paths: Pagefind
// numbers pages in the order they are added, so a fixed order makes the index repeat byte for byte.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";
import { compareStrings } from "./diagnostics.ts";

/** Every HTML page under `siteDir`, as `/`-separated paths relative to it, in byte order. */
export async function htmlPages(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((path) => !path.startsWith("pagefind/"))
    .sort(compareStrings);
}

/** Writes the search bundle to `<siteDir>/pagefind/`; returns how many pages were indexed. */
export async function indexSite(siteDir: string): Promise<number> {
  const pages = await htmlPages(siteDir);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(errors.join("; "));
    for (const path of pages) {
      const added = await index.addHTMLFile({ sourcePath: path, content: await readFile(join(siteDir, path), "utf8") });
      if (added.errors.length) throw new Error(`${path}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length) throw new Error(written.errors.join("; "));
    return pages.length;
  } catch (error) {
    throw new Error(`Pagefind failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
}
