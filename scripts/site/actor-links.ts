// Links names in a rendered brief to their actor pages, at render time, in the brief's own prose: never inside a link,
// a heading, a block quotation or a “quoted” passage, so source words stay exactly as the source wrote them.
import { foldText, foldWithMap } from "../fold.ts";

export interface ActorLink {
  id: string;
  url: string;
  /** The names that mean the actor, longest first. */
  names: string[];
}

// Elements whose text is never linked; their contents are copied as they are.
const SKIP = new Set(["a", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "code", "pre", "script", "style", "svg", "title", "figure", "sup"]);
// Elements that start a new run of text: a quotation mark left open never reaches past one.
const BLOCK = new Set(["p", "li", "td", "th", "dd", "dt", "div", "section", "table", "tr", "ul", "ol", "dl"]);

/**
 * `html` with the first mention of each actor in each section (a part that starts at an `<h2>`) made a link to its
 * page. An acronym (`GNA`, `UN`) links only where it is written in capitals.
 */
export function linkActors(html: string, links: readonly ActorLink[] | undefined): string {
  if (!links?.length) return String(html ?? "");
  const { owner, pattern } = matcherFor(links);
  const out: string[] = [];
  let skipDepth = 0;
  let quoteDepth = 0;
  let linked = new Set<string>();
  for (const token of String(html ?? "").split(/(<[^>]*>)/)) {
    if (token.startsWith("<")) {
      const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(token);
      const name = m?.[2]?.toLowerCase();
      if (name && SKIP.has(name) && !token.endsWith("/>")) skipDepth += m![1] ? -1 : 1;
      if (name && BLOCK.has(name)) quoteDepth = 0;
      if (name === "h2" && !m![1]) linked = new Set();
      out.push(token);
      continue;
    }
    if (skipDepth > 0 || !token) {
      out.push(token);
      continue;
    }
    // Where quoted passages (“…”) lie in this text, carried on from the text before it in the same block.
    const quoted: boolean[] = [];
    for (const ch of token) {
      if (ch === "“") quoteDepth += 1;
      quoted.push(quoteDepth > 0);
      if (ch === "”") quoteDepth = Math.max(0, quoteDepth - 1);
      if (ch.length === 2) quoted.push(quoteDepth > 0);
    }
    let last = 0;
    let text = "";
    const folded = foldWithMap(token);
    for (const m of folded.folded.matchAll(pattern)) {
      const match = { start: folded.starts[m.index!]!, end: folded.starts[m.index! + m[0].length]! };
      const { link, name } = owner.get(m[0])!;
      const words = token.slice(match.start, match.end);
      if (linked.has(link.id) || quoted[match.start] || quoted[match.end - 1]) continue;
      if (/^[\p{Lu}.\d]+$/u.test(name) && words !== name) continue;
      linked.add(link.id);
      text += `${token.slice(last, match.start)}<a class="actor-link" href="${link.url}">${words}</a>`;
      last = match.end;
    }
    out.push(text + token.slice(last));
  }
  return out.join("");
}

const matchers = new WeakMap<readonly ActorLink[], { owner: Map<string, { link: ActorLink; name: string }>; pattern: RegExp }>();

/** One pattern for every name, folded as the text is (case, diacritics), longest first, whole words only; built once per list. */
function matcherFor(links: readonly ActorLink[]) {
  const cached = matchers.get(links);
  if (cached) return cached;
  const owner = new Map<string, { link: ActorLink; name: string }>();
  for (const link of links) for (const name of link.names) if (foldText(name).trim() && !owner.has(foldText(name))) owner.set(foldText(name), { link, name });
  const keys = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const made = { owner, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.join("|")})(?![\\p{L}\\p{N}])`, "gu") };
  matchers.set(links, made);
  return made;
}
