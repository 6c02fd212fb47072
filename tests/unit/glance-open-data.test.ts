import { Ajv } from "ajv";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { actorRecords } from "../../scripts/glance/actors.ts";
import { CSL_SCHEMA, DATA_FILES, schemaFields } from "../../scripts/glance/data-schemas.ts";
import { timelineEvents } from "../../scripts/glance/events.ts";
import { cslItem, csvCell, openDataFiles, toCsv } from "../../scripts/glance/open-data.ts";
import { cite, glanceInput, source } from "../helpers/glance-input.ts";

const publish = (path: string) => `https://example.org/dossier${path}`;
const files = () => {
  const input = glanceInput();
  return openDataFiles(input, actorRecords(input), timelineEvents(input), publish);
};

const cell = suite("csvCell()");
cell("should quote every cell and double its quotes", () => {
  assert.is(csvCell('He said "no", twice'), '"He said ""no"", twice"');
  assert.is(csvCell(null), '""');
});
cell("should make a value a spreadsheet would run as a formula into text", () => {
  for (const v of ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1+1"]) assert.is(csvCell(v).slice(0, 2), `"'`, v);
  assert.is(csvCell("2019-11-27"), '"2019-11-27"');
});
cell.run();

const csv = suite("toCsv()");
csv("should write a header and rows with CRLF line ends", () => {
  assert.is(toCsv(["a", "b"], [["1", "x,y"]]), '"a","b"\r\n"1","x,y"\r\n');
});
csv.run();

const csl = suite("cslItem()");
csl("should give Zotero's fields where the source has them, and leave out those it lacks", () => {
  const input = glanceInput();
  const full = cslItem(input.sources[0]!, publish);
  assert.equal(full, {
    id: "a-news",
    type: "article-newspaper",
    title: "On Nov. 27, 2019, Ankara and Tripoli signed a memorandum with the…",
    "container-title": "A News",
    author: [{ literal: "Jane Doe" }],
    issued: { "date-parts": [[2025, 7, 11]] },
    URL: "https://example.org/a",
    note: "In the Türkiye–Libya briefing dossier: https://example.org/dossier/sources/a-news/",
  });
  const bare = cslItem(input.sources[1]!, publish);
  assert.equal(Object.keys(bare), ["id", "type", "title", "note"]);
  assert.is(bare.type, "article");
});
csl.run();

const data = suite("openDataFiles()");
data("should write every file, and each JSON file should fit its published schema", () => {
  const out = files();
  assert.equal(out.map((f) => f.path), ["claims.json", "claims.csv", "sources.json", "sources.csl.json", "entities.json", "timeline.json", ...DATA_FILES.map((f) => `schema/${f.schemaFile}`)]);
  const ajv = new Ajv({ allErrors: true, strict: true });
  for (const f of DATA_FILES) {
    const parsed = JSON.parse(out.find((x) => x.path === f.file)!.text) as { schema?: string };
    const validate = ajv.compile(JSON.parse(out.find((x) => x.path === `schema/${f.schemaFile}`)!.text));
    assert.ok(validate(parsed), `${f.file}: ${ajv.errorsText(validate.errors)}`);
    if (f.file !== "sources.csl.json") assert.is(parsed.schema, `https://example.org/dossier/data/schema/${f.schemaFile}`);
  }
});
data("should reject a file that drifts from its schema", () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const claims = JSON.parse(files().find((f) => f.path === "claims.json")!.text);
  claims.claims[0].provenance = "rumour";
  assert.not.ok(ajv.compile(DATA_FILES[0].schema)(claims));
  const item = { id: "x", type: "article", title: "t", note: "n", issued: { "date-parts": [["2025"]] } };
  assert.not.ok(ajv.compile(CSL_SCHEMA)([item]));
});
data("should put one CSV row per fact and passage, with the passage's address", () => {
  const rows = files().find((f) => f.path === "claims.csv")!.text.trimEnd().split("\r\n");
  assert.is(rows[0], '"brief","claim","label","value","provenance","note","grade","reliability","credibility","origin_count","source","source_reliability","origin","origin_reliability","paragraph","quote","passage_url"');
  assert.is(rows.length, 1 + 3);
  assert.ok(rows.some((r) => r.endsWith('"https://example.org/dossier/sources/b-daily/#p2"')));
});
data("should give every claim its credibility grade and the reliability letters of its origins and sources", () => {
  const input = glanceInput();
  // A News is graded B; b-daily's outlet is not known (F).
  input.sources[0]!.meta.grade = { reliability: "B", rationale: "A News: test.", from: "outlet" };
  const out = openDataFiles(input, actorRecords(input), timelineEvents(input), publish);
  const claims = JSON.parse(out.find((f) => f.path === "claims.json")!.text).claims as Array<Record<string, unknown> & { citations: Array<Record<string, unknown>> }>;
  const date = claims.find((c) => c.brief === "mou-2019" && c.id === "date")!;
  assert.equal([date.grade, date.reliability, date.credibility, date.origins], ["B2", "B", 2, [{ name: "A News", reliability: "B" }]]);
  assert.match(String(date.grade_reason), /^probably true/);
  assert.is(date.citations[0]!.source_reliability, "B");
  const unknown = claims.find((c) => c.brief === "gnu-2025" && c.id === "date")!;
  assert.equal([unknown.grade, unknown.credibility, unknown.citations[0]!.source_reliability], ["F6", 6, "F"]);
  const rows = out.find((f) => f.path === "claims.csv")!.text.split("\r\n");
  assert.ok(rows.some((r) => r.startsWith('"mou-2019","date","Date","27 November 2019","text","","B2","B","2","1","a-news","B","A News","B","p1"')), rows.join("\n"));
  assert.equal(date.citations[0]!.origin, { name: "A News", reliability: "B" });
});
data("should keep each CSV row the same size however many outlets state the fact, so the file grows with the corpus, not its square", () => {
  const longestRow = (outlets: number) => {
    const base = glanceInput();
    const quote = "On Nov. 27, 2019, Ankara and Tripoli signed a memorandum with the GNA.";
    const copies = Array.from({ length: outlets }, (_, i) => source(`outlet-${String(i).padStart(3, "0")}`, [quote], { outlet: { value: `Outlet ${String(i).padStart(3, "0")}`, from: "sidecar" } }));
    const input = { ...base, sources: [...base.sources, ...copies] };
    input.briefs[0]!.claims[0]!.citations.push(...copies.map((c) => cite(c.id, "p1", quote)));
    const out = openDataFiles(input, actorRecords(input), timelineEvents(input), publish);
    const rows = out.find((f) => f.path === "claims.csv")!.text.trimEnd().split("\r\n");
    const origins = JSON.parse(out.find((f) => f.path === "claims.json")!.text).claims[0].origins as unknown[];
    return { rows: rows.length, longest: Math.max(...rows.slice(1).map((r) => r.length)), origins: origins.length };
  };
  const [few, many] = [longestRow(5), longestRow(200)];
  assert.is(many.rows - few.rows, 195);
  assert.is(many.origins, 201);
  assert.ok(many.longest <= few.longest + 2, `${few.longest} → ${many.longest}`);
});
data("should be the same bytes for the same input", () => {
  const bytes = () => files().map((f) => ({ path: f.path, text: f.text }));
  assert.equal(bytes(), bytes());
});

data("should give claims.csv part by part, one line each, the parts making its text", () => {
  const csv = files().find((f) => f.path === "claims.csv")!;
  const parts = [...csv.parts()];
  assert.ok(parts.length > 2, `${parts.length} parts`);
  for (const part of parts) assert.ok(part.endsWith("\r\n") && !part.slice(0, -2).includes("\r\n"), part);
  assert.is(parts.join(""), csv.text);
});
data.run();

const fields = suite("schemaFields()");
fields("should list nested fields with their types and meanings", () => {
  const rows = schemaFields(DATA_FILES[0].schema);
  const quote = rows.find((r) => r.field === "claims[].citations[].quote")!;
  assert.is(quote.type, "string");
  assert.match(quote.description, /exact words/);
  assert.ok(rows.some((r) => r.field === "claims[].provenance" && r.type === '"text" | "analyst"'));
  assert.ok(schemaFields(CSL_SCHEMA).some((r) => r.field === "[].container-title"));
});
fields.run();
