// `npm start`'s build worker: one process that builds whenever the preview asks, keeping each source's reading and recognition between builds (scripts/extract/memo.ts), so that an edit to one seed reads that seed again, not every other.
import { buildOptionsFrom, summaryLines } from "./build-cli.ts";
import { buildDossier, buildMemo } from "./pipeline.ts";

/** What the preview asks: a build into `out`. */
export interface BuildRequest {
  out: string;
}

/** What the worker answers once the build has ended: whether it completed (its report written last). */
export interface BuildAnswer {
  completed: boolean;
}

const options = buildOptionsFrom(process.argv.slice(2));
const memo = buildMemo();

process.on("message", (request: BuildRequest) => {
  void (async () => {
    try {
      const report = await buildDossier({ ...options, outDir: request.out, memo });
      for (const line of summaryLines(report)) console.log(line);
      const { read, kept } = memo.extract.last;
      if (kept) console.log(`read again: ${read} of ${read + kept} sources (the others unchanged since the last build)`);
      process.send!({ completed: true } satisfies BuildAnswer);
    } catch (error) {
      // A build that failed half-way may have left the memo half-made: this worker ends, and the next build starts a fresh one.
      console.error(error);
      process.send!({ completed: false } satisfies BuildAnswer, () => process.exit(1));
    }
  })();
});

// The preview has gone: so does its worker.
process.on("disconnect", () => process.exit(0));
