// Frozen inputs only: the hostile corpus, and the frozen dossier (tests/fixtures/dossier) as the pages it is compared with.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureDossier, readPage, sourcePagesBySeed } from "../helpers/build.ts";
import { hostileSite } from "../helpers/hostile-seeds.ts";
import { decodeEntities, htmlFiles, tagsOf, textOf } from "../helpers/html.ts";

const site = hostileSite();
// Pages built from real articles: the frozen copy of the dossier.
const real = fixtureDossier();
const pages = sourcePagesBySeed(site);

// The only scripts the project writes: Pagefind's UI and our starter, on the search page, and on an old address of a
// moved source the script that carries the paragraph asked for to the new one.
const OWN_SCRIPTS = new Set(["/search/index.html /pagefind/pagefind-ui.js", "/search/index.html /assets/search.js"]);
const ownScript = (file: string, src: string) => OWN_SCRIPTS.has(`${file} ${src}`) || (/^\/sources\/[^/]+\/index\.html$/.test(file) && src === "/assets/redirect.js");
const DANGEROUS_URL = /^(javascript|vbscript|data):/i;

const articleText = (html: string) => textOf(/<section aria-labelledby="article-text"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "");
const metadataText = (html: string) => textOf(/<section aria-labelledby="metadata"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "");

/**
 * The one inline script the project writes: a brief's schema.org JSON-LD in its head, a data block browsers never run.
 * It counts as ours only on a brief page, with no attribute but its type, and holding JSON with no `<` in it.
 */
function isBriefJsonLd(file: string, tag: ReturnType<typeof tagsOf>[number], html: string): boolean {
  if (!/^\/briefs\/[a-z0-9-]+\/index\.html$/.test(file)) return false;
  if (tag.attributes.length !== 1 || tag.attributes[0]!.name !== "type" || tag.attributes[0]!.value !== "application/ld+json") return false;
  const body = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
  try {
    return !body.includes("<") && (JSON.parse(body) as { "@type"?: string })["@type"] === "Report";
  } catch {
    return false;
  }
}

/** Scripts, `on…=` attributes and script URLs in one page (or in HTML a feed carries), other than the project's own. */
function unsafeMarkup(file: string, html: string): string[] {
  const found: string[] = [];
  const tags = tagsOf(html);
  const scripts = tags.filter((t) => t.name === "script");
  // Counted on the raw text too, so a script tag the tag reader cannot parse is still caught.
  if ((html.match(/<script\b/gi) ?? []).length !== scripts.length) found.push(`${file}: unparsed <script`);
  for (const tag of scripts) {
    if (isBriefJsonLd(file, tag, html)) continue;
    const src = tag.attributes.find((a) => a.name === "src")?.value ?? "(inline)";
    if (!ownScript(file, src) || tag.attributes.length !== 1) found.push(`${file}: <script ${src}>`);
  }
  for (const tag of tags) {
    for (const attr of tag.attributes) {
      if (attr.name.startsWith("on")) found.push(`${file}: <${tag.name} ${attr.name}=…>`);
      if (DANGEROUS_URL.test(attr.value.replace(/[\s\u0000-\u001f]+/g, ""))) found.push(`${file}: <${tag.name} ${attr.name}="${attr.value}">`);
    }
  }
  return found;
}

test("should have no script, event-handler attribute or script URL in the built site that the project did not write", () => {
  const files = htmlFiles(site.out);
  assert.ok(files.length > 20, `only ${files.length} pages`);
  const found = files.flatMap((file) => unsafeMarkup(file, readFileSync(join(site.out, file), "utf8")));
  assert.equal(found, []);
});

test("should carry seed text in the feed and sitemap as text, and any HTML they embed without scripts", () => {
  const xmlFiles = readdirSync(site.out).filter((name) => name.endsWith(".xml"));
  assert.ok(xmlFiles.includes("feed.xml"), `no feed among ${xmlFiles.join(", ")}`);
  const found: string[] = [];
  for (const name of xmlFiles) {
    const xml = readFileSync(join(site.out, name), "utf8");
    found.push(...unsafeMarkup(`/${name}`, xml));
    // Atom and RSS elements typed as HTML are rendered by feed readers: what they hold is checked as a page.
    for (const m of xml.matchAll(/<(\w+)\b[^>]*\stype="(?:html|xhtml)"[^>]*>([\s\S]*?)<\/\1>/g)) {
      found.push(...unsafeMarkup(`/${name} <${m[1]} type=html>`, decodeEntities(m[2]!.replace(/^<!\[CDATA\[|\]\]>$/g, ""))));
    }
  }
  assert.equal(found, []);
  assert.ok(readFileSync(join(site.out, "feed.xml"), "utf8").includes("&lt;script&gt;alert(1)&lt;/script&gt;"), "the feed should quote the seed's markup as text");
});

