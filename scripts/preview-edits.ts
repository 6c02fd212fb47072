// Which file changes the preview (`npm start`) rebuilds for (an analyst's edits, never the files a build writes itself), and
// how its folders stay watched.
import type { EventEmitter } from "node:events";
import { HISTORY_FILE } from "./history.ts";
import { ADDRESS_FILE } from "./ingest/addresses.ts";
import { GENERATED_FOLDERS } from "./write.ts";

/** A watched folder: the seeds, or the repo's content/, layouts/ or scripts/. */
export type WatchedFolder = "seeds" | "content" | "layouts" | "scripts";

/**
 * Whether a change to `name` (relative to its watched folder) is an edit worth a build. A build writes the generated
 * pages under content/ (sources, briefs, evidence, review, discrepancies), and beside the seeds the history and the
 * address register: building again for those would run every build twice.
 */
export function isEdit(folder: WatchedFolder, name: string | null): boolean {
  if (!name) return true;
  const path = name.split("\\").join("/");
  if (folder === "content") return !GENERATED_FOLDERS.some((f) => path.startsWith(`${f}/`) && path.endsWith(".md"));
  if (folder === "seeds") return path !== HISTORY_FILE && path !== ADDRESS_FILE;
  return true;
}

/** What `keepWatching` needs of a watcher: fs.watch's FSWatcher, or a stand-in. */
export type Watcher = Pick<EventEmitter, "on"> & { close(): void };

/**
 * Keeps a folder watched: a watcher that fails is closed and another started in its place after `retryMs`. Node 20's
 * recursive watch on Linux reports an error when a folder goes while it is being read (a build clearing its pages), and
 * an error with no listener would end the preview.
 */
export function keepWatching(start: () => Watcher, retryMs = 200): { close(): void } {
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let current: Watcher | undefined;
  const again = () => {
    if (!closed) retry = setTimeout(begin, retryMs);
  };
  const begin = () => {
    let watcher: Watcher;
    try {
      watcher = start();
    } catch {
      // The folder may be gone for a moment (a seeds folder being replaced): try again later.
      return again();
    }
    current = watcher;
    watcher.on("error", () => {
      watcher.close();
      again();
    });
  };
  begin();
  return {
    close() {
      closed = true;
      clearTimeout(retry);
      current?.close();
    },
  };
}
