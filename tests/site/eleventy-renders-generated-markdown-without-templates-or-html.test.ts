// Frozen inputs only: the pages Eleventy renders are written by the test itself, so an analyst's day cannot change it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { REPO } from "../helpers/build.ts";

// Eleventy's defaults are the traps: Markdown run through Liquid first, and markdown-it with raw HTML on.
// These pages are written straight to a content folder, without the generator's escaping, to test the config alone.
const MARKER = join(tmpdir(), "dossier-eleventy-front-matter-ran");

const roots: string[] = [];
test.after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function render(files: Record<string, string>): Promise<{ out: string; error?: Error }> {
  const root = mkdtempSync(join(tmpdir(), "eleventy-traps-"));
  roots.push(root);
  mkdirSync(join(root, "content"));
  mkdirSync(join(root, "layouts"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, "content", name), text);
  const out = join(root, "_site");
  const elev = new Eleventy(join(root, "content"), out, { quietMode: true, configPath: join(REPO, ".eleventy.js") });
  try {
    await elev.write();
    return { out };
  } catch (error) {
    return { out, error: error as Error };
  }
}

test("should render template syntax in Markdown as text, never evaluate it", async () => {
  const { out, error } = await render({ "raw.md": "---\ntitle: Raw\n---\nSeven sevens: {{ 7*7 }}.\n\n{% include \"x\" %} and {{ content }} and {% raw %}x{% endraw %}\n" });
  assert.is(error, undefined);
  const html = readFileSync(join(out, "raw/index.html"), "utf8");
  assert.ok(html.includes("Seven sevens: {{ 7*7 }}."), html);
  assert.ok(html.includes("{% include &quot;x&quot; %} and {{ content }} and {% raw %}x{% endraw %}"), html);
});

test("should render raw HTML in Markdown as escaped text", async () => {
  const { out, error } = await render({ "html.md": "---\ntitle: HTML\n---\n<script>alert(1)</script>\n\nText with <img src=x onerror=alert(1)> and <b>bold</b>.\n" });
  assert.is(error, undefined);
  const html = readFileSync(join(out, "html/index.html"), "utf8");
  assert.not.match(html, /<script|<img|<b>/);
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(html.includes("&lt;img src=x onerror=alert(1)&gt;"));
});

for (const fence of ["---js", "---javascript", "---node"]) {
  test(`should refuse ${fence} front matter in a content file without running it`, async () => {
    rmSync(MARKER, { force: true });
    const payload = `${fence}\n{ ran: (function () { require("fs").writeFileSync(${JSON.stringify(MARKER)}, "ran"); return true; })() }\n---\nBody.\n`;
    const { error } = await render({ "evil.md": payload });
    const ran = existsSync(MARKER);
    rmSync(MARKER, { force: true });
    assert.ok(error, "Eleventy built a page from JavaScript front matter");
    assert.not.ok(ran, "the front matter's code ran");
  });
}

test.run();
