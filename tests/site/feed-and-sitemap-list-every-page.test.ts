import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveSite, readPage } from "../helpers/build.ts";
import { pageUrls } from "../helpers/crawl.ts";
import { decodeEntities, redirectTarget } from "../helpers/html.ts";

const site = liveSite();
const pages = pageUrls(site.out, "http://x/").map((url) => url.slice("http://x".length));
// Briefs and sources are the pages the feed follows; index pages of those folders, and old addresses that redirect, are not entries.
const entryPages = pages.filter((url) => /^\/(briefs|sources)\/[^/]+\/$/.test(url) && !redirectTarget(readPage(site, url)));

interface Entry { href: string; updated: string; published?: string; id: string; title: string }

function entriesOf(xml: string): Entry[] {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body]) => ({
    href: /<link rel="alternate" type="text\/html" href="([^"]*)"\/>/.exec(body!)?.[1] ?? "",
    updated: /<updated>([^<]*)<\/updated>/.exec(body!)?.[1] ?? "",
    published: /<published>([^<]*)<\/published>/.exec(body!)?.[1],
    id: /<id>([^<]*)<\/id>/.exec(body!)?.[1] ?? "",
    title: decodeEntities(/<title>([^<]*)<\/title>/.exec(body!)?.[1] ?? ""),
  }));
}

test("should list every brief and source in feed.xml once, with a title, a stable id and dates", () => {
  const xml = readPage(site, "/feed.xml");
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  const entries = entriesOf(xml);
  assert.ok(entryPages.length >= 5);
  // Besides one entry per page, a brief has one per build date that changed it, pointing at its "What changed".
  const [changes, pageEntries] = [entries.filter((e) => e.href.includes("#")), entries.filter((e) => !e.href.includes("#"))];
  assert.equal(pageEntries.map((e) => e.href).sort(), [...entryPages].sort());
  for (const c of changes) assert.ok(entryPages.includes(c.href.replace(/#what-changed$/, "")) && c.href.endsWith("#what-changed"), c.href);
  assert.is(new Set(entries.map((e) => e.id)).size, entries.length, "entry ids repeat");
  for (const e of entries) {
    assert.match(e.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(e.updated, /^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    assert.ok(e.title.trim(), `${e.href} has no title`);
  }
});

test("should order the feed newest first, undated entries last", () => {
  const entries = entriesOf(readPage(site, "/feed.xml"));
  const dated = entries.filter((e) => e.published);
  assert.ok(dated.length >= 1, "no dated entries in the live dossier");
  assert.equal(dated.map((e) => e.published), dated.map((e) => e.published!).sort().reverse());
  const firstUndated = entries.findIndex((e) => !e.published);
  if (firstUndated >= 0) assert.equal(entries.slice(firstUndated).filter((e) => e.published), [], "a dated entry after an undated one");
});

test("should list in sitemap.xml every page search engines may index, and no other (no old address that redirects)", () => {
  const locs = [...readPage(site, "/sitemap.xml").matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
  const indexable = pages.filter((url) => !readPage(site, url).includes('<meta name="robots" content="noindex">') && !redirectTarget(readPage(site, url)));
  assert.equal(locs, indexable.sort());
  assert.ok(locs.includes("/") && locs.includes("/sources/"), "the home page and the sources index are missing");
  assert.not.ok(locs.includes("/404.html"), "the 404 page is listed");
});

test.run();
