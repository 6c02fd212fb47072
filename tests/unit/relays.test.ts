import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Outlet } from "../../scripts/catalogue.ts";
import { creditsIn, findRelays } from "../../scripts/ingest/relays.ts";
import type { Paragraph, ParagraphId, RemovedLine } from "../../scripts/model.ts";

const outlets: Outlet[] = [
  { name: "The Cradle", domains: ["thecradle.co"], aliases: [], reliability: "C", rationale: "partisan" },
  { name: "TRT Haber", domains: ["trthaber.com"], aliases: [], reliability: "B", rationale: "state broadcaster" },
  { name: "Al-Monitor", domains: ["al-monitor.com"], aliases: [], reliability: "B", rationale: "sourced" },
  { name: "Kurdistan Center for Democracy in the Middle East", domains: ["kcdme.com"], aliases: ["KCDME"] },
  { name: "Anadolu Agency", domains: ["aa.com.tr"], aliases: ["AA"], reliability: "B", rationale: "state agency" },
  { name: "Caliber.Az", domains: ["caliber.az"], aliases: [], reliability: "D", rationale: "relays" },
];
const paragraph = (text: string, n: number): Paragraph => ({ id: `p${n}` as ParagraphId, text, line: n * 2 });
const nav = (text: string, line: number): RemovedLine => ({ text, line, reason: "site navigation" });
const meta = (text: string, line: number): RemovedLine => ({ text, line, reason: "metadata" });

const relays = suite("findRelays()");

relays("should read a reprint header naming the original, and the publisher the page's own address names", () => {
  const found = findRelays({ paragraphs: [paragraph("Libya and Turkiye signed an agreement.", 1)], removed: [nav("www.kcdme.com", 16), meta("Source:https://thecradle.co/articles/x", 30)], outlet: "The Cradle" }, outlets);
  assert.equal(found, [{ kind: "reprint", outlet: "The Cradle", reliability: "C", words: "Source:https://thecradle.co/articles/x", line: 30, by: "Kurdistan Center for Democracy in the Middle East" }]);
});

relays("should read a reprint a paragraph announces in words", () => {
  const found = findRelays({ paragraphs: [paragraph("Text.", 1), paragraph("This article was first published by Al-Monitor.", 2)], removed: [] }, outlets);
  assert.is(found[0]?.kind, "reprint");
  assert.is(found[0]?.outlet, "Al-Monitor");
});

relays("should record wire copy from an agency other than the outlet", () => {
  const found = findRelays({ paragraphs: [paragraph("TRIPOLI (AA) – Text.", 1)], removed: [], outlet: "Caliber.Az", agency: { value: "Anadolu Agency", from: "text", line: 2 } }, outlets);
  assert.equal(found, [{ kind: "wire", outlet: "Anadolu Agency", reliability: "B", words: "Anadolu Agency", line: 2 }]);
});

relays("should not call an agency's own story wire copy", () => {
  assert.equal(findRelays({ paragraphs: [paragraph("TRIPOLI (AA) – Text.", 1)], removed: [], outlet: "Anadolu Agency", agency: { value: "Anadolu Agency", from: "text", line: 2 } }, outlets), []);
});

relays("should record each outlet a paragraph credits, once per paragraph, never the story's own outlet", () => {
  const found = findRelays(
    {
      paragraphs: [paragraph("According to TRT Haber, the deal was finalised, Caliber.Az.", 1), paragraph("“Brothers,” an official told TRT Haber. TRT Haber reported more.", 2), paragraph("In an analysis published by The Cradle, and as Caliber.Az reports, …", 3)],
      removed: [],
      outlet: "Caliber.Az",
    },
    outlets,
  );
  assert.equal(found.map((r) => [r.paragraph, r.outlet, r.words]), [["p1", "TRT Haber", "According to TRT Haber"], ["p2", "TRT Haber", "told TRT Haber"], ["p3", "The Cradle", "published by The Cradle"]]);
});

relays("should not take a mere mention of an outlet for a credit", () => {
  assert.equal(findRelays({ paragraphs: [paragraph("TRT Haber's building was renovated.", 1)], removed: [] }, outlets), []);
});

relays.run();

const credits = suite("creditsIn()");

credits("should find credits before and after the outlet's name, with their exact words", () => {
  assert.equal(
    creditsIn("At the same time, Al-Monitor reports that Ankara has improved relations, according to AA.", outlets).map((c) => c.words),
    ["Al-Monitor reports", "according to AA"],
  );
});

credits("should not match an outlet's name inside another word", () => {
  assert.equal(creditsIn("according to AAB officials", outlets), []);
});

credits.run();
