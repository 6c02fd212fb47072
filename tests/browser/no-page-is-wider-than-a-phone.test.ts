import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite, type BuiltSite } from "../helpers/build.ts";
import { pageUrls } from "../helpers/crawl.ts";
import { serve } from "../helpers/serve.ts";

// Every page of a built site, on the narrowest phones: nothing may push the page wider than the screen, which would
// cut off the left edge of the text or make the reader scroll sideways.
const WIDTHS = [320, 390];

let browser: Browser | undefined;

test.before(async () => {
  browser = await launchBrowser();
});

test.after(async () => {
  await browser?.close();
});

/** `path (width px): scrollWidth` for every page (and a search with results) wider than the viewport. */
async function tooWide(site: BuiltSite, query: string): Promise<{ pages: number; wide: string[] }> {
  const server = await serve(site.out);
  const wide: string[] = [];
  try {
    const paths = [...pageUrls(site.out, `${server.url}/`).filter((url) => !url.includes("/pagefind/")), `${server.url}/search/?q=${query}`];
    const page = await browser!.newPage({ viewport: { width: WIDTHS[0]!, height: 800 } });
    for (const url of paths) {
      await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
      await page.goto(url);
      if (url.includes("?q=")) await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 15000 });
      // Each width on the same loaded page: the layout follows the viewport without a reload.
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        if (innerWidth !== width) throw new Error(`the viewport is ${innerWidth} px, not ${width}`);
        if (scrollWidth > innerWidth) wide.push(`${url.replace(server.url, "")} (${width} px): ${scrollWidth} px wide`);
      }
    }
    await page.close();
    return { pages: paths.length, wide };
  } finally {
    await server.close();
  }
}

test("should keep every page of the dossier within a 320 and a 390 px wide screen", async () => {
  if (!browser) return;
  const { pages, wide } = await tooWide(buildSite(), "Haftar");
  assert.ok(pages >= 15, `only ${pages} pages`);
  assert.equal(wide, []);
});

test("should wrap a long address with commas, a long word and a long headline on a phone", async () => {
  if (!browser) return;
  const site = buildSite({ seeds: join(import.meta.dirname, "../fixtures/phone/seeds"), pdf: "never" });
  const { pages, wide } = await tooWide(site, "Istanbul");
  assert.ok(pages >= 10, `only ${pages} pages`);
  assert.equal(wide, []);
});

test.run();
