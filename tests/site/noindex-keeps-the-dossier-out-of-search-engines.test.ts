import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveSite, readPage } from "../helpers/build.ts";
import { pageUrls } from "../helpers/crawl.ts";

const NOINDEX = '<meta name="robots" content="noindex">';

function pathsOf(out: string): string[] {
  return pageUrls(out, "http://x/").map((url) => url.slice("http://x".length));
}

test("should disallow crawling in robots.txt and mark every page noindex when DOSSIER_NOINDEX is set", () => {
  const site = liveSite({ env: { DOSSIER_NOINDEX: "yes" } });
  assert.match(readPage(site, "/robots.txt"), /^User-agent: \*\n(#.*\n)?Disallow: \/$/m);
  for (const url of pathsOf(site.out)) assert.match(readPage(site, url), NOINDEX, url);
});

test("should allow crawling by default, and keep only the 404 page and print-only pages out of search engines", () => {
  const site = liveSite();
  assert.match(readPage(site, "/robots.txt"), /^User-agent: \*\nAllow: \/$/m);
  assert.not.match(readPage(site, "/robots.txt"), "Disallow");
  assert.match(readPage(site, "/404.html"), NOINDEX);
  const readable = pathsOf(site.out).filter((url) => /^\/((sources|briefs|about|search)\/([^/]+\/)?)?$/.test(url));
  assert.ok(readable.length >= 9, `only ${readable.length} pages`);
  for (const url of readable) assert.not.match(readPage(site, url), NOINDEX, url);
});

test.run();
