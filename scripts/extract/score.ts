// Combines the evidence for one act against one agreement into a score, and decides: linked at the threshold, when there is also evidence of which act it is (its time or a detail of its own).
import type { Agreement } from "../catalogue.ts";
import { NEAR, THRESHOLD, type Evidence } from "../evidence.ts";
import type { ActMention } from "./acts.ts";
import { EVIDENCE } from "./evidence/index.ts";
import type { EvidenceInput } from "./evidence/types.ts";


export interface Score {
  score: number;
  linked: boolean;
  /** Whether the evidence says which act this is, not only what kind of act (its time, or a detail of its own). */
  identified: boolean;
  /** Linked but for `identified`: another passage of the same article may say which act it is. */
  linkedOnceIdentified: boolean;
  evidence: Evidence[];
}

export function weighAct(input: EvidenceInput): Score {
  const evidence = EVIDENCE.flatMap(([, rule]) => rule(input));
  const score = Math.round(evidence.reduce((sum, e) => sum + e.weight, 0) * 100) / 100;
  // One official who made it may have made many agreements; two of its signatories together say which act it is.
  const officials = evidence.filter((e) => e.kind === "detail" && e.says.startsWith("names ")).length;
  const identified = officials >= 2 || evidence.some((e) => (e.kind === "time" || (e.kind === "detail" && !e.says.startsWith("names "))) && e.weight > 0);
  // Agreements spoken of in general ("military agreements") are no act to link.
  const anAct = evidence.some((e) => e.kind === "act" && e.weight > 0);
  const ruledOut = evidence.some((e) => e.veto);
  // An act between the agreement's parties: every one of them named, in the act, its paragraph or the act it refers to.
  const sides = evidence.some((e) => e.kind === "parties" && e.complete);
  const linkedOnceIdentified = score >= THRESHOLD && anAct && sides && !ruledOut;
  // "The deal" that refers back to an act reporting this agreement, and to no other, is that act, whatever else it says.
  const sameAct = anAct && !ruledOut && evidence.some((e) => e.sameAct);
  return { score, linked: (linkedOnceIdentified && identified) || sameAct, identified, linkedOnceIdentified, evidence };
}

/** A weighing worth the analyst's eye: close to the threshold either way, or high enough but with nothing that says which act it is. */
export function isNear(s: Score): boolean {
  return Math.abs(s.score - THRESHOLD) < NEAR || (s.score >= THRESHOLD && !s.identified);
}

/** How far below the best agreement one of several acts named at once may score and still be one of them. */
const SEVERAL_MARGIN = 4;

/**
 * One act is one agreement: a single noun ("as their result an agreement was signed") linked to two agreements that
 * were not made together is the one it fits best (first, the one an act it refers back to reports); the other is left
 * unlinked, the reason added to its evidence. Several acts named at once ("the two memoranda") keep every link but one
 * that fits far worse than the best (by SEVERAL_MARGIN or more) and was not made with it.
 */
export function oneAgreementPerAct(act: Pick<ActMention, "several">, scores: ReadonlyMap<Agreement, Score>): Map<Agreement, Score> {
  const out = new Map(scores);
  const linked = [...scores].filter(([, s]) => s.linked);
  if (linked.length < 2) return out;
  // Several acts named at once may be of agreements not made together, unless one fits far worse than the best (what
  // an act refers back to does not decide here: "the agreement sealed by Erdogan and Sarraj" may point at the wrong one).
  const rank = (s: Score) => (!act.several && s.evidence.some((e) => e.sameAct) ? 1000 : 0) + s.score;
  const top = Math.max(...linked.map(([, s]) => rank(s)));
  const winners = linked.filter(([, s]) => rank(s) === top).map(([a]) => a);
  const together = (a: Agreement, b: Agreement) => (a.recognise.companions ?? []).includes(b.id) || (b.recognise.companions ?? []).includes(a.id);
  for (const [agreement, s] of linked) {
    if (winners.includes(agreement) || winners.some((w) => together(w, agreement))) continue;
    if (act.several && rank(s) > top - SEVERAL_MARGIN) continue;
    const best = winners[0]!;
    out.set(agreement, { ...s, linked: false, linkedOnceIdentified: false, evidence: [...s.evidence, { kind: "act", weight: 0, says: `one act, and it fits ${best.short_title} better (${scores.get(best)!.score})` }] });
  }
  return out;
}
