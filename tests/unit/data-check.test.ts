import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { checkDataFiles, parseDataFile, positionIn, type DataFileText } from "../../scripts/data-check.ts";
import type { DataFileName } from "../../scripts/data-schema.ts";
import { formatDiagnostic } from "../../scripts/diagnostics.ts";
import { DOSSIER_DATA } from "../helpers/build.ts";

const text = (name: DataFileName) => readFileSync(join(DOSSIER_DATA, `${name}.yaml`), "utf8");
const files = (changes: Partial<Record<DataFileName, string>> = {}): Record<DataFileName, DataFileText> =>
  Object.fromEntries((["agreements", "gazetteer", "outlets", "scope", "recognition"] as const).map((n) => [n, { text: changes[n] ?? text(n), shown: `${n}.yaml` }])) as Record<DataFileName, DataFileText>;
/** `line:column` of the first `needle` in a text (after `after`, when given), 1-based, for messages about it. */
function at(source: string, needle: string, after = ""): string {
  const from = after ? source.indexOf(after) : 0;
  const index = source.indexOf(needle, from);
  assert.ok(index >= 0, `no ${needle}`);
  const before = source.slice(0, index);
  return `${before.split("\n").length}:${index - before.lastIndexOf("\n")}`;
}
const line = (source: string, needle: string, after = "") => Number(at(source, needle, after).split(":")[0]);
/** The fixture's text with each `[from, to]` replaced once, failing loudly when the fixture no longer holds `from`. */
function edited(name: DataFileName, ...replacements: Array<[string, string]>): string {
  let out = text(name);
  for (const [from, to] of replacements) {
    assert.ok(out.includes(from), `${name}.yaml no longer holds: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}
const lines = (list: Parameters<typeof formatDiagnostic>[0][]) => list.map(formatDiagnostic);

const check = suite("checkDataFiles()");

check("should accept the fixture's five data files and keep every entry", () => {
  const { data, outlets, diagnostics } = checkDataFiles(files());
  assert.equal(diagnostics, []);
  assert.equal(data!.catalogue.agreements.map((a) => a.id), ["mou-2019-security", "mou-2019-maritime", "qatar-tripartite-2020", "gnu-2025", "lna-2025"]);
  assert.ok(data!.gazetteer.length > 30 && outlets.length > 5 && data!.scope.length > 10);
});

check("should report three different mistakes at their lines and build every other agreement", () => {
  const agreements = edited(
    "agreements",
    ["    context: >-\n      Signed alongside the security memorandum", "    background: >-\n      Signed alongside the security memorandum"],
    ["window: { from: 2025-06-15, to: 2025-08-15 }", "window: { from: October 2022, to: 2022-31-12 }"],
    ["parties: [turkiye, lna]", "parties: [turkiye, lnaa]"],
  );
  const { data, diagnostics } = checkDataFiles(files({ agreements }));
  assert.equal(lines(diagnostics), [
    `agreements.yaml:${at(agreements, "- id: mou-2019-maritime", "") .replace(/:\d+$/, ":5")}: error agreement "mou-2019-maritime" needs \`context\`; its brief is not built until this is fixed [data-schema]`,
    `agreements.yaml:${at(agreements, "background:")}: error agreement "mou-2019-maritime" has an unknown field \`background\`; known fields: id, title, short_title, kind, parties, status, aliases, summary, context, assessment, see_also, recognise, date, facts; its brief is not built until this is fixed [data-schema]`,
    `agreements.yaml:${at(agreements, "October 2022")}: error agreement "gnu-2025": \`recognise.window.from\` must be an ISO date (2019, 2019-11 or 2019-11-27), not "October 2022"; its brief is not built until this is fixed [data-schema]`,
    `agreements.yaml:${at(agreements, "2022-31-12")}: error agreement "gnu-2025": \`recognise.window.to\` must be an ISO date (2019, 2019-11 or 2019-11-27), not "2022-31-12"; its brief is not built until this is fixed [data-schema]`,
    `agreements.yaml:${at(agreements, "lnaa")}: error agreement "lna-2025": \`parties[1]\` names entity "lnaa", which is not in gazetteer.yaml; its brief is not built until this is fixed [data-reference]`,
  ]);
  assert.equal(data!.catalogue.agreements.map((a) => a.id), ["mou-2019-security", "qatar-tripartite-2020"]);
});

check("should name an unknown state among those that rejected an agreement, at its line", () => {
  const agreements = edited("agreements", ["companions: [mou-2019-security]", "companions: [mou-2019-security]\n      opposed_by: [greece, atlantis]"]);
  const { diagnostics } = checkDataFiles(files({ agreements }));
  assert.equal(lines(diagnostics), [
    `agreements.yaml:${at(agreements, "atlantis")}: error agreement "mou-2019-maritime": \`recognise.opposed_by[1]\` names entity "atlantis", which is not in gazetteer.yaml; its brief is not built until this is fixed [data-reference]`,
  ]);
});

