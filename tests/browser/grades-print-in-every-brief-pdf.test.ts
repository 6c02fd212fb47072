// The Admiralty badges ("C3") are text, so every brief PDF prints each key fact's grade, legible in black and white.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { chromiumPath, skipWithoutBrowser } from "../helpers/browser.ts";
import { buildSite, readPage } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";
import { readPdf } from "../helpers/pdf.ts";

const hasChromium = Boolean(chromiumPath());
if (!hasChromium) skipWithoutBrowser("GRADES IN PDF TESTS");

test("should print, in order, every grade the brief page shows in its Key facts, in the brief PDF", () => {
  if (!hasChromium) return;
  // The same build as the brief PDF tests, so the process builds it once.
  const site = buildSite();
  const dir = join(site.out, "briefs");
  const ids = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
  assert.ok(ids.length >= 1, "briefs built");
  let graded = 0;
  for (const id of ids) {
    const html = readPage(site, `/briefs/${id}/`);
    const rows = [...html.matchAll(/<tr>\s*<td>([^<]+)<\/td>\s*<td>([\s\S]*?)<\/td>/g)].map((m) => ({ fact: textOf(m[1]!), value: textOf(m[2]!) }));
    const badges = rows.flatMap((r) => /\b([A-F][1-6])$/.exec(r.value)?.[1] ?? []);
    assert.is(badges.length, rows.length, `${id}: every key fact has a badge (${JSON.stringify(rows)})`);
    // Table cells wrap and share lines with the evidence column: the badges are read in order from the Key facts section.
    const text = readPdf(join(site.out, `pdf/${id}.pdf`)).text;
    const keyFacts = text.slice(text.indexOf("Key facts"), text.indexOf("What was agreed"));
    assert.equal(keyFacts.match(/\b[A-F][1-6]\b/g) ?? [], badges, `${id}: the PDF prints the grades ${badges.join(" ")}`);
    graded += badges.length;
  }
  assert.ok(graded > 0, "some fact was graded");
});

test.run();
