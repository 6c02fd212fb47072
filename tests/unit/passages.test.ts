import { suite } from "uvu";
import * as assert from "uvu/assert";
import { findPassages, matchRule, readSource } from "../../scripts/extract/passages.ts";
import { dossierData, makeSource } from "../helpers/sources.ts";

const data = await dossierData();
const { gazetteer } = data;
const agreements = data.catalogue.agreements;
const july = { iso: "2025-07-11", precision: "day" } as const;

const read = suite("readSource()");
read("should take an undated article's time from the latest date it mentions", () => {
  const reading = readSource(makeSource("a", ["In 2019 it began.", "Back in 2020 it grew; five years later, it ended."]), gazetteer);
  assert.equal(reading.time, { iso: "2025", precision: "year" });
});
read("should read the headline and first paragraph as the article's subject", () => {
  const reading = readSource(makeSource("a", ["Türkiye and the LNA talk.", "The deal is done."], { headline: "Ankara news" }), gazetteer);
  assert.equal(reading.subject.map((m) => m.entity), ["ankara", "turkiye", "lna"]);
});
read.run();

const match = suite("matchRule()");
match("should need the rule's terms, its entities and a date in its window", () => {
  const rule = agreements.find((a) => a.id === "gnu-2025")!.recognise;
  const reading = readSource(makeSource("a", ["Libya and Turkiye signed an agreement on 11 July.", "Libya and Turkiye signed an agreement in 2019.", "Libya and Turkiye held talks."], { published: july }), gazetteer);
  assert.ok(matchRule(rule, reading, reading.paragraphs[0]!, gazetteer));
  assert.is(matchRule(rule, reading, reading.paragraphs[1]!, gazetteer), undefined);
  assert.is(matchRule(rule, reading, reading.paragraphs[2]!, gazetteer), undefined);
});
match("should take entities from the article's headline when the paragraph only says 'the deal'", () => {
  const rule = agreements.find((a) => a.id === "lna-2025")!.recognise;
  const reading = readSource(makeSource("a", ["Officials spoke.", "The deal covers drones."], { headline: "Türkiye and the LNA sign a pact", published: { iso: "2025-04-05", precision: "day" } }), gazetteer);
  assert.ok(matchRule(rule, reading, reading.paragraphs[1]!, gazetteer));
});
match.run();

const find = suite("findPassages()");
find("should tell the Qatar deal, the LNA deal and the GNU deal apart", () => {
  const sources = [
    makeSource("qatar", ["Turkey and Qatar signed a tripartite agreement with the Libyan government."]),
    makeSource("lna", ["Türkiye and Libya's Libyan National Army (LNA) have signed a defense cooperation agreement in 2025."]),
    makeSource("gnu", ["Libya and Turkiye signed an agreement on 11 July to boost military cooperation."], { published: july }),
    makeSource("none", ["Turkish Airlines resumed flights to Benghazi."], { published: july }),
  ];
  const found = findPassages(sources.map((s) => readSource(s, gazetteer)), agreements, gazetteer).map((p) => `${p.reading.source.id}:${p.agreement}`);
  assert.equal(found, ["qatar:qatar-tripartite-2020", "lna:lna-2025", "gnu:gnu-2025"]);
});
find("should find both 2019 memoranda in a paragraph that reports both", () => {
  const source = makeSource("mou", ["On Nov. 27, 2019, Ankara and Tripoli signed two separate memoranda of understanding (MoU): one on military cooperation and the other on maritime boundaries."]);
  const found = findPassages([readSource(source, gazetteer)], agreements, gazetteer).map((p) => p.agreement);
  assert.equal(found, ["mou-2019-security", "mou-2019-maritime"]);
});
find.run();
