import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { globSync } from "tinyglobby";
import { carryFolder, carryOver, digestOf, isSelfContained, outputPathOf, pagesToCarry, pagesUnder, renderInput, renderPasses, templatesDigest } from "../../scripts/partial-render.ts";

const selfContained = suite("isSelfContained()");

selfContained("should take source pages and leave every page that reads other pages or whole-dossier data", () => {
  assert.ok(isSelfContained("sources/2025-07-11-a-title.md"));
  for (const path of ["briefs/mou-2019-security.md", "review/index.md", "sources.njk", "sources/nested/x.md"]) assert.not.ok(isSelfContained(path), path);
});

selfContained.run();

const digest = suite("digestOf()");

digest("should tell two texts apart and give one text the same digest", () => {
  assert.is(digestOf("a page"), digestOf("a page"));
  assert.is.not(digestOf("a page"), digestOf("a page."));
});

digest.run();

const output = suite("outputPathOf()");

output("should name the page Eleventy writes for a Markdown page", () => {
  assert.is(outputPathOf("sources/x.md"), "sources/x/index.html");
});

output.run();

const carry = suite("pagesToCarry()");
const pages = new Map([["sources/a.md", "1"], ["sources/b.md", "2"], ["sources/c.md", "3"]]);

carry("should carry every page whose text is unchanged under the same settings", () => {
  assert.equal(pagesToCarry({ settings: "s", pages }, "s", new Map([...pages, ["sources/b.md", "2b"]])), ["sources/a.md", "sources/c.md"]);
});

carry("should carry nothing on a first build, under other settings, or when a page came or went", () => {
  assert.equal(pagesToCarry(undefined, "s", pages), []);
  assert.equal(pagesToCarry({ settings: "s", pages }, "other", pages), []);
  assert.equal(pagesToCarry({ settings: "s", pages }, "s", new Map([["sources/a.md", "1"], ["sources/b.md", "2"], ["sources/d.md", "3"]])), []);
  assert.equal(pagesToCarry({ settings: "s", pages }, "s", new Map([["sources/a.md", "1"]])), []);
});

carry.run();

const files = suite("renderInput() and carryOver()");
let root = "";
files.before.each(() => {
  root = mkdtempSync(join(tmpdir(), "partial-render-"));
});
files.after.each(() => rmSync(root, { recursive: true, force: true }));

files("should give Eleventy every file but the carried pages, with the layouts beside it", async () => {
  const content = join(root, "work", "content");
  for (const path of ["sources/a.md", "sources/b.md", "briefs/x.md", "_data/site.yaml", "index.njk"]) {
    mkdirSync(join(content, path, ".."), { recursive: true });
    writeFileSync(join(content, path), path);
  }
  mkdirSync(join(root, "work", "layouts"));
  writeFileSync(join(root, "work", "layouts", "base.njk"), "layout");
  const input = await renderInput(content, join(root, "view"), new Set(["sources/a.md"]));
  assert.not.ok(existsSync(join(input, "sources", "a.md")));
  for (const path of ["sources/b.md", "briefs/x.md", "_data/site.yaml", "index.njk"]) assert.is(readFileSync(join(input, path), "utf8"), path);
  assert.is(readFileSync(join(input, "..", "layouts", "base.njk"), "utf8"), "layout");
});

files("should leave out the templates asked, with what they would have written carried instead", async () => {
  const content = join(root, "work", "content");
  mkdirSync(join(content, "sources"), { recursive: true });
  for (const name of ["actor.njk", "actors.njk", "index.njk"]) writeFileSync(join(content, name), name);
  mkdirSync(join(root, "work", "layouts"));
  const input = await renderInput(content, join(root, "view"), new Set(), new Set(["actor.njk", "actors.njk"]));
  assert.equal(readdirSync(input).filter((n) => n.endsWith(".njk")), ["index.njk"]);
});

