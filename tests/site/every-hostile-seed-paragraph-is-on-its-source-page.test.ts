// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { decodeSeed } from "../../scripts/ingest/decode.ts";
import { normaliseText } from "../../scripts/ingest/normalise.ts";
import { sourcePagesBySeed } from "../helpers/build.ts";
import { FIXTURES, HOSTILE_CASES, hostileSite } from "../helpers/hostile-seeds.ts";
import { htmlFiles, textOf } from "../helpers/html.ts";
import { showsLine } from "../helpers/lines.ts";

const site = hostileSite();
const pages = sourcePagesBySeed(site);
const accepted = HOSTILE_CASES.filter((c) => c.accepted);

const section = (html: string, id: string) => textOf(new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? "");
/** All the seed text a page shows: headline, standfirst, article text and the lines kept out of it. */
const shownText = (html: string) =>
  [textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ""), textOf(/<p class="standfirst"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ""), section(html, "article-text"), section(html, "removed")].join("\n");

test("should show every line of every accepted hostile seed on its source page", () => {
  for (const c of accepted) {
    const html = pages.get(c.name.normalize("NFC"));
    assert.ok(html, `no page for ${c.name}`);
    const bytes = c.bytes ?? new Uint8Array(readFileSync(join(FIXTURES, c.name)));
    const text = decodeSeed(c.name, bytes).text!;
    const shown = shownText(html!);
    for (const { text: line } of normaliseText(c.name, text).lines.filter((l) => l.text)) {
      assert.ok(showsLine(shown, line), `${c.name}: line not on its page: ${line.slice(0, 120)}`);
    }
  }
});

test("should read text copied from a page's source or a PDF as the words it holds", () => {
  const page = pages.get("page-source-and-pdf.txt")!;
  assert.ok(section(page, "article-text").includes("Turkey’s memorandum with the Libyan government was finalised in Istanbul & signed on 27 November. In the same week the two sides signed a second memorandum, on security."));
  // The PDF's page number and running footers are kept out of the text, and listed as removed.
  assert.not.ok(section(page, "article-text").includes("A Briefing Series"));
  assert.ok(section(page, "removed").includes("A Briefing Series 2"));
});

test("should decode UTF-16 (LE and BE) and Windows-1252 seeds to the characters they hold, with no mojibake anywhere", () => {
  assert.ok(section(pages.get("utf16-le.txt")!, "article-text").includes("Türkiye ve Libya, Trablus'ta güvenlik işbirliği anlaşması imzaladı."));
  assert.ok(section(pages.get("utf16-be.txt")!, "article-text").includes("Türkiye ve Libya, Misrata'ta güvenlik işbirliği anlaşması imzaladı."));
  assert.ok(section(pages.get("windows-1252.txt")!, "article-text").includes("Türkiye signed the “memorandum” in Tripoli – officials said."));
  for (const file of htmlFiles(site.out)) {
    const html = readFileSync(join(site.out, file), "utf8");
    assert.not.match(html, /\uFFFD|Ã[\u0080-\u00BF]|â€/, `${file}: replacement character or mojibake`);
  }
});

test("should split paragraphs at CRLF and lone CR, and drop NULs, zero-width and bidi controls but not a word", () => {
  for (const name of ["crlf.txt", "lone-cr.txt"]) {
    const html = pages.get(name)!;
    assert.match(html, /<p id="p1">.*The first paragraph (ends|stops) here\.<\/p>/);
    assert.match(html, /<p id="p2">.*The second paragraph (ends|stops) here\.<\/p>/);
    assert.not.ok(html.includes("\r"), `${name}: a carriage return reached the page`);
  }
  assert.ok(section(pages.get("nul-bytes.txt")!, "article-text").includes("The minister arrived in Misrata on Monday, officials said."));
  const invisible = pages.get("zero-width-and-bidi.txt")!;
  assert.ok(section(invisible, "article-text").includes("The deal was signed in Tripoli, said the minister on Tuesday."));
  // U+2028 is a line break; a sentence it breaks in two is joined again, as any sentence broken across lines is.
  assert.match(section(invisible, "article-text"), /p\d A line separator splits this sentence from the next one\./);
  for (const file of htmlFiles(site.out)) {
    assert.not.match(readFileSync(join(site.out, file), "utf8"), /[\u0000\u200B\u202A-\u202E\u2066-\u2069\u2028\u2029]/, `${file}: an invisible control reached the page`);
  }
});

test("should keep a 200,000-character line and a line of 70,000 asterisks whole", () => {
  assert.ok(section(pages.get("stars.txt")!, "article-text").includes("*".repeat(70_000)));
  const long = section(pages.get("long-line.txt")!, "article-text");
  assert.ok(long.length > 199_000, `only ${long.length} characters shown`);
});

test("should lose no text from a body that opens with ---", () => {
  const text = section(pages.get("opens-with-rule.txt")!, "article-text");
  assert.ok(text.startsWith("Article text The article as published"), text.slice(0, 80));
  assert.match(text, /p1 --- p2 Officials in Ankara said the memorandum would stand, whatever the objections\. p3 --- p4 A second part follows/);
});

test.run();
