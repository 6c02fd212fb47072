// Collects garbage on demand: the build frees its whole-corpus records before Eleventy and Pagefind run, and without a collection V8 keeps the heap they grew, which would be the build's peak memory.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | null | undefined;

/**
 * Below this much heap, a full collection costs more than it saves: 50–70 ms each, for the 15–80 MB that V8's own
 * collections would soon free anyway (at 1,000 bench articles the heap stays under 200 MB; at 5,000 it reaches 400–670 MB
 * before each collection, and each frees 250–490 MB).
 */
export const LARGE_HEAP = 256 * 2 ** 20;

/**
 * A full collection now, when the heap holds at least `over` bytes. Node exposes `gc` only behind a flag; set at run
 * time, the flag shows `gc` to a fresh context (Node's docs warn that a flag set after start may do nothing: then this
 * does nothing, and the build only keeps more memory; tests/unit/gc.test.ts checks that it frees it on the Node the
 * project pins).
 */
export function collectGarbage(over = 0): void {
  if (process.memoryUsage().heapUsed < over) return;
  if (collect === undefined) {
    setFlagsFromString("--expose-gc");
    const found: unknown = runInNewContext("typeof gc === 'function' ? gc : null");
    collect = typeof found === "function" ? (found as () => void) : null;
  }
  collect?.();
}
