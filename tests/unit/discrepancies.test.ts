import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { AgreementId, Entity, EntityId } from "../../scripts/catalogue.ts";
import type { Link, LinkFacts } from "../../scripts/evidence.ts";
import { findDiscrepancies } from "../../scripts/extract/discrepancies.ts";
import type { ParagraphId, PartialDate, Relay, Source, SourceId } from "../../scripts/model.ts";

const gazetteer = [
  { id: "libya", name: "Libya", kind: "state", variants: [] },
  { id: "tripoli", name: "Tripoli", kind: "place", variants: [], part_of: "libya" },
  { id: "ankara", name: "Ankara", kind: "place", variants: [] },
  { id: "gna", name: "Government of National Accord (GNA)", kind: "government", variants: [], speaks_for: "libya", part_of: "libya" },
  { id: "gnu", name: "Government of National Unity (GNU)", kind: "government", variants: [], speaks_for: "libya", part_of: "libya" },
  { id: "turkiye", name: "Türkiye", kind: "state", variants: [] },
  { id: "erdogan", name: "Recep Tayyip Erdoğan", kind: "person", variants: [], acts_for: "turkiye" },
  { id: "cavusoglu", name: "Mevlüt Çavuşoğlu", kind: "person", variants: [], acts_for: "turkiye" },
  { id: "sarraj", name: "Fayez Al-Sarraj", kind: "person", variants: [], acts_for: "gna" },
  { id: "namroush", name: "Salam Al-Namroush", kind: "person", variants: [], acts_for: "gna" },
  { id: "zoubi", name: "Abdulsalam al-Zoubi", kind: "person", variants: [], acts_for: "gnu" },
] as unknown as Entity[];

function source(id: string, outlet: string | undefined, relays: Relay[] = []): Source {
  return { id: id as SourceId, file: `${id}.txt`, digest: id, paragraphs: [], removed: [], meta: { credits: [], acknowledgedUnknown: [], ...(outlet ? { outlet: { value: outlet, from: "text" as const } } : {}), grade: { reliability: "C", rationale: "t", from: "outlet" }, relays } };
}
const at = (quote: string) => ({ paragraph: "p1" as ParagraphId, quote, words: quote });
const day = (iso: string): PartialDate => ({ iso, precision: iso.length === 10 ? "day" : iso.length === 7 ? "month" : "year" });
function link(id: string, facts: Partial<LinkFacts>): Link {
  return { source: id as SourceId, agreement: "mou" as AgreementId, passages: [], facts: { dates: [], places: [], statuses: [], parties: [], signatories: [], ...facts } };
}
const label = (id: string) => ({ a: "Anadolu Agency", b: "Daily Sabah", c: "The Cradle", k: "KCDME" })[id] ?? id;

const find = suite("findDiscrepancies()");

find("should note two independent origins dating the signing differently, citing both and naming each value's origin", () => {
  const sources = new Map([["a", source("a", "Anadolu Agency")], ["b", source("b", "Daily Sabah")]]);
  const notes = findDiscrepancies([link("a", { dates: [{ value: day("2019-11-27"), ...at("On Nov. 27, 2019, they signed.") }] }), link("b", { dates: [{ value: day("2019-11-28"), ...at("On Nov. 28, 2019, they signed.") }] })], sources, label, gazetteer);
  assert.equal(notes, [{
    kind: "date",
    text: "27 November 2019 from Anadolu Agency; but 28 November 2019 from Daily Sabah.",
    citations: [{ source: "a", paragraph: "p1", quote: "On Nov. 27, 2019, they signed." }, { source: "b", paragraph: "p1", quote: "On Nov. 28, 2019, they signed." }],
    more_citations: [],
    contests: ["date"],
  }]);
});

find("should name and cite the first origins of a side and count the others, keeping their passages for the evidence page", () => {
  const many = ["o1", "o2", "o3", "o4", "o5"];
  const sources = new Map([...many.map((id): [string, Source] => [id, source(id, `Outlet ${id}`)]), ["b", source("b", "Daily Sabah")]]);
  const links = [...many.map((id) => link(id, { statuses: [{ value: "signed", ...at(`${id} says signed`) }] })), link("b", { statuses: [{ value: "to be signed", ...at("will sign") }] })];
  const [note] = findDiscrepancies(links, sources, (id) => sources.get(id)!.meta.outlet!.value, gazetteer);
  assert.is(note?.text, "signed from Outlet o1 and Outlet o2 and 3 other origins; but to be signed from Daily Sabah.");
  assert.equal(note?.citations.map((c) => c.source), ["o1", "o2", "b"]);
  assert.equal(note?.more_citations.map((c) => c.source), ["o3", "o4", "o5"]);
});

