// Evidence from what an act refers to: "the deal" named after a headline or paragraph that reports an agreement is that agreement (and not another).
import type { EvidenceRule } from "./types.ts";

export const referenceEvidence: EvidenceRule = ({ act, agreement, reported }) => {
  if (!act.referent || !reported) return [];
  const found = reported(act.referent.act);
  if (found.has(agreement.id)) return [{ kind: "detail", weight: 2, says: `refers back to the act in ${act.referent.where}, which reports this agreement`, ...(found.size === 1 ? { sameAct: true } : {}) }];
  // "The agreement signed with Turkey on maritime jurisdiction and military cooperation": an act whose own words name
  // several, this one's subject among them, is not only the act it refers back to.
  if (act.several && act.subjects.some((s) => s.subject === agreement.recognise.subject)) return [];
  if (found.size) return [{ kind: "detail", weight: -2, says: `refers back to the act in ${act.referent.where}, which reports another agreement` }];
  return [];
};
