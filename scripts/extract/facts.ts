// The facts a linked act states about its agreement, each with the sentence that states it: its date, place, status, parties and signatories, and nothing another event in the paragraph says.
import type { Agreement, Entity, EntityId } from "../catalogue.ts";
import { dateSpan } from "../dates.ts";
import type { LinkFacts } from "../evidence.ts";
import type { PartialDate } from "../model.ts";
import type { ActMention, RoleMention } from "./acts.ts";
import { entityClosure, stateOf } from "./entities.ts";
import type { ParagraphReading } from "./reading.ts";

export function emptyFacts(): LinkFacts {
  return { dates: [], places: [], statuses: [], parties: [], signatories: [] };
}

/**
 * One source's statuses for one agreement, settled: where it says the agreement was signed or ratified, its passages
 * that say only that it was agreed or reached ("announced") add nothing, since a signed agreement was agreed first.
 */
export function settleStatuses(statuses: LinkFacts["statuses"]): LinkFacts["statuses"] {
  const stronger = statuses.some((s) => s.value === "signed" || s.value === "ratified");
  return stronger ? statuses.filter((s) => s.value !== "announced") : statuses;
}

/** Adds what one act states about the agreement to the facts gathered so far. */
export function addActFacts(facts: LinkFacts, act: ActMention, agreement: Agreement, p: ParagraphReading, gazetteer: readonly Entity[]): void {
  const quote = act.sentence.text;
  const at = { paragraph: p.paragraph.id, quote };
  // "Erdogan and Sarraj approved the two memoranda in Istanbul": both sides approving it together is its signing (each
  // ratifies apart).
  const status = act.verb && jointApproval(act, gazetteer) ? "signed" : act.verb?.status;
  const itself = !act.verb || status === "signed" || status === "announced" || status === "to be signed";
  const window = agreement.recognise.window;
  if (itself && !act.inherited.includes("dates")) {
    for (const d of act.dates) {
      if (!d.date) continue;
      const span = dateSpan(d.date);
      if (span.from > window.to || span.to < window.from) continue;
      facts.dates.push({ value: d.date as PartialDate, ...at, words: d.text, ...(d.inferred ? { inferred: true, basis: d.basis ?? "" } : {}) });
      break;
    }
  }
  // Where it was signed or reached: the place nearest the act's words; not for a power to make acts ("does not have the
  // right to conclude agreements" places nothing). A signing still to come has its place in its status.
  const place = act.places[0];
  const power = act.verb !== undefined && POWER_TO.test(p.text.slice(Math.max(act.sentence.start, act.verb.start - 30), act.verb.start));
  if (place && !power && (status === "signed" || status === "announced")) facts.places.push({ value: place.entity, ...at, words: place.text });
  if (act.verb?.done && status && !(status === "ratified" && (approvedByAnother(act, agreement, p, gazetteer) || approvedByCommittee(act)))) {
    const by = status === "contested" ? act.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for) : status === "ratified" ? ratifiers(act, gazetteer) : [];
    const where = status === "to be signed" && place ? { at: place.entity } : {};
    facts.statuses.push({ value: status, ...at, words: act.verb.text, ...(by.length ? { by: [...new Set(by)] } : {}), ...where });
  }
  // What could be agreed, or was asked to be, has no sides yet. What is asked to be undone has: "voted to cancel the
  // military cooperation agreement between Turkey and the GNA" names them in the agreement's own words.
  const undoneAsked = act.verb !== undefined && !act.verb.done && status === "contested";
  if (!act.inherited.includes("parties") && (!act.verb || act.verb.done || undoneAsked)) {
    // A side of another state than the agreement's is another act's ("the agreement Greece had signed with Italy", in
    // the sentence that calls this one invalid) or its critic ("rejected … by neighbouring Egypt"): not this act's side.
    const ownStates = new Set(agreement.parties.map((x) => stateOf(x, gazetteer)));
    const ownSide = (r: RoleMention) => r.role === "party" && ownStates.has(stateOf(r.stands_for, gazetteer));
    // "as if the Greek island of Crete did not lie between them": an adjective that places a place names no side.
    const named = act.roles.filter((r) => ownSide(r) && r.signer && !r.placing && (!undoneAsked || r.inPhrase));
    const sides = ownBodiesOnly(bodiesOnly([...new Set(named.map((r) => sideThen(r.stands_for, agreement, gazetteer)))], gazetteer), agreement, gazetteer);
    const states = new Set(sides.map((s) => entityClosure(s, gazetteer).at(-1)));
    if (states.size >= 2) facts.parties.push({ value: sides, ...at, words: act.roles.filter(ownSide).map((r) => r.mention.text).join(", ") });
  }
  const signers = signatoriesOf(act, gazetteer);
  if (signers.length) facts.signatories.push({ value: [...new Set(signers.map((r) => r.mention.entity))], ...at, words: signers.map((r) => r.mention.text).join(", ") });
}

