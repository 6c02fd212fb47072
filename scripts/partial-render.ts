// A rebuild in the same process renders only what may have changed: a source page reads nothing but its own front matter and the build's settings, so one whose text is unchanged is carried over from the last build's output instead of rendered again.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, cp, mkdir, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { escapePath } from "tinyglobby";

/**
 * What a build rendered, kept for the next build of the same process: where its site is, a digest of the settings every
 * page reads, and a digest of each self-contained page's text.
 */
export interface RenderMemo {
  out: string;
  settings: string;
  pages: Map<string, string>;
  /** A digest of the at-a-glance data the glance pages read (`GLANCE_PAGES`). */
  glance: string;
  /** How the last build went: pages Eleventy rendered, and pages carried over from the build before. */
  last: { rendered: number; carried: number };
}

/**
 * Whether a generated page renders from its own text and the build's settings alone: the source pages and the redirects
 * at sources' old addresses (layouts/source.njk, layouts/redirect.njk and layouts/base.njk read no other page and no
 * whole-dossier data but the number of sources, which is part of the settings).
 */
export function isSelfContained(path: string): boolean {
  return /^sources\/[^/]+\.md$/.test(path);
}

/**
 * The inputs of a whole render, in two passes of Eleventy (each a glob over `contentDir`, rendered with `contentDir` as its
 * input folder): every template but the source pages, then the source pages. Eleventy keeps every page's text, rendered
 * body and output until its build ends; the source pages read no other page (`isSelfContained`), so a pass of their own
 * lets the rest go first, and the build's peak is the larger pass, not both (at 5,000 articles, with the collections
 * between the passes, about 250 MB less).
 * `folders`: the content folder's own folders, every one but sources/ in the first pass; `formats`: the extensions
 * Eleventy renders (`TEMPLATE_FORMATS`).
 */
export function renderPasses(contentDir: string, folders: readonly string[], formats: readonly string[]): string[] {
  const others = folders.filter((name) => name !== SOURCE_FOLDER).sort();
  const templates = (under: string) => formats.map((ext) => `${under}*.${ext}`);
  // One brace list of whole paths per pass: a list whose items start with `**` matches nothing. The folder's own path
  // is escaped: "dossier (copy)" would otherwise be read as a pattern and match no file at all.
  const anyOf = (patterns: string[]) => `${escapePath(contentDir)}/{${patterns.join(",")}}`;
  return [anyOf([...templates(""), ...others.flatMap((name) => templates(`${name}/**/`))]), anyOf(templates(`${SOURCE_FOLDER}/**/`))];
}

/** The folder of content/ that holds the source pages. */
const SOURCE_FOLDER = "sources";

/**
 * Hand-written templates that read nothing but the build's settings and the at-a-glance data (`glance`: the actor pages
 * and the timeline's), and the folders of the site they write: carried over whole while that data is the same.
 */
export const GLANCE_PAGES = { templates: ["actor.njk", "actors.njk", "timeline.njk", "timeline-part.njk"], folders: ["actors", "timeline"] } as const;

/**
 * A digest of what every page is rendered with besides its own text and the build's data: the layouts, and the content
 * folder's own files (templates, data files, assets), all but the generated folders. `npm start` starts a fresh worker
 * when these change; a caller that builds again after editing them gets no page carried over either.
 */
export function templatesDigest(contentDir: string, generated: readonly string[]): string {
  const hash = createHash("sha256");
  const add = (root: string, skip: ReadonlySet<string>) => {
    if (!existsSync(root)) return;
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .filter((path) => !skip.has(relative(root, path).split(sep)[0]!))
      .sort();
    for (const path of files) hash.update(`${relative(root, path)}\0`).update(readFileSync(path)).update("\0");
  };
  add(contentDir, new Set(generated));
  add(join(dirname(contentDir), "layouts"), new Set());
  return hash.digest("base64url");
}

/** A short digest of a text: what the memo keeps instead of the text. */
export function digestOf(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/** Where Eleventy writes a page of content/: `sources/x.md` → `sources/x/index.html` (the default permalink, which these pages keep). */
export function outputPathOf(path: string): string {
  return `${path.replace(/\.md$/, "")}/index.html`;
}

/**
 * The self-contained pages this build can carry over from the last one: none unless the settings and the set of such
 * pages are the same as the last build's; otherwise each page whose text is the same.
 */
export function pagesToCarry(previous: Pick<RenderMemo, "settings" | "pages"> | undefined, settings: string, pages: ReadonlyMap<string, string>): string[] {
  if (!previous || previous.settings !== settings || previous.pages.size !== pages.size) return [];
  if ([...pages.keys()].some((path) => !previous.pages.has(path))) return [];
  return [...pages].filter(([path, digest]) => previous.pages.get(path) === digest).map(([path]) => path).sort();
}

/**
 * A copy of the content folder without the carried pages and the templates left out, beside a copy of its layouts
 * (`../layouts`, as the Eleventy config expects), for Eleventy to render; returns the copy's content folder.
 */
export async function renderInput(contentDir: string, viewDir: string, carried: ReadonlySet<string>, leftOut: ReadonlySet<string> = new Set()): Promise<string> {
  await rm(viewDir, { recursive: true, force: true });
  const input = join(viewDir, "content");
  // Every folder but sources/ whole; of sources/, only the pages to render (a filter would visit every carried page).
  const sources = join(contentDir, "sources");
  const skipped = new Set([sources, ...[...leftOut].map((name) => join(contentDir, name))]);
  await cp(contentDir, input, { recursive: true, filter: (from) => !skipped.has(from) });
  await mkdir(join(input, "sources"), { recursive: true });
  for (const name of readdirSync(sources)) {
    if (!carried.has(`sources/${name}`)) await copyFile(join(sources, name), join(input, "sources", name));
  }
  await cp(join(dirname(contentDir), "layouts"), join(viewDir, "layouts"), { recursive: true });
  return input;
}

/** The addresses of the pages a folder of a built site holds (`actors/x/index.html` → `/actors/x/`), sorted. */
export function pagesUnder(site: string, folder: string): string[] {
  const root = join(site, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === "index.html")
    .map((e) => `/${relative(site, e.parentPath).split(sep).join("/")}/`)
    .sort();
}

/**
 * Puts each carried page's output from the last build's site into this build's: a hard link where it can, else a copy.
 * Synchronous: a thousand links through the promise API cost a quarter of a second in thread-pool round trips.
 */
export function carryOver(fromSite: string, toSite: string, carried: readonly string[]): void {
  for (const path of carried) linkOrCopy(join(fromSite, outputPathOf(path)), join(toSite, outputPathOf(path)));
}

/** Carries a whole folder of the last build's site (its search bundle) into this build's, file by file, as `carryOver` does. */
export function carryFolder(fromSite: string, toSite: string, folder: string): void {
  const root = join(fromSite, folder);
  if (!existsSync(root)) return;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    linkOrCopy(from, join(toSite, folder, relative(root, from)));
  }
}

/** Carries the last build's files at these paths (relative to the site) over, where it has them. */
export function carryFiles(fromSite: string, toSite: string, paths: readonly string[]): void {
  for (const path of paths) if (existsSync(join(fromSite, path))) linkOrCopy(join(fromSite, path), join(toSite, path));
}

/** A hard link: the last build's site may be removed once this one is served, and the file stays. A copy across file systems. */
function linkOrCopy(from: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(from, target);
  } catch {
    copyFileSync(from, target);
  }
}