check("should leave out a faulty entity, and every agreement that names it, each at its own line", () => {
  const gazetteer = edited("gazetteer", ["- id: qatar\n  name: Qatar\n  kind: state", "- id: qatar\n  name: Qatar\n  kind: emirate"]);
  const { data, diagnostics } = checkDataFiles(files({ gazetteer }));
  const agreements = text("agreements");
  assert.equal(lines(diagnostics).map((l) => l.replace(/ the entity is left out.*| its brief is not built.*/, "")), [
    `gazetteer.yaml:${at(gazetteer, "emirate")}: error entity "qatar": \`kind\` must be one of state, government, armed force, person, place, organisation, not "emirate";`,
    `agreements.yaml:${at(agreements, "qatar, gna]")}: error agreement "qatar-tripartite-2020": \`parties[1]\` names entity "qatar", whose entry in gazetteer.yaml (line ${line(gazetteer, "- id: qatar")}) has an error;`,
  ]);
  assert.equal(data!.catalogue.agreements.map((a) => a.id), ["mou-2019-security", "mou-2019-maritime", "gnu-2025", "lna-2025"]);
  assert.not.ok(data!.gazetteer.some((e) => e.id === "qatar"));
});

check("should check the gazetteer's dates, coordinates and the state a government speaks for", () => {
  const gazetteer = edited(
    "gazetteer",
    ["  from: 2015-12\n  to: 2021-03", "  from: 2022-12\n  to: 2021-03"],
    ["coords: [32.8597, 39.9334]", "coords: [32.8597, 139.9334]"],
    ["  from: 2021-03\n  speaks_for: libya", "  from: March 2021\n  speaks_for: tripoli"],
  );
  const messages = checkDataFiles(files({ gazetteer })).diagnostics.map((d) => `${d.line}: ${d.message.split(";")[0]} [${d.rule}]`);
  const agreements = text("agreements");
  const gna = line(gazetteer, "- id: gna");
  const gnu = line(gazetteer, "- id: gnu");
  assert.equal(messages, [
    `${line(gazetteer, "March 2021")}: entity "gnu": \`from\` must be an ISO date (2019, 2019-11 or 2019-11-27), not "March 2021" [data-schema]`,
    `${line(gazetteer, "139.9334")}: entity "ankara": \`coords[1]\` must be a latitude between -90 and 90, not 139.9334 [data-schema]`,
    `${line(gazetteer, "to: 2021-03", "- id: gna")}: entity "gna": \`to\` is earlier than \`from\` (2022-12 to 2021-03) [data-date]`,
    `${line(agreements, "parties: [turkiye, gna]")}: agreement "mou-2019-security": \`parties[1]\` names entity "gna", whose entry in gazetteer.yaml (line ${gna}) has an error [data-reference]`,
    `${line(agreements, "parties: [turkiye, gna]", "- id: mou-2019-maritime")}: agreement "mou-2019-maritime": \`parties[1]\` names entity "gna", whose entry in gazetteer.yaml (line ${gna}) has an error [data-reference]`,
    `${line(agreements, "parties: [turkiye, qatar, gna]")}: agreement "qatar-tripartite-2020": \`parties[2]\` names entity "gna", whose entry in gazetteer.yaml (line ${gna}) has an error [data-reference]`,
    `${line(agreements, "parties: [turkiye, gnu]")}: agreement "gnu-2025": \`parties[1]\` names entity "gnu", whose entry in gazetteer.yaml (line ${gnu}) has an error [data-reference]`,
    `${line(agreements, "places: [ankara]")}: agreement "gnu-2025": \`recognise.places[0]\` names entity "ankara", whose entry in gazetteer.yaml (line ${line(gazetteer, "- id: ankara")}) has an error [data-reference]`,
    `${line(agreements, "places: [ankara, benghazi]")}: agreement "lna-2025": \`recognise.places[0]\` names entity "ankara", whose entry in gazetteer.yaml (line ${line(gazetteer, "- id: ankara")}) has an error [data-reference]`,
  ]);
});

