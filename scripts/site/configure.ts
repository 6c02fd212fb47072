// Everything .eleventy.js wires: folders, the Markdown library, front matter safety, filters and collections.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { FRONT_MATTER_OPTIONS } from "../front-matter.ts";
import { createMarkdown } from "../markdown.ts";
import { filters } from "./filters.ts";

// A structural type for the part of Eleventy's config API we use (Eleventy ships no TypeScript types).
export interface EleventyConfig {
  addPlugin(plugin: unknown, options?: unknown): void;
  setLibrary(name: string, lib: unknown): void;
  amendLibrary(name: string, fn: (lib: { set(o: object): void }) => void): void;
  setFrontMatterParsingOptions(options: object): void;
  addDataExtension(ext: string, fn: (text: string) => unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPassthroughCopy(path: string | Record<string, string>): void;
  addCollection(name: string, fn: (api: CollectionApi) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  setUseGitIgnore(use: boolean): void;
  directories: { input: string };
}

export interface CollectionApi {
  getFilteredByTag(tag: string): Array<{ data: Record<string, unknown>; url: string }>;
}

/** The files Eleventy renders, by extension: generated Markdown and hand-written Nunjucks (.eleventy.js's `templateFormats`). */
export const TEMPLATE_FORMATS = ["md", "njk"];

export function configureEleventy(config: EleventyConfig): void {
  // Generated Markdown is git-ignored but must still be built (https://www.11ty.dev/docs/ignores/#opt-out-of-using-gitignore)
  config.setUseGitIgnore(false);
  // Markdown: our own markdown-it, raw HTML off (https://www.11ty.dev/docs/languages/markdown/#optional-set-your-own-library-instance)
  const md = createMarkdown();
  config.setLibrary("md", md);
  config.amendLibrary("md", (lib) => lib.set({ html: false }));
  // Front matter: YAML only; JavaScript front matter would run code (https://www.11ty.dev/docs/data-frontmatter-customize/)
  config.setFrontMatterParsingOptions({ ...FRONT_MATTER_OPTIONS, engines: { ...FRONT_MATTER_OPTIONS.engines, node: FRONT_MATTER_OPTIONS.engines.js } });
  // Data files: YAML in content/_data (https://www.11ty.dev/docs/data-custom/)
  // A file with a YAML error reads as empty here: the pipeline has already reported it with its line and column.
  config.addDataExtension("yaml", (text) => {
    const doc = parseDocument(text, { uniqueKeys: true });
    return doc.errors.length ? undefined : doc.toJS();
  });
  // Links: write root-relative URLs; the base plugin adds the path prefix (https://www.11ty.dev/docs/plugins/html-base/)
  config.addPlugin(HtmlBasePlugin);
  // Stylesheet, scripts and icons, copied as they are (https://www.11ty.dev/docs/copy/)
  config.addPassthroughCopy({ [join(config.directories.input, "assets")]: "assets" });
  for (const [name, fn] of Object.entries(filters)) config.addFilter(name, fn as (...args: never[]) => unknown);
  // The sources are listed from the `sourceList` global data the build passes (scripts/generate/source-page.ts), in
  // the sources index's order, not from a collection: a rebuild need not render every source page to list them.
  // Briefs oldest first by the agreement's date, then by id: the order of the home page and the briefs index.
  config.addCollection("briefs", (api) => api.getFilteredByTag("brief").sort(byBriefOrder));
}

function byBriefOrder(a: { data: Record<string, unknown> }, b: { data: Record<string, unknown> }): number {
  const key = (x: { data: Record<string, unknown> }) => `${(x.data.agreement_date as { iso?: string } | undefined)?.iso ?? ""} ${String(x.data.id)}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

