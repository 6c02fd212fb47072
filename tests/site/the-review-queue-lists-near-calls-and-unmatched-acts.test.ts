// Frozen inputs only: a build of fixture articles, in which every cited source says why it is cited, and acts the catalogue lacks go to the review queue, kept out of search, the sitemap and the feed.
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, readPage, REPO, sourcesBySeed } from "../helpers/build.ts";
import { decodeEntities } from "../helpers/html.ts";

const FIXTURE = join(REPO, "tests", "fixtures", "recognition");
const site = buildSite({ seeds: join(FIXTURE, "site-seeds"), catalogue: join(FIXTURE, "_data", "agreements.yaml"), pdf: "never" });
const report = site.report as unknown as {
  review: { near: unknown[]; candidates: Array<{ source: string; paragraph: string; quote: string; kind: string; subjects: string[] }>; unplaced: Array<{ source: string; closest: { paragraph: string; score: number; quote: string } | null }> };
  links: Array<{ source: string; agreement: string; file: string; passages: Array<{ paragraph: string; score: number; evidence: Array<{ says: string }> }> }>;
};
const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");

const review = suite("the review queue");
review("should list in build-report.json an act no catalogue entry matches, with its source, paragraph and quote", () => {
  const hydrocarbons = report.review.candidates.filter((c) => c.subjects.includes("energy"));
  assert.ok(hydrocarbons.length >= 1, JSON.stringify(report.review.candidates));
  const page = readPage(site, `/sources/${hydrocarbons[0]!.source}/`);
  assert.ok(text(page).includes(hydrocarbons[0]!.quote), "the quote is in the cited paragraph");
  assert.match(page, new RegExp(`id="${hydrocarbons[0]!.paragraph}"`));
});
review("should note at the build each source no brief cites, at the line of the act the catalogue lacks", () => {
  const notes = site.report.diagnostics.filter((d) => d.rule === "source-uncited" && /hydrocarbons/.test(d.file));
  assert.ok(notes.length >= 1, JSON.stringify(site.report.diagnostics.map((d) => d.rule)));
  for (const note of notes) assert.match(note.message, /no brief cites this source: paragraph \d+ reports an act no agreement in the catalogue matches/);
  assert.ok(!site.report.diagnostics.some((d) => d.rule === "source-uncited" && d.file.endsWith("004_two-memoranda.txt")), "a cited source has no such note");
});
review("should show the same candidates on a review page linked from About", () => {
  const page = readPage(site, "/review/");
  const candidate = report.review.candidates.find((c) => c.subjects.includes("energy"))!;
  assert.ok(text(page).includes(candidate.quote));
  assert.ok(page.includes(`/sources/${candidate.source}/#${candidate.paragraph}`));
  assert.match(readPage(site, "/about/"), /href="\/review\/"/);
});
review("should tell on the page of a source no brief cites which of its passages the review queue holds, and link them", () => {
  const candidate = report.review.candidates.find((c) => c.subjects.includes("energy"))!;
  const page = readPage(site, `/sources/${candidate.source}/`);
  const section = text(page.slice(page.indexOf('id="cited-in"')));
  assert.match(section, /In the review queue ?, for a check by hand: .*reports an act no agreement in the catalogue matches/);
  assert.ok(page.includes(`<a href="#${candidate.paragraph}">`), "the note links its paragraph");
  assert.not.match(section, /reports none of the agreements/);
});
review("should list a source that no brief cites and nothing else in the queue holds, with its closest call, on a page its own page links", () => {
  const trade = sourcesBySeed(site).get("003_trade-talks.txt")!;
  const entry = report.review.unplaced.find((u) => trade.url.endsWith(`/sources/${u.source}/`));
  assert.ok(entry, JSON.stringify(report.review.unplaced));
  const listing = readPage(site, "/review/unplaced/");
  assert.ok(listing.includes(`/sources/${entry!.source}/`));
  if (entry!.closest) assert.ok(text(listing).includes(entry!.closest.quote));
  assert.match(text(readPage(site, "/review/")), /1 source no brief cites hold nothing listed here/);
  const section = text(trade.html.slice(trade.html.indexOf('id="cited-in"')));
  assert.match(section, /In the review queue ?, for a check by hand: .*(is its closest call|names no agreement).*\( ?sources no brief cites ?\)/);
  assert.ok(trade.html.includes('href="/review/unplaced/"'));
  // The build says so too, at the line of the passage that came closest.
  const note = site.report.diagnostics.find((d) => d.rule === "source-uncited" && d.file.endsWith("003_trade-talks.txt"));
  assert.ok(note, "no note on the source no brief cites");
  assert.equal([note!.severity, note!.line], ["info", 3]);
  assert.match(note!.message, /no brief cites this source: its closest call, paragraph 1, scored [\d.]+ for .*, below the 6 that cites a passage/);
});
review("should place every source in a brief or in the review queue: none is left out without a word", () => {
  for (const [seed, page] of sourcesBySeed(site)) {
    const section = page.html.slice(page.html.indexOf('id="cited-in"'));
    assert.ok(/href="\/briefs\/[^"]+\/"/.test(section) || /In the review queue/.test(text(section)), `${seed} is neither cited nor in the review queue`);
  }
});
review("should keep the review pages out of search, the sitemap and the feed", () => {
  for (const address of ["/review/", "/review/unplaced/"]) {
    const page = readPage(site, address);
    assert.not.match(page, /data-pagefind-body/);
    assert.match(page, /<meta name="robots" content="noindex">/);
  }
  assert.not.match(readPage(site, "/sitemap.xml"), /\/review\//);
  assert.not.match(readPage(site, "/feed.xml"), /\/review\//);
});
review.run();

const why = suite("why a source is cited");
why("should show on a cited source's page each linked paragraph with its score and evidence, as in build-report.json", () => {
  const pages = sourcesBySeed(site);
  const memoranda = pages.get("004_two-memoranda.txt")!;
  const links = report.links.filter((l) => l.file === "004_two-memoranda.txt");
  assert.equal(links.map((l) => l.agreement).sort(), ["mou-2019-maritime", "mou-2019-security"]);
  const shown = text(memoranda.html);
  assert.match(shown, /Why this is cited/);
  for (const passage of links.flatMap((l) => l.passages)) {
    assert.ok(memoranda.html.includes(`href="#${passage.paragraph}"`));
    assert.ok(shown.includes(`score ${passage.score}`));
    for (const e of passage.evidence) assert.ok(shown.includes(e.says), e.says);
  }
});
why("should cite a report pasted from a PDF by its whole sentence, across the page break, its footers kept out", () => {
  const pasted = sourcesBySeed(site).get("006_pasted-from-a-pdf.txt")!;
  const link = report.links.find((l) => l.file === "006_pasted-from-a-pdf.txt" && l.agreement === "mou-2019-maritime");
  assert.ok(link, JSON.stringify(report.links.filter((l) => l.file === "006_pasted-from-a-pdf.txt").map((l) => l.agreement)));
  const maritime = text(readPage(site, "/briefs/mou-2019-maritime/"));
  assert.match(maritime, /signed a memorandum on the delimitation of maritime jurisdiction areas\.4/);
  assert.not.match(text(pasted.html.slice(pasted.html.indexOf('aria-labelledby="article-text"'), pasted.html.indexOf('aria-labelledby="removed"'))), /Mediterranean Briefing Series 2/);
  assert.equal(site.report.diagnostics.filter((d) => d.severity === "error"), []);
});
why("should say of an uncited source that no brief cites it, and give no reasons", () => {
  const trade = sourcesBySeed(site).get("003_trade-talks.txt")!;
  assert.match(text(trade.html), /No brief cites this source/);
  assert.not.match(trade.html, /Why this is cited/);
});
why.run();

const analyst = suite("the analyst's placing");
analyst("should cite an article in the brief the sidecar names, at its paragraph, keep it out of the one it names, and say so on its page", () => {
  const placed = sourcesBySeed(site).get("005_analyst-placed.txt")!;
  const maritime = readPage(site, "/briefs/mou-2019-maritime/");
  const id = placed.url.split("/")[2];
  assert.ok(maritime.includes(`/sources/${id}/`), "the maritime brief cites it");
  // (Its at-a-glance timeline and map place the brief among related events, which other briefs' sources report.)
  const security = readPage(site, "/briefs/mou-2019-security/").replace(/<figure class="glance[\s\S]*?<\/figure>/g, "");
  assert.not.ok(security.includes(`/sources/${id}/`), "the security brief does not");
  const link = report.links.find((l) => l.file === "005_analyst-placed.txt" && l.agreement === "mou-2019-maritime")!;
  assert.ok(link.passages.some((w) => w.paragraph === "p2" && w.evidence.some((e) => /cited here by the analyst/.test(e.says))));
  const shown = text(placed.html);
  assert.match(shown, /cited here by the analyst \(cited_in in the article's sidecar\)/);
  assert.match(shown, /The analyst keeps it out of Türkiye–GNA security and military cooperation memorandum \( ?not_cited_in ?in its sidecar\)/);
});
analyst.run();
