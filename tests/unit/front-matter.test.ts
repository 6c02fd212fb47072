import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFrontMatter, withFrontMatter } from "../../scripts/front-matter.ts";
import { parseSidecar } from "../../scripts/ingest/sidecar.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/hostile");
// Where the fixtures' ---js payload writes when it runs; it also sets this global.
const MARKER = join(tmpdir(), "dossier-js-front-matter-ran");
const g = globalThis as { dossierJsFrontMatterRan?: boolean };
const jsSeed = readFileSync(join(FIXTURES, "js-front-matter.txt"), "utf8");
const jsSidecar = readFileSync(join(FIXTURES, "js-front-matter-sidecar.txt.meta.yaml"), "utf8");

function reset(): void {
  rmSync(MARKER, { force: true });
  delete g.dossierJsFrontMatterRan;
}

const read = suite("readFrontMatter()");
read.before.each(reset);
read.after.each(reset);

read("should face a live payload: gray-matter left to its defaults runs the fixture's ---js block", () => {
  matter(jsSeed);
  assert.ok(existsSync(MARKER), "the payload did not run, so the tests below would prove nothing");
  assert.is(g.dossierJsFrontMatterRan, true);
});

read("should refuse a ---js block without running a line of it", () => {
  assert.throws(() => readFrontMatter(jsSeed), /JavaScript front matter is disabled/);
  assert.not.ok(existsSync(MARKER), "the payload ran");
  assert.is(g.dossierJsFrontMatterRan, undefined);
});

read("should throw on broken YAML every time, where gray-matter's cache serves the second call as a success", () => {
  const broken = "---\nbad: [\n---\nbody\n";
  assert.throws(() => matter(broken));
  assert.not.throws(() => matter(broken), "gray-matter no longer caches failures: this trap is gone");
  assert.throws(() => readFrontMatter(broken));
  assert.throws(() => readFrontMatter(broken));
});

read("should give each call its own result, so changing one never changes the next", () => {
  const text = "---\ntitle: One\n---\nBody\n";
  const first = readFrontMatter(text);
  first.data.title = "Changed";
  assert.is(readFrontMatter(text).data.title, "One");
});

const write = suite("withFrontMatter()");
write.before.each(reset);
write.after.each(reset);

write("should keep a body that opens with --- or ---js whole, and read back only the data it wrote", () => {
  for (const body of ["---\ntitle: Injected\n---\nText after.\n", `${jsSeed}`, "---\n", "--- \nplain\n"]) {
    const text = withFrontMatter({ title: "Ours", tags: ["source"] }, body);
    const back = readFrontMatter(text);
    assert.equal(back.data, { title: "Ours", tags: ["source"] });
    assert.is(back.content.replace(/^\n/, ""), body);
  }
  assert.not.ok(existsSync(MARKER), "writing a ---js body ran it");
});
write("should write the data as JSON that reads back as written, whatever its strings hold", () => {
  const data = { title: "A line\n---\nthat is a delimiter", date: "2025-07-11", count: 3, none: null, quote: "“Yes: no”, he said #1" };
  const text = withFrontMatter(data, "Body\n");
  assert.ok(text.startsWith("---json\n{"), text.slice(0, 20));
  const back = readFrontMatter(text);
  assert.equal(back.data, data);
  assert.is(back.content.replace(/^\n/, ""), "Body\n");
});

const sidecar = suite("parseSidecar()");
sidecar.before.each(reset);
sidecar.after.each(reset);

sidecar("should report a ---js sidecar as invalid YAML and run none of it", () => {
  const result = parseSidecar("x.meta.yaml", jsSidecar);
  assert.ok(result.diagnostics.some((d) => d.rule === "sidecar-yaml" && d.severity === "error"));
  assert.equal(result.sidecar, { unknown: [], citedIn: [], notCitedIn: [] });
  assert.not.ok(existsSync(MARKER));
  assert.is(g.dossierJsFrontMatterRan, undefined);
});

read.run();
write.run();
sidecar.run();
