import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readWorkFile, writeRecord } from "../../scripts/write.ts";

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
