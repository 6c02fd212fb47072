// Crawls a served site with linkinator and reports every broken link, asset and anchor; only 127.0.0.1 is ever fetched.
import { readdirSync } from "node:fs";
import { LinkChecker, LinkState, type LinkResult } from "linkinator";
import { idsOf, linksOf } from "./html.ts";
import { serve } from "./serve.ts";

export interface CrawlReport {
  /** Every address under the origin that answered 2xx (no fragments). */
  ok: Set<string>;
  /** `url ← page (why)`, one line per broken address, sorted. */
  broken: string[];
}

/**
 * Starts at each of `startUrls` and follows every link under the origin. Links elsewhere are skipped, never fetched.
 * linkinator checks status codes and same-page anchors; anchors into other pages are checked here as well, because
 * linkinator 7.6 only checks those when it reaches the target page after the link, which a crawl cannot promise.
 */
export async function crawlSite(origin: string, startUrls: readonly string[]): Promise<CrawlReport> {
  const local = (url: string) => url === origin || url.startsWith(`${origin}/`);
  const result = await new LinkChecker().check({
    path: [...startUrls],
    recurse: true,
    checkCss: true,
    checkFragments: true,
    redirects: "allow",
    concurrency: 8,
    timeout: 10000,
    linksToSkip: async (url) => !local(url),
  });
  const links = result.links.filter((l) => l.state !== LinkState.SKIPPED);
  const ok = new Set(links.filter((l) => l.state === LinkState.OK && !l.url.includes("#")).map((l) => l.url));
  const found = [...links.filter((l) => l.state === LinkState.BROKEN).map(describe), ...(await brokenAnchors(origin, [...ok].filter(looksLikePage)))];
  // One line per broken address: linkinator and the anchor pass may both report the same one.
  const byUrl = new Map<string, string>();
  for (const line of found) if (!byUrl.has(line.split(" ← ")[0]!)) byUrl.set(line.split(" ← ")[0]!, line);
  return { ok, broken: [...byUrl.values()].sort() };
}

/** Address of every HTML page in a built site, as served under `base` (e.g. `http://127.0.0.1:8080/dossier/`). */
export function pageUrls(siteDir: string, base: string): string[] {
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => `${e.parentPath ?? e.path}/${e.name}`.slice(siteDir.length + 1))
    .sort();
  return files.map((file) => new URL(file.replace(/(^|\/)index\.html$/, "$1"), base).href);
}

function describe(link: LinkResult): string {
  const why = link.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join("; ");
  return `${link.url} ← ${link.parent ?? "start"} (${why || `HTTP ${link.status}`})`;
}

function looksLikePage(url: string): boolean {
  const path = new URL(url).pathname;
  return path.endsWith("/") || path.endsWith(".html");
}

/** Every `page#id` link on the given pages whose target page has no element with that id. */
async function brokenAnchors(origin: string, pages: readonly string[]): Promise<string[]> {
  const ids = new Map<string, Promise<Set<string> | undefined>>();
  const idsAt = (url: string) => {
    if (!ids.has(url)) ids.set(url, fetchText(url).then((html) => (html === undefined ? undefined : idsOf(html))));
    return ids.get(url)!;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const html = await fetchText(page);
    if (html === undefined) continue;
    for (const link of linksOf(html)) {
      const target = new URL(link, page);
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (!anchor || target.origin !== origin) continue;
      target.hash = "";
      const found = await idsAt(target.href);
      if (found && !found.has(anchor)) broken.push(`${target.href}#${anchor} ← ${page} (no element with id "${anchor}")`);
    }
  }
  return broken;
}

async function fetchText(url: string): Promise<string | undefined> {
  const response = await fetch(url, { redirect: "manual" });
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok || !type.startsWith("text/html")) {
    await response.body?.cancel();
    return undefined;
  }
  return response.text();
}

/** Where a built site is served from: the folder above it when it has a path prefix, so that it lives under the prefix. */
export interface HostedSite {
  /** The built site. */
  out: string;
  /** `/` or `/dossier/`; the site's folder is served at this path. */
  prefix: string;
}

/** Serves the site as a static host would (under its prefix), crawls every page, and lists what sitemap.xml and feed.xml point to. */
export async function crawlHostedSite(site: HostedSite): Promise<{ base: string; pages: string[]; report: CrawlReport; listed: string[] }> {
  const root = site.prefix === "/" ? site.out : site.out.slice(0, site.out.length - site.prefix.length + 1);
  if (!`${site.out}/`.endsWith(site.prefix)) throw new Error(`${site.out} is not in a folder named like ${site.prefix}`);
  const server = await serve(root);
  try {
    const base = `${server.url}${site.prefix}`;
    const pages = pageUrls(site.out, base);
    const report = await crawlSite(server.url, pages);
    const listed: string[] = [];
    for (const file of ["sitemap.xml", "feed.xml"]) {
      const at = new URL(file, base);
      const xml = await (await fetch(at)).text();
      listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>|<link [^>]*href="([^"]+)"/g)].map((m) => new URL(m[1] ?? m[2]!, at).href));
    }
    const unserved = [];
    for (const url of listed) if ((await fetch(url, { redirect: "manual" })).status !== 200) unserved.push(url);
    return { base, pages, report: { ok: report.ok, broken: [...report.broken, ...unserved.map((u) => `${u} ← sitemap.xml or feed.xml (not served)`)] }, listed };
  } finally {
    await server.close();
  }
}
