import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatDiagnostic } from "../../scripts/diagnostics.ts";
import { keepPinsInBuild, type PinnedPassages } from "../../scripts/extract/pins.ts";
import { dossierData } from "../helpers/sources.ts";

const data = await dossierData();
const QATAR_SOURCE = "turkey-qatar-sign-military-cooperation-agreement-with-libyan";
const LNA_SOURCE = "media-turkiye-takes-bold-step-toward-libyan-unity";
const FILE = "tests/fixtures/dossier/data/agreements.yaml";
/** `line:column` of a pin's source line in the fixture catalogue (the n-th time the source is named). */
function pinAt(source: string, nth = 0): string {
  const lines = readFileSync(FILE, "utf8").split("\n");
  const found = lines.flatMap((l, i) => (l.includes(`source: ${source}`) ? [`${i + 1}:${l.indexOf("source:") + 1}`] : []));
  return found[nth]!;
}

/** Sources under these ids whose pinned paragraphs hold the catalogue's pinned quotes, as the real articles do. */
function holding(...ids: string[]): PinnedPassages {
  const pins = data.catalogue.agreements.flatMap((a) => [...(a.date?.citations ?? []), ...(a.facts ?? []).flatMap((f) => f.citations ?? [])]);
  return new Map(ids.map((id) => [id, { paragraphs: pins.filter((p) => p.source === id).map((p) => ({ id: p.paragraph, text: `Before it. ${p.quote} After it.` })) }]));
}

const keep = suite("keepPinsInBuild()");

keep("should keep every pin when the build has the sources they name", () => {
  const { catalogue, diagnostics } = keepPinsInBuild(data.catalogue, holding(QATAR_SOURCE, LNA_SOURCE), data.locations);
  assert.equal(diagnostics, []);
  assert.equal(catalogue, data.catalogue);
});

keep("should warn at each pin to a missing source, leave its fact out, and keep the analyst's date without the quote", () => {
  const { catalogue, diagnostics } = keepPinsInBuild(data.catalogue, holding("another-source"), data.locations);
  const located = diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
  assert.equal(located, [
    `${pinAt(QATAR_SOURCE, 0)} agreement "qatar-tripartite-2020": the analyst's pinned citation names source "${QATAR_SOURCE}", which is not in this build; the analyst's date is kept without that quote`,
    `${pinAt(QATAR_SOURCE, 1)} agreement "qatar-tripartite-2020": the analyst's pinned citation names source "${QATAR_SOURCE}", which is not in this build; the fact "Place" is left out`,
    `${pinAt(LNA_SOURCE, 0)} agreement "lna-2025": the analyst's pinned citation names source "${LNA_SOURCE}", which is not in this build; the analyst's date is kept without that quote`,
  ]);
  assert.ok(diagnostics.every((d) => d.file === FILE && d.rule === "pin-missing-source" && d.severity === "warning"), diagnostics.map(formatDiagnostic).join("\n"));
  const qatar = catalogue.agreements.find((a) => a.id === "qatar-tripartite-2020")!;
  assert.equal(qatar.facts!.map((f) => f.label), []);
  assert.equal([qatar.date!.iso, qatar.date!.citations], ["2020-08-17", []]);
  assert.is(data.catalogue.agreements.find((a) => a.id === "qatar-tripartite-2020")!.facts!.length, 1, "the input is left as it was");
});

keep("should follow a pin to a renamed source's current id, with a note at the pin, and drop nothing", () => {
  const renamed = new Map([[LNA_SOURCE, "caliber-bold-step"]]);
  const { catalogue, diagnostics } = keepPinsInBuild(data.catalogue, new Map([...holding(QATAR_SOURCE), ["caliber-bold-step", holding(LNA_SOURCE).get(LNA_SOURCE)!]]), data.locations, FILE, renamed);
  assert.equal(diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.rule]), [[pinAt(LNA_SOURCE, 0), "info", "pin-renamed-source"]]);
  assert.match(diagnostics[0]!.message, `names "${LNA_SOURCE}", the former address of source "caliber-bold-step"`);
  const lna = catalogue.agreements.find((a) => a.id === "lna-2025")!;
  assert.equal(lna.date!.citations!.map((c) => c.source), ["caliber-bold-step"]);
  assert.is(data.catalogue.agreements.find((a) => a.id === "lna-2025")!.date!.citations![0]!.source, LNA_SOURCE, "the input is left as it was");
});

keep("should warn at a pin whose source's paragraph does not hold its quote, as when another article took the address, and leave its fact out", () => {
  const other: PinnedPassages = new Map([...holding(LNA_SOURCE), [QATAR_SOURCE, { paragraphs: [{ id: "p1", text: "Another article under the same address." }, { id: "p2", text: "It says nothing of the pinned words." }] }]]);
  const { catalogue, diagnostics } = keepPinsInBuild(data.catalogue, other, data.locations);
  assert.equal(diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.rule]), [
    [pinAt(QATAR_SOURCE, 0), "warning", "pin-quote-not-found"],
    [pinAt(QATAR_SOURCE, 1), "warning", "pin-quote-not-found"],
  ]);
  assert.match(diagnostics[0]!.message, `from ${QATAR_SOURCE}#`);
  assert.match(diagnostics[0]!.message, "which does not hold it");
  const qatar = catalogue.agreements.find((a) => a.id === "qatar-tripartite-2020")!;
  assert.equal([qatar.facts!.length, qatar.date!.citations], [0, []]);
  assert.equal(catalogue.agreements.find((a) => a.id === "lna-2025")!.date!.citations!.map((c) => c.source), [LNA_SOURCE]);
});

keep.run();
