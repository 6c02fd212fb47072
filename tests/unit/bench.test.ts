// The bench's articles and arithmetic: the same articles every run, read by the dossier as the bench means them, and honest sums.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { markdownText, prosePool, seededRandom, seedText, syntheticArticles } from "../../scripts/bench-corpus.ts";
import { BOUNDS, failing, firstSearchBytes, growthBound } from "../../scripts/bench-measures.ts";
import { ingestSeed } from "../../scripts/ingest/ingest-seed.ts";

const POOL = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: Türkiye and Libya signed a memorandum of understanding on security cooperation, officials said in Ankara.`);

const random = suite("seededRandom()");

random("should give the same numbers for the same seed, and others for another seed", () => {
  const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
  assert.equal(take(7), take(7));
  assert.not.equal(take(7), take(8));
  assert.ok(take(7).every((n) => n >= 0 && n < 1));
});

random.run();

const pool = suite("prosePool()");

pool("should keep prose lines once and leave out short lines and READ:/Source: furniture", () => {
  const long = "A".repeat(120);
  const text = `Headline\n\n${long}\nREAD: ${"b".repeat(110)}\nSource:https://example.com/${"c".repeat(100)}\n${long}\nshort line`;
  assert.equal(prosePool([text]), [long]);
});

pool.run();

const articles = suite("syntheticArticles()");

articles("should make the same articles on every run", () => {
  assert.equal(syntheticArticles(POOL, 30), syntheticArticles(POOL, 30));
});

articles("should give each article 4 to 8 distinct paragraphs from the pool, a numbered headline and a DD.MM.YYYY date", () => {
  const made = syntheticArticles(POOL, 200);
  assert.is(new Set(made.map((a) => a.name)).size, 200);
  for (const a of made) {
    assert.ok(a.paragraphs.length >= 4 && a.paragraphs.length <= 8, `${a.name}: ${a.paragraphs.length} paragraphs`);
    assert.is(new Set(a.paragraphs).size, a.paragraphs.length);
    assert.ok(a.paragraphs.every((p) => POOL.includes(p)));
    assert.match(a.dateLine, /^\d{2}\.\d{2}\.\d{4}$/);
    assert.is(a.iso, a.dateLine.split(".").reverse().join("-"));
  }
  assert.ok(new Set(made.map((a) => a.paragraphs.length)).size === 5, "every length from 4 to 8 occurs");
});

articles("should refuse a pool too small to draw from", () => {
  assert.throws(() => syntheticArticles(POOL.slice(0, 3), 1), /at least 8/);
});

articles.run();

const seed = suite("seedText()");

seed("should be read by the dossier with its headline, its date line's date and every paragraph", () => {
  const [article] = syntheticArticles(POOL, 1);
  const text = seedText(article!);
  const { source } = ingestSeed({ path: `seeds/${article!.name}`, name: article!.name, bytes: new Uint8Array(Buffer.from(text, "utf8")) }, []);
  assert.is(source?.meta.headline?.value, article!.headline);
  assert.is(source?.meta.published?.value.iso, article!.iso);
  for (const paragraph of article!.paragraphs) assert.ok(source!.paragraphs.some((p) => p.text === paragraph), paragraph);
});

seed.run();

const markdown = suite("markdownText()");

markdown("should give front matter with the quoted headline and ISO date, then the paragraphs", () => {
  const [article] = syntheticArticles(POOL, 1);
  const text = markdownText({ ...article!, headline: 'Report 1: "quoted": yes' }, "article.njk");
  assert.ok(text.startsWith(`---\ntitle: "Report 1: \\"quoted\\": yes"\ndate: ${article!.iso}\nlayout: article.njk\n---\n\n`));
  assert.ok(text.endsWith(`${article!.paragraphs.join("\n\n")}\n`));
});

markdown.run();

const search = suite("firstSearchBytes()");

search("should add the search page's script, pagefind.js, one wasm, entry, meta, the largest index chunk and the five largest fragments", () => {
  const files = [
    { path: "assets/search.js", size: 4 },
    { path: "assets/style.css", size: 9000 },
    { path: "pagefind/pagefind.js", size: 10 },
    { path: "pagefind/pagefind-ui.js", size: 2000 },
    { path: "pagefind/pagefind-ui.css", size: 500 },
    { path: "pagefind/pagefind-worker.js", size: 3000 },
    { path: "pagefind/pagefind-highlight.js", size: 1000 },
    { path: "pagefind/wasm.en.pagefind", size: 60 },
    { path: "pagefind/wasm.unknown.pagefind", size: 50 },
    { path: "pagefind/pagefind-entry.json", size: 1 },
    { path: "pagefind/pagefind.en_abc.pf_meta", size: 2 },
    { path: "pagefind/index/en_1.pf_index", size: 30 },
    { path: "pagefind/index/en_2.pf_index", size: 40 },
    { path: "pagefind/filter/en_1.pf_filter", size: 3 },
    { path: "pagefind/filter/en_2.pf_filter", size: 4 },
    { path: "sources/x/index.html", size: 8000 },
    ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ path: `pagefind/fragment/en_${n}.pf_fragment`, size: n * 100 })),
  ];
  const bytes = firstSearchBytes(files);
  assert.equal(bytes, { script: 14, wasm: 60, entry: 1, meta: 2, index: 40, fragments: 700 + 600 + 500 + 400 + 300, total: 14 + 60 + 1 + 2 + 40 + 2500, filters: 7 });
});

search.run();

const growth = suite("growthBound()");

growth("should allow 5.5× from 1,000 to 5,000 articles, linear growth plus a tenth", () => {
  assert.is(growthBound(1000, 5000), 5.5);
  assert.is(growthBound(100, 1000), BOUNDS.growthOverLinear * 10);
});

growth.run();

const fails = suite("failing()");

fails("should list figures past their bound and builds that did not finish, and pass a figure at its bound", () => {
  const checks = [
    { measure: "at", value: 1.5, bound: 1.5 },
    { measure: "over", value: 1.6, bound: 1.5 },
    { measure: "failed", value: NaN, bound: 1.5 },
  ];
  assert.equal(failing(checks).map((c) => c.measure), ["over", "failed"]);
});

fails.run();
