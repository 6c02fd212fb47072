// A larger dossier made from the frozen one: each seed copied many times, each copy's text made distinct by a closing line.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temporary seeds folder with `copies` copies of every seed in `from` (and its sidecar); the first copy keeps its name and text. */
export function replicatedSeeds(from: string, copies: number): string {
  const to = mkdtempSync(join(tmpdir(), "many-seeds-"));
  if (existsSync(join(from, ".addresses.yaml"))) copyFileSync(join(from, ".addresses.yaml"), join(to, ".addresses.yaml"));
  const seeds = readdirSync(from).filter((n) => n.endsWith(".txt"));
  for (let k = 0; k < copies; k += 1) {
    for (const name of seeds) {
      const target = k === 0 ? name : `${String(k).padStart(3, "0")}-${name}`;
      const text = readFileSync(join(from, name), "utf8");
      // A duplicate text would be recognised as one source: the closing line makes each copy its own article.
      writeFileSync(join(to, target), k === 0 ? text : `${text.trimEnd()}\n\nCopy ${k} of this article, for a size test.\n`);
      if (existsSync(join(from, `${name}.meta.yaml`))) copyFileSync(join(from, `${name}.meta.yaml`), join(to, `${target}.meta.yaml`));
    }
  }
  return to;
}
