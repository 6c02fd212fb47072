import { test } from "uvu";
import * as assert from "uvu/assert";
import { launchBrowser, waitForResults } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build.ts";
import { hostileSeeds } from "../helpers/hostile-seeds.ts";
import { serve } from "../helpers/serve.ts";

// Search results are built in the browser from Pagefind's index: seed text must stay text there too.
test("should show markup from hostile seeds in search results as text, running none of it", async () => {
  const browser = await launchBrowser();
  if (!browser) return;
  const site = buildSite({ seeds: hostileSeeds() });
  const server = await serve(site.out);
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/search/`);
    for (const query of ["alert", "onerror", "script", "javascript"]) {
      await page.fill(".pagefind-ui__search-input", query);
      await waitForResults(page);
      await page.waitForTimeout(300);
      const injected = await page.locator("#search").evaluate((root) =>
        Array.from(root.querySelectorAll("*"))
          .filter((el) => ["SCRIPT", "IMG", "IFRAME", "SVG", "STYLE"].includes(el.tagName.toUpperCase()) || Array.from(el.attributes).some((a) => a.name.startsWith("on")))
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      assert.equal(injected, [], `"${query}": seed markup became elements in the results`);
    }
    await page.fill(".pagefind-ui__search-input", "alert");
    await waitForResults(page);
    await page.waitForTimeout(300);
    const results = await page.locator(".pagefind-ui__results").evaluate((el) => el.textContent ?? "");
    assert.match(results, /<script>alert\("saved page"\)<\/script>/, "the results should quote the seed's markup as text");
    // A filter's values load when the reader opens it.
    await page.locator(".pagefind-ui__filter-name", { hasText: "outlet" }).click();
    await page.locator("[id^='outlet-']").first().waitFor({ state: "attached", timeout: 15000 });
    const outlets = await page.locator(".pagefind-ui__filter-label").allTextContents();
    assert.ok(outlets.some((label) => label.includes("<script>alert(1)</script><img src=x onerror=alert(document.domain)>")), `filter labels: ${outlets.join(" | ")}`);
    // The escaped value still works as a filter: it narrows the results to the one source with that outlet.
    const ids = await page.locator(".pagefind-ui__filter-checkbox[id^='outlet-']").evaluateAll((inputs) => inputs.map((i) => i.id));
    const hostile = ids.find((id) => id.includes("script"));
    assert.ok(hostile, `no outlet filter for the hostile sidecar: ${ids.join(", ")}`);
    await page.locator(`[id="${hostile}"]`).check();
    await page.waitForTimeout(500);
    const links = await page.locator(".pagefind-ui__result-link").evaluateAll((as) => Array.from(new Set(as.map((a) => a.getAttribute("href")!.split("#")[0]))));
    assert.equal(links, ["/sources/article-with-a-troubled-sidecar-sidecar-hostile-values/"]);
    assert.equal(dialogs, []);
  } finally {
    await server.close();
    await browser.close();
  }
});

test.run();
