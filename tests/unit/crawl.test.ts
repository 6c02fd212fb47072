import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { crawlSite, pageUrls } from "../helpers/crawl.ts";
import { serve } from "../helpers/serve.ts";

const FIXTURE = join(import.meta.dirname, "../fixtures/crawl");

const crawl = suite("crawlSite()");

crawl("should report a missing page, a missing stylesheet and anchors that point nowhere, on the same page or another", async () => {
  const server = await serve(FIXTURE);
  try {
    const report = await crawlSite(server.url, [`${server.url}/site/`]);
    const brokenUrls = report.broken.map((line) => line.split(" ← ")[0]!.replace(server.url, ""));
    assert.equal(brokenUrls, ["/site/a.html#nowhere", "/site/b/#p9", "/site/gone/", "/site/missing.css"]);
    assert.ok(report.ok.has(`${server.url}/site/b/`), "the good page was reached");
  } finally {
    await server.close();
  }
});

crawl("should skip links to other hosts instead of fetching them", async () => {
  const server = await serve(FIXTURE);
  try {
    const report = await crawlSite(server.url, [`${server.url}/site/`]);
    assert.not.ok(report.broken.some((line) => line.includes("example.invalid")));
    assert.not.ok([...report.ok].some((url) => url.includes("example.invalid")));
  } finally {
    await server.close();
  }
});

const pages = suite("pageUrls()");

pages("should give every HTML file its served address, folders ending in a slash", () => {
  assert.equal(pageUrls(join(FIXTURE, "site"), "http://127.0.0.1:1/dossier/"), [
    "http://127.0.0.1:1/dossier/a.html",
    "http://127.0.0.1:1/dossier/b/",
    "http://127.0.0.1:1/dossier/",
  ]);
});

crawl.run();
pages.run();
