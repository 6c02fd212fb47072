// Finds and starts Debian's Chromium for browser tests; a missing browser skips loudly, or fails under CI/REQUIRE_BROWSER.
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_INSTALL_HINT, chromiumPath, startChromium } from "../../scripts/chromium.ts";

export { CHROMIUM_FLAGS, chromiumPath } from "../../scripts/chromium.ts";

/** Whether tests must fail, rather than skip, without a browser. */
export function browserRequired(): boolean {
  return Boolean(process.env.CI || process.env.REQUIRE_BROWSER);
}

/** Throws under CI/REQUIRE_BROWSER, otherwise warns loudly; call when a test needs Chromium and there is none. */
export function skipWithoutBrowser(what: string): void {
  const message = `Chromium not found (${CHROMIUM_INSTALL_HINT})`;
  if (browserRequired()) throw new Error(`${message}; CI and REQUIRE_BROWSER need a real browser`);
  console.warn(`\n!!! SKIPPING ${what}: ${message} !!!\n`);
}

/** A running Chromium, or undefined when none is installed and the browser is not required. */
export async function launchBrowser(): Promise<Browser | undefined> {
  const path = chromiumPath();
  if (!path) {
    skipWithoutBrowser("BROWSER TESTS");
    return undefined;
  }
  return startChromium(path);
}

/**
 * Waits for the search page's results to be there and whole: the search page (content/assets/search.js) adds each
 * result's item at once and fills it when its fragment loads, so a list read as soon as the first link appears may lack
 * the rest on a busy machine (a CI run once read five of a page's results after "Load more"). Every item must hold its link.
 */
export async function waitForResults(page: Page, timeout = 15000): Promise<void> {
  await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout });
  await page.waitForFunction(
    () => !document.querySelector(".pagefind-ui__results .pagefind-ui__loading") && Array.from(document.querySelectorAll(".pagefind-ui__result")).every((item) => item.querySelector(".pagefind-ui__result-link")),
    undefined,
    { timeout },
  );
}
