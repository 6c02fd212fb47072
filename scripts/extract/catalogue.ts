// The shapes of the dossier's data files (gazetteer, scope vocabulary, agreement catalogue) and a check that they fit together.
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic, PartialDate } from "../model.ts";

export type EntityId = string & { readonly __brand: "EntityId" };
export type AgreementId = string & { readonly __brand: "AgreementId" };

export type EntityKind = "state" | "government" | "armed force" | "person" | "place" | "organisation";

export interface Entity {
  id: EntityId;
  name: string;
  kind: EntityKind;
  variants: string[];
  refs?: string[];
  part_of?: EntityId;
  stands_for?: EntityId;
  role?: string;
  acts_for?: EntityId;
  titles?: string[];
  described_as?: string[];
  note?: string;
}

export interface ScopeTag {
  tag: string;
  terms: string[];
}

export interface PinnedCitation {
  source: string;
  paragraph: string;
  quote: string;
}

export interface Recognition {
  terms: string[];
  topics?: string[];
  not_terms?: string[];
  entities: EntityId[];
  not_entities?: EntityId[];
  window?: { from: string; to: string };
}

export interface CatalogueFact {
  label: string;
  value: string;
  terms?: string[];
  provenance?: "analyst";
  note?: string;
  citations?: PinnedCitation[];
}

export interface CatalogueDate extends PartialDate {
  provenance: "analyst";
  note: string;
  citations?: PinnedCitation[];
}

export const STATUSES = ["announced", "signed", "to be signed", "ratified", "contested"] as const;
export type Status = (typeof STATUSES)[number];

export interface Agreement {
  id: AgreementId;
  title: string;
  short_title: string;
  kind: "MoU" | "agreement" | "deal";
  parties: EntityId[];
  status: Status;
  aliases: string[];
  summary: string;
  context: string;
  see_also?: AgreementId[];
  recognise: Recognition;
  date?: CatalogueDate;
  facts?: CatalogueFact[];
}

export interface RelatedTopic {
  id: string;
  title: string;
  note: string;
  recognise: Pick<Recognition, "terms" | "entities">;
  bears_on: AgreementId[];
}

export interface Catalogue {
  agreements: Agreement[];
  related: RelatedTopic[];
  framing: string[];
}

/** Everything extraction reads besides the sources. */
export interface DossierData {
  catalogue: Catalogue;
  gazetteer: Entity[];
  scope: ScopeTag[];
}

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
    for (const e of [...a.recognise.entities, ...(a.recognise.not_entities ?? [])]) need(e, `${a.id} recognise`);
    for (const s of a.see_also ?? []) if (!agreements.has(s)) problems.push(diagnostic(file, "error", `${a.id}: see_also names unknown agreement "${s}"`, "catalogue-agreement"));
    if (a.date && (a.date.provenance !== "analyst" || !a.date.note)) problems.push(diagnostic(file, "error", `${a.id}: a catalogue date must say provenance: analyst and carry a note`, "catalogue-analyst"));
    for (const f of a.facts ?? []) {
      if (!f.terms?.length && f.provenance !== "analyst") problems.push(diagnostic(file, "error", `${a.id}: fact "${f.label}" needs terms to find it in the sources, or provenance: analyst`, "catalogue-analyst"));
      if (f.provenance === "analyst" && !f.note) problems.push(diagnostic(file, "error", `${a.id}: analyst fact "${f.label}" needs a note saying where it comes from`, "catalogue-analyst"));
    }
  }
  for (const r of data.catalogue.related) {
    for (const e of r.recognise.entities) need(e, `related ${r.id}`);
    for (const b of r.bears_on) if (!agreements.has(b)) problems.push(diagnostic(file, "error", `related ${r.id}: bears_on names unknown agreement "${b}"`, "catalogue-agreement"));
  }
  return problems;
}
