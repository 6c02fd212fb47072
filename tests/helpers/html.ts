// Just enough HTML reading for tests: text of elements by id, links, tags, and entity decoding.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#") && name !== "#39") return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** Visible text of an HTML fragment: tags dropped, entities decoded, white space folded. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
}

/** The text of `<p id="pN">`, without its paragraph-link label. */
export function paragraphText(html: string, id: string): string | undefined {
  const m = new RegExp(`<p id="${id}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
  return m ? textOf(m[1]!.replace(/<a class="para-link"[^>]*>[^<]*<\/a>/, "")) : undefined;
}

/** Every href and src in a page. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

export interface Tag {
  name: string;
  attributes: Array<{ name: string; value: string }>;
}

// A start tag with its attributes; quoted values may hold ">" (seed text in a title or filter attribute does).
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag of a page, with attribute values entity-decoded, the way a browser would read them. */
export function tagsOf(html: string): Tag[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  return [...withoutComments.matchAll(START_TAG)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(ATTRIBUTE)].map((a) => ({ name: a[1]!.toLowerCase(), value: decodeEntities(a[2] ?? a[3] ?? a[4] ?? "") })),
  }));
}

/** Every `.html` file under a folder, as paths relative to it with a leading slash. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join("/")}`)
    .sort();
}

/** Where a moved source's old address leads (its refresh target), or undefined for a page that is not a redirect. */
export function redirectTarget(html: string): string | undefined {
  const m = /<meta http-equiv="refresh" content="0; url=([^"]*)">/.exec(html);
  return m ? decodeEntities(m[1]!) : undefined;
}
