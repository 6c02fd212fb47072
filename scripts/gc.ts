// Collects garbage on demand: the build frees its whole-corpus records before Eleventy and Pagefind run, and without a collection V8 keeps the heap they grew, which would be the build's peak memory.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | null | undefined;

/**
 * A full collection now. Node exposes `gc` only behind a flag; set at run time, the flag shows `gc` to a fresh context
 * (Node's docs warn that a flag set after start may do nothing: then this does nothing, and the build only keeps more
 * memory; tests/unit/gc.test.ts checks that it frees it on the Node the project pins).
 */
export function collectGarbage(): void {
  if (collect === undefined) {
    setFlagsFromString("--expose-gc");
    const found: unknown = runInNewContext("typeof gc === 'function' ? gc : null");
    collect = typeof found === "function" ? (found as () => void) : null;
  }
  collect?.();
}
