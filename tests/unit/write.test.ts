import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { writeRecord } from "../../scripts/write.ts";

const register = suite("writeRecord()");

register("should write a new or changed register and leave an unchanged one untouched", async () => {
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
