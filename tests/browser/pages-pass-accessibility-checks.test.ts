import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { launchBrowser, waitForResults } from "../helpers/browser.ts";
import { buildSite } from "../helpers/build.ts";
import { serve } from "../helpers/serve.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

test("should pass axe's WCAG 2.1 A and AA checks on every kind of page, in light and dark mode", async () => {
  const browser = await launchBrowser();
  if (!browser) return;
  const site = buildSite();
  const server = await serve(site.out);
  const firstSource = /href="(\/sources\/[^"]+\/)"/.exec(readFileSync(`${site.out}/sources/index.html`, "utf8"))?.[1];
  // The live dossier, whatever it holds: a brief and a source of each kind it has.
  const firstBrief = /href="(\/briefs\/[^"]+\/)"/.exec(readFileSync(`${site.out}/briefs/index.html`, "utf8"))?.[1];
  const firstActor = /href="(\/actors\/[^"]+\/)"/.exec(readFileSync(`${site.out}/actors/index.html`, "utf8"))?.[1];
  // A word the first source's headline holds, so that the search page shows results whatever the dossier holds.
  const word = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(`${site.out}${firstSource}index.html`, "utf8"))![1]!.replace(/<[^>]*>/g, " ").match(/\p{L}{5,}/gu)!.at(-1)!;
  const paths = ["/", "/sources/", firstSource!, "/briefs/", firstBrief!, "/timeline/", "/actors/", firstActor!, "/data/", "/about/", "/review/", `/search/?q=${encodeURIComponent(word)}`, "/404.html"];
  const failures: string[] = [];
  try {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ colorScheme });
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        // The text alternatives of the timeline and maps are checked open, as a reader who opens them sees them.
        await page.evaluate(() => document.querySelectorAll("details.glance-list").forEach((d) => d.setAttribute("open", "")));
        if (path.startsWith("/search/")) await waitForResults(page);
        await page.addScriptTag({ content: axeSource });
        const violations = (await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: unknown[] }> } }).axe;
          const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
          return result.violations;
        })) as AxeViolation[];
        for (const v of violations) failures.push(`${colorScheme} ${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      }
      await page.close();
    }
  } finally {
    await server.close();
    await browser.close();
  }
  assert.equal(failures, []);
});

test.run();
