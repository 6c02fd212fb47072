// Where Debian's Chromium is and how to start it: shared by the PDF printer and the browser tests. Never downloads one.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const CHROMIUM_INSTALL_HINT = "install it with `apt-get install -y chromium`, or set CHROME_PATH to a Chromium binary";

/** CHROME_PATH when it is set (a missing file there means no Chromium), else Debian's usual places. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env.CHROME_PATH ? [env.CHROME_PATH] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path) => existsSync(path));
}

/**
 * Starts the Chromium at `path` headless, with the project's flags. Playwright is loaded here, not with this module:
 * a build that prints no PDF (the site tests' builds, a live preview) is spared the second it takes to load.
 */
export async function startChromium(path: string): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS, headless: true });
}