find("should name the values the most origins state and count the rest, keeping their passages for the evidence page", () => {
  // 27 November from three origins, 28 from two, and one origin each for the 1st, 2nd and 3rd.
  const dated: Array<[string, string]> = [["a1", "2019-11-27"], ["a2", "2019-11-27"], ["a3", "2019-11-27"], ["b1", "2019-11-01"], ["c1", "2019-11-28"], ["c2", "2019-11-28"], ["d1", "2019-11-02"], ["e1", "2019-11-03"]];
  const sources = new Map(dated.map(([id]): [string, Source] => [id, source(id, `Outlet ${id}`)]));
  const links = dated.map(([id, iso]) => link(id, { dates: [{ value: day(iso), ...at(`${id}: ${iso}`) }] }));
  const [note] = findDiscrepancies(links, sources, (id) => sources.get(id)!.meta.outlet!.value, gazetteer);
  assert.is(note?.text, "27 November 2019 from Outlet a1 and Outlet a2 and 1 other origin; but 28 November 2019 from Outlet c1 and Outlet c2; and 3 other values from 3 origins, on the evidence page.");
  assert.equal(note?.citations.map((c) => c.source), ["a1", "a2", "c1", "c2"]);
  assert.equal(note?.more_citations.map((c) => c.source), ["a3", "b1", "d1", "e1"]);
});
find("should note nothing when the values differ only in precision", () => {
  const sources = new Map([["a", source("a", "Anadolu Agency")], ["c", source("c", "The Cradle")]]);
  assert.equal(findDiscrepancies([link("a", { dates: [{ value: day("2019-11-27"), ...at("x") }] }), link("c", { dates: [{ value: day("2019"), ...at("y") }] })], sources, label, gazetteer), []);
});

find("should note nothing when the differing values come from one origin (a copy and its original)", () => {
  const copy = source("k", "The Cradle", [{ kind: "reprint", outlet: "The Cradle", reliability: "C", words: "Source: https://thecradle.co/x", by: "KCDME" }]);
  const sources = new Map([["c", source("c", "The Cradle")], ["k", copy]]);
  assert.equal(findDiscrepancies([link("c", { dates: [{ value: day("2025-07-11"), ...at("x") }] }), link("k", { dates: [{ value: day("2025-07-12"), ...at("y") }] })], sources, label, gazetteer), []);
});

find("should note a place only when neither contains the other", () => {
  const sources = new Map([["a", source("a", "Anadolu Agency")], ["b", source("b", "Daily Sabah")]]);
  const place = (id: string) => [{ value: id as EntityId, ...at(id) }];
  assert.equal(findDiscrepancies([link("a", { places: place("tripoli") }), link("b", { places: place("libya") })], sources, label, gazetteer), []);
  assert.equal(findDiscrepancies([link("a", { places: place("tripoli") }), link("b", { places: place("ankara") })], sources, label, gazetteer).map((d) => d.text), ["Tripoli from Anadolu Agency; but Ankara from Daily Sabah."]);
});

find("should note the signing government (GNA or GNU) and a signed act said to be still unsigned", () => {
  const sources = new Map([["a", source("a", "Anadolu Agency")], ["b", source("b", "Daily Sabah")]]);
  const notes = findDiscrepancies([
    link("a", { parties: [{ value: ["turkiye", "gna"] as EntityId[], ...at("with the GNA") }], statuses: [{ value: "signed", ...at("signed") }] }),
    link("b", { parties: [{ value: ["turkiye", "gnu"] as EntityId[], ...at("with the GNU") }], statuses: [{ value: "to be signed", ...at("will sign") }] }),
  ], sources, label, gazetteer);
  assert.equal(notes.map((d) => [d.kind, d.text]), [
    ["government", "Government of National Accord (GNA) from Anadolu Agency; but Government of National Unity (GNU) from Daily Sabah."],
    ["status", "signed from Anadolu Agency; but to be signed from Daily Sabah."],
  ]);
});

find("should contest the brief's claim each note bears on, by the claim's id", () => {
  const sources = new Map([["a", source("a", "Anadolu Agency")], ["b", source("b", "Daily Sabah")]]);
  const notes = findDiscrepancies([
    link("a", { places: [{ value: "tripoli" as EntityId, ...at("in Tripoli") }], statuses: [{ value: "signed", ...at("signed") }], parties: [{ value: ["turkiye", "gna"] as EntityId[], ...at("with the GNA") }] }),
    link("b", { places: [{ value: "ankara" as EntityId, ...at("in Ankara") }], statuses: [{ value: "to be signed", ...at("will sign") }], parties: [{ value: ["turkiye", "gnu"] as EntityId[], ...at("with the GNU") }] }),
  ], sources, label, gazetteer);
  // The ids claims.ts gives the place, status and parties claims.
  assert.equal(notes.map((d) => [d.kind, d.contests]), [["place", ["fact:place"]], ["government", ["parties"]], ["status", ["fact:status"]]]);
});

const signed = (quote: string, ...persons: string[]) => ({ value: persons as EntityId[], ...at(quote) });

