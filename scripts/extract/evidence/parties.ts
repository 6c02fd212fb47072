// Evidence of the parties: the sides the act names, resolved to the catalogue's parties at the act's time ("Libya" in 2020 is the GNA); a rival body of the same state, or a further state at the table, counts against.
import { isEarlierName, type Agreement, type Entity, type EntityId } from "../../catalogue.ts";
import type { Evidence } from "../../evidence.ts";
import { dateSpan, formatDate, overlapsWindow, parseIsoDate } from "../../dates.ts";
import { bodyOf, namedAsBacker, TOGETHER_WITH, type RoleMention } from "../acts.ts";
import { entityClosure, stateOf } from "../entities.ts";
import type { ParagraphReading, ReadingContext } from "../reading.ts";
import { actSpan, earlierBodyNamed, onlyAmongItsStates, opponentNamed, pairedCompanion, perParagraph, type EvidenceInput, type EvidenceRule, type TimeSpan } from "./types.ts";

/** The governments that spoke for a state during a span of time (all of them when the span is open). */
export function governmentsAt(state: EntityId, span: TimeSpan, gazetteer: readonly Entity[]): EntityId[] {
  const governments = gazetteer
    .filter((e) => e.speaks_for === state)
    .filter((e) => (!span.to || !e.from || e.from <= span.to) && (!span.from || !e.to || `${e.to}-99` >= span.from));
  // An article that names the GNA's prime minister in office was written before the GNU took over, though both
  // tenures are known only to the month: a government that began when a sitting one ended is later than the text.
  // (And one that ended when a sitting one began is earlier than a recent act in it.)
  const sitting = governments.filter((e) => span.sitting?.includes(e.id));
  const later = (e: Entity) => sitting.some((s) => s !== e && s.to !== undefined && e.from !== undefined && e.from >= s.to);
  const earlier = (e: Entity) => span.from !== undefined && sitting.some((s) => s !== e && s.from !== undefined && e.to !== undefined && e.to <= s.from);
  return governments.filter((e) => !later(e) && !earlier(e)).map((e) => e.id);
}

const indexes = new WeakMap<readonly Entity[], Map<EntityId, Entity>>();

function indexOf(gazetteer: readonly Entity[]): Map<EntityId, Entity> {
  let index = indexes.get(gazetteer);
  if (!index) {
    index = new Map(gazetteer.map((e) => [e.id, e]));
    indexes.set(gazetteer, index);
  }
  return index;
}

type Match = "exact" | "state" | "ambiguous" | "conflict" | "none";

/** How a side the act names stands to one of the agreement's parties. */
export function sideMatches(side: EntityId, party: EntityId, span: TimeSpan, gazetteer: readonly Entity[]): Match {
  if (side === party) return "exact";
  const byId = indexOf(gazetteer);
  const sideState = entityClosure(side, gazetteer).at(-1)!;
  const partyState = entityClosure(party, gazetteer).at(-1)!;
  if (sideState !== partyState) return "none";
  const s = byId.get(side);
  const p = byId.get(party);
  if (s?.within?.includes(party) || p?.within?.includes(side)) return "exact";
  if (s?.kind === "state") {
    // The state itself: which of its governments it stood for then.
    if (p?.kind === "state") return "exact";
    const governments = governmentsAt(sideState, span, gazetteer);
    // A state's name stands for its recognised government, never for a force or body that is not one ("Libya" is not the LNA).
    if (!p?.speaks_for) return governments.length ? "conflict" : "none";
    if (!governments.length) return "state";
    if (governments.length === 1) return governments[0] === party ? "state" : "conflict";
    return governments.includes(party) ? "ambiguous" : "conflict";
  }
  if (p?.kind === "state") return "exact";
  // Two different bodies of one state: the GNU is not the GNA, the LNA is not the GNU.
  return "conflict";
}

/** The states a paragraph names, directly or through a government, force, capital or official: read once per paragraph. */
const statesNamed = perParagraph((paragraph: ParagraphReading, ctx: ReadingContext) => {
  const ids = paragraph.entities.map((m) => ctx.byId.get(m.entity)).flatMap((e) => (e ? [e.kind === "person" && e.acts_for ? e.acts_for : e.id] : []));
  return new Set(ids.map((id) => entityClosure(id, ctx.data.gazetteer).at(-1)!));
});

