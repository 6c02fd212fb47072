import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { destinationPages, pdfDate, pdfTextString, withInfo, withStableStructureIds, type PdfInfo } from "../../scripts/pdf/pdf-file.ts";

// Shaped like Chromium's output: the info dictionary first, a classic cross-reference table, a nested page tree.
const FIXTURE = new URL("../fixtures/pdf/three-pages.pdf", import.meta.url);
const original = new Uint8Array(readFileSync(FIXTURE));
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

const INFO: PdfInfo = {
  title: "Türkiye–GNU military cooperation agreement (July 2025)",
  author: "Türkiye–Libya briefing dossier",
  subject: "Brief gnu-2025",
  keywords: "gnu-2025, Türkiye",
  creator: "Türkiye–Libya briefing dossier",
  epoch: 1767225600,
};

const info = suite("withInfo()");

info("should replace Chromium's title and clock-time dates with the dossier's title and the build date", () => {
  const text = latin1(withInfo(original, INFO));
  assert.ok(text.includes(`/Title ${pdfTextString(INFO.title)}`));
  assert.ok(text.includes(`/Author ${pdfTextString(INFO.author)}`));
  assert.ok(text.includes("/CreationDate (D:20260101000000+00'00')"));
  assert.ok(text.includes("/ModDate (D:20260101000000+00'00')"));
  assert.not.ok(text.includes("D:20261122224638"), "Chromium's own date is gone");
  assert.not.ok(text.includes("Chromium title"));
});

info("should give the same bytes for two prints that differ only in Chromium's dates", () => {
  const later = new Uint8Array(Buffer.from(latin1(original).replaceAll("20261122224638", "20261122235959"), "latin1"));
  assert.equal(Buffer.compare(Buffer.from(withInfo(original, INFO)), Buffer.from(withInfo(later, INFO))), 0);
});

info("should move every later object's cross-reference entry by the change in length", () => {
  const text = latin1(withInfo(original, INFO));
  const table = text.slice(text.lastIndexOf("\nxref\n"), text.lastIndexOf("trailer"));
  const offsets = [...table.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
  assert.is(offsets.length, 9);
  offsets.forEach((offset, i) => assert.ok(text.startsWith(`${i + 1} 0 obj`, offset), `object ${i + 1} is at its offset`));
  const startxref = Number(/startxref\n(\d+)/.exec(text)![1]);
  assert.ok(text.startsWith("xref", startxref));
});

info("should write a file poppler reads, with the metadata it was given", () => {
  const out = execFileSync("pdfinfo", ["-"], { input: withInfo(original, INFO), encoding: "utf8" });
  assert.match(out, /Title:\s+Türkiye–GNU military cooperation agreement \(July 2025\)/);
  assert.match(out, /Author:\s+Türkiye–Libya briefing dossier/);
  assert.match(out, /CreationDate:\s+Thu Jan\s+1 00:00:00 2026 UTC/);
  assert.match(out, /Pages:\s+3/);
});

info("should refuse a file that is not a PDF with a cross-reference table", () => {
  assert.throws(() => withInfo(new TextEncoder().encode("hello"), INFO), /cross-reference/);
});

info.run();

const dests = suite("destinationPages()");

dests("should give the page each named destination lands on, walking a nested page tree", () => {
  const pages = destinationPages(original);
  assert.equal(Object.fromEntries(pages), { cover: 1, "brief-gnu-2025": 3, "sources-list": 2 });
});

dests("should read the same pages after the info dictionary is rewritten", () => {
  assert.equal(destinationPages(withInfo(original, INFO)), destinationPages(original));
});

dests.run();

const ids = suite("withStableStructureIds()");

const tagged = (a: number, b: number) =>
  new TextEncoder().encode(`1 0 obj\n<</S /TH\n/ID (node${String(a).padStart(8, "0")})>>\nendobj\n2 0 obj\n<</S /TH\n/ID (node${String(b).padStart(8, "0")})>>\nendobj\n` +
    `3 0 obj\n<</Names [(node${String(a).padStart(8, "0")}) 1 0 R (node${String(b).padStart(8, "0")}) 2 0 R]>>\nendobj\n`);

ids("should give two prints whose structure ids came from different node counters the same bytes", () => {
  const first = withStableStructureIds(tagged(39, 40));
  const second = withStableStructureIds(tagged(1048, 1203));
  assert.is(new TextDecoder().decode(first), new TextDecoder().decode(second));
  assert.ok(new TextDecoder().decode(first).includes("[(node00000001) 1 0 R (node00000002) 2 0 R]"), "the ID tree stays sorted");
});

ids("should keep the file's length, so no cross-reference offset moves", () => {
  assert.is(withStableStructureIds(tagged(1048, 1203)).length, tagged(1048, 1203).length);
});

ids.run();

const date = suite("pdfDate()");

date("should write an epoch second as a PDF date in UTC", () => {
  assert.is(pdfDate(1767225600), "D:20260101000000+00'00'");
  assert.is(pdfDate(1752235199), "D:20250711115959+00'00'");
});

date.run();

const textString = suite("pdfTextString()");

textString("should write any text as UTF-16BE hex with a byte-order mark, so nothing needs escaping", () => {
  assert.is(pdfTextString("Tü)"), "<FEFF005400FC0029>");
  assert.is(pdfTextString(""), "<FEFF>");
});

textString.run();
