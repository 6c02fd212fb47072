import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveSite, readPage } from "../helpers/build.ts";
import { pageUrls } from "../helpers/crawl.ts";
import { decodeEntities, redirectTarget } from "../helpers/html.ts";

const site = liveSite();
const pages = pageUrls(site.out, "http://x/").map((url) => url.slice("http://x".length));

function meta(html: string, attr: "name" | "property", key: string): string | undefined {
  const m = new RegExp(`<meta ${attr}="${key}" content="([^"]*)">`).exec(html);
  return m ? decodeEntities(m[1]!) : undefined;
}

test("should give every page a description, Open Graph title, type, description and site name", () => {
  assert.ok(pages.length >= 10, `only ${pages.length} pages`);
  for (const url of pages) {
    const html = readPage(site, url);
    for (const [attr, key] of [["name", "description"], ["property", "og:title"], ["property", "og:type"], ["property", "og:description"], ["property", "og:site_name"]] as const) {
      assert.ok(meta(html, attr, key)?.trim(), `${url} has no ${key}`);
    }
  }
});

test("should describe each source page by its own text, as an article", () => {
  const home = readPage(site, "/");
  const sources = pages.filter((url) => /^\/sources\/[^/]+\/$/.test(url) && !redirectTarget(readPage(site, url)));
  assert.ok(sources.length >= 5, `only ${sources.length} source pages`);
  for (const url of sources) {
    const html = readPage(site, url);
    assert.is(meta(html, "property", "og:type"), "article", url);
    assert.is.not(meta(html, "name", "description"), meta(home, "name", "description"), `${url} has the site's description`);
    assert.ok(meta(html, "name", "description")!.length <= 200, `${url}'s description is longer than 200 characters`);
  }
});

test("should link a favicon and the Atom feed from every page", () => {
  for (const url of pages) {
    const html = readPage(site, url);
    assert.match(html, /<link rel="icon" href="\/assets\/favicon\.svg" type="image\/svg\+xml">/, url);
    assert.match(html, /<link rel="alternate" type="application\/atom\+xml" href="\/feed\.xml"/, url);
  }
  assert.match(readPage(site, "/assets/favicon.svg"), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
});

test.run();