files("should list the pages a folder of a built site holds by their addresses", () => {
  for (const path of ["actors/index.html", "actors/khalifa-haftar/index.html", "actors/gna/index.html", "actors/map.svg"]) {
    mkdirSync(join(root, "site", path, ".."), { recursive: true });
    writeFileSync(join(root, "site", path), "x");
  }
  assert.equal(pagesUnder(join(root, "site"), "actors"), ["/actors/", "/actors/gna/", "/actors/khalifa-haftar/"]);
  assert.equal(pagesUnder(join(root, "site"), "timeline"), []);
});

files("should tell an edited layout or template apart, and not a generated page", () => {
  const content = join(root, "work", "content");
  mkdirSync(join(content, "sources"), { recursive: true });
  mkdirSync(join(root, "work", "layouts"));
  writeFileSync(join(content, "index.njk"), "home");
  writeFileSync(join(root, "work", "layouts", "base.njk"), "<main>");
  const first = templatesDigest(content, ["sources"]);
  writeFileSync(join(content, "sources", "a.md"), "a generated page");
  assert.is(templatesDigest(content, ["sources"]), first);
  writeFileSync(join(root, "work", "layouts", "base.njk"), "<main class=x>");
  const layoutEdited = templatesDigest(content, ["sources"]);
  assert.is.not(layoutEdited, first);
  writeFileSync(join(content, "index.njk"), "home, edited");
  assert.is.not(templatesDigest(content, ["sources"]), layoutEdited);
});

files("should put each carried page's last output into the new site", () => {
  mkdirSync(join(root, "old", "sources", "a"), { recursive: true });
  writeFileSync(join(root, "old", "sources", "a", "index.html"), "<p>a</p>");
  carryOver(join(root, "old"), join(root, "new"), ["sources/a.md"]);
  assert.is(readFileSync(join(root, "new", "sources", "a", "index.html"), "utf8"), "<p>a</p>");
  // A hard link: the old site can be removed once the new one is served.
  rmSync(join(root, "old"), { recursive: true });
  assert.is(statSync(join(root, "new", "sources", "a", "index.html")).size, 8);
});

files("should carry a whole folder of the last site, and nothing when it has none", () => {
  mkdirSync(join(root, "old", "pagefind", "fragment"), { recursive: true });
  writeFileSync(join(root, "old", "pagefind", "pagefind.js"), "js");
  writeFileSync(join(root, "old", "pagefind", "fragment", "en_1.pf_fragment"), "f");
  carryFolder(join(root, "old"), join(root, "new"), "pagefind");
  assert.is(readFileSync(join(root, "new", "pagefind", "fragment", "en_1.pf_fragment"), "utf8"), "f");
  assert.is(readFileSync(join(root, "new", "pagefind", "pagefind.js"), "utf8"), "js");
  carryFolder(join(root, "old"), join(root, "other"), "nothing-here");
  assert.not.ok(existsSync(join(root, "other")));
});

files.run();

const passes = suite("renderPasses()");

passes("should render every template once over two passes, the source pages in the second (as Eleventy globs)", () => {
  // A folder whose path reads as a pattern ("(copy)") still matches its own files.
  const content = join(mkdtempSync(join(tmpdir(), "render-passes (copy) [1]-")), "content");
  const pages = ["index.njk", "about.md", "briefs/a.md", "evidence/a-2.md", "print/dossier.njk", "review/deep/queue.md", "sources/x.md", "sources/y.md"];
  for (const page of [...pages, "_data/site.yaml", "assets/style.css"]) {
    mkdirSync(join(content, page, ".."), { recursive: true });
    writeFileSync(join(content, page), "page");
  }
  const folders = readdirSync(content, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const [rest, sources] = renderPasses(content, folders, ["md", "njk"]).map((glob) => globSync(glob!, { absolute: true }).map((path) => path.slice(content.length + 1)).sort());
  assert.equal(sources, ["sources/x.md", "sources/y.md"]);
  assert.equal(rest, pages.filter((page) => !page.startsWith("sources/")).sort());
  rmSync(join(content, ".."), { recursive: true, force: true });
});

passes.run();
