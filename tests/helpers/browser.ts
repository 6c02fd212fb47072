// Finds and starts Debian's Chromium for browser tests; a missing browser skips loudly, or fails under CI/REQUIRE_BROWSER.
import type { Browser } from "playwright-core";
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
