import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { chromiumPath, skipWithoutBrowser } from "../helpers/browser.ts";
import { buildSite, readPage } from "../helpers/build.ts";
import { decodeEntities, textOf } from "../helpers/html.ts";
import { readPdf, squeezed } from "../helpers/pdf.ts";

const hasChromium = Boolean(chromiumPath());
if (!hasChromium) skipWithoutBrowser("BRIEF PDF TESTS");

/** Text only the site's chrome carries, read from the page itself: the skip link, the navigation, the footer. */
function chromeText(html: string): string[] {
  const part = (re: RegExp) => textOf(re.exec(html)?.[0] ?? "");
  return [part(/<a class="skip-link"[\s\S]*?<\/a>/), part(/<nav aria-label="Main">[\s\S]*?<\/nav>/), part(/<footer class="site-footer">[\s\S]*?<\/footer>/)];
}

function briefIds(out: string): string[] {
  const dir = join(out, "briefs");
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
}

/**
 * What each endnote must print so the paper stands alone: for every passage the brief cites, the source's original
 * URL (read from its source page), or the passage's address in the dossier when the source gives no URL.
 */
function expectedReferences(site: ReturnType<typeof buildSite>, html: string): string[] {
  // The brief's timeline links events to passages other briefs cite: navigation, not this brief's citations.
  const body = html.replace(/<section class="glance-brief[\s\S]*?<\/section>/, "");
  const cited = new Set([...body.matchAll(/href="(\/sources\/[a-z0-9-]+\/#p\d+)"/g)].map((m) => m[1]!));
  return [...cited].map((address) => {
    const source = readPage(site, address.slice(0, address.indexOf("#")));
    const url = /<dt>Original URL<\/dt>\s*<dd><a href="([^"]+)"/.exec(source);
    return url ? decodeEntities(url[1]!) : address;
  });
}

test("should print every brief to 1–4 A4 pages with its title, page numbers and the URL or address of every passage it cites", () => {
  if (!hasChromium) return;
  const site = buildSite();
  const ids = briefIds(site.out);
  assert.ok(ids.length >= 5, `${ids.length} briefs built`);
  for (const id of ids) {
    const html = readPage(site, `/briefs/${id}/`);
    const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!);
    const pdf = readPdf(join(site.out, `pdf/${id}.pdf`));
    assert.ok(pdf.pages >= 1 && pdf.pages <= 4, `${id}: ${pdf.pages} pages`);
    assert.match(pdf.pageSize, /\(A4\)/, `${id}: ${pdf.pageSize}`);
    assert.ok(squeezed(pdf.text).includes(squeezed(title)), `${id}: the PDF has the title “${title}”`);
    assert.ok(pdf.pageTexts[0]!.includes(`page 1 of ${pdf.pages}`), `${id}: “page 1 of ${pdf.pages}” on page 1`);
    const references = expectedReferences(site, html);
    assert.ok(references.length >= 1, `${id} cites at least one passage`);
    for (const ref of references) assert.ok(squeezed(pdf.text).includes(squeezed(ref)), `${id}: endnote reference ${ref} is printed`);
    for (const chrome of chromeText(html)) {
      assert.ok(chrome.length > 5, `${id}: the page has its chrome (“${chrome}”)`);
      assert.not.ok(squeezed(pdf.text).includes(squeezed(chrome)), `${id}: site chrome “${chrome}” is not printed`);
    }
    const raw = readFileSync(join(site.out, `pdf/${id}.pdf`)).toString("latin1");
    assert.not.ok(raw.includes("127.0.0.1"), `${id}: no link to the print server`);
    assert.is(pdf.info.Title, title, `${id}: PDF title`);
    assert.is(pdf.info.Author, "Türkiye–Libya briefing dossier");
  }
});

test("should link each brief page to its PDF, and every linked PDF exists", () => {
  if (!hasChromium) return;
  const site = buildSite();
  for (const id of briefIds(site.out)) {
    const html = readPage(site, `/briefs/${id}/`);
    assert.ok(html.includes(`href="/pdf/${id}.pdf"`), `${id} links its PDF`);
    const pdfLinks = [...html.matchAll(/href="\/(pdf\/[^"]+\.pdf)"/g)].map((m) => m[1]!);
    for (const link of pdfLinks) assert.ok(existsSync(join(site.out, link)), `${id} → ${link} exists`);
  }
});

test("should print the same PDF bytes in two builds of the same seeds, whatever the time zone and locale", () => {
  if (!hasChromium) return;
  const first = buildSite();
  const second = buildSite({ tag: "pdf-again", env: { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" } });
  const pdfs = readdirSync(join(first.out, "pdf")).sort();
  assert.ok(pdfs.length >= 6, `${pdfs.length} PDFs`);
  assert.equal(readdirSync(join(second.out, "pdf")).sort(), pdfs);
  const differing = pdfs.filter((name) => !readFileSync(join(first.out, "pdf", name)).equals(readFileSync(join(second.out, "pdf", name))));
  assert.equal(differing, []);
});

test.run();
