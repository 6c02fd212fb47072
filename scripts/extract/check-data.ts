// Checks that the catalogue, gazetteer and scope vocabulary fit together: every id a catalogue entry names exists.
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic } from "../model.ts";
import { STATUSES, type DossierData, type EntityId } from "../catalogue.ts";

/** Catalogue entries that name an entity, agreement or status that does not exist: errors, since briefs would be wrong. */
export function checkData(data: DossierData, file = "content/_data/agreements.yaml"): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const entities = new Set(data.gazetteer.map((e) => e.id));
  const agreements = new Set(data.catalogue.agreements.map((a) => a.id));
  const need = (id: string, what: string) => {
    if (!entities.has(id as EntityId)) problems.push(diagnostic(file, "error", `${what} names entity "${id}", which is not in gazetteer.yaml`, "catalogue-entity"));
  };
  for (const a of data.catalogue.agreements) {
    if (!/^[a-z0-9-]+$/.test(a.id)) problems.push(diagnostic(file, "error", `agreement id "${a.id}" must be lower-case letters, digits and hyphens`, "catalogue-id"));
    if (!STATUSES.includes(a.status)) problems.push(diagnostic(file, "error", `${a.id}: status "${a.status}" is not one of ${STATUSES.join(", ")}`, "catalogue-status"));
    for (const p of a.parties) need(p, `${a.id} parties`);
    for (const e of [...(a.recognise.people ?? []), ...(a.recognise.places ?? [])]) need(e, `${a.id} recognise`);
    if (!(a.recognise.subject in data.vocabulary.subjects)) {
      problems.push(diagnostic(file, "error", `${a.id}: recognise.subject "${a.recognise.subject}" is not one of recognition.yaml's subjects (${Object.keys(data.vocabulary.subjects).join(", ")})`, "catalogue-subject"));
    }
    for (const s of a.see_also ?? []) if (!agreements.has(s)) problems.push(diagnostic(file, "error", `${a.id}: see_also names unknown agreement "${s}"`, "catalogue-agreement"));
    for (const c of a.recognise.companions ?? []) if (!agreements.has(c)) problems.push(diagnostic(file, "error", `${a.id}: recognise.companions names unknown agreement "${c}"`, "catalogue-agreement"));
    if (a.date && (a.date.provenance !== "analyst" || !a.date.note)) problems.push(diagnostic(file, "error", `${a.id}: a catalogue date must say provenance: analyst and carry a note`, "catalogue-analyst"));
    for (const f of a.facts ?? []) {
      if (f.provenance !== "analyst" || !f.note) problems.push(diagnostic(file, "error", `${a.id}: fact "${f.label}" must say provenance: analyst and carry a note saying where it comes from (the facts the sources state are read from them)`, "catalogue-analyst"));
    }
  }
  for (const r of data.catalogue.related) {
    for (const e of r.recognise.entities) need(e, `related ${r.id}`);
    for (const b of r.bears_on) if (!agreements.has(b)) problems.push(diagnostic(file, "error", `related ${r.id}: bears_on names unknown agreement "${b}"`, "catalogue-agreement"));
  }
  return problems;
}
