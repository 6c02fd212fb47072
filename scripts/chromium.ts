// Where Debian's Chromium is and how to start it: shared by the PDF printer and the browser tests. Never downloads one.
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

export const CHROMIUM_INSTALL_HINT = "install it with `apt-get install -y chromium`, or set CHROME_PATH to a Chromium binary";

/** CHROME_PATH when it is set (a missing file there means no Chromium), else Debian's usual places. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env.CHROME_PATH ? [env.CHROME_PATH] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path) => existsSync(path));
}

/** Starts the Chromium at `path` headless, with the project's flags. */
export function startChromium(path: string): Promise<Browser> {
  return chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS, headless: true });
}
