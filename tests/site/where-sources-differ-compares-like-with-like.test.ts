// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
// "Where sources differ" notes a fact independent origins state differently, citing both, and nothing else: no precision, spelling or later statement.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, DOSSIER_DATA, DOSSIER_SEEDS, fixtureDossier, readPage, REPO, sourcesBySeed, type BuiltSite } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

/** The frozen dossier with one fixture folder's articles added. */
function withArticles(folder: string): BuiltSite {
  const seeds = mkdtempSync(join(tmpdir(), `${folder}-seeds-`));
  cpSync(DOSSIER_SEEDS, seeds, { recursive: true });
  cpSync(join(REPO, "tests/fixtures/discrepancies", folder), seeds, { recursive: true });
  return buildSite({ seeds, data: DOSSIER_DATA, strict: true, pdf: "never" });
}

const plain = fixtureDossier();
const conflict = withArticles("conflict");
const statement = withArticles("statement");

/** The HTML of a brief's "Where sources differ" section. */
function differ(site: BuiltSite, brief: string): string {
  const html = readPage(site, `/briefs/${brief}/`);
  return /<h2[^>]*>Where sources differ<\/h2>([\s\S]*?)<h2/.exec(html)?.[1] ?? "";
}
const BRIEFS = ["gnu-2025", "lna-2025", "mou-2019-maritime", "mou-2019-security", "qatar-tripartite-2020"];

test("should build the three dossiers", () => {
  for (const site of [plain, conflict, statement]) assert.is(site.report.exitCode, 0, site.stdout);
});

test("should note an article that dates a seed's signing differently, citing both sides and naming each value's origin", () => {
  const other = sourcesBySeed(conflict).get("007_other-date.txt")!.url;
  const seed004 = sourcesBySeed(conflict).get("004_df09fb314afb89e3.txt")!.url;
  const section = differ(conflict, "mou-2019-security");
  const note = /<li>\s*<strong>Date of signing:<\/strong>[\s\S]*?<\/li>/.exec(section)?.[0] ?? "";
  assert.match(textOf(note), /27 November 2019 from “Libya's Presidential Council on Thursday underlined…”; but 28 November 2019 from Daily Sabah\./);
  // Each side points to its note, and the note links the passage.
  const html = readPage(conflict, "/briefs/mou-2019-security/");
  const linked = [...note.matchAll(/href="#(n\d+)"/g)].map((m) => m[1]!);
  const notes = linked.map((id) => new RegExp(`<li id="${id}">[\\s\\S]*?</li>`).exec(html)?.[0] ?? "");
  assert.ok(notes.some((n) => n.includes(`href="${seed004}#p6"`)), notes.join("\n"));
  assert.ok(notes.some((n) => n.includes(`href="${other}#p1"`)), notes.join("\n"));
  const page = textOf(readPage(conflict, "/discrepancies/"));
  assert.match(page, /Date of signing: 27 November 2019 from .*; but 28 November 2019 from Daily Sabah\./);
});

test("should grade the contested date 5 (improbable)", () => {
  const html = readPage(conflict, "/briefs/mou-2019-security/");
  assert.match(textOf(/<li><strong>Date:<\/strong>[\s\S]*?<\/li>/.exec(html)?.[0] ?? ""), /27 November 2019 C5/);
});

test("should drop the note when the article is removed", () => {
  for (const brief of BRIEFS) assert.not.match(differ(plain, brief), /Date of signing/, brief);
  assert.match(textOf(readPage(plain, "/discrepancies/")), /None: where independent origins report the same fact, they agree\./);
});

test("should not take an official's later statement about the signing for a date conflict", () => {
  assert.ok(sourcesBySeed(statement).has("008_later-statement.txt"));
  assert.match(textOf(readPage(statement, "/briefs/mou-2019-security/")), /Turkish minister defends Libya memoranda|Daily Sabah/, "the statement is cited in the brief");
  for (const brief of BRIEFS) assert.not.match(differ(statement, brief), /Date of signing/, brief);
});

test("should not list spelling variants as differences between sources", () => {
  for (const site of [plain, conflict, statement]) {
    for (const brief of BRIEFS) assert.not.match(textOf(differ(site, brief)), /is written|Spelling/, brief);
  }
});

test.run();
