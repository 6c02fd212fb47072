// `npm run bench` bounds the bytes of a first search by adding up files (scripts/bench-measures.ts): this checks, in a
// real browser, that a first search fetches those files and no others, and that filters load only when opened.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { launchBrowser, waitForResults } from "../helpers/browser.ts";
import { fixtureDossier } from "../helpers/build.ts";
import { serve } from "../helpers/serve.ts";
import { RESULTS_SHOWN, SEARCH_SCRIPTS } from "../../scripts/bench-measures.ts";

test("should fetch for a first one-word search only the search script, pagefind.js, one wasm, the entry, meta, one index chunk and a page of fragments", async () => {
  const browser = await launchBrowser();
  if (!browser) return;
  const site = fixtureDossier();
  const server = await serve(site.out);
  try {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname.slice(1)));
    await page.goto(`${server.url}/search/`);
    await page.fill(".pagefind-ui__search-input", "Misrata");
    await waitForResults(page);
    await page.waitForTimeout(1000);
    const search = fetched.filter((path) => path.startsWith("pagefind/") || path.endsWith(".js"));
    const count = (pattern: RegExp) => search.filter((path) => pattern.test(path)).length;
    for (const script of SEARCH_SCRIPTS) assert.ok(search.includes(script), `${script} not fetched: ${search.join(", ")}`);
    assert.is(count(/^pagefind\/wasm\.en\.pagefind$/), 1, search.join(", "));
    assert.is(count(/^pagefind\/pagefind-entry\.json$/), 1);
    assert.is(count(/^pagefind\/pagefind\.[\w-]+\.pf_meta$/), 1);
    assert.is(count(/^pagefind\/index\//), 1, "one index chunk for one word");
    const fragments = count(/^pagefind\/fragment\//);
    assert.ok(fragments >= 1 && fragments <= RESULTS_SHOWN, `${fragments} fragments`);
    const counted = [...SEARCH_SCRIPTS, "pagefind/wasm.en.pagefind", "pagefind/pagefind-entry.json"];
    const uncounted = search.filter((path) => !counted.includes(path) && !/^pagefind\/(?:pagefind\.[\w-]+\.pf_meta|index\/|fragment\/)/.test(path));
    assert.equal(uncounted, [], "fetched for a first search but not counted by the bench (the UI, its worker, filters)");

    // Opening a filter loads the filter indexes, and offers its values.
    await page.locator(".pagefind-ui__filter-name", { hasText: "type" }).click();
    await page.locator('.pagefind-ui__filter-checkbox[name="type"][value="brief"]').waitFor({ state: "attached", timeout: 15000 });
    assert.ok(fetched.some((path) => path.startsWith("pagefind/filter/")), "no filter index fetched on opening a filter");
  } finally {
    await server.close();
    await browser.close();
  }
});

test.run();