check("should name an unknown body whose earlier names another takes, at its line", () => {
  const gazetteer = edited("gazetteer", ["  from: 2021-03\n  speaks_for: libya", "  from: 2021-03\n  earlier_names: [Government of National Unity]\n  earlier_names_of: atlantis\n  speaks_for: libya"]);
  const messages = checkDataFiles(files({ gazetteer })).diagnostics.filter((d) => d.file === "gazetteer.yaml").map((d) => `${d.line}: ${d.message.split(";")[0]} [${d.rule}]`);
  assert.equal(messages, [`${line(gazetteer, "earlier_names_of: atlantis")}: entity "gnu": \`earlier_names_of\` names entity "atlantis", which is not in the gazetteer [data-reference]`]);
});
check("should take a year written as a number (from: 2019) as an ISO date, as text", () => {
  const agreements = edited("agreements", ["window: { from: 2019-11-01, to: 2019-11-30 }", "window: { from: 2019, to: 2020 }"]);
  const { data, diagnostics } = checkDataFiles(files({ agreements }));
  assert.equal(diagnostics, []);
  assert.equal(data!.catalogue.agreements[0]!.recognise.window, { from: "2019", to: "2020" });
});

check("should require an analyst's fact to say it is the analyst's and where it comes from", () => {
  const agreements = edited(
    "agreements",
    ["        provenance: analyst\n        note: The passages", "        provenance: analyst\n        comment: The passages"],
  );
  const messages = checkDataFiles(files({ agreements })).diagnostics.map((d) => `${d.line}:${d.column} ${d.message.split(";")[0]}`);
  assert.equal(messages, [
    `${at(agreements, "label: Place")} agreement "qatar-tripartite-2020": \`facts[0]\` needs \`note\``,
    `${at(agreements, "comment:")} agreement "qatar-tripartite-2020": \`facts[0]\` has an unknown field \`comment\``,
  ]);
});

check("should require an analyst date's precision to fit the date", () => {
  const agreements = edited("agreements", ["      iso: 2020-08-17\n      precision: day", "      iso: 2020-08\n      precision: day"]);
  const messages = checkDataFiles(files({ agreements })).diagnostics.map((d) => `${d.line}:${d.column} ${d.message.split(";")[0]} [${d.rule}]`);
  assert.equal(messages, [`${at(agreements, "day", "iso: 2020-08")} agreement "qatar-tripartite-2020": \`date.precision\` must be "month" for the date 2020-08, not "day" [data-date]`]);
});

check("should name an unknown see_also or bears_on agreement, and a repeated id, at its line", () => {
  const agreements = edited(
    "agreements",
    ["see_also: [mou-2019-maritime, gnu-2025]", "see_also: [mou-2019-maritime, gnu-2052]"],
    ["    bears_on: [mou-2019-security, gnu-2025]\n", "    bears_on: [mou-2019-security, gnu-2025, lna-2052]\n"],
    ["  - id: qatar-tripartite-2020\n", "  - id: gnu-2025\n"],
  );
  const { data, diagnostics } = checkDataFiles(files({ agreements }));
  assert.equal(diagnostics.map((d) => `${d.line}:${d.column} ${d.message.split(";")[0]} [${d.rule}]`), [
    `${at(agreements, "gnu-2052")} agreement "mou-2019-security": \`see_also[1]\` names agreement "gnu-2052", which is not in the catalogue [data-reference]`,
    `${agreements.split("\n").findLastIndex((l) => l === "  - id: gnu-2025") + 1}:9 agreement "gnu-2025": \`id\` repeats the id of the agreement at line ${line(agreements, "  - id: gnu-2025")} [data-duplicate]`,
    `${at(agreements, "lna-2052")} related topic "lafi-mitiga-visit": \`bears_on[2]\` names agreement "lna-2052", which is not in the catalogue [data-reference]`,
  ]);
  assert.equal(data!.catalogue.agreements.map((a) => a.id), ["mou-2019-maritime", "gnu-2025", "lna-2025"]);
});

check("should leave the briefs unbuilt, but still give the outlets, when the catalogue is not valid YAML", () => {
  const { data, outlets, diagnostics } = checkDataFiles(files({ agreements: edited("agreements", ["    title: Türkiye–GNA security", "    title: [Türkiye–GNA security"]) }));
  assert.is(data, undefined);
  assert.ok(outlets.length > 5);
  assert.ok(diagnostics.length >= 1);
  assert.ok(diagnostics.every((d) => d.rule === "data-yaml" && d.file === "agreements.yaml" && d.line > 1), lines(diagnostics).join("\n"));
});

check("should say a file that cannot be read is an error and build no brief", () => {
  const { data, diagnostics } = checkDataFiles({ ...files(), scope: { shown: "scope.yaml", unreadable: "ENOENT" } });
  assert.is(data, undefined);
  assert.equal(lines(diagnostics), ["scope.yaml:1:1: error cannot read the file (ENOENT); no brief is built until this is fixed [data-unreadable]"]);
});

