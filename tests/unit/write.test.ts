import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readWorkFile, writeContent, writeRecord } from "../../scripts/write.ts";

const register = suite("writeRecord()");

register("should write a new or changed record and leave an unchanged one untouched", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "register-")), ".addresses.yaml");
  assert.is(await writeRecord(path, "a.txt:\n  id: a\n"), true);
  assert.is(readFileSync(path, "utf8"), "a.txt:\n  id: a\n");
  const past = new Date("2001-01-01T00:00:00Z");
  utimesSync(path, past, past);
  assert.is(await writeRecord(path, "a.txt:\n  id: a\n"), false);
  assert.equal(statSync(path).mtime, past);
  writeFileSync(path, "old\n");
  assert.is(await writeRecord(path, "b.txt:\n  id: b\n"), true);
  assert.is(readFileSync(path, "utf8"), "b.txt:\n  id: b\n");
});

register.run();

const readBack = suite("readWorkFile()");
readBack("should read back a record written to a work folder, and give nothing when there is none", async () => {
  const dir = mkdtempSync(join(tmpdir(), "work-"));
  assert.is(await readWorkFile(join(dir, "history.json")), undefined);
  await writeRecord(join(dir, "history.json"), "{}\n");
  assert.is(await readWorkFile(join(dir, "history.json")), "{}\n");
});
readBack.run();

const content = suite("writeContent()");
content("should leave the generated folders holding exactly the new pages, rewriting only those whose text changed", async () => {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  mkdirSync(join(dir, "sources"), { recursive: true });
  writeFileSync(join(dir, "sources", "sources.11tydata.json"), "{}\n");
  await writeContent(dir, [
    { path: "sources/a.md", text: "A\n" },
    { path: "sources/b.md", text: "B\n" },
    { path: "briefs/x.md", text: "X\n" },
  ]);
  const past = new Date("2001-01-01T00:00:00Z");
  for (const name of ["sources/a.md", "sources/b.md"]) utimesSync(join(dir, name), past, past);
  await writeContent(dir, [
    { path: "sources/a.md", text: "A\n" },
    { path: "sources/c.md", text: "C\n" },
    { path: "briefs/x.md", text: "X2\n" },
  ]);
  assert.equal(statSync(join(dir, "sources", "a.md")).mtime, past, "an unchanged page is not written again");
  assert.is(existsSync(join(dir, "sources", "b.md")), false, "a page no longer generated is removed");
  assert.is(readFileSync(join(dir, "sources", "c.md"), "utf8"), "C\n");
  assert.is(readFileSync(join(dir, "briefs", "x.md"), "utf8"), "X2\n");
  assert.is(readFileSync(join(dir, "sources", "sources.11tydata.json"), "utf8"), "{}\n", "directory data is kept");
});
content.run();
