import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, DOSSIER_DATA, DOSSIER_SEEDS, FIXED_EPOCH, readPage, REPO } from "../helpers/build.ts";
import { textOf } from "../helpers/html.ts";

// The frozen dossier copied to a folder of its own, built three times in one work folder (where a staged build keeps its
// history): as it stands on 1 January, with an article added on 1 February, and again with nothing changed.
const dir = mkdtempSync(join(tmpdir(), "what-changed-"));
const seeds = join(dir, "seeds");
cpSync(DOSSIER_SEEDS, seeds, { recursive: true });
const work = join(dir, "work");
const FEBRUARY = "1769904000"; // 2026-02-01T00:00:00Z
const committed = readFileSync(join(REPO, "seeds/.history.json"), "utf8");

const before = buildSite({ seeds, data: DOSSIER_DATA, strict: true, pdf: "never", work, env: { SOURCE_DATE_EPOCH: FIXED_EPOCH } });
const firstHistory = readFileSync(join(work, "history.json"), "utf8");
// An article that reports the security memorandum, dated a day later than the other sources date it.
copyFileSync(join(REPO, "tests/fixtures/discrepancies/conflict/007_other-date.txt"), join(seeds, "007_other-date.txt"));
const after = buildSite({ seeds, data: DOSSIER_DATA, strict: true, pdf: "never", work, env: { SOURCE_DATE_EPOCH: FEBRUARY } });
const secondHistory = readFileSync(join(work, "history.json"), "utf8");
const again = buildSite({ seeds, data: DOSSIER_DATA, strict: true, pdf: "never", work, env: { SOURCE_DATE_EPOCH: FEBRUARY }, tag: "again" });

/** The brief's "What changed" list items, as text. */
function changed(html: string): string[] {
  const section = /<h2[^>]*>What changed<\/h2>([\s\S]*?)<h2/.exec(html)?.[1] ?? "";
  return [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!));
}

function changeEntries(xml: string): Array<{ href: string; updated: string; id: string }> {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)]
    .map(([, body]) => ({ href: /<link rel="alternate" type="text\/html" href="([^"]*)"\/>/.exec(body!)?.[1] ?? "", updated: /<updated>([^<]*)<\/updated>/.exec(body!)?.[1] ?? "", id: /<id>([^<]*)<\/id>/.exec(body!)?.[1] ?? "" }))
    .filter((e) => e.href.includes("#what-changed"));
}

function digestTree(root: string): Map<string, string> {
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((path) => [relative(root, path), createHash("sha256").update(readFileSync(path)).digest("hex")] as [string, string])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

test("should record each brief once, as first recorded, on the first build, with no change in the feed", () => {
  for (const site of [before, after, again]) assert.is(site.status, 0, site.stdout.slice(-3000));
  for (const id of ["mou-2019-security", "mou-2019-maritime", "gnu-2025"]) {
    const items = changed(readPage(before, `/briefs/${id}/`));
    assert.is(items.length, 1, id);
    assert.match(items[0]!, /^1 January 2026: First recorded, with \d+ sources?, \d+ facts?\.$/);
  }
  assert.equal(changeEntries(readPage(before, "/feed.xml")), []);
});

test("should add a dated entry to the brief the new article touches, and to no other", () => {
  const html = readPage(after, "/briefs/mou-2019-security/");
  const items = changed(html);
  assert.is(items.length, 2);
  assert.match(items[0]!, /^1 February 2026: New source: Turkey and Libya sign security pact ?\./);
  assert.match(items[0]!, /Sources now differ on the date of signing: 27 November 2019 from .*; but 28 November 2019 from Daily Sabah\./);
  assert.match(items[1]!, /^1 January 2026: First recorded/);
  // The new source is linked from its entry, and the link resolves.
  const link = /<h2[^>]*>What changed<\/h2>[\s\S]*?<a href="(\/sources\/[^"]+\/)">Turkey and Libya sign security pact<\/a>/.exec(html)?.[1];
  assert.ok(link && existsSync(join(after.out, link, "index.html")), `no link to the new source: ${link}`);
  for (const id of ["mou-2019-maritime", "qatar-tripartite-2020", "gnu-2025", "lna-2025"]) assert.is(changed(readPage(after, `/briefs/${id}/`)).length, 1, `${id} gained an entry`);
});

test("should give the feed one entry for the change, dated and identified from the history", () => {
  const entries = changeEntries(readPage(after, "/feed.xml"));
  assert.equal(entries.map((e) => [e.href, e.updated]), [["/briefs/mou-2019-security/#what-changed", "2026-02-01T00:00:00Z"]]);
  assert.match(entries[0]!.id, /^urn:uuid:[0-9a-f-]{36}$/);
});

test("should add nothing when rebuilt without change: the same history, and a site byte for byte the same", () => {
  assert.is(readFileSync(join(work, "history.json"), "utf8"), secondHistory);
  assert.is.not(secondHistory, firstHistory);
  assert.ok(secondHistory.endsWith("}\n"));
  const [second, third] = [digestTree(after.out), digestTree(again.out)];
  assert.equal([...third.keys()], [...second.keys()]);
  for (const [path, digest] of second) assert.is(third.get(path), digest, `${path} differs between two builds of the same inputs`);
});

test("should never write the repo's history or the fixture's seeds folder", () => {
  assert.is(readFileSync(join(REPO, "seeds/.history.json"), "utf8"), committed);
  assert.not.ok(existsSync(join(DOSSIER_SEEDS, ".history.json")), "a test build wrote the fixture's seeds folder");
  assert.not.ok(existsSync(join(seeds, ".history.json")), "a staged build wrote beside the seeds");
  assert.ok(statSync(join(work, "history.json")).isFile());
});

test.run();
