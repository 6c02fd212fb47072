// The records recognition leaves behind: the evidence for each link between a passage and an agreement, the facts a linked act states, and what goes to the analyst's review queue.
import type { AgreementId, EntityId, Status } from "./catalogue.ts";
import type { ParagraphId, PartialDate, SourceId } from "./model.ts";

/** The score at which a passage reports an agreement. */
export const THRESHOLD = 6;
/** How far either side of the threshold a passage is still shown to the analyst for review. */
export const NEAR = 2;

export type EvidenceKind = "act" | "parties" | "subject" | "time" | "detail";

/** One reason for (or against) reading a passage as a report of an agreement: the explanation a reader sees. */
export interface Evidence {
  kind: EvidenceKind;
  /** What it adds to the score: positive for, negative against. */
  weight: number;
  /** The reason in words, quoting the passage where it can: `act: “signed” a “memorandum”`. */
  says: string;
  /** Rules the agreement out whatever the score: another subject, another government, a date outside the agreement's. */
  veto?: boolean;
  /** For parties: every party of the agreement is named (a link needs them all). */
  complete?: boolean;
  /** For a reference: the act refers back to one that reports this agreement ("the deal"), so it is that act. */
  sameAct?: boolean;
}

/** A passage weighed against an agreement: its score, the threshold, and the evidence that makes the score. */
export interface Weighing {
  agreement: AgreementId;
  source: SourceId;
  paragraph: ParagraphId;
  score: number;
  /** Whether the passage reports the agreement: a score at the threshold and evidence of which act it is (time or a detail). */
  linked: boolean;
  evidence: Evidence[];
  /** The sentence the weighing rests on. */
  quote: string;
}

/** A fact a linked passage states about the agreement, with the sentence that states it. */
export interface StatedFact<T> {
  value: T;
  paragraph: ParagraphId;
  quote: string;
  /** The words that carry it, as written ("Nov. 27, 2019", "Istanbul", "ratified"). */
  words: string;
  /** For a date: true when part of it is not in the words, and how it was worked out. */
  inferred?: boolean;
  basis?: string;
}

/** What one source states about one agreement: the facts of its linked acts. */
export interface LinkFacts {
  dates: Array<StatedFact<PartialDate>>;
  places: Array<StatedFact<EntityId>>;
  /** `by`: who ratified or contested it; `at`: where a signing still to come is to be held. */
  statuses: Array<StatedFact<Status> & { by?: EntityId[]; at?: EntityId }>;
  parties: Array<StatedFact<EntityId[]>>;
  /** The persons (gazetteer ids) named as those who signed or concluded the act itself, never its speakers, witnesses or hosts. */
  signatories: Array<StatedFact<EntityId[]>>;
}

/** A source cited in an agreement's brief, and why: every linked passage with its evidence, and the facts they state. */
export interface Link {
  source: SourceId;
  agreement: AgreementId;
  passages: Weighing[];
  facts: LinkFacts;
}

/** An agreement-like act a source reports that matches no catalogue entry: for the analyst to add, or to ignore. */
export interface Candidate {
  source: SourceId;
  paragraph: ParagraphId;
  quote: string;
  /** The noun the source calls it by: memorandum, agreement, deal, protocol… */
  kind: string;
  subjects: string[];
  parties: EntityId[];
  date: PartialDate | null;
  status: Status | null;
}

/** Why a weighing that links nothing is not cited: below the threshold, in the headline or standfirst, or short of what a citation needs besides the score. */
export function whyNotCited(w: Weighing): string {
  if (w.score < THRESHOLD) return `below the ${THRESHOLD} that cites a passage`;
  if (w.paragraph === "headline" || w.paragraph === "standfirst") return `but a brief cites an article's paragraphs, not its ${w.paragraph}`;
  if (w.evidence.some((x) => x.veto)) return "but its evidence rules that agreement out";
  if (!w.evidence.some((x) => x.kind === "parties" && x.complete)) return "but it does not name every party";
  return "but it names no act on an agreement";
}

/**
 * A source that nothing else in the review queue holds and that reports no agreement: its closest call, the passage
 * that came nearest any agreement, or none where it names no act recognition could weigh.
 */
export interface Unplaced {
  source: SourceId;
  closest: Weighing | null;
}

/**
 * What the analyst should look at: passages weighed near the threshold (either way), acts no entry matches, and the
 * sources that neither reach a brief nor hold either of those, so that no article is left out without a word.
 */
export interface Review {
  near: Weighing[];
  candidates: Candidate[];
  unplaced: Unplaced[];
}
