import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { liveSite, readPage } from "../helpers/build.ts";
import { redirectTarget } from "../helpers/html.ts";

test("should list every source page on the sources index, also when the build is staged outside the repo", () => {
  const site = liveSite();
  const pages = readdirSync(join(site.out, "sources"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `/sources/${e.name}/`)
    .filter((url) => !redirectTarget(readPage(site, url)));
  assert.ok(pages.length >= 5, `${pages.length} source pages`);
  const index = readPage(site, "/sources/");
  const list = index.slice(index.indexOf('<ol class="source-list">'), index.indexOf("</ol>"));
  const listed = [...list.matchAll(/<li>\s*<a href="([^"]+)"/g)].map((m) => m[1]).sort();
  assert.equal(listed, pages.sort());
  assert.match(readPage(site, "/"), new RegExp(`built 2026-01-01 from ${pages.length} sources`));
});

test.run();
