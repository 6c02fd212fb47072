// Reads the briefs a test build wrote (front matter as data) and the source paragraphs of the built site.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readFrontMatter } from "../../scripts/front-matter.ts";
import type { BriefData } from "../../scripts/brief-schema.ts";
import { readPage, type BuiltSite } from "./build.ts";
import { paragraphText } from "./html.ts";

/** The briefs' front matter as the build wrote it into its staging folder, by id. */
export function writtenBriefs(site: BuiltSite): Map<string, BriefData> {
  const dir = join(site.dir, "work", "content", "briefs");
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".md")).sort() : [];
  return new Map(names.map((n) => [n.replace(/\.md$/, ""), readFrontMatter(readFileSync(join(dir, n), "utf8")).data as unknown as BriefData]));
}

/** The visible text of paragraph `pN` on a built source page, or undefined when the page or paragraph is missing. */
export function builtParagraph(site: BuiltSite, source: string, paragraph: string): string | undefined {
  if (!existsSync(join(site.out, "sources", source, "index.html"))) return undefined;
  return paragraphText(readPage(site, `/sources/${source}/`), paragraph);
}

/** White space folded and quotation marks made straight, as the build compares quotes. */
export function comparable(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ").trim();
}