/**
 * A body that did not yet exist when the agreement was made ("the Government of National Unity" in a report of a 2019
 * memorandum) is a slip for the agreement's own party of that state, as the parties evidence reads it.
 */
function sideThen(side: EntityId, agreement: Agreement, gazetteer: readonly Entity[]): EntityId {
  const body = gazetteer.find((e) => e.id === side);
  if (!body?.from || agreement.recognise.window.to >= body.from) return side;
  const state = entityClosure(side, gazetteer).at(-1);
  return agreement.parties.find((p) => p !== side && entityClosure(p, gazetteer).at(-1) === state) ?? side;
}

/** "Libya's GNA" or "Libya, through the GNA": a state named beside one of its own bodies is that body, not another side. */
function bodiesOnly(sides: EntityId[], gazetteer: readonly Entity[]): EntityId[] {
  return sides.filter((s) => !sides.some((o) => o !== s && entityClosure(o, gazetteer).at(-1) === s));
}

/**
 * "Libya's Eastern Parliament Revisits 2019 Turkey-GNA Maritime Deal": beside the agreement's own party of a state,
 * another body of that state (one who revisits, judges or hosts it) is no side of the act.
 */
function ownBodiesOnly(sides: EntityId[], agreement: Agreement, gazetteer: readonly Entity[]): EntityId[] {
  const own = sides.filter((s) => agreement.parties.includes(s));
  return sides.filter((s) => agreement.parties.includes(s) || !own.some((o) => stateOf(o, gazetteer) === stateOf(s, gazetteer)));
}

const POWER_TO = /\b(?:right|power|authority|mandate|competence|legitimacy|powers)\s+to\s+$/i;

/** An approval, adoption or endorsement whose subject names two states' sides, before the verb: the act's makers approving it together. */
function jointApproval(act: ActMention, gazetteer: readonly Entity[]): boolean {
  const verb = act.verb!;
  if (verb.status !== "ratified" || !/^(?:approv|adopt|endors)/i.test(verb.text)) return false;
  const subject = act.roles.filter((r) => r.role === "party" && r.signer && r.mention.end <= verb.start);
  return new Set(subject.map((r) => entityClosure(r.stands_for, gazetteer).at(-1))).size >= 2;
}

// A verb that makes the act: one who announces, unveils or reveals a deal may only be telling of it.
const TELLING_VERB = /^(?:announc|unveil|reveal|disclos)/i;
// Words between the act and a name that make the name a witness, host, visitor or relative rather than a signatory:
// "signed in a ceremony attended by Erdoğan", "finalized during a visit to Ankara by Saddam Haftar", "son of Khalifa Haftar".
const NOT_SIGNING = /\b(?:attend\w*|witness\w*|presence|presided|presiding|host\w*|visit\w*|trip|met|meet\w*|talks|ceremony|summit|conference|call|statement|remarks|speech|interview|office|aide|adviser|advisor|spokes\w*|son|daughter|brother|wife|father|praised|welcomed|criticised|criticized|oversaw|overseen|led|headed|chaired|departure|arrival|after|before|until|since|even|will|would|remains?|remained)\b/i;
// A name inside such a phrase before the act: "after a meeting between Erdoğan and Sarraj, the sides signed…", "the
// government, led by Sarraj, signed…", "in the presence of Erdoğan and Sarraj, the ministers signed…".
const NOT_SIGNING_BEFORE = /\b(?:meeting|meetings|talks|visit|call|presence|attended|witnessed|hosted|led|headed|chaired|run|son|daughter)\s+(?:\S+\s+){0,2}?(?:between|with|by|of)\s+[^.;]*$/i;
// "the government of Fayez al-Sarraj": a body the person heads, not the person.
const OF_PERSON = /\bof\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;

/**
 * The persons an act names as its signatories: only for the signing itself (signed, or reached, agreed, struck), done;
 * only a person the act's words, its subject, or its "between", "with" or "by" name as its maker, with nothing between
 * them that makes the person a witness, host, visitor or relative; never "Erdoğan's government", a speaker or a source.
 */
