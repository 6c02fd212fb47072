// Collects garbage on demand: the build frees its whole-corpus records before Eleventy and Pagefind run, and without a collection V8 keeps the heap they grew, which would be the build's peak memory.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

/** A full collection now. Node exposes `gc` only behind a flag; setting the flag at run time and reading `gc` from a fresh context is the documented way in. */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}
