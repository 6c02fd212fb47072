import { dirname } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { launchBrowser, waitForResults } from "../helpers/browser.ts";
import { fixtureDossier } from "../helpers/build.ts";
import { serve } from "../helpers/serve.ts";

// The dossier as a GitHub Pages project site: served at /dossier/, with nothing at the host's root.
test("should find Misrata from the search page under /dossier/ and open results that stay under /dossier/", async () => {
  const browser = await launchBrowser();
  if (!browser) return;
  const site = fixtureDossier({ pathPrefix: "/dossier/", outPath: "www/dossier" });
  const server = await serve(dirname(site.out));
  const failed: string[] = [];
  try {
    const page = await browser.newPage();
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    // A request the browser cancels because the test navigates on (the favicon, mid-load) is not a broken address:
    // a missing file answers 404 above, and any other network failure is still counted.
    page.on("requestfailed", (request) => {
      const reason = request.failure()?.errorText ?? "unknown";
      if (reason !== "net::ERR_ABORTED") failed.push(`failed ${reason} ${request.url()}`);
    });
    await page.goto(`${server.url}/dossier/search/`);
    const stylesheetApplied = await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")!).display !== "inline");
    assert.ok(stylesheetApplied, "the stylesheet did not load");
    await page.fill(".pagefind-ui__search-input", "Misrata");
    await waitForResults(page);
    const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const outside = hrefs.filter((href) => !href.startsWith(`${server.url}/dossier/`));
    assert.equal(outside, [], "result links outside /dossier/");
    const target = hrefs.find((href) => href.includes("/dossier/sources/turkey-qatar-sign-military-cooperation-agreement"));
    assert.ok(target, `no result links to the Qatar deal's source page: ${hrefs.join(", ")}`);
    await page.locator('.pagefind-ui__result-link[href*="/dossier/sources/turkey-qatar-sign"]').first().click();
    await page.waitForURL(/\/dossier\/sources\/turkey-qatar-sign/);
    assert.match(await page.locator("article").innerText(), /Misrata/);
    for (const href of hrefs.filter((h) => h.includes("#"))) {
      await page.goto(href);
      const id = decodeURIComponent(new URL(href).hash.slice(1));
      assert.ok(await page.evaluate((i) => document.getElementById(i) !== null, id), `${href} opens a page without #${id}`);
    }
    assert.equal(failed, [], "requests that failed");
  } finally {
    await server.close();
    await browser.close();
  }
});

test.run();
