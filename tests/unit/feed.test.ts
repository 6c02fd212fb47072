import { suite } from "uvu";
import * as assert from "uvu/assert";
import { atomDate, changeEntries, entryId, feedEntries, feedUpdated, sitemapUrls, xmlSafe, type PageItem } from "../../scripts/site/feed.ts";

const source = (url: string, title: string, published: string | null, extra: Record<string, unknown> = {}): PageItem => ({ url, data: { title, published, ...extra } });

const entries = suite("feedEntries()");

entries("should order entries newest first, undated last, briefs before sources on the same day, then by title", () => {
  const collections = {
    source: [source("/sources/c/", "C", null), source("/sources/a/", "A", "2025-07"), source("/sources/b/", "B", "2025-07-11"), source("/sources/z/", "Z", "2025-07-11")],
    brief: [{ url: "/briefs/x/", data: { title: "X", published: "2025-07-11" } }],
  };
  const list = feedEntries(collections, ["brief", "source"], "2026-01-01");
  assert.equal(list.map((e) => e.url), ["/briefs/x/", "/sources/b/", "/sources/z/", "/sources/a/", "/sources/c/"]);
  assert.is(list[3]!.published, "2025-07-01T00:00:00Z");
});

entries("should date a brief by the agreement it covers when it has no published date", () => {
  const brief: PageItem = { url: "/briefs/maritime/", data: { title: "Maritime", agreement_date: { iso: "2019-11-27", precision: "day" } } };
  const [entry] = feedEntries({ brief: [brief] }, ["brief", "source"], "2026-01-01");
  assert.is(entry!.published, "2019-11-27T00:00:00Z");
});

entries("should date undated entries by the build and leave out their published date", () => {
  const [entry] = feedEntries({ source: [source("/sources/c/", "C", null)] }, ["source"], "2026-01-01");
  assert.is(entry!.updated, "2026-01-01T00:00:00Z");
  assert.is(entry!.published, null);
});

entries("should work with kinds that have no pages yet and skip pages that are not written", () => {
  const list = feedEntries({ source: [{ url: false, data: { title: "Draft" } }, source("/sources/a/", "A", "2025")] }, ["brief", "source"], "2026-01-01");
  assert.equal(list.map((e) => e.url), ["/sources/a/"]);
});

entries("should summarise by the description, else the summary, else the standfirst, with characters XML cannot carry removed", () => {
  const [a, b, c] = feedEntries({ source: [source("/a/", "A\u0007", "2025", { description: "Said \u0000this" }), source("/b/", "B", "2024", { standfirst: "Standfirst" }), source("/c/", "C", "2023", { summary: "Summary", standfirst: "Not this" })] }, ["source"], "2026-01-01");
  assert.is(a!.title, "A");
  assert.is(a!.summary, "Said this");
  assert.is(b!.summary, "Standfirst");
  assert.is(c!.summary, "Summary");
});

entries("should give a brief an entry for each build date that changed it, after its own", () => {
  const changes = [{ date: "2026-02-01", items: ["New source: “B”."], first_recorded: false }, { date: "2026-01-01", items: ["First recorded, with 1 source, 2 facts."], first_recorded: true }];
  const list = feedEntries({ brief: [{ url: "/briefs/x/", data: { title: "X", agreement_date: { iso: "2019-11-27" }, changes } }] }, ["brief", "source"], "2026-03-01");
  assert.equal(list.map((e) => [e.url, e.kind, e.published]), [["/briefs/x/#what-changed", "change", "2026-02-01T00:00:00Z"], ["/briefs/x/", "brief", "2019-11-27T00:00:00Z"]]);
});

const updated = suite("feedUpdated()");

updated("should be the newest entry's date, or the build date for an empty feed", () => {
  const list = feedEntries({ source: [source("/a/", "A", "2025-03-02"), source("/b/", "B", "2024")] }, ["source"], "2020-01-01");
  assert.is(feedUpdated(list, "2020-01-01"), "2025-03-02T00:00:00Z");
  assert.is(feedUpdated([], "2026-01-01"), "2026-01-01T00:00:00Z");
});

const dates = suite("atomDate()");

dates("should turn a day, month or year into the first instant of it in UTC", () => {
  assert.is(atomDate("2025-07-11"), "2025-07-11T00:00:00Z");
  assert.is(atomDate("2025-07"), "2025-07-01T00:00:00Z");
  assert.is(atomDate("2025"), "2025-01-01T00:00:00Z");
  assert.is(atomDate(new Date(Date.UTC(2024, 1, 29))), "2024-02-29T00:00:00Z");
});

dates("should give null for anything that is not such a date", () => {
  for (const value of [null, undefined, "", "July 2025", "2025-7-1", 2025]) assert.is(atomDate(value), null, String(value));
});

const ids = suite("entryId()");

ids("should give each URL its own version 5 UUID URN, the same on every build", () => {
  const a = entryId("/sources/a/");
  assert.match(a, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.is(entryId("/sources/a/"), a);
  assert.is.not(entryId("/sources/b/"), a);
});

const sitemap = suite("sitemapUrls()");

sitemap("should list written HTML pages once, sorted, without feeds, assets or unwritten pages", () => {
  const items: PageItem[] = [{ url: "/sources/b/", data: {} }, { url: "/", data: {} }, { url: "/feed.xml", data: {} }, { url: false, data: {} }, { url: "/sources/b/", data: {} }, { url: "/old.html", data: {} }];
  assert.equal(sitemapUrls(items), ["/", "/old.html", "/sources/b/"]);
});

const safe = suite("xmlSafe()");

safe("should keep tabs, newlines and all of Unicode but drop controls and lone surrogates", () => {
  assert.is(xmlSafe("a\tb\nc\u0001d\u001fe"), "a\tb\ncde");
  assert.is(xmlSafe("Türkiye 🇹🇷"), "Türkiye 🇹🇷");
  assert.is(xmlSafe("x\ud800y\udc00z\uffff"), "xyz");
});

entries.run();
updated.run();
dates.run();
ids.run();
sitemap.run();
safe.run();

const changed = suite("changeEntries()");
changed("should make one entry per change date, with an id and dates from the record, never for the date a brief was first recorded", () => {
  const item = { url: "/briefs/x/", data: { title: "X & Y", changes: [{ date: "2026-02-01", items: ["New source: “B”.", "Date changed from 2019 to 27 November 2019."], first_recorded: false }, { date: "2026-01-01", items: ["First recorded."], first_recorded: true }] } };
  const list = changeEntries(item);
  assert.equal(list, [{
    kind: "change",
    title: "X & Y: what changed on 2026-02-01",
    url: "/briefs/x/#what-changed",
    id: entryId("/briefs/x/#what-changed-2026-02-01"),
    updated: "2026-02-01T00:00:00Z",
    published: "2026-02-01T00:00:00Z",
    summary: "New source: “B”. Date changed from 2019 to 27 November 2019.",
  }]);
  assert.equal(changeEntries(item), list, "the same record gives the same entries");
  assert.equal(changeEntries({ url: "/briefs/y/", data: { title: "Y" } }), []);
});
changed.run();
