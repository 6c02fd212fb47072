import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatDiagnostic } from "../../scripts/diagnostics.ts";
import { keepPinsInBuild } from "../../scripts/extract/pins.ts";
import { dossierData } from "../helpers/sources.ts";

const data = await dossierData();
const QATAR_SOURCE = "turkey-qatar-sign-military-cooperation-agreement-with-libyan";

const keep = suite("keepPinsInBuild()");

keep("should keep every pin when the build has the sources they name", () => {
  const { catalogue, diagnostics } = keepPinsInBuild(data.catalogue, new Set([QATAR_SOURCE]), data.locations);
  assert.equal(diagnostics, []);
  assert.equal(catalogue, data.catalogue);
});

keep("should warn at each pin to a missing source, leave its fact out, and keep the analyst's date without the quote", () => {
  const { catalogue, diagnostics } = keepPinsInBuild(data.catalogue, new Set(["another-source"]), data.locations);
  assert.equal(diagnostics.map(formatDiagnostic), [
    `tests/fixtures/dossier/data/agreements.yaml:100:11: warning agreement "qatar-tripartite-2020": the analyst's pinned citation names source "${QATAR_SOURCE}", which is not in this build; the analyst's date is kept without that quote [pin-missing-source]`,
    `tests/fixtures/dossier/data/agreements.yaml:112:13: warning agreement "qatar-tripartite-2020": the analyst's pinned citation names source "${QATAR_SOURCE}", which is not in this build; the fact "Place" is left out [pin-missing-source]`,
  ]);
  const qatar = catalogue.agreements.find((a) => a.id === "qatar-tripartite-2020")!;
  assert.equal(qatar.facts!.map((f) => f.label), ["Status"]);
  assert.equal([qatar.date!.iso, qatar.date!.citations], ["2020-08-17", []]);
  assert.is(data.catalogue.agreements.find((a) => a.id === "qatar-tripartite-2020")!.facts!.length, 2, "the input is left as it was");
});

keep.run();
