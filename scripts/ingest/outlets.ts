// Names the outlet a story appears in and the outlets it credits, from a list of known outlets (data, not code).
import type { Outlet } from "../catalogue.ts";
import type { Field, Paragraph } from "../model.ts";

/** Splits "Headline – Middle East Monitor" into the headline and a known outlet. */
export function outletFromHeadline(headline: Field, outlets: readonly Outlet[]): { headline: Field; outlet?: Field } {
  const m = /^(.+?)\s+[–—|-]\s+([^–—|]+)$/.exec(headline.value);
  const outlet = m && findOutlet(m[2]!, outlets);
  if (!m || !outlet) return { headline };
  return { headline: { ...headline, value: m[1]! }, outlet: { value: outlet.name, from: "text", line: headline.line } };
}

/** The outlet that owns a URL's host, e.g. thecradle.co → The Cradle. */
export function outletFromUrl(url: Field, outlets: readonly Outlet[]): Field | undefined {
  let host: string;
  try {
    host = new URL(url.value).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return undefined;
  }
  const outlet = outlets.find((o) => o.domains.some((d) => host === d || host.endsWith(`.${d}`)));
  return outlet && { value: outlet.name, from: "text", line: url.line };
}

/** Known outlets the paragraphs name, other than the story's own, in order of first mention. */
export function creditedOutlets(paragraphs: readonly Paragraph[], own: string | undefined, outlets: readonly Outlet[]): Field[] {
  const found: Array<{ name: string; line: number; order: number }> = [];
  for (const outlet of outlets) {
    if (outlet.name === own) continue;
    for (const [order, p] of paragraphs.entries()) {
      if ([outlet.name, ...outlet.aliases].some((name) => mentions(p.text, name))) {
        found.push({ name: outlet.name, line: p.line, order });
        break;
      }
    }
  }
  found.sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : 1));
  return found.map((f) => ({ value: f.name, from: "text", line: f.line }));
}

/** The known outlet a name or alias stands for ("AA" → Anadolu Agency). */
export function outletNamed(name: string, outlets: readonly Outlet[]): Outlet | undefined {
  return findOutlet(name, outlets);
}

function findOutlet(name: string, outlets: readonly Outlet[]): Outlet | undefined {
  const key = name.trim().toLowerCase();
  return outlets.find((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase() === key));
}

/** Whole-phrase, case-sensitive mention (outlet names are proper nouns). */
function mentions(text: string, name: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return false;
    const before = text[at - 1];
    const after = text[at + name.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
