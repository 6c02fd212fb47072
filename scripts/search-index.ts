// Indexes a built site for search through Pagefind's Node API, adding pages in byte order of their paths: Pagefind
// numbers pages in the order they are added, so a fixed order makes the index repeat byte for byte. (`addDirectory`
// is faster but numbers pages in the order the file system lists them, which differs between machines.)
import { mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
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

/** The attribute a page's searchable part carries (layouts/brief.njk, layouts/source.njk). */
const BODY_MARK = "data-pagefind-body";

/** How many pages are sent to Pagefind before the first answer is awaited. */
const PAGES_IN_FLIGHT = 32;

/** The folder of a site that holds its search bundle. */
export const SEARCH_FOLDER = "pagefind";

/** Writes the search bundle to `<siteDir>/pagefind/` (or another folder of the site); returns how many pages were sent to it. */
export async function indexSite(siteDir: string, folder = SEARCH_FOLDER): Promise<number> {
  const pages = await htmlPages(siteDir);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(errors.join("; "));
    // Pagefind's service handles requests one at a time in the order they arrive, so pages are sent ahead without
    // waiting for each answer (a window of them, to bound memory): the order, and so the index, stays the same.
    const inFlight: Array<Promise<unknown>> = [];
    const failures: string[] = [];
    const send = async (path: string, content: string) => {
      inFlight.push(
        index.addHTMLFile({ sourcePath: path, content }).then(
          (added) => added.errors.length && failures.push(`${path}: ${added.errors.join("; ")}`),
          (error: unknown) => failures.push(`${path}: ${error instanceof Error ? error.message : String(error)}`),
        ),
      );
      if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
    };
    // Once a page marks its body for search, Pagefind ignores every page that does not, so those are not sent: at
    // 1,000 articles they are a third of the site's HTML (the print dossier, actor pages, the review queue) and half
    // of Pagefind's time. A site where no page marks one is indexed whole, as Pagefind would.
    const unmarked: string[] = [];
    for (const path of pages) {
      const content = await readFile(join(siteDir, path), "utf8");
      if (content.includes(BODY_MARK)) await send(path, content);
      else unmarked.push(path);
    }
    if (unmarked.length === pages.length) for (const path of unmarked) await send(path, await readFile(join(siteDir, path), "utf8"));
    await Promise.all(inFlight);
    if (failures.length) throw new Error(failures.join("; "));
    const written = await index.writeFiles({ outputPath: join(siteDir, folder) });
    if (written.errors.length) throw new Error(written.errors.join("; "));
    return unmarked.length === pages.length ? pages.length : pages.length - unmarked.length;
  } catch (error) {
    throw new Error(`Pagefind failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
}

/** The bundle's entry, which names its other files by their hashes. */
const ENTRY = "pagefind-entry.json";

/**
 * Indexes a site that is already served with an older bundle: the new bundle is written beside it, then moved in file
 * by file, each move replacing a file of the same name in one step and the entry last, so the files it names are there
 * before it; the older bundle's other files go after. The folder and the files both bundles share (the scripts) are
 * never missing, so a page being served meanwhile never asks for one that is not there.
 */
export async function reindexSite(siteDir: string): Promise<number> {
  const target = join(siteDir, SEARCH_FOLDER);
  const next = join(siteDir, `${SEARCH_FOLDER}.next`);
  await rm(next, { recursive: true, force: true });
  const pages = await indexSite(siteDir, `${SEARCH_FOLDER}.next`);
  const files = await filesUnder(next);
  files.sort((a, b) => Number(a === ENTRY) - Number(b === ENTRY) || compareStrings(a, b));
  for (const file of files) {
    await mkdir(dirname(join(target, file)), { recursive: true });
    await rename(join(next, file), join(target, file));
  }
  const kept = new Set(files);
  for (const file of await filesUnder(target)) if (!kept.has(file)) await rm(join(target, file), { force: true });
  await rm(next, { recursive: true, force: true });
  return pages;
}

/** Every file under `dir`, as `/`-separated paths relative to it (none when it does not exist). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}