/** Each body a paragraph names, with its mentions in text order: read once per paragraph. */
const bodiesNamed = perParagraph((paragraph: ParagraphReading, byId: ReadonlyMap<EntityId, Entity>) => {
  const bodies = new Map<EntityId, ParagraphReading["entities"]>();
  for (const m of paragraph.entities) {
    const body = bodyOf(m, byId);
    if (body) bodies.set(body, [...(bodies.get(body) ?? []), m]);
  }
  return bodies;
});

/**
 * The first mention, outside the act's sentence, of a body that `fits`: a party named in the paragraph around the act.
 * Each body is weighed once, and only its mentions up to the first outside the sentence are looked at.
 */
function namedElsewhere(paragraph: ParagraphReading, byId: ReadonlyMap<EntityId, Entity>, sentence: { start: number; end: number }, fits: (body: EntityId) => boolean): RoleMention | undefined {
  let best: RoleMention | undefined;
  for (const [body, mentions] of bodiesNamed(paragraph, byId)) {
    // ("Turkey, which also backs the GNA": a body named as another side's backer is no side here.)
    // ("The parliament met yesterday in Benghazi": a place where something happened is no side named either.)
    const outside = mentions.find((m) => (m.start < sentence.start || m.end > sentence.end) && !namedAsBacker(paragraph.text, m) && !(byId.get(m.entity)?.kind === "place" && AT_PLACE.test(paragraph.text.slice(Math.max(0, m.start - 12), m.start))));
    if (!outside || (best && best.mention.start <= outside.start) || !fits(body)) continue;
    best = { mention: outside, stands_for: body, role: "party", inPhrase: false, core: false, signer: false };
  }
  return best;
}

// Right before a place, the words that make it where something happened: "met in ", "a session at ".
const AT_PLACE = /\b(?:in|at)\s+(?:the\s+)?$/i;

// A word before the agreement noun that says how many sides it has, with at most four words between them.
const SIDES_COUNTED = /\b(bilateral|two-way|two-party|tripartite|trilateral|three-way|three-party)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

// "signed between the two countries", "concluded by both sides": the act's words right after its noun say it has two.
const TWO_SIDES_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:between|by|with|of)\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|parties|states|governments|nations|capitals|neighbours|neighbors|allies)\b/iu;

// The sides of an act counted, not named, before its verb: "Both countries", "the two nations".
const COUNTED_SIDES = /\b(?:both|the two)\s+(?:countries|nations|states|capitals|neighbours|neighbors)\b/i;

/** The two states "both countries" before the act's verb stands for: the last two its paragraph names before the words. */
function countedSides({ act, paragraph, ctx }: EvidenceInput): { words: string; states: EntityId[] } | undefined {
  const before = paragraph.text.slice(act.sentence.start, act.verb && act.verb.start > act.sentence.start ? act.verb.start : act.noun.start);
  const found = COUNTED_SIDES.exec(before);
  if (!found) return undefined;
  const at = act.sentence.start + found.index;
  const states: EntityId[] = [];
  for (const m of [...paragraph.entities].reverse()) {
    if (m.end > at) continue;
    const body = bodyOf(m, ctx.byId);
    const state = body && entityClosure(body, ctx.data.gazetteer).at(-1)!;
    if (state && !states.includes(state)) states.push(state);
    if (states.length === 2) return { words: found[0], states: states.reverse() };
  }
  return undefined;
}

// No sentence: every mention of a paragraph lies outside it.
const NOWHERE = { start: -1, end: -1 };

// A ratification not (yet) done, in the words before the noun: "could ratify the", "urged to approve the".
// So is one in a condition: "if the Benghazi administration ratifies the", "once parliament approves the".
const RATIFY_ASKED = /(?:\b(?:could|would|should|will|may|might|must|to|not|never|refuses? to|refused to)\s+(?:\w+\s+)?(?:ratify|approve|endorse|adopt)|\b(?:if|unless|once|until|whether)\s+(?:[\p{L}-]+\s+){1,4}(?:ratifies|approves|endorses|adopts))\s+(?:the|this|that|its)\s+(?:[\p{L}\d-]+\s+){0,6}$/iu;

/**
 * "The MoU on defense and security was signed on Nov. 27 by senior officials of the two countries, together with a
 * second deal on the delimitation of maritime jurisdiction areas": an act set "together with" an earlier act of its
 * sentence that reports a companion made by the same sides has that act's sides, however few the passage names.
 */
