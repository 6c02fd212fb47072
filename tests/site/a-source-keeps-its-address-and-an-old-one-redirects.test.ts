// Frozen inputs only: its seeds and data files are all under tests/fixtures, so an analyst's day cannot change it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writtenBriefs } from "../helpers/briefs.ts";
import { buildSite, DOSSIER_DATA, DOSSIER_SEEDS, fixtureDossier, readPage } from "../helpers/build.ts";
import { paragraphText, redirectTarget } from "../helpers/html.ts";

// The frozen dossier as first built, and a copy changed the ways an analyst changes it: metadata added to one sidecar,
// one source renamed by `id:` in its sidecar, another renamed by hand in the address register.
const before = fixtureDossier();
const seeds = join(mkdtempSync(join(tmpdir(), "addresses-")), "seeds");
cpSync(DOSSIER_SEEDS, seeds, { recursive: true });

const KALIN = { seed: "003_64448fe0736d82ee.txt", id: "in-a-move-reflecting-turkiyes-growing-involvement-in" };
const LAFI = { seed: "004_df09fb314afb89e3.txt", old: "libyas-presidential-council-on-thursday-underlined-the-importance", renamed: "al-lafi-praises-military-cooperation" };
const CALIBER = { seed: "001_9ec61e41d76bba3a.txt", old: "media-turkiye-takes-bold-step-toward-libyan-unity", renamed: "caliber-turkiye-bold-step" };

function edit(name: string, change: (text: string) => string): void {
  const path = join(seeds, name);
  const text = readFileSync(path, "utf8");
  const changed = change(text);
  assert.is.not(changed, text, `${name} did not change`);
  writeFileSync(path, changed);
}
edit(`${KALIN.seed}.meta.yaml`, (t) => t.replace("unknown: [headline, outlet, published, url, author]", "unknown: [outlet, url, author]\nheadline: Kalın visits Tripoli\npublished: 2023-10-03"));
edit(`${LAFI.seed}.meta.yaml`, (t) => `${t}id: ${LAFI.renamed}\n`);
edit(".addresses.yaml", (t) => t.replace(`  id: ${CALIBER.old}\n`, `  id: ${CALIBER.renamed}\n`));
const register = readFileSync(join(seeds, ".addresses.yaml"), "utf8");
// Under a path prefix, as on a GitHub Pages project site: every address a redirect page gives must carry it.
const after = buildSite({ seeds, data: DOSSIER_DATA, strict: true, pdf: "never", pathPrefix: "/dossier/", outPath: "www/dossier" });

test("should keep a source's address when its sidecar gains a headline and a date", () => {
  assert.is(after.status, 0, after.stdout);
  const html = readPage(after, `/sources/${KALIN.id}/`);
  assert.match(html, /<h1[^>]*>Kalın visits Tripoli<\/h1>/);
  assert.is(redirectTarget(html), undefined);
  assert.ok(writtenBriefs(after).get("mou-2019-security")!.related.some((r) => r.source === KALIN.id));
});

test("should serve the passage at both the old and the new address of a source renamed in its sidecar or in the register", () => {
  for (const { old, renamed } of [LAFI, CALIBER]) {
    const passage = paragraphText(readPage(before, `/sources/${old}/`), "p2");
    assert.ok(passage, `${old} has no p2 before the rename`);
    assert.is(paragraphText(readPage(after, `/sources/${renamed}/`), "p2"), passage, `${renamed}#p2`);
    const moved = readPage(after, `/sources/${old}/`);
    assert.is(redirectTarget(moved), `/dossier/sources/${renamed}/`);
    assert.match(moved, `<link rel="canonical" href="/dossier/sources/${renamed}/">`);
    assert.match(moved, new RegExp(`<a href="/dossier/sources/${renamed}/" data-redirect(="")?>`));
    assert.match(moved, '<script src="/dossier/assets/redirect.js"></script>');
  }
});

test("should link briefs to the new address, and keep old addresses out of the sitemap, the feed and search", () => {
  const olds = [LAFI.old, CALIBER.old];
  for (const brief of writtenBriefs(after).values()) {
    for (const old of olds) assert.not.ok(JSON.stringify(brief).includes(old), `${brief.id} still cites ${old}`);
  }
  for (const file of ["/sitemap.xml", "/feed.xml", "/sources/"]) {
    for (const old of olds) assert.not.match(readPage(after, file), `/sources/${old}/`, file);
  }
  // The analyst's date of lna-2025 pins the renamed source by its old id: the pin follows it, with a note there.
  const date = writtenBriefs(after).get("lna-2025")!.claims.find((c) => c.id === "date")!;
  assert.equal(date.citations.map((c) => c.source), [CALIBER.renamed]);
  assert.ok(after.report.diagnostics.some((d) => d.rule === "pin-renamed-source" && d.severity === "info" && d.file.endsWith("agreements.yaml")));
  const indexed = (site: typeof after) => JSON.parse(readPage(site, "/pagefind/pagefind-entry.json")).languages.en.page_count;
  assert.is(indexed(after), indexed(before));
});

test("should leave the register alone in a staged build, which only reads it", () => {
  assert.is(readFileSync(join(seeds, ".addresses.yaml"), "utf8"), register);
});

test.run();
