import { suite } from "uvu";
import * as assert from "uvu/assert";
import { catalogueFactClaims, citeSpan, dateClaim, officialClaims, partiesClaim, scopeClaims, uniqueCitations } from "../../scripts/extract/claims.ts";
import { findPassages, readSource } from "../../scripts/extract/passages.ts";
import type { Citation } from "../../scripts/model.ts";
import { dossierData, makeSource } from "../helpers/sources.ts";

const data = await dossierData();
const { gazetteer } = data;
const agreement = (id: string) => data.catalogue.agreements.find((a) => a.id === id)!;
const july = { iso: "2025-07-11", precision: "day" } as const;
const gnuSource = makeSource("gnu", [
  "Libya and Turkiye signed an agreement on 11 July to boost military cooperation.",
  "According to a statement by Libya’s Government of National Unity (GNU), Defense Ministry undersecretary Abdulsalam al-Zoubi visited Ankara and met with Turkish Minister of National Defense Yasar Guler to finalize the deal. The agreement covers advanced military training and logistical support. A Turkish official confirmed the signing.",
], { published: july });
const passagesFor = (id: string, sources = [gnuSource]) => findPassages(sources.map((s) => readSource(s, gazetteer)), [agreement(id)], gazetteer);

const cite = suite("citeSpan()");
cite("should quote the whole sentence that holds the span", () => {
  const [, second] = passagesFor("gnu-2025");
  const text = second!.paragraph.paragraph.text;
  const start = text.indexOf("logistical");
  assert.is(citeSpan(second!.reading, second!.paragraph, start, start + 10).quote, "The agreement covers advanced military training and logistical support.");
});
cite.run();

const unique = suite("uniqueCitations()");
unique("should drop repeated citations and keep the first order", () => {
  const a = { source: "s", paragraph: "p1", quote: "A." } as unknown as Citation;
  const b = { source: "s", paragraph: "p2", quote: "B." } as unknown as Citation;
  assert.equal(uniqueCitations([a, b, { ...a }]), [a, b]);
});
unique.run();

const date = suite("dateClaim()");
date("should take the most precise date in the window and say when its year was inferred", () => {
  const claim = dateClaim(agreement("gnu-2025"), passagesFor("gnu-2025"))!;
  assert.equal([claim.value, claim.date.precision, claim.date.inferred, claim.provenance], ["11 July 2025", "day", true, "text"]);
  assert.is(claim.citations[0]!.paragraph, "p1");
});
date("should fall back to the catalogue's analyst date, with its note and pinned quotes, when no source dates it", () => {
  const qatar = makeSource("q", ["Turkey and Qatar signed a tripartite agreement with the Libyan government, announced yesterday."]);
  const claim = dateClaim(agreement("qatar-tripartite-2020"), passagesFor("qatar-tripartite-2020", [qatar]))!;
  assert.equal([claim.value, claim.provenance], ["17 August 2020", "analyst"]);
  assert.ok(claim.note!.includes("yesterday"));
});
date.run();

const parties = suite("partiesClaim()");
parties("should cite sentences that name every party or its state", () => {
  const claim = partiesClaim(agreement("gnu-2025"), passagesFor("gnu-2025"), gazetteer);
  assert.is(claim.value, "Türkiye and Government of National Unity (GNU)");
  assert.equal(claim.citations.map((c) => c.paragraph), ["p1", "p2"]);
});
parties.run();

const officials = suite("officialClaims()");
officials("should list the officials named with their titles, each cited", () => {
  const found = officialClaims(agreement("gnu-2025"), passagesFor("gnu-2025"), gazetteer);
  assert.equal(found.map((o) => [o.official.name, o.official.title_in_source, o.official.side]), [
    ["Abdulsalam al-Zoubi", "Defense Ministry undersecretary", "Government of National Unity (GNU)"],
    ["Yaşar Güler", "Turkish Minister of National Defense", "Türkiye"],
  ]);
});
officials.run();

const scope = suite("scopeClaims()");
scope("should tag scope from passages but not from a paragraph that reports two agreements", () => {
  const passages = passagesFor("gnu-2025");
  assert.equal(scopeClaims(passages, new Set(), data.scope).map((c) => c.value), ["training", "logistics and maintenance"]);
  assert.equal(scopeClaims(passages, new Set(["gnu#p2"]), data.scope), []);
});
scope.run();

const facts = suite("catalogueFactClaims()");
facts("should cite each catalogue fact where its terms appear", () => {
  const claims = catalogueFactClaims(agreement("gnu-2025"), passagesFor("gnu-2025"));
  assert.equal(claims.map((c) => [c.label, c.value, c.citations.length]), [["Status", "Signed", 2], ["Place", "Ankara", 1]]);
});
facts.run();