function signatoriesOf(act: ActMention, gazetteer: readonly Entity[]): RoleMention[] {
  const verb = act.verb;
  const { sentence } = act;
  const slice = (from: number, to?: number) => sentence.text.slice(from - sentence.start, to === undefined ? undefined : to - sentence.start);
  if (!verb?.done || (verb.status !== "signed" && verb.status !== "announced") || TELLING_VERB.test(verb.text)) return [];
  const actStart = Math.min(act.noun.start, verb.start);
  const actEnd = Math.max(act.noun.end, verb.end);
  const person = (r: RoleMention) => gazetteer.find((e) => e.id === r.mention.entity)?.kind === "person";
  return act.roles.filter((r) => {
    if (r.role !== "party" || !r.signer || !person(r) || /^['’]s\b/.test(slice(r.mention.end))) return false;
    const before = r.mention.end <= actStart;
    const between = before ? slice(r.mention.end, actStart) : r.mention.start >= actEnd ? slice(actEnd, r.mention.start) : "";
    const lead = slice(before ? sentence.start : Math.max(sentence.start, r.mention.start - 40), r.mention.start);
    return !NOT_SIGNING.test(between) && !OF_PERSON.test(lead) && !(before && NOT_SIGNING_BEFORE.test(lead));
  });
}

/** Who ratified: the side named just before the verb ("the Turkish parliament approved…"), or after "by". */
function ratifiers(act: ActMention, gazetteer: readonly Entity[]): EntityId[] {
  const verb = act.verb!;
  const before = act.roles.filter((r) => r.role === "party" && r.mention.end <= verb.start && verb.start - r.mention.end <= 60);
  const chosen = before.length ? [before.at(-1)!] : [];
  return chosen.map((r) => entityClosure(r.stands_for, gazetteer).at(-1)!);
}

// A body that only prepares a vote: "parliament's foreign relations commission", "a parliamentary panel", "the committee".
const COMMITTEE = String.raw`(?:sub-?)?(?:committee|commission|panel)s?`;
// (Or what it says it did: "the committee announced that it had approved".)
const COMMITTEE_BEFORE = new RegExp(String.raw`\b${COMMITTEE}(?:\s+(?:of|on|for)\s+[^,;:]{1,40}?)?(?:\s+(?:announced|said|stated|reported|confirmed|declared)\s+(?:that\s+)?it)?\s+(?:(?:has|have|had|on\s+\S+|\S+day|unanimously|also|already|first)\s+)*$`, "i");
const COMMITTEE_AFTER = new RegExp(String.raw`^\s+(?:(?:on|in)\s+[^,;]{1,20}?\s+)?by\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,4}${COMMITTEE}\b`, "iu");
// "It approved this week in committee the memorandum".
const IN_COMMITTEE = new RegExp(String.raw`^\s+(?:[^,;]{1,20}?\s+)?in\s+(?:the\s+)?${COMMITTEE}\b`, "i");

/**
 * "Parliamentary panel approves Turkey-Libya security deal", "approved by parliament's foreign relations commission":
 * a committee's approval is a step towards a vote, not the ratification itself, so it states no status.
 */
function approvedByCommittee(act: ActMention): boolean {
  const verb = act.verb!;
  const { sentence } = act;
  const before = sentence.text.slice(0, verb.start - sentence.start);
  const after = sentence.text.slice(verb.end - sentence.start);
  return COMMITTEE_BEFORE.test(before) || COMMITTEE_AFTER.test(after) || IN_COMMITTEE.test(after);
}

/**
 * "Secretary-General Guterres, for the United Nations, approved the memorandum": the subject of an approving verb (the
 * name nearest before it in its clause) is an organisation or a state outside the agreement, so it registers or
 * endorses the act; only a party's own body ratifies it.
 */
function approvedByAnother(act: ActMention, agreement: Agreement, p: ParagraphReading, gazetteer: readonly Entity[]): boolean {
  const verb = act.verb!;
  const subject = p.entities.filter((m) => m.end <= verb.start && m.start >= act.sentence.start).at(-1);
  if (!subject) return false;
  const gap = p.text.slice(subject.end, verb.start);
  if (gap.length > 80 || /[.;]/.test(gap) || /\b(?:and|but|while|which|who|after|before)\b/i.test(gap)) return false;
  const entity = gazetteer.find((e) => e.id === subject.entity);
  if (!entity) return false;
  if (entity.kind === "organisation") return true;
  const body = entity.kind === "person" ? entity.acts_for : entity.id;
  if (!body) return false;
  const states = new Set(agreement.parties.map((x) => entityClosure(x, gazetteer).at(-1)));
  return !states.has(entityClosure(body, gazetteer).at(-1));
}
