import { suite } from "uvu";
import * as assert from "uvu/assert";
import { filters } from "../../scripts/site/filters.ts";

const css = suite("cssString()");

css("should escape everything but letters, digits and spaces, so no text can leave a <style> element", () => {
  const out = filters.cssString('Türkiye–Libya "deal" </style><script> a\\b');
  assert.is(out, '"T\\FC rkiye\\2013 Libya \\22 deal\\22  \\3C \\2F style\\3E \\3C script\\3E  a\\5C b"');
  assert.match(out.slice(1, -1), /^[A-Za-z0-9 \\]*$/);
});

css("should fold white space, including line breaks, to single spaces", () => {
  assert.is(filters.cssString("  two\n lines  "), '"two lines"');
});

css.run();

const scope = suite("scopeIds()");

scope("should prefix a brief's note ids, the links to them and its headings' ids, and nothing else", () => {
  const html = '<h2 id="summary">Summary</h2><p><a href="#n1">[1]</a> <a href="/sources/a/#p1">a</a></p><ol><li id="n1">“x”</li></ol><p id="p2">y</p>';
  assert.is(filters.scopeIds(html, "mou-2019"), '<h2 id="mou-2019-summary">Summary</h2><p><a href="#mou-2019-n1">[1]</a> <a href="/sources/a/#p1">a</a></p><ol><li id="mou-2019-n1">“x”</li></ol><p id="p2">y</p>');
});

scope.run();

const demote = suite("demoteHeadings()");

demote("should lower every heading by one level, opening and closing tags alike, and leave other tags alone", () => {
  assert.is(filters.demoteHeadings('<h2 id="s">Summary</h2><p>x</p><h3>Who</h3><header>h</header><hr>'), '<h3 id="s">Summary</h3><p>x</p><h4>Who</h4><header>h</header><hr>');
});

demote.run();

const before = suite("beforeSection()");
before("should place the insert right before the named section's heading, closing the section before it", () => {
  const html = '<h2 id="when-and-where">When and where</h2><ul><li>Date</li></ul><h2 id="status">Status</h2><p>signed</p>';
  assert.is(filters.beforeSection(html, "status", "<section>map</section>"), '<h2 id="when-and-where">When and where</h2><ul><li>Date</li></ul><section>map</section><h2 id="status">Status</h2><p>signed</p>');
});
before("should put the insert first when the page has no such section, so it is never lost", () => {
  assert.is(filters.beforeSection("<p>x</p>", "status", "<section>map</section>"), "<section>map</section><p>x</p>");
  // A heading whose id only starts the same is another section.
  assert.is(filters.beforeSection('<h2 id="status-note">N</h2>', "status", "<s></s>"), '<s></s><h2 id="status-note">N</h2>');
});
before.run();

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
pagefindFilter("should HTML-escape the value twice, because Pagefind decodes it twice and its UI shows filter values as HTML", () => {
  assert.is(filters.pagefindFilter("<img src=x onerror=alert(1)> & 'co'", "outlet"), "outlet:&amp;lt;img src=x onerror=alert(1)&amp;gt; &amp;amp; &amp;#39;co&amp;#39;");
});

pagefindFilter.run();
publicUrl.run();

const spellings = suite("spellingGroups()");

spellings("should group each name's spellings, leave out names with one, and escape what could close an element", () => {
  const gazetteer = [
    { id: "haftar", name: "Khalifa Haftar", variants: ["Khalifa Haftar", "Hifter", "Hafter"] },
    { id: "libya", name: "Libya", variants: ["Libya"] },
    { id: "odd", name: "A </script> & B", variants: ["AB"] },
  ];
  const json = filters.spellingGroups(gazetteer);
  assert.not.match(json, /[<>&]/);
  assert.equal(JSON.parse(json), [["Khalifa Haftar", "Hifter", "Hafter"], ["A </script> & B", "AB"]]);
});

spellings("should give no groups for a gazetteer that failed to load", () => {
  assert.is(filters.spellingGroups(undefined), "[]");
});

spellings.run();
