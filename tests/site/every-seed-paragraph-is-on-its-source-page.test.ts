import { test } from "uvu";
import * as assert from "uvu/assert";
import { decodeSeed } from "../../scripts/ingest/decode.ts";
import { normaliseText } from "../../scripts/ingest/normalise.ts";
import { readSeeds } from "../../scripts/ingest/read-seeds.ts";
import { fixtureDossier, liveSite, readPage, REPO, sourcePagesBySeed } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";
import { showsLine } from "../helpers/lines.ts";

// The live seeds, whatever they are: one page each, every line shown, every paragraph addressable.
const site = liveSite();
const { seeds } = await readSeeds(`${REPO}/seeds`, REPO);
// Facts about particular articles (their furniture, their metadata): the frozen dossier.
const fixture = fixtureDossier();

const section = (html: string, id: string) => {
  const m = new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html);
  return m ? textOf(m[0]) : "";
};

test("should build one source page per seed", () => {
  assert.is(site.status, 0, site.stdout);
  assert.ok(seeds.length >= 1, "no seeds");
  assert.equal([...sourcePagesBySeed(site).keys()].sort(), seeds.map((s) => s.name).sort());
});

test("should show every line of every seed, word for word, in the article text or under 'Removed from the article'", () => {
  const pages = sourcePagesBySeed(site);
  for (const seed of seeds) {
    const html = pages.get(seed.name);
    assert.ok(html, `no page for ${seed.name}`);
    const shown = [section(html!, "article-text"), section(html!, "removed"), textOf(/<p class="standfirst"[^>]*>([\s\S]*?)<\/p>/.exec(html!)?.[1] ?? ""), textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html!)?.[1] ?? "")];
    const text = decodeSeed(seed.name, seed.bytes).text!;
    for (const { text: line } of normaliseText(seed.name, text).lines.filter((l) => l.text)) {
      const folded = line.replace(/\s+/g, " ").trim();
      assert.ok(shown.some((part) => showsLine(part, folded)), `${seed.name}: line not on its page: ${folded}`);
    }
  }
});

test("should give every paragraph an address #pN with a visible link to it", () => {
  for (const html of sourcePagesBySeed(site).values()) {
    const ids = [...html.matchAll(/<p id="(p\d+)">/g)].map((m) => m[1]);
    assert.ok(ids.length > 0);
    ids.forEach((id, i) => {
      assert.is(id, `p${i + 1}`);
      assert.ok(html.includes(`<a class="para-link" href="#${id}"`), `no link to #${id}`);
    });
  }
});

test("should list every source on the sources index and count them on the home page", () => {
  const listed = [...readPage(site, "/sources/").matchAll(/<li>\s*<a href="\/sources\/([^"]+)\/">/g)].map((m) => m[1]);
  assert.is(listed.length, seeds.length);
  assert.match(textOf(readPage(site, "/")), `built from ${seeds.length} source articles`);
});

test("should keep page furniture out of the article text and list it under 'Removed from the article'", () => {
  const pages = sourcePagesBySeed(fixture);
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

test("should list the sources newest first", () => {
  const listed = [...readPage(fixture, "/sources/").matchAll(/<li>\s*<a href="\/sources\/([^"]+)\/">/g)].map((m) => m[1]);
  assert.is(listed[0], "2025-07-11-turkiye-inks-deal-with-libya-to-deepen-military");
});

test("should show the Cradle article's metadata with where each value came from", () => {
  const html = sourcePagesBySeed(fixture).get("000_d0f4694276c6028d.txt")!;
  const meta = section(html, "metadata");
  assert.ok(meta.includes("11 July 2025 from the text, 000_d0f4694276c6028d.txt line 26"), meta);
  assert.ok(meta.includes("The Cradle"));
  assert.ok(meta.includes("News Desk"));
  assert.ok(meta.includes("https://thecradle.co/articles/%20turkiye-inks-deal-with-libya-to-deepen-military-ties"));
  assert.ok(meta.includes("Credits reporting by Al-Monitor"));
});

test.run();
