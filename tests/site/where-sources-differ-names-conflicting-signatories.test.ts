// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
// "Where sources differ" notes independent origins that name different signatories for the same side, citing both; never an official who only speaks of the signing.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, DOSSIER_DATA, DOSSIER_SEEDS, readPage, REPO, sourcesBySeed, type BuiltSite } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

const FIXTURES = join(REPO, "tests/fixtures/discrepancies/signatories");
const LEADERS = "009_signed-by-leaders.txt";
const DEPUTY = "010_signed-by-deputy.txt";
const SPEAKER = "011_minister-speaks.txt";

/** The frozen dossier with some of the fixture articles added. */
function withArticles(name: string, files: readonly string[]): BuiltSite {
  const seeds = mkdtempSync(join(tmpdir(), `${name}-seeds-`));
  cpSync(DOSSIER_SEEDS, seeds, { recursive: true });
  for (const file of files) cpSync(join(FIXTURES, file), join(seeds, file));
  return buildSite({ seeds, data: DOSSIER_DATA, strict: true, pdf: "never" });
}

const conflict = withArticles("signatories", [LEADERS, DEPUTY, SPEAKER]);
const agreeing = withArticles("signatories-agree", [LEADERS, SPEAKER]);

/** A note's words, its actor links read as the names they are. */
const words = (html: string) => textOf(html.replace(/<a class="actor-link"[^>]*>|<\/a>/g, ""));

/** The HTML of a brief's "Where sources differ" section. */
function differ(site: BuiltSite, brief: string): string {
  const html = readPage(site, `/briefs/${brief}/`);
  return /<h2[^>]*>Where sources differ<\/h2>([\s\S]*?)<h2/.exec(html)?.[1] ?? "";
}
const BRIEFS = ["gnu-2025", "lna-2025", "mou-2019-maritime", "mou-2019-security", "qatar-tripartite-2020"];

test("should build both dossiers", () => {
  for (const site of [conflict, agreeing]) assert.is(site.report.exitCode, 0, site.stdout);
});

test("should note two origins naming different signatories for one side, citing both and naming each value's origin", () => {
  const bySeed = sourcesBySeed(conflict);
  const section = differ(conflict, "mou-2019-security");
  const note = /<li>\s*<strong>Signatories:<\/strong>[\s\S]*?<\/li>/.exec(section)?.[0] ?? "";
  assert.match(words(note), /For Libya: Fayez Al-Sarraj from Anadolu Agency; but Salam Al-Namroush from Reuters\./);
  // Each side points to its note, and the note links the passage that names the signatory.
  const html = readPage(conflict, "/briefs/mou-2019-security/");
  const notes = [...note.matchAll(/href="#(n\d+)"/g)].map((m) => new RegExp(`<li id="${m[1]}">[\\s\\S]*?</li>`).exec(html)?.[0] ?? "");
  for (const seed of [LEADERS, DEPUTY]) assert.ok(notes.some((n) => n.includes(`href="${bySeed.get(seed)!.url}#p1"`)), `${seed}\n${notes.join("\n")}`);
  assert.match(textOf(readPage(conflict, "/discrepancies/")), /Signatories: For Libya: Fayez Al-Sarraj from Anadolu Agency; but Salam Al-Namroush from Reuters\./);
});

test("should grade the officials named on the side in conflict 5 (improbable), and not the other side's", () => {
  const html = readPage(conflict, "/briefs/mou-2019-security/");
  // The badge on the official's line in "Officials named in the sources".
  const grade = (id: string) => new RegExp(`<li><strong><a class="actor-link" href="/actors/${id}/">[^<]*</a></strong>, [^<]*<strong>([A-F][1-6])</strong>`).exec(html)?.[1] ?? "";
  assert.match(grade("fayez-al-sarraj"), /^[A-F]5$/);
  assert.match(grade("salam-al-namroush"), /^[A-F]5$/);
  assert.match(grade("recep-tayyip-erdogan"), /^[A-F][1-4]$/);
});

test("should not take an official who only speaks of the signing for a signatory", () => {
  const speaker = sourcesBySeed(conflict).get(SPEAKER)!.url;
  assert.ok(readPage(conflict, "/briefs/mou-2019-security/").includes(`href="${speaker}#p1"`), "the statement is cited in the brief");
  const note = /<li>\s*<strong>Signatories:<\/strong>[\s\S]*?<\/li>/.exec(differ(conflict, "mou-2019-security"))?.[0] ?? "";
  assert.ok(note, "the signatories note stands");
  assert.not.match(words(note), /Çavuşoğlu|Xinhua|For Türkiye/);
  for (const site of [conflict, agreeing]) assert.not.match(differ(site, "mou-2019-security"), /Date of signing/);
});

test("should drop the note when the article naming the other signatory is removed", () => {
  for (const brief of BRIEFS) assert.not.match(differ(agreeing, brief), /Signatories/, brief);
  assert.not.match(textOf(readPage(agreeing, "/discrepancies/")), /Signatories/);
});

test.run();
