import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { indexSite, reindexSite } from "../../scripts/search-index.ts";

/** A site of pages `path → body HTML`, each in a whole document. */
function siteOf(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "search-index-"));
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html><html lang="en"><head><title>${path}</title></head><body>${body}</body></html>\n`);
  }
  return dir;
}

const pageCount = (dir: string) => (JSON.parse(readFileSync(join(dir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> }).languages.en!.page_count;

const index = suite("indexSite()");
index("should index the pages that mark a body for search, and leave out the rest as Pagefind does", async () => {
  const dir = siteOf({
    "briefs/a/index.html": "<main data-pagefind-body><p>Misrata naval base</p></main>",
    "sources/b/index.html": "<main data-pagefind-body><p>Tripoli memorandum</p></main>",
    "print/dossier/index.html": "<main><p>Misrata again, in the print copy</p></main>",
  });
  assert.is(await indexSite(dir), 2);
  assert.is(pageCount(dir), 2);
});
index("should index every page of a site where no page marks a body", async () => {
  const dir = siteOf({ "index.html": "<p>Home</p>", "about/index.html": "<p>About Misrata</p>" });
  assert.is(await indexSite(dir), 2);
  assert.is(pageCount(dir), 2);
});
index("should write the same index for the same pages", async () => {
  const pages = { "a/index.html": "<main data-pagefind-body>Alpha Misrata</main>", "b/index.html": "<main data-pagefind-body>Beta Tripoli</main>" };
  const [one, two] = [siteOf(pages), siteOf(pages)];
  await indexSite(one);
  await indexSite(two);
  assert.is(readFileSync(join(one, "pagefind", "pagefind-entry.json"), "utf8"), readFileSync(join(two, "pagefind", "pagefind-entry.json"), "utf8"));
});
index.run();

const reindex = suite("reindexSite()");
reindex("should put a bundle of the pages as they are now in place of the site's older one, and leave nothing beside it", async () => {
  const dir = siteOf({ "a/index.html": "<main data-pagefind-body>Alpha</main>" });
  await indexSite(dir);
  writeFileSync(join(dir, "b.html"), `<!doctype html><html lang="en"><head><title>b</title></head><body><main data-pagefind-body>Beta</main></body></html>\n`);
  assert.is(await reindexSite(dir), 2);
  assert.is(pageCount(dir), 2);
  assert.equal(readdirSync(dir).filter((name) => name.startsWith("pagefind")), ["pagefind"]);
});
reindex("should keep the bundle's scripts in place while it replaces the bundle, and leave none of the older bundle's own files", async () => {
  const dir = siteOf({ "a/index.html": "<main data-pagefind-body>Alpha</main>" });
  await indexSite(dir);
  const fragments = () => readdirSync(join(dir, "pagefind", "fragment")).sort();
  const before = fragments();
  writeFileSync(join(dir, "a", "index.html"), `<!doctype html><html lang="en"><head><title>a</title></head><body><main data-pagefind-body>Gamma</main></body></html>\n`);
  // A server may be asked for the search script at any moment of the swap: look for it on every turn of the event loop.
  let done = false;
  let missing = 0;
  const watch = (async () => {
    while (!done) {
      if (!existsSync(join(dir, "pagefind", "pagefind.js"))) missing += 1;
      await new Promise((ok) => setImmediate(ok));
    }
  })();
  await reindexSite(dir);
  done = true;
  await watch;
  assert.is(missing, 0, "the search script went missing during the swap");
  assert.is(fragments().length, 1);
  assert.not.equal(fragments(), before);
});
reindex("should index a site that has no bundle yet", async () => {
  const dir = siteOf({ "a/index.html": "<main data-pagefind-body>Alpha</main>" });
  await reindexSite(dir);
  assert.ok(existsSync(join(dir, "pagefind", "pagefind.js")));
});
reindex.run();
