import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveSite, readPage } from "../helpers/build.ts";
import { pageUrls } from "../helpers/crawl.ts";
import { redirectTarget } from "../helpers/html.ts";

const SITE_URL = "https://dossier.example.org/dossier/";

function canonicalOf(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]*)">/.exec(html)?.[1];
}

test("should give every indexable page a canonical link and og:url under the configured site URL", () => {
  // No prefix is given: the site URL's path (/dossier/) becomes the prefix.
  const site = liveSite({ env: { SITE_URL } });
  assert.is(site.report.exitCode, 0, site.stdout);
  const pages = pageUrls(site.out, SITE_URL);
  assert.ok(pages.length >= 10);
  assert.is(canonicalOf(readPage(site, "/404.html")), undefined, "the 404 page has a canonical link");
  for (const url of pages) {
    const html = readPage(site, url.slice(SITE_URL.length - 1));
    const target = redirectTarget(html);
    if (target) {
      // An old address of a moved source names the current page as canonical.
      assert.is(canonicalOf(html), new URL(target, SITE_URL).href, url);
      continue;
    }
    if (html.includes('<meta name="robots" content="noindex">')) {
      assert.is(canonicalOf(html), undefined, `${url} is not to be indexed but has a canonical link`);
      continue;
    }
    assert.is(canonicalOf(html), url);
    assert.match(html, `<meta property="og:url" content="${url}">`);
    assert.match(html, '<link rel="stylesheet" href="/dossier/assets/style.css">');
  }
});

test("should make sitemap.xml and robots.txt point to full addresses under the site URL", () => {
  const site = liveSite({ env: { SITE_URL } });
  const locs = [...readPage(site, "/sitemap.xml").matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
  assert.ok(locs.length >= 9);
  assert.equal(locs.filter((loc) => !loc.startsWith(SITE_URL)), []);
  assert.match(readPage(site, "/robots.txt"), `Sitemap: ${SITE_URL}sitemap.xml`);
  assert.match(readPage(site, "/feed.xml"), `<link rel="self" type="application/atom+xml" href="${SITE_URL}feed.xml"/>`);
});

test("should leave canonical links out when no site URL is configured", () => {
  const site = liveSite();
  for (const url of pageUrls(site.out, "http://x/")) assert.is(canonicalOf(readPage(site, url.slice("http://x".length))), undefined, url);
  assert.not.match(readPage(site, "/robots.txt"), "Sitemap:");
  assert.ok(site.report.diagnostics.some((d) => d.rule === "site-url" && d.severity === "info"), "no note says the site URL is missing");
});

test.run();
