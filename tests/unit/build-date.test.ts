import { suite } from "uvu";
import * as assert from "uvu/assert";
import { tmpdir } from "node:os";
import { buildDate } from "../../scripts/build-date.ts";

const date = suite("buildDate()");

date("should honour SOURCE_DATE_EPOCH", () => {
  assert.equal(buildDate({ SOURCE_DATE_EPOCH: "1767225600" }, tmpdir()), { date: "2026-01-01", epoch: 1767225600, from: "SOURCE_DATE_EPOCH" });
});

date("should fall back to the clock outside a git checkout", () => {
  const result = buildDate({}, tmpdir(), () => Date.UTC(2030, 4, 6, 12));
  assert.equal([result.date, result.from], ["2030-05-06", "clock"]);
});

date.run();
