// The shapes of the dossier's data files (gazetteer, scope vocabulary, agreement catalogue, outlets): the words every stage shares.
import type { Confidence } from "./assessment.ts";
import type { PartialDate, Reliability } from "./model.ts";

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
  /** When a government or force existed, or when a person held `role`: ISO dates at any precision; no `to` while it lasts. */
  from?: string;
  to?: string;
  /** For a government: the state it stands for while it exists ("Libya signed…" in 2020 means the GNA). */
  speaks_for?: EntityId;
  /** For a body that serves under more than one government of its state (Libya's Presidential Council). */
  within?: EntityId[];
  /**
   * Names of this body that translations also gave an earlier one, `earlier_names_of`, before this one existed (the
   * GNA was "Gouvernement d'union nationale" in French): such a name dates nothing, and may mean either.
   */
  earlier_names?: string[];
  earlier_names_of?: EntityId;
  /** For a place: [longitude, latitude] in degrees. */
  coords?: [number, number];
}

/** Whether a mention's words are one of the names translations also gave an earlier body (`earlier_names`). */
export function isEarlierName(entity: Pick<Entity, "earlier_names">, words: string): boolean {
  return entity.earlier_names?.some((n) => n.toLowerCase() === words.toLowerCase()) ?? false;
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

/**
 * What sets one agreement apart from every other act between the same states: what it is about, when it was made,
 * and the words, people and places that belong to it alone. The parties and aliases of the agreement count too.
 */
export interface Recognition {
  /** One of the vocabulary's subjects (`military`, `maritime`): an act about something else is not this agreement. */
  subject: string;
  /** When the act was signed or reached, as ISO days: a report dated outside it is of another act. */
  window: { from: string; to: string };
  /** Words that name this agreement and no other ("tripartite", "Misrata naval base"). */
  details?: string[];
  /** Officials who made it. */
  people?: EntityId[];
  /** Where it was signed or reached. */
  places?: EntityId[];
  /**
   * The only agreement on its subject between its parties' states (`true`), or between those very parties (`parties`:
   * the only military agreement with the GNA, though not with Libya): an act between them on that subject is this one.
   */
  unique?: boolean | "parties";
  /** Agreements made with it, which sources name in the same breath ("two memoranda, one on security, one on maritime boundaries"). */
  companions?: AgreementId[];
  /**
   * States and bodies that rejected it and not its companions (Greece, Egypt, Cyprus for the maritime memorandum): an
   * act that says nothing of what it is about, named with one of them, is this one.
   */
  opposed_by?: EntityId[];
}

/** A rule for related reporting (a visit, a statement): every entity named, and one of the terms said, in one paragraph. */
export interface TermRule {
  terms: string[];
  entities: EntityId[];
}

/** A fact the analyst supplies because no source states it, with a note saying where it comes from. */
export interface CatalogueFact {
  label: string;
  value: string;
  provenance: "analyst";
  note: string;
  citations?: PinnedCitation[];
}

export interface CatalogueDate extends PartialDate {
  provenance: "analyst";
  note: string;
  citations?: PinnedCitation[];
}

export const STATUSES = ["announced", "signed", "to be signed", "ratified", "contested"] as const;
export type Status = (typeof STATUSES)[number];

/**
 * The words recognition reads any agreement by (content/_data/recognition.yaml): the nouns that name one, what is
 * done to one (by the status it gives), the words that make a state a backer rather than a party, and the subjects.
 */
export interface RecognitionVocabulary {
  nouns: string[];
  /** Nouns that name an agreement only with an act word right beside them: "the text signed between…". */
  documents?: string[];
  acts: Record<Status, string[]>;
  backers: string[];
  subjects: Record<string, string[]>;
}

export interface Agreement {
  id: AgreementId;
  title: string;
  short_title: string;
  kind: "MoU" | "agreement" | "deal";
  parties: EntityId[];
  status: Status;
  aliases: string[];
  /** The analyst's own judgement, shown as assessment and never as reporting. */
  summary: string;
  context: string;
  /** How far the analyst trusts that judgement (ICD 203); an entry without it builds, with a warning. */
  assessment?: { confidence: Confidence; basis?: string };
  see_also?: AgreementId[];
  recognise: Recognition;
  date?: CatalogueDate;
  facts?: CatalogueFact[];
}

export interface RelatedTopic {
  id: string;
  title: string;
  note: string;
  recognise: TermRule;
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
  vocabulary: RecognitionVocabulary;
  /** Where each object of the data was written, when it was read from files. */
  locations?: WeakMap<object, DataLocation>;
}

/** A news outlet the dossier recognises by name, by the host of a URL, or by a mention in the text. */
export interface Outlet {
  name: string;
  domains: string[];
  aliases: string[];
  /** Admiralty source-reliability grade, with a one-line rationale; an outlet without one grades F. */
  reliability?: Reliability;
  rationale?: string;
}
