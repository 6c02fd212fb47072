import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Findings } from "../../scripts/brief-schema.ts";
import { readFrontMatter } from "../../scripts/front-matter.ts";
import { generateContent } from "../../scripts/generate/index.ts";
import type { ParagraphId, Source, SourceId } from "../../scripts/model.ts";

const source: Source = {
  id: "2025-07-11-a-title" as SourceId,
  file: "a.txt",
  digest: "f".repeat(64),
  meta: { headline: { value: "A title", from: "text", line: 1 }, credits: [], acknowledgedUnknown: [] },
  paragraphs: [{ id: "p1" as ParagraphId, text: "Ankara and Tripoli signed a memorandum.", line: 2 }],
  removed: [],
};

/** What extraction found, with only the briefs that cite the source set. */
function findings(citedIn: Findings["citedIn"]): Findings {
  return { briefs: [], citedIn, spellings: new Map(), review: { near: [], candidates: [], unplaced: [] } };
}

const generate = suite("generateContent()");

generate("should make a source's page again for the same source when the briefs that cite it change", () => {
  const page = () => generateContent([source], findings(current)).find((f) => f.path === `sources/${source.id}.md`)!;
  let current: Findings["citedIn"] = new Map();
  assert.equal(readFrontMatter(page().text).data.cited_in, []);
  current = new Map([[source.id, [{ id: "mou-2019-security", title: "Security MoU", related: false, why: [] }]]]);
  assert.equal((readFrontMatter(page().text).data.cited_in as Array<{ id: string }>).map((b) => b.id), ["mou-2019-security"]);
  current = new Map();
  assert.equal(readFrontMatter(page().text).data.cited_in, []);
});

generate.run();
