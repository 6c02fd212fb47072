import { test } from "uvu";
import * as assert from "uvu/assert";
import { launchBrowser } from "../helpers/browser.ts";
import { fixtureDossier } from "../helpers/build.ts";
import { serve } from "../helpers/serve.ts";

test("should find the source page that mentions Misrata from the search page", async () => {
  const browser = await launchBrowser();
  if (!browser) return;
  const site = fixtureDossier();
  const server = await serve(site.out);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    await page.fill(".pagefind-ui__search-input", "Misrata");
    const first = page.locator(".pagefind-ui__result-link").first();
    await first.waitFor({ timeout: 15000 });
    const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href")));
    const target = hrefs.find((href) => href?.startsWith("/sources/turkey-qatar-sign-military-cooperation-agreement"));
    assert.ok(target, `no result links to the Qatar deal's source page: ${hrefs.join(", ")}`);
    // A sub-result points at the very paragraph that mentions Misrata.
    const paragraphLink = hrefs.find((href) => /^\/sources\/turkey-qatar-sign[^#]*#p\d+$/.test(href ?? ""));
    assert.ok(paragraphLink, `no result links to a paragraph: ${hrefs.join(", ")}`);
    await page.locator(`.pagefind-ui__result-link[href="${paragraphLink}"]`).first().click();
    await page.waitForURL(/\/sources\/turkey-qatar-sign[^#]*#p\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    assert.match(await page.locator(`[id="${id}"]`).innerText(), /Misrata/);
  } finally {
    await server.close();
    await browser.close();
  }
});

test.run();
