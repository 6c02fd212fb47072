import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { STATUSES } from "../../scripts/catalogue.ts";
import { pathOf, schemaFile, schemaProblems } from "../../scripts/data-schema.ts";

const problems = suite("schemaProblems()");

problems("should accept ISO dates at any precision, a year written as a number, and refuse dates that are not", () => {
  const scope = (from: unknown) => [{ id: "x", name: "X", kind: "government", variants: ["X"], from }];
  for (const ok of ["2019", 2019, "2019-11", "2019-11-27", "2024-02-29"]) assert.equal(schemaProblems("gazetteer", scope(ok)), [], String(ok));
  for (const bad of ["October 2022", "2022-31-12", "2023-02-29", "2019-13", "19", 20191, "2019/11/27"]) {
    const found = schemaProblems("gazetteer", scope(bad));
    assert.equal(found.map((p) => p.path), [[0, "from"]], String(bad));
    assert.match(found[0]!.message, /^must be an ISO date \(2019, 2019-11 or 2019-11-27\), not /);
  }
});

problems("should name an unknown field at its key, and list the known ones", () => {
  const [found] = schemaProblems("scope", [{ tag: "t", terms: ["a"], term: "b" }]);
  assert.equal(found, { path: [0], key: "term", message: "has an unknown field `term`; known fields: tag, terms" });
});

problems("should say what a value must be in the analyst's words", () => {
  assert.equal(schemaProblems("scope", [{ tag: "t", terms: "training" }]), [{ path: [0, "terms"], message: 'must be a list, not "training"' }]);
  assert.equal(schemaProblems("scope", [{ tag: "t", terms: [] }]), [{ path: [0, "terms"], message: "must list at least 1 item" }]);
  assert.equal(schemaProblems("outlets", {}), [{ path: [], message: "must be a list, not {}" }]);
});

problems("should accept what sets an agreement apart in its recognise block, and refuse the old rule's fields", () => {
  const agreement = (recognise: object) => ({ agreements: [{ id: "a", title: "t", short_title: "s", kind: "MoU", parties: ["x"], status: "signed", aliases: [], summary: "s", context: "c", recognise }] });
  const rule = { subject: "military", window: { from: 2019, to: "2020-12" } };
  assert.equal(schemaProblems("agreements", agreement({ ...rule, details: ["two memoranda"], people: ["p"], places: ["q"], unique: true, companions: ["b"] })), []);
  assert.equal(schemaProblems("agreements", agreement({ ...rule, terms: ["deal"] })).map((p) => p.key), ["terms"]);
  assert.equal(schemaProblems("agreements", agreement({ window: rule.window })).map((p) => p.message), ["needs `subject`"]);
});
problems("should check the recognition vocabulary's shape", () => {
  const vocabulary = { nouns: ["deal"], acts: { signed: ["sign"], announced: ["announce"], ratified: ["ratify"], contested: ["reject"], "to be signed": ["to be signed"] }, backers: ["backed by"], subjects: { military: ["military"] } };
  assert.equal(schemaProblems("recognition", vocabulary), []);
  assert.equal(schemaProblems("recognition", { ...vocabulary, subjects: { military: [] } }).map((p) => p.path), [["subjects", "military"]]);
});

problems("should check an outlet's reliability grade and ask for its rationale", () => {
  const outlet = { name: "Caliber.Az", domains: ["caliber.az"], aliases: [] };
  assert.equal(schemaProblems("outlets", [{ ...outlet, reliability: "D", rationale: "Relays other outlets." }]), []);
  assert.equal(schemaProblems("outlets", [{ ...outlet, reliability: "G", rationale: "x" }]), [{ path: [0, "reliability"], message: "must be one of A, B, C, D, E, F, not \"G\"" }]);
  assert.equal(schemaProblems("outlets", [{ ...outlet, reliability: "D" }]), [{ path: [0], message: "needs `rationale` beside `reliability`" }]);
});

problems.run();

const path = suite("pathOf()");

path("should turn a JSON pointer into keys and list positions", () => {
  assert.equal(pathOf("/agreements/2/recognise/window/from"), ["agreements", 2, "recognise", "window", "from"]);
  assert.equal(pathOf("/a~1b/~0c/01"), ["a/b", "~c", "01"]);
  assert.equal(pathOf(""), []);
});

path.run();

const file = suite("schemaFile()");

file("should give the catalogue's schema the statuses the code knows, and each data file its schema", () => {
  const schema = JSON.parse(readFileSync(schemaFile("agreements"), "utf8"));
  assert.equal(schema.$defs.agreement.properties.status.enum, [...STATUSES]);
  assert.ok(schema.$defs.recognise, "the recognise block is its own sub-schema");
  for (const name of ["gazetteer", "outlets", "scope", "addresses", "common"]) assert.ok(JSON.parse(readFileSync(schemaFile(name), "utf8")).$schema, name);
});

file.run();
