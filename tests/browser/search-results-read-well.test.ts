import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, waitForResults } from "../helpers/browser.ts";
import { buildSite, DOSSIER_DATA, readPage } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";
import { serve, type Served } from "../helpers/serve.ts";

// Search on a fixture dossier (tests/fixtures/search/seeds): a source that spells the name Haftar, one that spells it
// Hafter, one without a headline that names İbrahim Kalın, and one that a brief cites.
const site = buildSite({ seeds: join(import.meta.dirname, "../fixtures/search/seeds"), data: DOSSIER_DATA, pdf: "never" });
const HAFTAR = "/sources/2020-06-05-haftars-forces-pull-back-from-the-southern-edge/";
const HAFTER = "/sources/2020-06-10-eastern-commander-rejects-talks-in-geneva/";
const KALIN = "/sources/2023-08-14-turkiyes-intelligence-chief-ibrahim-kalin-visited-tripoli-on/";
const BRIEF = "/briefs/mou-2019-security/";

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

interface Shown {
  page: string;
  title: string;
  /** Every excerpt shown for the result, its own and its sub-results', as text. */
  excerpts: string[];
  /** The marked words of those excerpts. */
  marked: string[];
  text: string;
}

async function results(page: Page): Promise<Shown[]> {
  await waitForResults(page);
  await page.waitForTimeout(500);
  return page.locator(".pagefind-ui__result").evaluateAll((items) =>
    items.map((item) => ({
      page: (item.querySelector(".pagefind-ui__result-link")?.getAttribute("href") ?? "").replace(/#.*$/, ""),
      title: item.querySelector(".pagefind-ui__result-link")?.textContent ?? "",
      excerpts: Array.from(item.querySelectorAll(".pagefind-ui__result-excerpt")).map((e) => e.textContent ?? ""),
      marked: Array.from(item.querySelectorAll(".pagefind-ui__result-excerpt mark")).map((m) => m.textContent ?? ""),
      text: (item as HTMLElement).innerText,
    })),
  );
}

async function search(page: Page, query: string): Promise<Shown[]> {
  await page.goto(`${server.url}/search/`);
  await page.fill(".pagefind-ui__search-input", query);
  return results(page);
}

const articleText = (url: string) => textOf(/<section aria-labelledby="article-text"[\s\S]*?<\/section>/.exec(readPage(site, url))?.[0] ?? "").replace(/\bp\d+\s/g, "");

test("should find the sources that spell it Haftar or Hafter when searching for 'Hifter', each with the passage that names him", async () => {
  if (!browser) return;
  const shown = await search(await browser.newPage(), "Hifter");
  for (const url of [HAFTAR, HAFTER]) {
    const result = shown.find((r) => r.page === url);
    assert.ok(result, `${url} not found: ${shown.map((r) => r.page).join(", ")}`);
    assert.ok(result!.excerpts.length > 0, `${url} has no excerpt`);
    assert.ok(result!.marked.some((m) => /^Khalifa Haft?[ae]r$/.test(m)), `${url}: marked ${result!.marked.join(", ")}`);
    for (const excerpt of result!.excerpts) assert.ok(articleText(url).includes(excerpt.trim()), `${url}: the excerpt is not a passage of the article: ${excerpt}`);
  }
  for (const result of shown) assert.not.match(result.text, /spelled|Spellings|Hifter, Hafter|Hafter, Haftar/, `${result.page} shows the list of spellings`);
});

test("should show the passage where a word the text does contain is found", async () => {
  if (!browser) return;
  const shown = await search(await browser.newPage(), "Tarhuna");
  const result = shown.find((r) => r.page === HAFTAR);
  assert.ok(result, shown.map((r) => r.page).join(", "));
  assert.ok(result!.marked.some((m) => m.startsWith("Tarhuna")), `marked: ${result!.marked.join(", ")}`);
  assert.ok(result!.excerpts.some((e) => /drone strikes on supply lines around Tarhuna/.test(e)), result!.excerpts.join(" | "));
});

test("should find İbrahim Kalın when searching for 'Kalin', and title the headline-less source by its opening words", async () => {
  if (!browser) return;
  const shown = await search(await browser.newPage(), "Kalin");
  const result = shown.find((r) => r.page === KALIN);
  assert.ok(result, shown.map((r) => r.page).join(", "));
  assert.ok(result!.marked.includes("İbrahim Kalın"), `marked: ${result!.marked.join(", ")}`);
  assert.match(result!.title, /^Türkiye’s intelligence chief İbrahim Kalın visited Tripoli/);
  for (const r of shown) assert.not.match(r.title, /Untitled/);
});

test("should index a brief's own words, not its notes (their quotes are indexed on their source pages, with the endnote marks) or print-only text", async () => {
  if (!browser) return;
  const page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  const content = await page.evaluate(async (url) => {
    const bundle: string = "/pagefind/pagefind.js"; // in the page, not a module of this project
    const pagefind = await import(bundle);
    const found = await pagefind.search("memorandum");
    for (const result of found.results) {
      const data = await result.data();
      if (data.url === url) return data.content as string;
    }
    return "";
  }, BRIEF);
  assert.ok(content.length > 200, "the brief was not found");
  const html = readPage(site, BRIEF);
  const notes = [...html.matchAll(/<li id="n\d+">“([^”<]{30,})”[\s\S]*?<a href="(\/sources\/[^"#]+\/)#(p\d+)"/g)];
  assert.ok(notes.length >= 2, "the brief has no notes to check");
  for (const [, quote, source, paragraph] of notes) {
    assert.not.ok(content.includes(quote!), `the brief indexes its note's quote: "${quote}"`);
    // The quote is searchable where it belongs: its source's paragraph, which search indexes.
    const sourceHtml = readPage(site, source!);
    const passage = new RegExp(`<p id="${paragraph}"[^>]*>([\\s\\S]*?)</p>`).exec(sourceHtml)?.[1] ?? "";
    assert.ok(textOf(passage).includes(quote!.slice(0, 30)), `${source}#${paragraph} does not hold "${quote}"`);
  }
  for (const printOnly of ["Download this brief", "every fact is cited; the notes at the end", "Names on this page are also spelled", "paragraph 1."]) {
    assert.not.ok(content.includes(printOnly), `indexed: "${printOnly}"`);
  }
});

test("should keep the query and the chosen filters in the address, through a reload, and step back through searches", async () => {
  if (!browser) return;
  const page = await browser.newPage();
  await search(page, "Haftar");
  await page.waitForTimeout(1600);
  assert.is(new URL(page.url()).search, "?q=Haftar");
  const pages = async () => [...new Set((await results(page)).map((r) => r.page))].sort();
  const unfiltered = await pages();
  assert.ok(unfiltered.includes(BRIEF) && unfiltered.some((url) => url.startsWith("/sources/")), unfiltered.join(", "));

  const typeFilter = page.locator(".pagefind-ui__filter-name", { hasText: "type" });
  await typeFilter.waitFor({ timeout: 60000 }).catch(async () => assert.unreachable(`no "type" filter: ${await page.locator("#search").innerText()}`));
  await typeFilter.click();
  await page.locator('.pagefind-ui__filter-checkbox[name="type"][value="brief"]').check();
  await page.waitForTimeout(800);
  assert.is(new URL(page.url()).search, "?q=Haftar&type=brief");
  // Only briefs remain (every brief that names him: the catalogue's own text may), the sources are gone.
  const filtered = await pages();
  assert.ok(filtered.includes(BRIEF) && filtered.every((url) => url.startsWith("/briefs/")), filtered.join(", "));

  await page.reload();
  assert.equal(await pages(), filtered);
  assert.is(await page.inputValue(".pagefind-ui__search-input"), "Haftar");
  assert.ok(await page.locator('.pagefind-ui__filter-checkbox[name="type"][value="brief"]').isChecked(), "the filter was lost on reload");

  await page.goBack();
  await page.waitForTimeout(800);
  assert.is(new URL(page.url()).search, "?q=Haftar");
  assert.equal(await pages(), unfiltered);
  assert.not.ok(await page.locator('.pagefind-ui__filter-checkbox[name="type"][value="brief"]').isChecked(), "Back left the filter on");

  // A shared address opens the same filtered search in a fresh page.
  const fresh = await browser.newPage();
  await fresh.goto(`${server.url}/search/?q=Haftar&type=brief`);
  await waitForResults(fresh);
  await fresh.waitForTimeout(500);
  const shared = [...new Set(await fresh.locator(".pagefind-ui__result-link").evaluateAll((as) => as.map((a) => a.getAttribute("href")!.replace(/#.*$/, ""))))];
  assert.equal(shared.sort(), filtered);
});

test.run();