check("should leave out a faulty outlet and keep the rest", () => {
  const outletsText = edited("outlets", ["  domains: [thecradle.co]", "  domains: [https://thecradle.co/]"]);
  const { outlets, diagnostics } = checkDataFiles(files({ outlets: outletsText }));
  assert.equal(lines(diagnostics), [
    `outlets.yaml:${at(outletsText, "https://thecradle.co/")}: error outlet "The Cradle": \`domains[0]\` must be a host name such as thecradle.co, without www. or https://, not "https://thecradle.co/"; the outlet is left out until this is fixed [data-schema]`,
  ]);
  assert.not.ok(outlets.some((o) => o.name === "The Cradle"));
  assert.ok(outlets.some((o) => o.name === "Middle East Monitor"));
});

check("should warn, at the words' own line and column, when an assessment hedges outside the ICD 203 scale, and still build the brief", () => {
  const agreements = edited(
    "agreements",
    ["Its deployment in 2020 turned back Khalifa", "Its deployment in 2020 almost certainly turned back, in all\n      likelihood, Khalifa"],
    ["suggest it may yet gain support", "suggest it might well, perhaps, gain support"],
  );
  const { data, diagnostics } = checkDataFiles(files({ agreements }));
  assert.equal(lines(diagnostics), [
    `agreements.yaml:${at(agreements, "in all\n")}: warning agreement "mou-2019-security": \`summary\` says "in all likelihood", a likelihood outside the ICD 203 scale; write "very likely" or another step of the scale (almost no chance … almost certain; see the About page) [assessment-likelihood]`,
    `agreements.yaml:${at(agreements, "might well", "suggest it")}: warning agreement "mou-2019-maritime": \`summary\` says "might well", a likelihood outside the ICD 203 scale; write "likely" or another step of the scale (almost no chance … almost certain; see the About page) [assessment-likelihood]`,
    `agreements.yaml:${at(agreements, "perhaps", "suggest it")}: warning agreement "mou-2019-maritime": \`summary\` says "perhaps", a likelihood outside the ICD 203 scale; write "roughly even chance, or unlikely" or another step of the scale (almost no chance … almost certain; see the About page) [assessment-likelihood]`,
  ]);
  assert.is(data!.catalogue.agreements.length, 5);
});

check("should warn, not fail, when an agreement states no confidence, and refuse a confidence off the scale", () => {
  const missing = edited("agreements", ["    assessment:\n      confidence: low\n      basis: A single, openly celebratory source reports the deal, and its formal signing was still to come.\n", ""]);
  const quiet = checkDataFiles(files({ agreements: missing }));
  assert.equal(lines(quiet.diagnostics), [
    `agreements.yaml:${at(missing, "id: lna-2025")}: warning agreement "lna-2025" states no confidence for its assessment; add \`assessment: { confidence: low | moderate | high }\` (ICD 203), and the brief shows it beside the summary [assessment-confidence]`,
  ]);
  assert.equal(quiet.data!.catalogue.agreements.at(-1)!.assessment, undefined);
  const wrong = edited("agreements", ["      confidence: low\n      basis: A single", "      confidence: fair\n      basis: A single"]);
  const refused = checkDataFiles(files({ agreements: wrong }));
  assert.equal(lines(refused.diagnostics), [
    `agreements.yaml:${at(wrong, "fair")}: error agreement "lna-2025": \`assessment.confidence\` must be one of low, moderate, high, not "fair"; its brief is not built until this is fixed [data-schema]`,
  ]);
});

check("should record where each entry was written, for later messages", () => {
  const { data } = checkDataFiles(files());
  const lna = data!.catalogue.agreements.find((a) => a.id === "lna-2025")!;
  assert.equal(data!.locations!.get(lna), { file: "agreements.yaml", line: line(text("agreements"), "  - id: lna-2025"), column: 5 });
});

check.run();

const parse = suite("parseDataFile()");

parse("should report a YAML syntax error at its line and column, with no value", () => {
  const { value, diagnostics } = parseDataFile("a: 1\nb: [unclosed\n", "x.yaml");
  assert.is(value, undefined);
  assert.is(diagnostics[0]!.rule, "data-yaml");
  assert.ok(diagnostics[0]!.line >= 2, formatDiagnostic(diagnostics[0]!));
});

parse("should refuse a repeated key", () => {
  assert.is(parseDataFile("a: 1\na: 2\n", "x.yaml").diagnostics[0]!.line, 2);
});

parse.run();

const position = suite("positionIn()");

position("should point at a value, at a key, and at the nearest enclosing node of a missing value", () => {
  const { doc, lines } = parseDataFile("list:\n  - id: a\n    name: A\n", "x.yaml");
  assert.equal(positionIn(doc, lines, ["list", 0, "name"]), { line: 3, column: 11 });
  assert.equal(positionIn(doc, lines, ["list", 0], "name"), { line: 3, column: 5 });
  assert.equal(positionIn(doc, lines, ["list", 0, "missing"]), { line: 2, column: 5 });
});

position.run();