find("should note two independent origins naming different signatories for the same side, citing both and naming each value's origin", () => {
  const sources = new Map([["a", source("a", "Anadolu Agency")], ["b", source("b", "Daily Sabah")]]);
  const notes = findDiscrepancies([
    link("a", { signatories: [signed("Erdoğan and Sarraj signed.", "erdogan", "sarraj")] }),
    link("b", { signatories: [signed("Erdoğan and Namroush signed.", "erdogan", "namroush")] }),
  ], sources, label, gazetteer);
  assert.equal(notes, [{
    kind: "signatories",
    text: "For Libya: Fayez Al-Sarraj from Anadolu Agency; but Salam Al-Namroush from Daily Sabah.",
    citations: [{ source: "a", paragraph: "p1", quote: "Erdoğan and Sarraj signed." }, { source: "b", paragraph: "p1", quote: "Erdoğan and Namroush signed." }],
    more_citations: [],
    contests: ["official:sarraj", "official:namroush"],
  }]);
});

find("should take a GNA and a GNU official for the same side, and note each side that differs", () => {
  const sources = new Map([["a", source("a", "Anadolu Agency")], ["b", source("b", "Daily Sabah")]]);
  const notes = findDiscrepancies([link("a", { signatories: [signed("x", "erdogan", "sarraj")] }), link("b", { signatories: [signed("y", "cavusoglu", "zoubi")] })], sources, label, gazetteer);
  assert.equal(notes.map((d) => d.text), ["For Türkiye: Recep Tayyip Erdoğan from Anadolu Agency; but Mevlüt Çavuşoğlu from Daily Sabah. For Libya: Fayez Al-Sarraj from Anadolu Agency; but Abdulsalam al-Zoubi from Daily Sabah."]);
});

find("should note nothing when one origin names fewer of the signatories", () => {
  const sources = new Map([["a", source("a", "Anadolu Agency")], ["b", source("b", "Daily Sabah")]]);
  assert.equal(findDiscrepancies([link("a", { signatories: [signed("x", "erdogan", "sarraj")] }), link("b", { signatories: [signed("y", "sarraj")] })], sources, label, gazetteer), []);
  assert.equal(findDiscrepancies([link("a", { signatories: [signed("x", "sarraj")] }), link("b", { signatories: [signed("y", "sarraj", "namroush")] })], sources, label, gazetteer), []);
});

find("should take every signatory one origin names, in any of its sentences, as its account of who signed", () => {
  const sources = new Map([["a", source("a", "Anadolu Agency")], ["b", source("b", "Daily Sabah")]]);
  const a = link("a", { signatories: [signed("Sarraj signed.", "sarraj"), { ...signed("Namroush signed.", "namroush"), paragraph: "p2" as ParagraphId }] });
  assert.equal(findDiscrepancies([a, link("b", { signatories: [signed("y", "namroush")] })], sources, label, gazetteer), []);
  // Against a third person, the origin's side cites both its sentences.
  const notes = findDiscrepancies([a, link("b", { signatories: [signed("Zoubi signed.", "zoubi")] })], sources, label, gazetteer);
  assert.equal(notes.map((d) => [d.text, d.citations.map((c) => `${c.source}#${c.paragraph}`)]), [["For Libya: Fayez Al-Sarraj and Salam Al-Namroush from Anadolu Agency; but Abdulsalam al-Zoubi from Daily Sabah.", ["a#p1", "a#p2", "b#p1"]]]);
});

find("should note no signatories that differ only between a copy and its original", () => {
  const copy = source("k", "The Cradle", [{ kind: "reprint", outlet: "The Cradle", reliability: "C", words: "Source: https://thecradle.co/x", by: "KCDME" }]);
  const sources = new Map([["c", source("c", "The Cradle")], ["k", copy]]);
  assert.equal(findDiscrepancies([link("c", { signatories: [signed("x", "sarraj")] }), link("k", { signatories: [signed("y", "namroush")] })], sources, label, gazetteer), []);
});

find("should name a relayed value's origin with the source that relays it", () => {
  const relay = source("r", "Caliber.Az", [{ kind: "attribution", outlet: "TRT Haber", reliability: "B", words: "According to TRT Haber", paragraph: "p1" as ParagraphId }]);
  const sources = new Map([["a", source("a", "Anadolu Agency")], ["r", relay]]);
  const notes = findDiscrepancies([link("a", { dates: [{ value: day("2025-04-04"), ...at("x") }] }), link("r", { dates: [{ value: day("2025-04-05"), ...at("y") }] })], sources, (id) => (id === "r" ? "Caliber.Az" : label(id)), gazetteer);
  assert.equal(notes.map((d) => d.text), ["4 April 2025 from Anadolu Agency; but 5 April 2025 from TRT Haber (via Caliber.Az)."]);
});

find.run();
