import { suite } from "uvu";
import * as assert from "uvu/assert";
import { analystClaims, citeSpan, dateClaim, officialClaims, partiesClaim, placeClaim, scopeClaims, statusClaim, uniqueCitations, type Passage } from "../../scripts/extract/claims.ts";
import { recognise } from "../../scripts/extract/links.ts";
import type { Citation } from "../../scripts/model.ts";
import { fixtureContext, readText } from "../helpers/recognition.ts";

const { data, ctx } = await fixtureContext();
const { gazetteer } = data;
const agreement = (id: string) => data.catalogue.agreements.find((a) => a.id === id)!;
const july = { iso: "2025-07-11", precision: "day" } as const;
const gnu = readText(ctx, [
  "Libya and Turkiye signed an agreement on 11 July to boost military cooperation.",
  "According to a statement by Libya’s Government of National Unity (GNU), Defense Ministry undersecretary Abdulsalam al-Zoubi visited Ankara and met with Turkish Minister of National Defense Yasar Guler to finalize the deal. The agreement covers advanced military training and logistical support. A Turkish official confirmed the signing.",
], { id: "gnu", published: july });
const linksFor = (id: string, readings = [gnu]) => recognise(readings, [agreement(id)], ctx).links;
const passagesOf = (id: string, readings = [gnu]): Passage[] =>
  linksFor(id, readings).flatMap((l) => l.passages.map((w) => ({ reading: readings.find((r) => r.source.id === l.source)!, paragraph: readings.find((r) => r.source.id === l.source)!.paragraphs.find((p) => p.paragraph.id === w.paragraph)! })));

const cite = suite("citeSpan()");
cite("should quote the whole sentence that holds the span", () => {
  const p = gnu.paragraphs[1]!;
  const start = p.text.indexOf("logistical");
  assert.is(citeSpan(gnu, p, start, start + 10).quote, "The agreement covers advanced military training and logistical support.");
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
date("should take the act's most precise date and say when its year was inferred", () => {
  const claim = dateClaim(agreement("gnu-2025"), linksFor("gnu-2025"), new Map([["gnu", gnu]]))!;
  assert.equal([claim.value, claim.date.precision, claim.date.inferred, claim.provenance], ["11 July 2025", "day", true, "text"]);
  assert.is(claim.citations[0]!.paragraph, "p1");
});
date("should fall back to the catalogue's analyst date, with its note and pinned quotes, when no source dates it", () => {
  const claim = dateClaim(agreement("qatar-tripartite-2020"), [], new Map())!;
  assert.equal([claim.value, claim.provenance], ["17 August 2020", "analyst"]);
  assert.ok(claim.note!.includes("yesterday"));
});
date.run();

const parties = suite("partiesClaim()");
parties("should cite the sentences whose act names every party, or the state a government stood for", () => {
  const claim = partiesClaim(agreement("gnu-2025"), linksFor("gnu-2025"), gazetteer);
  assert.is(claim.value, "Türkiye and Government of National Unity (GNU)");
  assert.equal(claim.citations.map((c) => c.paragraph), ["p1"]);
});
parties.run();

const place = suite("placeClaim()");
place("should take where the act was made from the act's own clause, and the analyst's place when no source gives one", () => {
  assert.equal(placeClaim(agreement("gnu-2025"), linksFor("gnu-2025"), gazetteer)?.value, "Ankara");
  const analyst = placeClaim(agreement("qatar-tripartite-2020"), [], gazetteer)!;
  assert.equal([analyst.value, analyst.provenance], ["Tripoli", "analyst"]);
});
place.run();

const status = suite("statusClaim()");
status("should say what the sources say was done, with who contested it", () => {
  const maritime = readText(ctx, ["On Nov. 27, 2019, Turkey and the GNA signed a maritime memorandum.", "Greece and Egypt condemned the Turkey-Libya maritime deal."], { id: "m" });
  const claim = statusClaim(recognise([maritime], [agreement("mou-2019-maritime")], ctx).links, gazetteer)!;
  assert.is(claim.value, "Signed; contested by Greece, Egypt");
  assert.equal(claim.citations.map((c) => c.paragraph), ["p1", "p2"]);
});
status.run();

const officials = suite("officialClaims()");
officials("should list the officials named with their titles, each cited", () => {
  const found = officialClaims(agreement("gnu-2025"), passagesOf("gnu-2025"), gazetteer);
  assert.equal(found.map((o) => [o.official.name, o.official.title_in_source, o.official.side]), [
    ["Abdulsalam al-Zoubi", "Defense Ministry undersecretary", "Government of National Unity (GNU)"],
    ["Yaşar Güler", "Turkish Minister of National Defense", "Türkiye"],
  ]);
});
officials.run();

const scope = suite("scopeClaims()");
scope("should tag scope from passages but not from a paragraph that reports two agreements", () => {
  const passages = passagesOf("gnu-2025");
  assert.equal(scopeClaims(passages, new Set(), data.scope).map((c) => c.value), ["training", "logistics and maintenance"]);
  assert.equal(scopeClaims(passages.filter((p) => p.paragraph.paragraph.id === "p2"), new Set(["gnu#p2"]), data.scope), []);
});
scope.run();

const analyst = suite("analystClaims()");
analyst("should give the analyst's facts other than the place, each with its note", () => {
  assert.equal(analystClaims(agreement("qatar-tripartite-2020")), []);
  const withFact = { ...agreement("gnu-2025"), facts: [{ label: "Duration", value: "Five years", provenance: "analyst" as const, note: "From the ministry's statement." }] };
  assert.equal(analystClaims(withFact).map((c) => [c.id, c.value, c.provenance, c.note]), [["fact:duration", "Five years", "analyst", "From the ministry's statement."]]);
});
analyst.run();
