import { suite } from "uvu";
import * as assert from "uvu/assert";
import { actorLinks, actorRecords, namedInBrief, tenure } from "../../scripts/glance/actors.ts";
import { mappablePlaces, placesOfBrief, validCoords } from "../../scripts/glance/places.ts";
import { passageUrl } from "../../scripts/glance/inputs.ts";
import { GAZETTEER, glanceInput } from "../helpers/glance-input.ts";

const records = suite("actorRecords()");

records("should make a record for each entity the sources name, places left out", () => {
  const ids = actorRecords(glanceInput()).map((a) => a.id);
  assert.equal(ids, ["turkiye", "libya", "gna", "khalifa-haftar", "hulusi-akar"]);
});

records("should keep the GNA and the GNU apart, noting who succeeded whom", () => {
  const input = glanceInput();
  input.sources[1]!.paragraphs.push({ id: "p3" as never, text: "The GNU took over.", line: 3 });
  input.paragraphs = [...input.paragraphs, { source: input.sources[1]!.id, paragraph: "p3" as never, names: [{ entity: "gnu" as never, text: "GNU", start: 4, end: 7, named: true }], dates: [] }];
  const actors = actorRecords(input);
  const gna = actors.find((a) => a.id === "gna")!;
  const gnu = actors.find((a) => a.id === "gnu")!;
  assert.equal(gna.relations.find((r) => r.relation === "succeeded by"), { relation: "succeeded by", id: "gnu", name: "Government of National Unity (GNU)", url: "/actors/gnu/", when: "March 2021" });
  assert.equal(gnu.relations.find((r) => r.relation === "succeeded")?.id, "gna");
  assert.equal(gna.roles[0]!.tenure, "December 2015 – March 2021");
});

records("should give a person's roles from the gazetteer and from the sources, each with where it comes from", () => {
  const akar = actorRecords(glanceInput()).find((a) => a.id === "hulusi-akar")!;
  assert.equal(akar.roles.map((r) => [r.given_by, r.tenure]), [["gazetteer", "July 2018 – June 2023"], ["sources", null]]);
  const input = glanceInput();
  input.gazetteer = input.gazetteer.map((e) => (e.id === "hulusi-akar" ? { ...e, role: "Minister of National Defence (2018–2023)" } : e));
  assert.is(actorRecords(input).find((a) => a.id === "hulusi-akar")!.roles[0]!.text, "Minister of National Defence", "the years in words give way to the gazetteer's dates");
  assert.equal(akar.roles[1]!.evidence.map((e) => e.href), ["/sources/b-daily/#p2"]);
  assert.equal(akar.relations.find((r) => r.relation === "acts for")?.url, "/actors/turkiye/");
});

records("should list every spelling the sources use, the briefs that name it and the passages, grouped by source", () => {
  const haftar = actorRecords(glanceInput()).find((a) => a.id === "khalifa-haftar")!;
  assert.equal(haftar.spellings, [{ text: "Haftar", count: 1 }, { text: "Khalifa Hifter", count: 1 }]);
  assert.equal(haftar.passages.map((p) => [p.source, p.paragraphs.map((x) => x.href)]), [["a-news", ["/sources/a-news/#p2"]], ["b-daily", ["/sources/b-daily/#p2"]]]);
  assert.equal(haftar.briefs, []);
  const akar = actorRecords(glanceInput()).find((a) => a.id === "hulusi-akar")!;
  assert.equal(akar.briefs.map((b) => b.id), ["gnu-2025"]);
});

records.run();

const links = suite("actorLinks()");
links("should give each actor's page with all its names, longest first", () => {
  const [first] = actorLinks(actorRecords(glanceInput()), GAZETTEER);
  assert.equal(first, { id: "turkiye", url: "/actors/turkiye/", names: ["Turkiye", "Türkiye", "Turkey"] });
});
links.run();

const named = suite("namedInBrief()");
named("should find the parties, officials and names inside the quoted passages", () => {
  const input = glanceInput();
  assert.equal([...namedInBrief(input, input.briefs[0]!)].sort(), ["ankara", "gna", "tripoli", "turkiye"]);
});
named.run();

const tenureSuite = suite("tenure()");
tenureSuite("should say a tenure at its precision, open or closed", () => {
  assert.is(tenure("2021-03", undefined), "from March 2021");
  assert.is(tenure("2016", "2021-03-15"), "2016 – 15 March 2021");
  assert.is(tenure(undefined, undefined), null);
});
tenureSuite.run();

const places = suite("placesOfBrief()");
places("should find the places a brief's passages, place fact and text name", () => {
  const input = glanceInput();
  assert.equal(placesOfBrief(input, input.briefs[0]!), ["tripoli", "ankara"]);
  // The second names Ankara as its place, and Tripoli in the related reporting it quotes.
  assert.equal(placesOfBrief(input, input.briefs[1]!), ["tripoli", "ankara"]);
});
places.run();

const mappable = suite("mappablePlaces()");
mappable("should keep places with coordinates and leave out those without", () => {
  assert.equal(mappablePlaces(GAZETTEER).map((p) => p.id), ["tripoli", "ankara"]);
});
mappable.run();

const coords = suite("validCoords()");
coords("should accept [longitude, latitude] in range and nothing else", () => {
  assert.ok(validCoords([13.2, 32.9]));
  for (const bad of [undefined, [13.2], [200, 10], [10, 95], ["13", "32"]]) assert.not.ok(validCoords(bad), JSON.stringify(bad));
});
coords.run();

const url = suite("passageUrl()");
url("should address a paragraph of a source page", () => {
  assert.is(passageUrl("a-news", "p3"), "/sources/a-news/#p3");
});
url.run();
