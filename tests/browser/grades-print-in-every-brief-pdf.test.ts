// The Admiralty badges ("C3") are text, so every brief PDF prints each key fact's grade, legible in black and white.
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { chromiumPath, skipWithoutBrowser } from "../helpers/browser.ts";
import { writtenBriefs } from "../helpers/briefs.ts";
import { buildSite, readPage } from "../helpers/build.ts";
import { readPdf } from "../helpers/pdf.ts";

const hasChromium = Boolean(chromiumPath());
if (!hasChromium) skipWithoutBrowser("GRADES IN PDF TESTS");

test("should print, in order, every fact's grade the brief page shows, in the brief PDF", () => {
  if (!hasChromium) return;
  // The same build as the brief PDF tests, so the process builds it once.
  const site = buildSite();
  const briefs = writtenBriefs(site);
  assert.ok(briefs.size >= 1, "briefs built");
  let graded = 0;
  for (const [id, brief] of briefs) {
    // The facts are stated from "What was agreed" to "Status", each with its badge after its value.
    const html = readPage(site, `/briefs/${id}/`);
    const facts = html.slice(html.indexOf('id="what-was-agreed"') > 0 ? html.indexOf('id="what-was-agreed"') : html.indexOf(">What was agreed<"), html.indexOf(">Where sources differ<"));
    const badges = [...facts.matchAll(/<strong>([A-F][1-6])<\/strong>/g)].map((m) => m[1]!);
    assert.is(badges.length, brief.claims.length, `${id}: every fact has a badge (${badges.join(" ")})`);
    const text = readPdf(join(site.out, `pdf/${id}.pdf`)).text;
    const printed = text.slice(text.indexOf("What was agreed"), text.indexOf("Where sources differ"));
    assert.equal(printed.match(/\b[A-F][1-6]\b/g) ?? [], badges, `${id}: the PDF prints the grades ${badges.join(" ")}`);
    graded += badges.length;
  }
  assert.ok(graded > 0, "some fact was graded");
});

test.run();
