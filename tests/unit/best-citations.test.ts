import { suite } from "uvu";
import * as assert from "uvu/assert";
import { bestFirst, isStatement, type SourceStanding } from "../../scripts/extract/best-citations.ts";
import type { Citation, PartialDate } from "../../scripts/model.ts";

const day = (iso: string): PartialDate => ({ iso, precision: iso.length === 10 ? "day" : iso.length === 7 ? "month" : "year" });
const cite = (source: string, paragraph: string, quote = "The two sides signed the memorandum."): Citation => ({ source: source as Citation["source"], paragraph: paragraph as Citation["paragraph"], quote });
const event = day("2019-11-27");
const standings: Record<string, SourceStanding> = {
  wire: { reprint: true, published: day("2019-11-27") },
  near: { reprint: false, published: day("2019-11-28") },
  far: { reprint: false, published: day("2025-07-11") },
  month: { reprint: false, published: day("2019-12") },
  undated: { reprint: false, published: null },
};
const standing = (source: string) => standings[source]!;
const order = (list: Citation[], at: PartialDate | null = event) => bestFirst(list, standing, at).map((c) => `${c.source}#${c.paragraph}`);

const best = suite("bestFirst()");

best("should put an outlet's own report before a reprint of wire copy, however near the reprint is to the event", () => {
  assert.equal(order([cite("wire", "p1"), cite("far", "p1")]), ["far#p1", "wire#p1"]);
});

best("should put a statement before commentary from an equally placed source", () => {
  const commentary = cite("near", "p1", "Critics see the memorandum as a power grab.");
  const statement = cite("far", "p2", "The ministry said the memorandum was signed.");
  assert.equal(order([commentary, statement]), ["far#p2", "near#p1"]);
});

best("should put the report published nearest the event first, and undated reports last", () => {
  assert.equal(order([cite("undated", "p1"), cite("far", "p1"), cite("month", "p1"), cite("near", "p1")]), ["near#p1", "month#p1", "far#p1", "undated#p1"]);
});

best("should fall back to source id and paragraph number, and keep equal citations in their order", () => {
  const a = cite("near", "p10", "First.");
  const b = cite("near", "p10", "Second.");
  assert.equal(order([cite("near", "p10"), cite("month", "p2", "The ministry said so."), cite("near", "p2")], null), ["month#p2", "near#p2", "near#p10"]);
  assert.equal(bestFirst([b, a], standing, null), [b, a]);
});

best("should leave its input as it was", () => {
  const list = [cite("far", "p1"), cite("near", "p1")];
  bestFirst(list, standing, event);
  assert.equal(list.map((c) => c.source), ["far", "near"]);
});

best.run();

const statement = suite("isStatement()");

statement("should recognise reported speech and direct quotation, and not a plain account", () => {
  assert.ok(isStatement("According to a written statement from the Presidential Council, al-Lafi visited the base."));
  assert.ok(isStatement("Erdogan said the deal would stand."));
  assert.ok(isStatement("He called it “a historic step”."));
  assert.not.ok(isStatement("In 2019, Turkiye signed a wide-ranging defense memorandum with Libya."));
});

statement.run();
