import { suite } from "uvu";
import * as assert from "uvu/assert";
import { filters } from "../../scripts/site/filters.ts";

const absolute = suite("absoluteUrl()");

absolute("should put a root-relative page URL under the site URL, keeping the site URL's path", () => {
  assert.is(filters.absoluteUrl("/sources/x/", "https://me.github.io/dossier/"), "https://me.github.io/dossier/sources/x/");
  assert.is(filters.absoluteUrl("/", "https://example.org/"), "https://example.org/");
});

const publicUrl = suite("publicUrl()");

publicUrl("should give a full address when the site URL is known, else the path with its prefix", () => {
  assert.is(filters.publicUrl("/feed.xml", { pathPrefix: "/dossier/", siteUrl: "https://me.github.io/dossier/", noindex: false }), "https://me.github.io/dossier/feed.xml");
  assert.is(filters.publicUrl("/feed.xml", { pathPrefix: "/dossier/", siteUrl: null, noindex: false }), "/dossier/feed.xml");
  assert.is(filters.publicUrl("/", { pathPrefix: "/", siteUrl: null, noindex: false }), "/");
});

const pagefindFilter = suite("pagefindFilter()");

pagefindFilter("should escape commas, colons and backslashes the way Pagefind reads them", () => {
  assert.is(filters.pagefindFilter("Caliber.Az, Baku: news\\wire", "outlet"), "outlet:Caliber.Az\\, Baku\\: news\\\\wire");
});

absolute.run();
pagefindFilter.run();
publicUrl.run();
