// The shapes of the dossier's data files (gazetteer, scope vocabulary, agreement catalogue, outlets): the words every stage shares.
import type { PartialDate } from "./model.ts";

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
  /** When a government or force existed, or a person held `role` (ISO, at any precision); no `to` while it lasts. */
  from?: string;
  to?: string;
  /** For a government: the state it stands for in its years. */
  speaks_for?: EntityId;
  /** For a place: [longitude, latitude] in degrees. */
  coords?: [number, number];
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
  /** Accepted ahead of the new recognition (see scripts/schema/agreements.schema.json, `recognise`); not read yet. */
  subject?: unknown;
  details?: unknown;
  people?: EntityId[];
  places?: EntityId[];
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

/** Where a mapping or list of the data files was written, for messages about it. */
export interface DataLocation {
  file: string;
  line: number;
  column: number;
}

/** Everything extraction reads besides the sources. */
export interface DossierData {
  catalogue: Catalogue;
  gazetteer: Entity[];
  scope: ScopeTag[];
  /** Where each object of the data was written, when it was read from files. */
  locations?: WeakMap<object, DataLocation>;
}

/** A news outlet the dossier recognises by name, by the host of a URL, or by a mention in the text. */
export interface Outlet {
  name: string;
  domains: string[];
  aliases: string[];
}
