import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isEdit } from "../../scripts/preview-edits.ts";

const edits = suite("isEdit()");

edits("should build again for an analyst's edits to seeds, pages, data, layouts and scripts", () => {
  assert.ok(isEdit("seeds", "001_new-article.txt"));
  assert.ok(isEdit("seeds", "001_new-article.txt.meta.yaml"));
  assert.ok(isEdit("content", "about.md"));
  assert.ok(isEdit("content", "_data/agreements.yaml"));
  assert.ok(isEdit("content", "assets/style.css"));
  assert.ok(isEdit("layouts", "brief.njk"));
  assert.ok(isEdit("scripts", "extract/acts.ts"));
  // A change the watcher cannot name may be anything.
  assert.ok(isEdit("seeds", null));
});

edits("should not build again for what a build writes itself, so one edit makes one build", () => {
  for (const page of ["sources/a.md", "briefs/mou-2019-security.md", "evidence/mou-2019-security-2.md", "review/index.md", "review/2.md", "discrepancies/index.md"]) {
    assert.not.ok(isEdit("content", page), page);
  }
  assert.not.ok(isEdit("content", "review\\2.md"), "Windows separators");
  assert.not.ok(isEdit("seeds", ".history.json"));
  assert.not.ok(isEdit("seeds", ".addresses.yaml"));
});

edits.run();
