import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite, DOSSIER_DATA, DOSSIER_SEEDS } from "../helpers/build.ts";
import { serve } from "../helpers/serve.ts";

// The frozen dossier with one source renamed by hand in the address register: a link shared before the rename
// (`/sources/<old>/#p2`) must open the same passage at the new address.
const OLD = "media-turkiye-takes-bold-step-toward-libyan-unity";
const NEW = "caliber-turkiye-bold-step";

test("should take a reader from an old address and paragraph to the same paragraph at the new address", async () => {
  const browser = await launchBrowser();
  if (!browser) return;
  const seeds = join(mkdtempSync(join(tmpdir(), "renamed-")), "seeds");
  cpSync(DOSSIER_SEEDS, seeds, { recursive: true });
  const register = join(seeds, ".addresses.yaml");
  writeFileSync(register, readFileSync(register, "utf8").replace(`  id: ${OLD}\n`, `  id: ${NEW}\n`));
  const site = buildSite({ seeds, data: DOSSIER_DATA, pdf: "never", pathPrefix: "/dossier/", outPath: "www/dossier" });
  const server = await serve(join(site.out, ".."));
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/dossier/sources/${OLD}/#p2`);
    await page.waitForURL(`${server.url}/dossier/sources/${NEW}/#p2`);
    assert.match(await page.locator('[id="p2"]').innerText(), /\S/);
    assert.is(await page.evaluate(() => location.hash), "#p2");
  } finally {
    await server.close();
    await browser.close();
  }
});

test.run();
