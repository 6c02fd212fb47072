// Evidence of the subject: what the act's own words say it is about (military, maritime… or hydrocarbons, education), against the agreement's subject.
import type { Evidence } from "../../evidence.ts";
import { inBodyName } from "../acts.ts";
import { stateOf } from "../entities.ts";
import type { EvidenceInput, EvidenceRule } from "./types.ts";
import { companionsOf, opponentNamed, words } from "./types.ts";

export const subjectEvidence: EvidenceRule = (input) => {
  const { act, agreement } = input;
  const wanted = agreement.recognise.subject;
  const scale = act.inherited.includes("subjects") ? 0.75 : 1;
  const from = act.inherited.includes("subjects") ? ` (taken from ${act.inheritedFrom})` : "";
  const own = [...new Set(act.subjects.map((s) => s.subject))];
  const quoted = (subject: string) => {
    const s = act.subjects.find((x) => x.subject === subject && x.start >= 0);
    return s ? words(input, s.start, s.end) : subject;
  };
  // "The understanding has been strongly contested by Greece, Cyprus and Egypt", after "two memoranda, on training and
  // on maritime zones": critics who rejected only one of the acts named before say which one it is.
  const judged = rejectedOne(input);
  if (judged === agreement) return [{ kind: "subject", weight: 2 * scale, says: `about ${wanted}: contested by those who rejected ${agreement.short_title} and not the one made with it${from}` }];
  if (judged) return [{ kind: "subject", weight: -4, says: `contested by those who rejected ${judged.short_title}, not this one${from}`, veto: true }];
  if (own.length) {
    // "Two memoranda, one on security and one on maritime boundaries": each subject named is one of the acts.
    if (act.primary === wanted || (act.several && own.includes(wanted))) return [{ kind: "subject", weight: 2 * scale, says: `about ${wanted}: ${quoted(wanted)}${from}` }];
    if (own.includes(wanted)) return [{ kind: "subject", weight: 0.5 * scale, says: `partly about ${wanted}: ${quoted(wanted)}, chiefly about ${act.primary}${from}` }];
    // "We signed two memoranda with the GNA, one of them on security": two acts counted, and only what the one made
    // with this one is about named: the other is this one.
    const other = own.length === 1 && act.several ? companionOn(input, own[0]!) : undefined;
    if (other && TWO_COUNTED.test(input.paragraph.text.slice(act.sentence.start, act.noun.start))) return [{ kind: "subject", weight: 1 * scale, says: `one of two acts counted, the other about ${own[0]}: ${other.short_title}, made with this one${from}` }];
    return [{ kind: "subject", weight: -4, says: `about ${own.join(" and ")}, not ${wanted}: ${quoted(own[0]!)}${from}`, veto: true }];
  }
  if (act.sentenceSubjects.includes(wanted)) return [{ kind: "subject", weight: 1 * scale, says: `the sentence is about ${wanted}${from}` }];
  // The sentence speaks of what a companion agreement is about ("troops" beside "the deal agreed on Nov. 27"): it is that one.
  // Not so for several acts named at once ("the two accords"): the sentence may speak of what either is about.
  const companion = act.several ? undefined : companionsOf(agreement, input.ctx).find((a) => act.sentenceSubjects.includes(a.recognise.subject));
  if (companion) return [{ kind: "subject", weight: -4, says: `the sentence speaks of ${companion.recognise.subject} matters: ${companion.short_title}, not this one${from}`, veto: true }];
  // Nothing says what it is about, and another agreement was made with it: the words cannot tell the two apart.
  const twin = act.several ? undefined : companionsOf(agreement, input.ctx)[0];
  // Unless that one is named beside it, on its own subject ("signed together with a maritime demarcation agreement"):
  // then this act is not that one.
  const twinBeside = twin && act.comparedWith && input.paragraph.acts.some((a) => a !== act && a.primary === twin.recognise.subject && act.comparedWith!.some((n) => n.start === a.noun.start));
  if (twinBeside && !act.sentenceSubjects.length) return [];
  // Several acts named at once, in a sentence that speaks of what one made with this one is about ("since the two
  // accords … Türkiye's military weight has grown"): that one is among them, and says nothing against this one.
  const madeWith = companionsOf(agreement, input.ctx).map((a) => a.recognise.subject as string);
  if (act.several && act.sentenceSubjects.some((s) => madeWith.includes(s))) return [];
  // Nor can a sentence that speaks only of other things ("the right to use its airspace and territorial waters").
  if (act.sentenceSubjects.length) {
    const other: Evidence = { kind: "subject", weight: -2, says: `the sentence speaks of ${act.sentenceSubjects.join(" and ")}, not ${wanted}${from}` };
    return twin ? [other, { kind: "subject", weight: 0, says: `says nothing of what it is about, and ${twin.short_title} was made with it`, veto: true }] : [other];
  }
  // Unless one who rejected this one and not the other is named in the passage: that one is what it is about.
  const opponent = opponentNamed(input);
  if (opponent) return [{ kind: "subject", weight: 1 * scale, says: `the passage names ${input.ctx.byId.get(opponent)?.name ?? opponent}, which rejected an agreement on ${wanted}${from}` }];
  // "The memorandum Turkey and Libya signed on 27 November 2019" in a passage that speaks of both what it and the one
  // made with it are about: the article folds the two into one act.
  if (twin) {
    // ("Haftar's Libyan National Army also opposes it": a word of a name, "Army", says who, not what about.)
    const spoken = new Set(input.paragraph.lexical.subjects.filter((m) => !inBodyName(input.paragraph.entities, m)).map((m) => input.ctx.lexicon.subjectOf(m.term)));
    if (spoken.has(wanted) && spoken.has(twin.recognise.subject)) return [{ kind: "subject", weight: 0.5, says: `the passage speaks of both ${wanted} and ${twin.recognise.subject} matters: one act for ${agreement.short_title} and ${twin.short_title}` }];
    // "The memorandum" after a headline that reports this one alone: it is that act, and the twin is not.
    const referred = act.referent && input.reported?.(act.referent.act);
    if (referred?.has(agreement.id) && !referred.has(twin.id)) return [];
    return [{ kind: "subject", weight: 0, says: `says nothing of what it is about, and ${twin.short_title} was made with it`, veto: true }];
  }
  return [];
};