function besideItsCompanion({ act, agreement, paragraph, ctx, reported }: EvidenceInput): Agreement | undefined {
  if (!reported) return undefined;
  const sides = new Set(agreement.parties);
  const companions = (agreement.recognise.companions ?? []).flatMap((id) => ctx.data.catalogue.agreements.filter((a) => a.id === id && a.parties.length === sides.size && a.parties.every((p) => sides.has(p))));
  for (const other of paragraph.acts) {
    if (other === act || other.sentence.start !== act.sentence.start || other.noun.end > act.noun.start) continue;
    if (!TOGETHER_WITH.test(paragraph.text.slice(other.noun.end, act.noun.start))) continue;
    const found = companions.find((c) => reported(other).has(c.id));
    if (found) return found;
  }
  return undefined;
}

export const partiesEvidence: EvidenceRule = (input) => {
  const { act, agreement, ctx } = input;
  const gazetteer = ctx.data.gazetteer;
  const span = actSpan(input);
  const sides = act.roles.filter((r) => r.role === "party");
  const inherited = act.inherited.includes("parties");
  const out: Evidence[] = [];
  const named = (r: RoleMention) => `“${r.mention.text}”`;
  const found: string[] = [];
  const conflicts: string[] = [];
  const slips: string[] = [];
  let weak = false;
  let nearby = false;
  const actDate = act.inherited.includes("dates") ? undefined : act.dates.find((d) => d.date)?.date;
  // A ratification asked of a body of one side's state ("the House of Representatives will not ratify the Turkey-Libya
  // memorandum") is no act of its own: that body is not another side.
  // So is one asked or expected to ratify it before the noun ("the authorities in Benghazi could ratify the 2019
  // agreement signed between Turkey and the GNA"), whatever verb the noun's own words carry.
  const ratifying = act.verb?.status === "ratified" && !act.verb.done;
  const askedToRatify = RATIFY_ASKED.test(input.paragraph.text.slice(act.sentence.start, act.noun.start));
  // The body asked sits before the noun; sides named in the noun's own words after it are still its sides.
  const asked = (r: RoleMention) => ratifying || (askedToRatify && r.mention.end <= act.noun.start);
  // "The agreements with Turkey on the sea border and on military cooperation … were signed at the end of November
  // 2019": the pair, named at its date, needs the other side named only somewhere in the article (the Libyan
  // deputies' own government, named paragraphs before).
  const window = agreement.recognise.window;
  const pairAtItsDate = actDate !== undefined && pairedCompanion(input) !== undefined && dateSpan(actDate).from >= window.from && dateSpan(actDate).to <= window.to;
  // So does an act on the agreement's own subject, dated when it was made, that names one side itself: "In 2019,
  // Libya's outgoing GNA signed two MoUs, on defence and on gas drilling", in an article on Libya's deal with Turkey.
  const oneSideAtItsDate = actDate !== undefined && overlapsWindow(actDate, window) && sides.length > 0 && act.primary === agreement.recognise.subject;
  const inArticle = new Set<EntityId>();
  for (const party of agreement.parties) {
    const verdicts = sides.map((r) => ({ r, m: sideMatches(r.stands_for, party, span, gazetteer) }));
    let hit = verdicts.find((v) => v.m === "exact") ?? verdicts.find((v) => v.m === "state") ?? verdicts.find((v) => v.m === "ambiguous");
    // A side that names the state ("Libya") alongside its specific body ("Libya's LNA") is the body.
    const conflict = verdicts.find((v) => v.m === "conflict" && v.r.core && !asked(v.r) && !verdicts.some((w) => w.m === "exact" && w.r !== v.r && entityClosure(w.r.stands_for, gazetteer).at(-1) === entityClosure(v.r.stands_for, gazetteer).at(-1)));
    if (conflict && !(hit && hit.m === "exact")) {
      // A body that did not yet exist when the act is dated ("signed in 2019 with the GNU") is a slip for its predecessor, not another act.
      // So is one that did not yet exist when the article was written, if the act has no date of its own.
      const body = ctx.byId.get(conflict.r.stands_for);
      const by = actDate ? dateSpan(actDate).to : span.to;
      // "The Government of National Unity" of a translated report of the GNA's years: a name both bodies bore, so
      // without a date for the act, in an article that may be older than the later body, either may be meant.
      const writtenFrom = input.reading.time.from;
      const sharedName = !actDate && body?.from !== undefined && (!writtenFrom || writtenFrom < body.from) && body.earlier_names_of === party && isEarlierName(body, conflict.r.mention.text);
      if (by && body?.from && by < body.from) {
        const when = actDate ? `in ${formatDate(actDate)}` : `when the article was written (by ${formatDate(parseIsoDate(by) ?? { iso: by, precision: "day" })})`;
        slips.push(`${named(conflict.r)} did not yet exist ${when}; the source must mean ${ctx.byId.get(party)?.name ?? party}`);
        found.push(named(conflict.r));
        weak = true;
      } else if (sharedName) {
        found.push(named(conflict.r));
        // Unless the article names that body's own head in office: the name is that body's.
        if (earlierBodyNamed(conflict.r.mention, input.reading, ctx) !== party) weak = true;
      } else conflicts.push(`${named(conflict.r)} is not ${ctx.byId.get(party)?.name ?? party}`);
      continue;
    }
    // (Not for an act whose own words name sides that are no state, "signed by Libya's national oil company": the
    // paragraph's states are not those sides.)
    if (!hit && !act.sidesOfTheirOwn) {
      // Named elsewhere in the paragraph, not in the act's sentence.
      const other = namedElsewhere(input.paragraph, ctx.byId, act.sentence, (body) => ["exact", "state", "ambiguous"].includes(sideMatches(body, party, span, gazetteer)));
      if (other) {
        hit = { r: other, m: sideMatches(other.stands_for, party, span, gazetteer) };
        nearby = true;
      }
    }
    if (!hit && (pairAtItsDate || oneSideAtItsDate) && !act.sidesOfTheirOwn) {
      // Named elsewhere in the article, where the passage names the pair, or one side of the act, at its date.
      for (const p of input.reading.paragraphs) {
        const other = p === input.paragraph ? undefined : namedElsewhere(p, ctx.byId, NOWHERE, (body) => ["exact", "state"].includes(sideMatches(body, party, span, gazetteer)));
        if (!other) continue;
        hit = { r: other, m: sideMatches(other.stands_for, party, span, gazetteer) };
        inArticle.add(party);
        break;
      }
    }
    if (hit) {
      found.push(named(hit.r));
      if (hit.m === "ambiguous" && !onlyOneBetweenStates(input)) weak = true;
    }
  }
  // "Cairo and Athens have drawn closer… Both countries have signed agreements": sides counted, not named, are the two
  // states named just before; an act that takes its sides from another act cannot be theirs if they are others.
  const countedAs = inherited ? countedSides(input) : undefined;
  if (countedAs && !countedAs.states.every((s) => agreement.parties.some((p) => entityClosure(p, gazetteer).at(-1) === s))) {
    conflicts.push(`“${countedAs.words}” are ${countedAs.states.map((s) => ctx.byId.get(s)?.name ?? s).join(" and ")}, named before it`);
  }
  if (conflicts.length) out.push({ kind: "parties", weight: -4, says: `another side: ${conflicts.join("; ")}`, veto: true });
  if (slips.length) out.push({ kind: "parties", weight: -0.5, says: slips.join("; ") });
  const scale = inherited || weak || nearby || inArticle.size ? 0.75 : 1;
  const from = inherited ? ` (taken from ${act.inheritedFrom})` : "";
  const open = `${nearby ? ", named in the paragraph around the act" : ""}${inArticle.size ? ", named elsewhere in the article" : ""}${weak ? ", though which government is meant depends on a date the text leaves open" : ""}`;
  const beside = inherited && found.length < agreement.parties.length && !conflicts.length ? besideItsCompanion(input) : undefined;
  if (found.length === agreement.parties.length) out.push({ kind: "parties", weight: 2 * scale, says: `parties: ${found.join(", ")}${from}${open}`, complete: true });
  else if (beside) out.push({ kind: "parties", weight: 1.5, says: `parties: those of ${beside.short_title}, which was made with it and is reported beside it`, complete: true });
  else if (found.length) out.push({ kind: "parties", weight: 0.5 * found.length * scale, says: `some parties: ${found.join(", ")}${from}${open}` });
  // A party the passage never names, not even by its state: the act may well be between others.
  const namedStates = statesNamed(input.paragraph, ctx);
  const absent = agreement.parties.filter((p) => !conflicts.length && !inArticle.has(p) && !namedStates.has(entityClosure(p, gazetteer).at(-1)!) && !sides.some((r) => sideMatches(r.stands_for, p, span, gazetteer) !== "none"));
  // "The new agreement" that refers to an act reporting this agreement needs no names of its own: it is that act.
  const coreferent = act.referent !== undefined && input.reported?.(act.referent.act).has(agreement.id) === true;
  if (absent.length && !coreferent && !beside) out.push({ kind: "parties", weight: -1.5 * absent.length, says: `no sign of ${absent.map((p) => ctx.byId.get(p)?.name ?? p).join(" or ")} in the passage`, veto: true });
  // A further state at the table (Qatar in a tripartite deal) makes it another act; "the Greek island of Crete" sets none there.
  const agreementStates = new Set(agreement.parties.map((p) => stateOf(p, gazetteer)));
  const sideState = (r: RoleMention) => stateOf(r.stands_for, gazetteer);
  // A state the catalogue records as having rejected this agreement, named in the act's own sentence beside both its
  // sides and not as one who made the act, is its critic read as a side: "Greece has come down hard on Turkey and Libya
  // after the two sides put their signatures to a memorandum".
  const critics = new Set(agreement.recognise.opposed_by ?? []);
  const sideStates = new Set(sides.map(sideState));
  const besideBoth = !inherited && [...agreementStates].every((s) => sideStates.has(s));
  const extra = sides.filter((r) => r.core && !r.placing && !agreementStates.has(sideState(r)) && !(besideBoth && !r.signer && critics.has(sideState(r))));
  // "Greece's lawmakers ratified the deal with Egypt": sides of its own, two states or more and none of this
  // agreement's, make it another act, whatever it points back to.
  const extraStates = new Set(extra.map(sideState));
  // (Only sides that made it: names before a verb of contest may be its critics, read as sides.)
  const made = act.verb !== undefined && act.verb.done && act.verb.status !== "contested";
  const othersOnly = made && extraStates.size >= 2 && extra.every((r) => r.signer) && !sides.some((r) => agreementStates.has(sideState(r)));
  if (othersOnly) out.push({ kind: "parties", weight: -4, says: `its own sides are others: ${[...new Set(extra.map(named))].join(", ")}`, veto: true });
  else if (extra.length) out.push({ kind: "parties", weight: -3, says: `a further party: ${[...new Set(extra.map(named))].join(", ")}` });
  // "Bilateral security and maritime agreements", "a tripartite deal": the act's own words count its sides.
  const counted = SIDES_COUNTED.exec(input.paragraph.text.slice(Math.max(act.sentence.start, act.noun.start - 60), act.noun.start));
  const count = counted && (/^(?:bilateral|two-way|two-party)$/i.test(counted[1]!) ? 2 : 3);
  if (count && count !== agreementStates.size) out.push({ kind: "parties", weight: -4, says: `the act is “${counted[1]}”: ${count} sides, not ${agreementStates.size}`, veto: true });
  // "the memorandum signed between the two countries": its own words count two sides.
  if (!count && agreementStates.size >= 3 && TWO_SIDES_AFTER.test(input.paragraph.text.slice(act.noun.end, act.sentence.end))) out.push({ kind: "parties", weight: -4, says: `the act is between “the two” sides, not ${agreementStates.size}`, veto: true });
  // "Having signed agreements with Turkey and Qatar": several acts with a list of sides are one with each of them,
  // not one among them all, unless their words count three sides. So is "the agreement" that takes its sides from them.
  // (Down a chain of references: "…, which ruled out such deals" takes its sides from them too.)
  let lister = act;
  for (let i = 0; i < 5 && !(lister.several && lister.sidesListed) && lister.inherited.includes("parties") && lister.referent; i += 1) lister = lister.referent.act;
  if (!count && lister.several && lister.sidesListed && agreementStates.size >= 3) {
    const { start, end } = lister.sidesListed;
    const listed = lister.sentence.text.slice(start - lister.sentence.start, end - lister.sentence.start);
    const within = /^\s+with\s/i.test(listed) ? lister.roles.filter((r) => r.mention.start >= start && r.mention.end <= end) : [];
    const states = new Set(within.map((r) => entityClosure(r.stands_for, gazetteer).at(-1)!));
    if (states.size >= 2) out.push({ kind: "parties", weight: -4, says: `“${lister.noun.text}${listed}”: one with each, not one among ${agreementStates.size} sides`, veto: true });
  }
  return out;
};

/**
 * "The Turkey-Libya memorandum", on the one subject only one agreement between those states is about: whichever
 * government "Libya" meant, it is that agreement, so an open date leaves nothing to doubt. So is a pact "between
 * Tripoli, Ankara and Doha", of no subject, when the catalogue holds one agreement among those three states.
 */
function onlyOneBetweenStates(input: EvidenceInput): boolean {
  const { act, agreement } = input;
  const wanted = agreement.recognise.subject;
  if (agreement.recognise.unique !== true) return false;
  return act.primary === wanted || (!act.subjects.length && (act.sentenceSubjects.includes(wanted) || opponentNamed(input) !== undefined)) || onlyAmongItsStates(input);
}
