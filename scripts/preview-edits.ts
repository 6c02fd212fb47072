// Which file changes the preview (`npm start`) rebuilds for: an analyst's edits, never the files a build writes itself.
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
