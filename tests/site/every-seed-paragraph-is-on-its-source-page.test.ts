import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, readPage, REPO } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

const site = buildSite();
const seedNames = readdirSync(join(REPO, "seeds")).filter((n) => n.endsWith(".txt")).sort();

/** Each source page, keyed by the seed file it names. */
function pagesBySeed(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const id of readdirSync(join(site.out, "sources"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    const html = readPage(site, `/sources/${id}/`);
    const seed = /<code>seeds\/([^<]+)<\/code>/.exec(html)?.[1];
    if (seed) pages.set(seed, html);
  }
  return pages;
}

const section = (html: string, id: string) => {
  const m = new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html);
  return m ? textOf(m[0]) : "";
};

test("should build one source page per seed", () => {
  assert.is(site.status, 0, site.stdout);
  assert.is(pagesBySeed().size, seedNames.length);
  assert.is(seedNames.length, 5);
});

test("should show every line of every seed, word for word, in the article text or under 'Removed from the article'", () => {
  const pages = pagesBySeed();
  for (const name of seedNames) {
    const html = pages.get(name);
    assert.ok(html, `no page for ${name}`);
    const article = section(html!, "article-text");
    const removed = section(html!, "removed");
    const standfirst = textOf(/<p class="standfirst">([\s\S]*?)<\/p>/.exec(html!)?.[1] ?? "");
    const headline = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html!)?.[1] ?? "");
    const lines = readFileSync(join(REPO, "seeds", name), "utf8").split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
    for (const line of lines) {
      const shown = [article, removed, standfirst, headline].some((text) => text.includes(line));
      assert.ok(shown, `${name}: line not on its page: ${line}`);
    }
  }
});

test("should keep page furniture out of the article text and list it under 'Removed from the article'", () => {
  const pages = pagesBySeed();
  const furniture: Array<[string, string]> = [
    ["000_d0f4694276c6028d.txt", "Accueil En Accueil Fra Accueil Ku accueilAr"],
    ["000_d0f4694276c6028d.txt", "Home Page Accueil En Articles articles LangueArt"],
    ["000_d0f4694276c6028d.txt", "www.kcdme.com"],
    ["002_39be850b2c363a0b.txt", "READ: Turkey DM: Libya belongs to Libyans"],
    ["002_39be850b2c363a0b.txt", "Leave A Reply"],
    ["003_64448fe0736d82ee.txt", "READ: Turkiye-Libya ink MoU in vocational, technical education"],
  ];
  for (const [seed, line] of furniture) {
    const html = pages.get(seed)!;
    assert.not.ok(section(html, "article-text").includes(line), `${seed}: furniture in the article text: ${line}`);
    assert.ok(section(html, "removed").includes(line), `${seed}: furniture not listed as removed: ${line}`);
    assert.match(html, /<details>/);
  }
});

test("should list every source on the sources index, newest first, and count them on the home page", () => {
  const index = readPage(site, "/sources/");
  const listed = [...index.matchAll(/<li>\s*<a href="\/sources\/([^"]+)\/">/g)].map((m) => m[1]);
  assert.is(listed.length, seedNames.length);
  assert.is(listed[0], "2025-07-11-turkiye-inks-deal-with-libya-to-deepen-military");
  assert.match(textOf(readPage(site, "/")), `built from ${seedNames.length} source articles`);
});

test("should give every paragraph an address #pN with a visible link to it", () => {
  for (const html of pagesBySeed().values()) {
    const ids = [...html.matchAll(/<p id="(p\d+)">/g)].map((m) => m[1]);
    assert.ok(ids.length > 0);
    ids.forEach((id, i) => {
      assert.is(id, `p${i + 1}`);
      assert.ok(html.includes(`<a class="para-link" href="#${id}"`), `no link to #${id}`);
    });
  }
});

test("should show the Cradle article's metadata with where each value came from", () => {
  const html = pagesBySeed().get("000_d0f4694276c6028d.txt")!;
  const meta = section(html, "metadata");
  assert.ok(meta.includes("11 July 2025 from the text, 000_d0f4694276c6028d.txt line 26"), meta);
  assert.ok(meta.includes("The Cradle"));
  assert.ok(meta.includes("News Desk"));
  assert.ok(meta.includes("https://thecradle.co/articles/%20turkiye-inks-deal-with-libya-to-deepen-military-ties"));
  assert.ok(meta.includes("Credits reporting by Al-Monitor"));
});

test.run();
