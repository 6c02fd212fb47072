import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveSite, readPage } from "../helpers/build.ts";
import { idsOf, linksOf } from "../helpers/html.ts";

const site = liveSite();

function htmlPages(dir: string, base = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${base}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "pagefind" ? [] : htmlPages(join(dir, entry.name), rel);
    return entry.name.endsWith(".html") ? [rel] : [];
  });
}

test("should link only to files and anchors that exist in the built site", () => {
  const pages = htmlPages(site.out);
  assert.ok(pages.length >= 10, `only ${pages.length} pages`);
  const broken: string[] = [];
  for (const page of pages) {
    const html = readPage(site, page);
    for (const link of linksOf(html)) {
      if (/^(https?:|mailto:)/.test(link)) continue;
      const [path, anchor] = link.split("#");
      const pageDir = page.slice(0, page.lastIndexOf("/") + 1);
      const target = !path ? page : path.startsWith("/") ? path : pageDir + path;
      const file = target.endsWith("/") ? `${target}index.html` : target;
      if (!existsSync(join(site.out, file))) {
        broken.push(`${page} → ${link}`);
        continue;
      }
      if (anchor && file.endsWith(".html") && !idsOf(readPage(site, file)).has(anchor)) broken.push(`${page} → ${link} (no such anchor)`);
    }
  }
  assert.equal(broken, []);
});

test("should write a Pagefind index with every source page in it", () => {
  const entry = JSON.parse(readPage(site, "/pagefind/pagefind-entry.json"));
  const pageCount = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
  assert.ok(pageCount >= 5, `index holds ${pageCount} pages`);
  assert.ok(existsSync(join(site.out, "pagefind/pagefind-ui.js")));
});

test.run();
