// Where the dossier is published: path prefix, public address and indexing, from flags, environment and site.yaml.
import { diagnostic } from "./diagnostics.ts";
import type { Diagnostic } from "./model.ts";

export interface Hosting {
  /** `/` at a domain root, `/dossier/` under a sub-path. Always starts and ends with a slash. */
  pathPrefix: string;
  /** The home page's public address, ending in a slash (`https://me.github.io/dossier/`), or null when unknown. */
  siteUrl: string | null;
  /** Keep search engines out: robots.txt disallows everything and every page carries a noindex tag. */
  noindex: boolean;
}

/** The hosting settings in content/_data/site.yaml (`url`, `noindex`); anything else there is ignored here. */
export interface SiteSettings {
  url?: unknown;
  noindex?: unknown;
}

export interface HostingInput {
  /** `--path-prefix`, when given. */
  flagPrefix?: string;
  env: NodeJS.ProcessEnv;
  settings: SiteSettings;
}

const SETTINGS_FILE = "content/_data/site.yaml";

/**
 * Flags beat the environment (PATH_PREFIX, SITE_URL, DOSSIER_NOINDEX), which beats site.yaml. With no prefix given,
 * the site URL's path is the prefix, so `SITE_URL=https://me.github.io/dossier/` alone is enough.
 */
export function resolveHosting(input: HostingInput): { hosting: Hosting; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const siteUrl = readSiteUrl(nonEmpty(input.env.SITE_URL) ?? input.settings.url, nonEmpty(input.env.SITE_URL) ? "SITE_URL" : SETTINGS_FILE, diagnostics);
  const givenPrefix = input.flagPrefix ?? nonEmpty(input.env.PATH_PREFIX);
  const urlPath = siteUrl ? new URL(siteUrl).pathname : undefined;
  const pathPrefix = normalisePrefix(givenPrefix ?? urlPath ?? "/");
  if (urlPath !== undefined && urlPath !== pathPrefix) {
    diagnostics.push(diagnostic(".", "warning", `the site URL ${siteUrl} ends in ${urlPath} but pages are built for the path prefix ${pathPrefix}; canonical links will not match where pages are served`, "site-url"));
  }
  const noindex = readNoindex(input, diagnostics);
  if (!siteUrl) {
    diagnostics.push(diagnostic(".", "info", "no site URL set (SITE_URL, or url in content/_data/site.yaml): pages have no canonical links, and sitemap.xml and feed.xml use addresses without a domain", "site-url"));
  }
  return { hosting: { pathPrefix, siteUrl, noindex }, diagnostics };
}

/** `dossier` → `/dossier/`; empty → `/`. */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** An absolute http(s) address with its path ending in a slash, query and fragment dropped; null when unusable. */
export function normaliseSiteUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

function readSiteUrl(value: unknown, from: string, diagnostics: Diagnostic[]): string | null {
  if (value === undefined || value === null || value === "") return null;
  const url = typeof value === "string" ? normaliseSiteUrl(value) : null;
  if (!url) diagnostics.push(diagnostic(from, "warning", `site URL ${JSON.stringify(value)} is not an absolute http(s) address; ignored`, "site-url"));
  return url;
}

const YES = new Set(["1", "true", "yes", "on"]);
const NO = new Set(["0", "false", "no", "off"]);

function readNoindex(input: HostingInput, diagnostics: Diagnostic[]): boolean {
  const fromEnv = nonEmpty(input.env.DOSSIER_NOINDEX)?.toLowerCase();
  if (fromEnv !== undefined) {
    if (YES.has(fromEnv)) return true;
    if (NO.has(fromEnv)) return false;
    diagnostics.push(diagnostic("DOSSIER_NOINDEX", "warning", `DOSSIER_NOINDEX=${JSON.stringify(fromEnv)} is neither yes nor no; the dossier stays out of search engines to be safe`, "noindex"));
    return true;
  }
  const setting = input.settings.noindex;
  if (setting === undefined || setting === null || typeof setting === "boolean") return setting === true;
  diagnostics.push(diagnostic(SETTINGS_FILE, "warning", `noindex should be true or false, not ${JSON.stringify(setting)}; the dossier stays out of search engines to be safe`, "noindex"));
  return true;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}
