// Typed records that flow between the pipeline's stages: seeds in, sources and pages out.

/** A source's stable public id, e.g. `2025-07-11-turkiye-inks-deal-with-libya`. */
export type SourceId = string & { readonly __brand: "SourceId" };
/** A paragraph's id within its source: `p1`, `p2`, … */
export type ParagraphId = string & { readonly __brand: "ParagraphId" };

export type Severity = "error" | "warning" | "info";

/** One finding about one input, printed as `path:line:col: severity message [rule]`. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  rule: string;
}

/** A seed as the reader found it on disk: bytes only, nothing interpreted yet. */
export interface SeedFile {
  /** Path as shown in messages, relative to the working directory. */
  path: string;
  /** File name inside the seeds folder. */
  name: string;
  bytes: Uint8Array;
  /** The sidecar `<name>.meta.yaml`, when there is one. */
  sidecar?: { path: string; text: string };
}

/** Where a metadata value came from. */
export type Provenance = "text" | "sidecar";

export interface Field<T = string> {
  value: T;
  from: Provenance;
  /** 1-based line in the seed (text) or sidecar the value was read from. */
  line?: number;
}

/** A date with the precision its source gives. */
export interface PartialDate {
  /** ISO form at its precision: `2025`, `2025-07`, `2025-07-11`. */
  iso: string;
  precision: "day" | "month" | "year";
}

export interface SourceMeta {
  /** The address the sidecar asks for (`id:`), which renames the source. */
  id?: Field;
  headline?: Field;
  standfirst?: Field;
  outlet?: Field;
  author?: Field;
  published?: Field<PartialDate>;
  url?: Field;
  language?: Field;
  notes?: Field;
  /** Outlets the story credits for its reporting ("According to TRT Haber"). */
  credits: Field[];
  /** A wire dateline: where the story was filed and by which agency ("TRIPOLI, Libya (AA)"). */
  dateline?: Field;
  /** The news agency the dateline or a wire line names, as a known outlet when it is one ("Anadolu Agency"). */
  agency?: Field;
  /** Fields an analyst has confirmed the text does not give (sidecar `unknown:`). */
  acknowledgedUnknown: string[];
  /** How far to trust the source: its outlet's grade, or the analyst's in the sidecar; F when neither is known. */
  grade?: SourceGrade;
  /** Where its words come from when not from itself: the outlet it reprints, the agency's wire, outlets it credits. */
  relays?: Relay[];
  /** The analyst's placing of the article (sidecar `cited_in`, `not_cited_in`), which recognition does not overrule. */
  placed?: { citedIn: Placement[]; notCitedIn: Placement[] };
}

/** One agreement the analyst places an article in (at a paragraph) or keeps it out of, and the sidecar line that says so. */
export interface Placement {
  agreement: string;
  paragraph?: string;
  line: number;
}

/** Source reliability on the Admiralty scale (NATO AJP-2.1): A completely reliable … E unreliable, F cannot be judged. */
export type Reliability = "A" | "B" | "C" | "D" | "E" | "F";
/** Information credibility on the same scale: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged. */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface SourceGrade {
  reliability: Reliability;
  rationale: string;
  /** Graded by its outlet's entry in outlets.yaml, by the analyst in the sidecar, or not at all (F). */
  from: "outlet" | "sidecar" | "unknown";
}

/** One link of a republication chain: the source's words come from `outlet`. */
export interface Relay {
  /** A copy of another outlet's article, an agency's wire copy, or a report the text credits to another outlet. */
  kind: "reprint" | "wire" | "attribution";
  outlet: string;
  /** That outlet's grade, F when outlets.yaml does not grade it. */
  reliability: Reliability;
  /** The words that say so ("Source:https://thecradle.co/…", "According to TRT Haber"), and where. */
  words: string;
  line?: number;
  /** Set on an attribution: the paragraph whose report is credited. */
  paragraph?: ParagraphId;
  /** Set on a reprint when the page names its publisher ("www.kcdme.com"): the outlet that copied it. */
  by?: string;
}

export interface Paragraph {
  id: ParagraphId;
  text: string;
  /** 1-based line in the seed where the paragraph starts. */
  line: number;
}

/** A line kept out of the article body, shown on the source page so nothing is lost. */
export interface RemovedLine {
  text: string;
  line: number;
  reason: RemovalReason;
}

export type RemovalReason =
  | "site navigation"
  | "cross-promotion"
  | "comment prompt"
  | "tag list"
  | "page number or running footer"
  | "metadata";

/** A seed after ingest: cleaned text split into addressable paragraphs, with metadata. */
export interface Source {
  id: SourceId;
  file: string;
  /** SHA-256 of the decoded, normalised text: how duplicates are recognised. */
  digest: string;
  meta: SourceMeta;
  paragraphs: Paragraph[];
  removed: RemovedLine[];
}

/** A file the generator wants written under the content folder. */
export interface ContentFile {
  /** Path relative to the content folder, with forward slashes. */
  path: string;
  text: string;
}

/** A statement's evidence: the exact words of one paragraph of one source. */
export interface Citation {
  source: SourceId;
  paragraph: ParagraphId;
  quote: string;
}

/** One key fact of a brief with where it comes from: the sources (cited) or the analyst (with a note, and any supporting quotes). */
export interface Claim {
  id: string;
  label: string;
  value: string;
  provenance: "text" | "analyst";
  note?: string;
  citations: Citation[];
  /** The claim's Admiralty badge, worked out by the credibility rule (scripts/grading.ts). */
  grade?: ClaimGrade;
}

/** A claim's grade: the best reliability among its origins, its credibility, the rule's reason, and the origins counted. */
export interface ClaimGrade {
  /** As printed: "C3". */
  badge: string;
  reliability: Reliability;
  credibility: Credibility;
  reason: string;
  origins: string[];
}
