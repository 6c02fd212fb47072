// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writtenBriefs } from "../helpers/briefs.ts";
import { evidencePages, evidencePassageCounts, factItems, notesOf, passagesOf, quoteCounts } from "../helpers/brief-pages.ts";
import { fixtureDossier, readPage } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

// Facts about particular articles: the frozen dossier, never the live seeds.
const site = fixtureDossier();
const briefs = writtenBriefs(site);

test("should show each quote at most once on a brief page, and every cited quote at least once", () => {
  assert.is(briefs.size, 5);
  for (const [id, brief] of briefs) {
    const counts = quoteCounts(brief, readPage(site, `/briefs/${id}/`));
    assert.ok(counts.size >= 3, `${id} has quotes to check`);
    for (const [quote, n] of counts) assert.ok(n <= 1, `${id}: “${quote}” appears ${n} times`);
    const claimQuotes = brief.claims.flatMap((c) => c.citations.slice(0, 1).map((x) => x.quote)).filter((q) => counts.has(q));
    for (const q of claimQuotes) assert.is(counts.get(q), 1, `${id}: a fact's best quote “${q}” is not on the page`);
  }
});

test("should point every fact at a note that quotes its best passage, and every note at its source paragraph", () => {
  for (const [id, brief] of briefs) {
    const html = readPage(site, `/briefs/${id}/`);
    const notes = notesOf(html);
    const items = factItems(html);
    const pointedAt = new Set(items.flatMap((i) => i.notes));
    for (const n of pointedAt) assert.ok(notes.has(n), `${id}: note ${n} is pointed at but missing`);
    assert.equal([...notes.keys()], [...notes.keys()].map((_, i) => i + 1), `${id}: notes are numbered 1, 2, 3…`);
    for (const claim of brief.claims.filter((c) => c.citations.length)) {
      const best = claim.citations[0]!;
      const note = [...notes].find(([, passage]) => passage === `/sources/${best.source}/#${best.paragraph}`)?.[0];
      assert.ok(note && pointedAt.has(note), `${id}: fact ${claim.id} does not point at a note for ${best.source}#${best.paragraph}`);
    }
    for (const item of factItems(html, "Where sources differ")) assert.ok(item.notes.length <= 3, `${id}: the fact “${item.text}” shows ${item.notes.length} notes`);
  }
});

test("should give the facts in the analyst's order, with no table of repeated quotes", () => {
  const html = readPage(site, "/briefs/mou-2019-security/");
  const headings = [...html.matchAll(/<h2(?![^>]*print-only)[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => textOf(m[1]!));
  assert.equal(headings, ["Assessment", "What was agreed", "Who", "When and where", "Status", "Where sources differ", "Related reporting", "What changed", "Sources"]);
  assert.not.match(html, /<table/);
});

test("should link a fact with more passages than it shows to the evidence page, which lists every passage once", () => {
  let withMore = 0;
  for (const [id, brief] of briefs) {
    const html = readPage(site, `/briefs/${id}/`);
    assert.match(html, `href="/briefs/${id}/evidence/"`, `${id} links its evidence page`);
    for (const claim of brief.claims) {
      const shown = new Set(claim.citations.slice(0, 3).map((c) => `${c.source}#${c.paragraph}`));
      const more = new Set(claim.citations.slice(3).map((c) => `${c.source}#${c.paragraph}`).filter((k) => !shown.has(k)));
      if (!more.size) continue;
      withMore += 1;
      const item = factItems(html).find((i) => i.more.length && i.notes.some((n) => shown.has(notesOf(html).get(n)!.replace(/^\/sources\/([^/]+)\/#/, "$1#"))));
      assert.ok(item, `${id}: fact ${claim.id} has ${more.size} more passages and no "more" link`);
    }
    const pages = evidencePages(site, id);
    assert.ok(pages.size >= 1, `${id} has no evidence page`);
    const listed = evidencePassageCounts(pages);
    for (const passage of passagesOf(brief)) assert.is(listed.get(passage), 1, `${id}: ${passage} is listed ${listed.get(passage) ?? 0} times on the evidence page`);
    assert.equal([...listed.keys()].sort(), [...passagesOf(brief)].sort(), `${id}: the evidence page lists passages the brief does not cite`);
  }
  assert.ok(withMore >= 1, "no fact in the frozen dossier has more passages than a brief shows");
});

test("should list the evidence pages in the sitemap", () => {
  const sitemap = readPage(site, "/sitemap.xml");
  for (const id of briefs.keys()) assert.match(sitemap, `<loc>/briefs/${id}/evidence/</loc>`);
});

test.run();
