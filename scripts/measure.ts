// Timing for the speed checks (the bench and the slow-input tests): the fastest of several runs, which noise only slows.
import { performance } from "node:perf_hooks";

/** Milliseconds of the fastest of `runs` calls to `fn`, after one warm-up call. */
export function fastestOf(runs: number, fn: () => unknown): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
