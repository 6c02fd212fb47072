// Renders the timeline and the maps in Chromium and checks the drawing itself: every event and place has its mark and
// its label, and no label reaches outside its SVG's viewBox, on a desktop and on a 320 px phone, light and dark.
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { launchBrowser } from "../helpers/browser.ts";
import { buildGlanceSite } from "../helpers/glance-site.ts";
import { serve } from "../helpers/serve.ts";

interface Drawing {
  listedEvents: string[];
  listedPlaces: string[];
  problems: string[];
  charts: number;
}

test("should draw every event and place with its mark and label, inside the SVG, on every page that shows them", async () => {
  const browser = await launchBrowser();
  if (!browser) return;
  const site = buildGlanceSite();
  const server = await serve(site.out);
  const shots = mkdtempSync(join(tmpdir(), "glance-shots-"));
  const paths = ["/", "/timeline/", "/briefs/mou-2019-security/", "/briefs/qatar-tripartite-2020/", "/briefs/gnu-2025/", "/briefs/lna-2025/", "/briefs/mou-2019-maritime/"];
  const failures: string[] = [];
  let charts = 0;
  try {
    for (const [width, colorScheme] of [[1000, "light"], [320, "dark"]] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      // tsx names the functions it compiles with a helper the page does not have.
      await page.addInitScript("window.__name = (f) => f");
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        const drawing = (await page.evaluate(() => {
          const problems: string[] = [];
          const inside = (svg: SVGSVGElement, el: SVGGraphicsElement, what: string) => {
            const vb = svg.viewBox.baseVal;
            const b = el.getBBox();
            if (b.width <= 0 || b.height <= 0) problems.push(`${what} has no size`);
            if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 || b.y + b.height > vb.y + vb.height + 0.5) {
              problems.push(`${what} is clipped: ${[b.x, b.y, b.width, b.height].map((n) => n.toFixed(1)).join(",")} outside ${vb.width}x${vb.height}`);
            }
            return b;
          };
          const listedEvents: string[] = [];
          for (const figure of Array.from(document.querySelectorAll(".glance-timeline-figure"))) {
            const svg = figure.querySelector("svg.glance-timeline") as SVGSVGElement | null;
            if (!svg) {
              problems.push("a timeline figure without its chart");
              continue;
            }
            for (const li of Array.from(figure.querySelectorAll("ol > li[data-event]"))) {
              const id = li.getAttribute("data-event")!;
              listedEvents.push(id);
              const group = svg.querySelector(`g[data-event="${CSS.escape(id)}"]`);
              const mark = group?.querySelector(".mark") as SVGGraphicsElement | null;
              const label = group?.querySelector("text.label") as SVGTextElement | null;
              if (!mark || !label || !label.textContent?.trim()) problems.push(`event ${id} has no mark or no label`);
              else {
                inside(svg, mark, `mark of ${id}`);
                inside(svg, label, `label of ${id}`);
                const style = getComputedStyle(label);
                if (style.display === "none" || style.visibility === "hidden" || Number(style.opacity) === 0) problems.push(`label of ${id} is hidden`);
              }
            }
            for (const text of Array.from(svg.querySelectorAll("text"))) inside(svg, text as SVGTextElement, `text “${text.textContent}”`);
          }
          const listedPlaces: string[] = [];
          for (const figure of Array.from(document.querySelectorAll(".glance-map-figure"))) {
            const svg = figure.querySelector("svg.glance-map") as SVGSVGElement;
            const boxes: Array<{ id: string; b: DOMRect }> = [];
            for (const li of Array.from(figure.querySelectorAll("li[data-place]"))) {
              const id = li.getAttribute("data-place")!;
              listedPlaces.push(id);
              const mark = svg.querySelector(`circle.place-mark[data-place="${CSS.escape(id)}"]`) as SVGGraphicsElement | null;
              const label = svg.querySelector(`text.place-label[data-place="${CSS.escape(id)}"]`) as SVGTextElement | null;
              if (!mark || !label) {
                problems.push(`place ${id} has no mark or no label`);
                continue;
              }
              inside(svg, mark, `mark of ${id}`);
              boxes.push({ id, b: inside(svg, label, `label of ${id}`) });
            }
            for (const text of Array.from(svg.querySelectorAll("text.state-label"))) boxes.push({ id: text.textContent ?? "", b: inside(svg, text as SVGTextElement, `state label ${text.textContent}`) });
            for (let i = 0; i < boxes.length; i += 1) {
              for (let j = i + 1; j < boxes.length; j += 1) {
                const a = boxes[i]!.b;
                const c = boxes[j]!.b;
                if (a.x < c.x + c.width && a.x + a.width > c.x && a.y < c.y + c.height && a.y + a.height > c.y) problems.push(`labels ${boxes[i]!.id} and ${boxes[j]!.id} overlap`);
              }
            }
          }
          return { listedEvents, listedPlaces, problems, charts: document.querySelectorAll("svg.glance-timeline, svg.glance-map").length };
        })) as Drawing;
        charts += drawing.charts;
        for (const p of drawing.problems) failures.push(`${width}px ${colorScheme} ${path}: ${p}`);
        if (!drawing.listedEvents.length) failures.push(`${width}px ${path}: no timeline events`);
        if (path === "/" && drawing.listedPlaces.sort().join() !== "benghazi,misrata,mitiga,tripoli,ankara".split(",").sort().join()) failures.push(`home map lists ${drawing.listedPlaces.join(", ")}`);
        const shot = join(shots, `${width}-${path.replace(/\W+/g, "_")}.png`);
        await page.locator(".glance-timeline-figure").first().screenshot({ path: shot });
        if (statSync(shot).size < 2000) failures.push(`${shot} is nearly empty`);
      }
      await page.close();
    }
  } finally {
    await server.close();
    await browser.close();
  }
  assert.equal(failures, []);
  assert.ok(charts >= 2 * 12, `only ${charts} charts drawn`);
});

test.run();
