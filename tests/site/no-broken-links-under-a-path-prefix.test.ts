import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveSite } from "../helpers/build.ts";
import { crawlHostedSite } from "../helpers/crawl.ts";

// A GitHub Pages project site: the build is served at /dossier/ and nothing is served at the host's root,
// so a link that forgets the prefix is a broken link.
const site = liveSite({ pathPrefix: "/dossier/", outPath: "www/dossier" });

test("should crawl every page under /dossier/ without a broken link, asset or anchor", async () => {
  assert.is(site.report.exitCode, 0, site.stdout);
  const { base, pages, report, listed } = await crawlHostedSite({ out: site.out, prefix: "/dossier/" });
  assert.ok(pages.length >= 10, `only ${pages.length} pages`);
  assert.equal(report.broken, []);
  for (const page of pages) assert.ok(report.ok.has(page), `${page} was not served`);
  assert.equal([...report.ok].filter((url) => !url.startsWith(base)), [], "links that leave /dossier/");
  for (const asset of ["assets/style.css", "assets/favicon.svg", "assets/search.js", "feed.xml"]) {
    assert.ok(report.ok.has(`${base}${asset}`), `no page loads /dossier/${asset}`);
  }
  // The search script loads Pagefind from the bundle path the page gives it: that path must hold pagefind.js.
  const bundle = /data-bundle-path="([^"]+)"/.exec(readFileSync(join(site.out, "search", "index.html"), "utf8"))?.[1];
  assert.is(bundle, "/dossier/pagefind/");
  assert.ok(existsSync(join(site.out, "pagefind", "pagefind.js")), "no pagefind/pagefind.js");
  assert.ok(listed.length >= pages.length, `sitemap.xml and feed.xml list only ${listed.length} addresses`);
  assert.equal(listed.filter((url) => !url.startsWith(base)), [], "sitemap or feed addresses outside /dossier/");
});

test.run();
