import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readDossierData, readOutlets } from "../../scripts/data.ts";
import { extractDossier } from "../../scripts/extract/index.ts";
import { generateContent } from "../../scripts/generate/index.ts";
import { ingestSeed } from "../../scripts/ingest/ingest-seed.ts";
import { createMarkdown } from "../../scripts/markdown.ts";
import { fastestOf } from "../../scripts/measure.ts";
import { DOSSIER_DATA } from "../helpers/build.ts";
import { normalProse, PATHOLOGICAL } from "../helpers/hostile-seeds.ts";

// Inputs that make a careless regular expression backtrack must cost about what prose of the same size costs.
// Measured: under 1× with extraction (prose names agreements, so it yields briefs), 3–7× for ingest and rendering
// alone (escaping every character of a line of asterisks makes markdown-it work per character). A backtracking
// pattern on these 70,000-character lines costs hundreds to thousands of times more (833× for /\*+#/), or never ends.
export const MAX_RATIO = 25;

const md = createMarkdown();
const outlets = await readOutlets(DOSSIER_DATA);
const data = await readDossierData(DOSSIER_DATA);

/** Ingest one seed, extract from it, generate its pages and render their Markdown: every stage that reads seed text. */
function ingestAndRender(name: string, text: string): () => void {
  const seed = { path: name, name, bytes: new Uint8Array(Buffer.from(text, "utf8")) };
  return () => {
    const sources = [ingestSeed(seed, outlets).source!];
    for (const file of generateContent(sources, extractDossier(sources, data))) md.render(file.text);
  };
}

const ingest = suite("ingestSeed()");

for (const [name, text] of Object.entries(PATHOLOGICAL)) {
  ingest(`should ingest, extract, generate and render ${name} (${text.length} characters) within ${MAX_RATIO}× the time of prose of the same size`, () => {
    const hostile = fastestOf(5, ingestAndRender(name, text));
    const prose = fastestOf(5, ingestAndRender("prose.txt", normalProse(text.length)));
    const ratio = hostile / prose;
    assert.ok(ratio <= MAX_RATIO, `${name}: ${hostile.toFixed(1)} ms against ${prose.toFixed(1)} ms for prose, ${ratio.toFixed(1)}×`);
  });
}

ingest.run();
