// `npm start`'s build worker: one process that builds whenever the preview asks, keeping each source's reading and recognition between builds (scripts/extract/memo.ts) and carrying unchanged pages over (scripts/partial-render.ts), so that an edit to one seed reads and renders that seed again, not every other, and its page is served before the search index is remade.
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

/** One build at a time: a build waits for the last one's search index, which is made after its pages are served. */
let last: Promise<void> = Promise.resolve();

process.on("message", (request: BuildRequest) => {
  last = last.then(() => build(request));
});

async function build(request: BuildRequest): Promise<void> {
  let report: Awaited<ReturnType<typeof buildDossier>>;
  try {
    // Once a build has been served, the next serves its pages first and its open data and search index a moment later.
    report = await buildDossier({ ...options, outDir: request.out, memo, search: memo.render ? "later" : "now" });
    for (const line of summaryLines(report)) console.log(line);
    const { read, kept } = memo.extract.last;
    if (kept) console.log(`read again: ${read} of ${read + kept} sources (the others unchanged since the last build)`);
    const { rendered, carried } = memo.render?.last ?? { rendered: 0, carried: 0 };
    if (carried) console.log(`rendered: ${rendered} pages (${carried} unchanged pages carried over from the last build)`);
    process.send!({ completed: true } satisfies BuildAnswer);
  } catch (error) {
    // A build that failed half-way may have left the memo half-made: this worker ends, and the next build starts a fresh one.
    console.error(error);
    process.send!({ completed: false } satisfies BuildAnswer, () => process.exit(1));
    return;
  }
  if (!report.finishLater) return;
  const started = Date.now();
  try {
    await report.finishLater();
    // The preview's server looks each file up when asked, so it serves the new index at once.
    console.log(`open data and search index updated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    // The pages stay served with the last build's open data and search index; the next build tries again.
    console.error(`open data or search index not updated: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// The preview has gone: so does its worker.
process.on("disconnect", () => process.exit(0));
