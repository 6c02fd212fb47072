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

/** The build's stages as the bench reports them. */
export const STAGES = ["ingest", "extract", "generate", "verify", "eleventy", "pagefind"] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

/** A stopwatch for the build's stages: `lap(stage)` adds the milliseconds since the last lap to that stage. */
export function stageClock(): { lap(stage: Stage): void; times: StageTimes } {
  const times = Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;
  let last = performance.now();
  return {
    times,
    lap(stage) {
      const now = performance.now();
      times[stage] += now - last;
      last = now;
    },
  };
}
