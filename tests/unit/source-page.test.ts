import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFrontMatter } from "../../scripts/front-matter.ts";
import { clip } from "../../scripts/display.ts";
import { formatDate } from "../../scripts/dates.ts";
import { sourceListing, sourcePage } from "../../scripts/generate/source-page.ts";
import type { ParagraphId, Source, SourceId } from "../../scripts/model.ts";

const source: Source = {
  id: "2025-07-11-a-title" as SourceId,
  file: "a.txt",
  digest: "f".repeat(64),
  meta: {
    headline: { value: "---\ntitle: {{ 7*7 }}", from: "text", line: 1 },
    published: { value: { iso: "2025-07-11", precision: "day" }, from: "sidecar", line: 2 },
    credits: [],
    acknowledgedUnknown: ["url"],
  },
  paragraphs: [
    { id: "p1" as ParagraphId, text: "---", line: 3 },
    { id: "p2" as ParagraphId, text: "<script>alert(1)</script> *x*", line: 4 },
  ],
  removed: [{ line: 5, text: "Leave A Reply", reason: "comment prompt" }],
};

const page = suite("sourcePage()");

page("should write a page under sources/ named by the source id", () => {
  assert.is(sourcePage(source).path, "sources/2025-07-11-a-title.md");
});

page("should keep a hostile headline as plain data in the front matter", () => {
  const { data } = readFrontMatter(sourcePage(source).text);
  assert.is(data.title, "---\ntitle: {{ 7*7 }}");
  assert.is(data.layout, "source.njk");
  assert.is(data.published, "2025-07-11");
});

page("should keep a body that opens with --- and escape Markdown in every paragraph", () => {
  const { content } = readFrontMatter(sourcePage(source).text);
  assert.is(content.trim(), "\\-\\-\\- {#p1}\n\n\\<script\\>alert\\(1\\)\\<\\/script\\> \\*x\\* {#p2}");
});

page("should say where each field came from, or that the text does not give it", () => {
  const { data } = readFrontMatter(sourcePage(source).text);
  const fields = data.fields as Array<{ label: string; value: string; from: string }>;
  assert.equal(fields.find((f) => f.label === "Published"), { label: "Published", value: "11 July 2025", from: "the sidecar, a.txt.meta.yaml line 2" });
  assert.is(fields.find((f) => f.label === "Original URL")!.from, "not given in the text (confirmed in the sidecar)");
  assert.is(fields.find((f) => f.label === "Outlet")!.from, "not given in the text");
});

page.run();

const date = suite("formatDate()");

date("should print a date at its precision", () => {
  assert.is(formatDate({ iso: "2019-11-27", precision: "day" }), "27 November 2019");
  assert.is(formatDate({ iso: "2020-08", precision: "month" }), "August 2020");
  assert.is(formatDate({ iso: "2020", precision: "year" }), "2020");
});

date.run();

const clipSuite = suite("clip()");

clipSuite("should keep short text whole, on one line", () => {
  assert.is(clip("  Türkiye and\n Libya  "), "Türkiye and Libya");
});

clipSuite("should cut long text at a word boundary, without trailing punctuation, and mark the cut", () => {
  const text = "Ankara signed, in Tripoli, a memorandum on maritime jurisdiction and another on security.";
  assert.is(clip(text, 30), "Ankara signed, in Tripoli, a…");
  assert.is(clip(text, 17), "Ankara signed…");
  assert.ok(clip("x".repeat(500)).length <= 200);
});

clipSuite.run();

const listing = suite("sourceListing()");

/** The fixture source under another id, date and headline. */
function variant(id: string, iso: string | null, headline: string): Source {
  const published = iso ? { value: { iso, precision: "day" as const }, from: "text" as const, line: 2 } : undefined;
  return { ...source, id: id as SourceId, meta: { ...source.meta, headline: { value: headline, from: "text", line: 1 }, published } };
}

listing("should list sources newest first, undated last, then by headline, then by address", () => {
  const list = sourceListing([variant("b", "2020-01-01", "Same"), variant("undated", null, "Aaa"), variant("a", "2020-01-01", "Same"), variant("new", "2025-07-11", "Zed"), variant("c", "2020-01-01", "Earlier title")]);
  assert.equal(list.map((s) => s.url), ["/sources/new/", "/sources/c/", "/sources/a/", "/sources/b/", "/sources/undated/"]);
});

listing("should carry the values the source page's own front matter holds", () => {
  const [listed] = sourceListing([source]);
  const { data } = readFrontMatter(sourcePage(source).text);
  for (const [key, value] of Object.entries(listed!.data)) assert.equal(value, data[key], key);
});

listing.run();
