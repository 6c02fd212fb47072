import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, waitForResults } from "../helpers/browser.ts";
import { fixtureDossier, readPage } from "../helpers/build.ts";
import { serve, type Served } from "../helpers/serve.ts";
import { textOf } from "../helpers/html.ts";

const site = fixtureDossier();
let browser: Browser | undefined;
let server: Served;

test.before(async () => {
  browser = await launchBrowser();
  server = await serve(site.out);
});

test.after(async () => {
  await server.close();
  await browser?.close();
});

/** The result links, in rank order, for a query typed into the search page: every page of results. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${server.url}/search/`);
  await page.fill(".pagefind-ui__search-input", query);
  await waitForResults(page);
  // Pages that spell a name as typed rank above those that spell it otherwise, which may be on the next page.
  while (await page.locator(".pagefind-ui__button").isVisible()) {
    await page.locator(".pagefind-ui__button").click();
    await waitForResults(page);
  }
  const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace(/#.*$/, ""));
}

const articleText = (url: string) => textOf(/<section aria-labelledby="article-text"[\s\S]*?<\/section>/.exec(readPage(site, url))?.[0] ?? "");

test("should find a page whose article says 'Haftar' when searching for 'Hifter'", async () => {
  if (!browser) return;
  const page = await browser.newPage();
  const results = await search(page, "Hifter");
  const haftarOnly = results.filter((url) => url.startsWith("/sources/")).filter((url) => /Haftar/.test(articleText(url)) && !/Hifter/.test(articleText(url)));
  assert.ok(haftarOnly.length > 0, `no result spells it Haftar only: ${results.join(", ")}`);
});

test("should find the source about İbrahim Kalın when searching for 'Kalin'", async () => {
  if (!browser) return;
  const page = await browser.newPage();
  const results = await search(page, "Kalin");
  assert.ok(results.includes("/sources/in-a-move-reflecting-turkiyes-growing-involvement-in/"), results.join(", "));
  assert.match(articleText("/sources/in-a-move-reflecting-turkiyes-growing-involvement-in/"), /Kalın/);
});

test("should rank each agreement's brief above the sources when searching for its name", async () => {
  if (!browser) return;
  const page = await browser.newPage();
  const names = [...readPage(site, "/briefs/").matchAll(/<a href="\/briefs\/([a-z0-9-]+)\/">/g)].map((m) => m[1]!);
  assert.is(names.length, 5);
  for (const id of names) {
    const name = textOf(/<p class="aliases"[^>]*>Also called: ([^;]+);/.exec(readPage(site, `/briefs/${id}/`))?.[1] ?? "");
    const results = await search(page, name);
    assert.is(results[0], `/briefs/${id}/`, `${name}: ${results.join(", ")}`);
  }
});

test.run();
