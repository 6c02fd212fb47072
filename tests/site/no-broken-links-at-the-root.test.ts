import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveSite } from "../helpers/build.ts";
import { crawlHostedSite } from "../helpers/crawl.ts";

// A site at a domain root (a custom domain, or a <user>.github.io repository): the same crawl with no prefix.
const site = liveSite();

test("should crawl every page of a root build without a broken link, asset or anchor", async () => {
  assert.is(site.report.exitCode, 0, site.stdout);
  const { base, pages, report, listed } = await crawlHostedSite({ out: site.out, prefix: "/" });
  assert.ok(pages.length >= 10, `only ${pages.length} pages`);
  assert.equal(report.broken, []);
  for (const page of pages) assert.ok(report.ok.has(page), `${page} was not served`);
  for (const asset of ["assets/style.css", "assets/favicon.svg", "assets/search.js", "feed.xml"]) {
    assert.ok(report.ok.has(`${base}${asset}`), `no page loads /${asset}`);
  }
  // The search script loads Pagefind from the bundle path the page gives it: that path must hold pagefind.js.
  const bundle = /data-bundle-path="([^"]+)"/.exec(readFileSync(join(site.out, "search", "index.html"), "utf8"))?.[1];
  assert.is(bundle, "/pagefind/");
  assert.ok(existsSync(join(site.out, "pagefind", "pagefind.js")), "no pagefind/pagefind.js");
  assert.ok(listed.length >= pages.length, `sitemap.xml and feed.xml list only ${listed.length} addresses`);
});

test.run();
