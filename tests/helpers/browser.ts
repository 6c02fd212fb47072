// Finds and starts Debian's Chromium for browser tests; a missing browser skips loudly, or fails under CI/REQUIRE_BROWSER.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  return candidates.find((path) => existsSync(path));
}

/** A running Chromium, or undefined when none is installed and the browser is not required. */
export async function launchBrowser(): Promise<Browser | undefined> {
  const path = chromiumPath();
  if (!path) {
    const message = "Chromium not found (set CHROME_PATH, or install it: apt-get install -y chromium)";
    if (process.env.CI || process.env.REQUIRE_BROWSER) throw new Error(`${message}; CI and REQUIRE_BROWSER need a real browser`);
    console.warn(`\n!!! SKIPPING BROWSER TESTS: ${message} !!!\n`);
    return undefined;
  }
  return chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS, headless: true });
}