/** The agreement made with this one that is about `subject`, if any. */
function companionOn(input: EvidenceInput, subject: string) {
  return companionsOf(input.agreement, input.ctx).find((a) => a.recognise.subject === subject);
}

/** "two memoranda", "both the accords", "the two agreements signed in November": the act's noun counted as two. */
const TWO_COUNTED = /\b(?:two|both(?:\s+the)?)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * Of a contested act that says nothing of what it is about, or takes it from several acts named before it: the one of
 * those acts (of this agreement and the ones made with it) that its critics, and no others, rejected (the catalogue's
 * `opposed_by`), if any. "Greece, Egypt and Cyprus refused to recognise the Turkish-Libyan naval agreement" is the
 * maritime memorandum, whatever "naval" suggests.
 */
function rejectedOne(input: EvidenceInput) {
  const { act, ctx } = input;
  const several = act.referent?.act;
  const fromSeveral = act.inherited.includes("subjects") && several?.several;
  const unsaid = !act.subjects.length && !act.several;
  if (act.verb?.status !== "contested" || !(fromSeveral || unsaid)) return undefined;
  const critics = new Set(act.roles.filter((r) => r.role === "reactor").map((r) => stateOf(r.stands_for, ctx.data.gazetteer)));
  const named = fromSeveral ? new Set(several!.subjects.map((s) => s.subject)) : undefined;
  const among = [input.agreement, ...companionsOf(input.agreement, ctx)].filter((a) => !named || named.has(a.recognise.subject));
  const rejected = among.filter((a) => (a.recognise.opposed_by ?? []).some((s) => critics.has(s)));
  return among.length === 2 && rejected.length === 1 ? rejected[0] : undefined;
}