test("should use no element in pages built from hostile seeds that pages built from the real seeds do not use", () => {
  const names = (out: string) => new Set(htmlFiles(out).flatMap((f) => tagsOf(readFileSync(join(out, f), "utf8")).map((t) => t.name)));
  const ours = names(real.out);
  const extra = [...names(site.out)].filter((n) => !ours.has(n));
  assert.equal(extra, []);
});

test("should show HTML, Markdown and template syntax in an article as the literal text it is", () => {
  const html = pages.get("markup-in-text.txt")!;
  const text = articleText(html);
  const literals = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "<!-- hidden note -->",
    "---",
    "Template code {{ 7*7 }} must not become forty-nine.",
    'An include tag {% include "x" %} must not pull in a file.',
    "The layout variable {{ content }} must not echo the page into itself.",
    "A raw block {% raw %} and {%- endraw -%} and a comment {# note #} stay literal.",
    '<a href="javascript:alert(2)">click here</a> and <iframe src="javascript:alert(3)"></iframe> are just words.',
    '<svg onload=alert(4)><style>body{display:none}</style> and <p onclick="alert(5)">a paragraph</p> too.',
    "# Not a heading, > not a quote, - not a list item, and `not code`.",
  ];
  for (const literal of literals) assert.ok(text.includes(literal), `not shown literally: ${literal}`);
  assert.not.ok(/\b49\b/.test(text), "template code was evaluated");
  const headline = 'Hostile markup {{ 7*7 }} arrives <b>inside</b> an {% include "x" %} article';
  assert.is(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!), headline);
  assert.ok(html.includes(`<title>${headline.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")} · `), "the page title should hold the headline as text");
  assert.ok(textOf(readPage(site, "/sources/")).includes(headline), "the sources list should hold the headline as text");
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
});

test("should show a block that looks like front matter as article text, leaving the page's own title, layout and address alone", () => {
  const html = pages.get("front-matter-lookalike.txt")!;
  for (const line of ["---", "title: Injected title", "layout: evil.njk", "permalink: /index.html", "eleventyExcludeFromCollections: true", "tags: [briefs]"]) {
    assert.ok(articleText(html).includes(line), `lost: ${line}`);
  }
  // Untitled, the page is named by its opening words, as printed: had the block been read as front matter, the title would be "Injected title".
  assert.match(html, /<title>title: Injected title · /);
  assert.match(html, /<h1 id="headline" data-pagefind-meta="title">title: Injected title<\/h1>\s*<p class="untitled-note"/);
  assert.not.ok(readPage(site, "/").includes("Injected title"), "the seed's permalink replaced the home page");
  assert.ok(readPage(site, "/sources/").includes(">title: Injected title</a>"), "the seed left the sources list");
});

test("should show a sidecar's hostile values as text, and link no address that is not http(s)", () => {
  const html = pages.get("sidecar-hostile-values.txt")!;
  const meta = metadataText(html);
  assert.ok(meta.includes("Outlet <script>alert(1)</script><img src=x onerror=alert(document.domain)>"), meta);
  assert.ok(meta.includes("Notes {{ 7*7 }} <img src=x onerror=alert(1)>"), meta);
  assert.not.ok(html.includes("javascript:"), "the refused javascript: URL reached the page");
  assert.match(html, /^<!doctype html>\n<html lang="en">/);
});

test("should show file names with markup in them as text", () => {
  const html = pages.get("<img src=x onerror=alert(1)>.txt")!;
  assert.ok(html.includes("<code>seeds/&lt;img src=x onerror=alert(1)&gt;.txt</code>"));
  assert.ok(pages.get("article.html")!.includes("&lt;script&gt;alert(&quot;saved page&quot;)&lt;/script&gt;"));
});

test.run();
