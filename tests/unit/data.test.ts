import { mkdtempSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { dataFilePath, loadDossierData, readDossierData } from "../../scripts/data.ts";
import { formatDiagnostic } from "../../scripts/diagnostics.ts";
import { DOSSIER_DATA, REPO } from "../helpers/build.ts";

const load = suite("loadDossierData()");

// An invariant of the live dossier, whatever it holds: its own data files pass every check.
load("should find no problem in the dossier's own data files", async () => {
  const { data, diagnostics } = await loadDossierData({ dir: join(REPO, "content/_data"), base: REPO });
  assert.equal(diagnostics.map(formatDiagnostic), []);
  assert.ok(data!.catalogue.agreements.length >= 1);
});

load("should name a missing data file, relative to the base folder, and build no brief", async () => {
  const dir = mkdtempSync(join(tmpdir(), "data-"));
  cpSync(DOSSIER_DATA, dir, { recursive: true });
  const { data, diagnostics } = await loadDossierData({ dir, catalogueFile: join(dir, "nowhere.yaml"), base: dir });
  assert.is(data, undefined);
  assert.equal(diagnostics.map(formatDiagnostic), ["nowhere.yaml:1:1: error cannot read the file (ENOENT); no brief is built until this is fixed [data-unreadable]"]);
});

load.run();

const read = suite("readDossierData()");

read("should throw every error of a faulty data folder, with its line", async () => {
  const dir = mkdtempSync(join(tmpdir(), "data-"));
  cpSync(DOSSIER_DATA, dir, { recursive: true });
  writeFileSync(join(dir, "scope.yaml"), "- tag: training\n  terms: training\n");
  try {
    await readDossierData(dir);
    assert.unreachable("no error");
  } catch (error) {
    assert.match((error as Error).message, /scope\.yaml:2:10: error scope tag "training": `terms` must be a list/);
  }
});

read.run();

const path = suite("dataFilePath()");

path("should read the catalogue from --catalogue and the rest from the data folder", () => {
  assert.is(dataFilePath({ dir: "/d", catalogueFile: "/c.yaml" }, "agreements"), "/c.yaml");
  assert.is(dataFilePath({ dir: "/d", catalogueFile: "/c.yaml" }, "gazetteer"), "/d/gazetteer.yaml");
});

path.run();
