// What feed.xml and sitemap.xml list: typed records from Eleventy's collections, in an order that never depends on the clock.
import { createHash } from "node:crypto";
import { compareStrings } from "../diagnostics.ts";

/** The part of an Eleventy collection item we read. `url` is false for pages that are not written. */
export interface PageItem {
  url: string | false;
  data: Record<string, unknown>;
}

export interface FeedEntry {
  kind: string;
  title: string;
  /** Root-relative, without the path prefix: `/sources/x/`. */
  url: string;
  /** A URN that stays the same when the dossier moves to another address. */
  id: string;
  /** RFC 3339: the publication date, or the build date for undated pages. */
  updated: string;
  published: string | null;
  summary: string;
}

/**
 * Every page of the given kinds (collection names, e.g. `brief`, `source`), and for a brief each build date that changed
 * it (its recorded history), newest first, undated last, then by title.
 */
export function feedEntries(collections: Record<string, PageItem[] | undefined>, kinds: readonly string[], buildDate: string): FeedEntry[] {
  const entries = kinds.flatMap((kind) =>
    (collections[kind] ?? [])
      .filter((item): item is PageItem & { url: string } => typeof item.url === "string")
      .flatMap((item) => [toEntry(kind, item, buildDate), ...(kind === "brief" ? changeEntries(item) : [])]),
  );
  return entries.sort(
    (a, b) =>
      Number(a.published === null) - Number(b.published === null) ||
      compareStrings(b.published ?? "", a.published ?? "") ||
      kinds.indexOf(a.kind) - kinds.indexOf(b.kind) ||
      compareStrings(a.title, b.title) ||
      compareStrings(a.url, b.url),
  );
}

/** The feed's own `updated`: its newest entry, or the build date when it has none. */
export function feedUpdated(entries: readonly FeedEntry[], buildDate: string): string {
  return entries.map((e) => e.updated).reduce((newest, d) => (d > newest ? d : newest), atomDate(buildDate)!);
}

/** Root-relative URLs of every written HTML page, sorted. */
export function sitemapUrls(items: readonly PageItem[]): string[] {
  const urls = items.map((item) => item.url).filter((url): url is string => typeof url === "string" && (url.endsWith("/") || url.endsWith(".html")));
  return [...new Set(urls)].sort(compareStrings);
}

/** `2025-07-11`, `2025-07` or `2025` → the first instant of that day, month or year, in UTC; null for anything else. */
export function atomDate(value: unknown): string | null {
  const iso = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
  if (typeof iso !== "string") return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso.trim());
  if (!m) return null;
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}T00:00:00Z`;
}

/** A name-based (version 5 style) UUID URN for a page, from its root-relative URL. */
export function entryId(url: string): string {
  const hex = createHash("sha1").update(`turkiye-libya-dossier:${url}`).digest("hex").slice(0, 32).split("");
  hex[12] = "5";
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Drops characters XML 1.0 cannot carry (C0 controls other than tab and newlines, lone surrogates, U+FFFE/U+FFFF). */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

function toEntry(kind: string, item: PageItem & { url: string }, buildDate: string): FeedEntry {
  const { data } = item;
  const published = atomDate(dateOf(data));
  return {
    kind,
    title: xmlSafe(String(data.title ?? item.url)),
    url: item.url,
    id: entryId(item.url),
    updated: atomDate(data.updated) ?? published ?? atomDate(buildDate)!,
    published,
    summary: xmlSafe(String(data.description ?? data.summary ?? data.standfirst ?? "")),
  };
}

/**
 * One entry per build date that changed a brief, from the history in its front matter: its id and dates come from the
 * record, so rebuilding without change adds nothing and two builds agree. The date a brief was first recorded is not a change.
 */
export function changeEntries(item: PageItem & { url: string }): FeedEntry[] {
  const groups = Array.isArray(item.data.changes) ? (item.data.changes as Array<{ date?: unknown; items?: unknown; first_recorded?: unknown }>) : [];
  return groups.flatMap((g) => {
    const when = atomDate(g.date);
    if (!when || g.first_recorded === true || typeof g.date !== "string") return [];
    const items = Array.isArray(g.items) ? g.items.map(String) : [];
    return [{
      kind: "change",
      title: xmlSafe(`${String(item.data.title ?? item.url)}: what changed on ${g.date}`),
      url: `${item.url}#what-changed`,
      id: entryId(`${item.url}#what-changed-${g.date}`),
      updated: when,
      published: when,
      summary: xmlSafe(items.join(" ")),
    }];
  });
}

/** A source's publication date; a brief's `published`, else the date of the agreement it covers. */
function dateOf(data: Record<string, unknown>): unknown {
  const agreement = data.agreement_date as { iso?: unknown } | null | undefined;
  return data.published ?? data.date ?? agreement?.iso;
}
