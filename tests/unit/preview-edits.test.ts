import { suite } from "uvu";
import * as assert from "uvu/assert";
import { EventEmitter } from "node:events";
import { isEdit, keepWatching } from "../../scripts/preview-edits.ts";

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

const watching = suite("keepWatching()");

/** A stand-in for fs.watch's watcher: an emitter that records whether it was closed. */
class FakeWatcher extends EventEmitter {
  closed = false;
  close(): void {
    this.closed = true;
  }
}

/** Waits until `done()` holds or two seconds pass: a retry timer may run late on a busy machine (CI runs five suites at once). */
async function until(done: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 2000; !done() && Date.now() < deadline; ) await new Promise((ok) => setTimeout(ok, 5));
}

/** A new stand-in, added to `started`. */
function recorded(started: FakeWatcher[]): FakeWatcher {
  const w = new FakeWatcher();
  started.push(w);
  return w;
}

watching("should replace a watcher that fails, so an error never ends the preview", async () => {
  const started: FakeWatcher[] = [];
  const kept = keepWatching(() => recorded(started), 10);
  started[0]!.emit("error", Object.assign(new Error("ENOENT: no such file or directory, scandir"), { code: "ENOENT" }));
  assert.ok(started[0]!.closed);
  await until(() => started.length >= 2);
  assert.is(started.length, 2);
  assert.not.ok(started[1]!.closed);
  kept.close();
  assert.ok(started[1]!.closed);
});

watching("should start no other watcher once closed", async () => {
  const started: FakeWatcher[] = [];
  const kept = keepWatching(() => recorded(started), 10);
  kept.close();
  started[0]!.emit("error", new Error("late"));
  await new Promise((ok) => setTimeout(ok, 50));
  assert.is(started.length, 1);
});

watching("should try again later when a watcher cannot be started, and not end the preview", async () => {
  let calls = 0;
  const started: FakeWatcher[] = [];
  const kept = keepWatching(() => {
    calls += 1;
    if (calls === 2) throw Object.assign(new Error("ENOENT: no such file or directory, watch"), { code: "ENOENT" });
    return recorded(started);
  }, 10);
  started[0]!.emit("error", new Error("gone"));
  await until(() => calls >= 3);
  assert.ok(calls >= 3, `started ${calls} times`);
  assert.is(started.length, calls - 1);
  kept.close();
});

watching.run();
