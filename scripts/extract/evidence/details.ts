// Evidence from what sets the agreement apart: its names and aliases, its own words, the officials who made it, the place it was made.
import type { Agreement, Entity } from "../../catalogue.ts";
import type { Evidence } from "../../evidence.ts";
import { dateSpan, overlapsWindow, shiftMonths } from "../../dates.ts";
import { foldText, TermMatcher, type TermMatch } from "../../fold.ts";
import { bodyOf, CAUSED_TO, DONE_UNDER, PLURAL_NOUN, TOGETHER_WITH, type ActMention } from "../acts.ts";
import { entityClosure } from "../entities.ts";
import type { ParagraphReading, ReadingContext, SourceReading, TextReading } from "../reading.ts";
import { governmentsAt, sideMatches } from "./parties.ts";
import type { EvidenceInput, EvidenceRule } from "./types.ts";
import { actSpan, earlierBodyNamed, entitiesIn, onlyAmongItsStates, opponentNamed, pairedCompanion, perParagraph, words } from "./types.ts";

const names = new WeakMap<Agreement, TermMatcher>();

function namesOf(agreement: Agreement): TermMatcher {
  let matcher = names.get(agreement);
  if (!matcher) {
    matcher = new TermMatcher([...agreement.aliases, ...(agreement.recognise.details ?? [])], { inflect: "plural" });
    names.set(agreement, matcher);
  }
  return matcher;
}

// Per paragraph and agreement, read once: the acts of one long paragraph must not each rescan it.
const namesFound = perParagraph((paragraph: ParagraphReading, agreement: Agreement) => namesOf(agreement).find(paragraph.folded).sort((a, b) => a.start - b.start));
const peopleNamed = perParagraph((paragraph: ParagraphReading, agreement: Agreement) => {
  const people = new Set(agreement.recognise.people ?? []);
  const first = new Map<string, (typeof paragraph.entities)[number]>();
  for (const m of paragraph.entities) if (people.has(m.entity) && !first.has(m.entity) && first.size < 2) first.set(m.entity, m);
  return [...first.values()];
});

/** The first match within a span, found by halving (matches are in text order), so a long paragraph is not rescanned per act. */
function firstWithin(matches: readonly TermMatch[], span: { start: number; end: number }): TermMatch | undefined {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < matches.length && matches[i]!.start < span.end; i += 1) if (matches[i]!.end <= span.end) return matches[i];
  return undefined;
}

export const detailsEvidence: EvidenceRule = (input) => {
  const { act, agreement, paragraph, ctx } = input;
  const out: Evidence[] = [];
  const { sentence } = act;
  // A name that holds the noun of an act set beside this one ("signed three years after a contested maritime border
  // deal") names that act.
  const names = namesFound(paragraph, agreement);
  // "The Skhirat Agreement": an act named by a name that is none of this one's, nor only where this one was made.
  const own = act.name && names.some((m) => m.start < act.name!.end && m.end > act.name!.start);
  const madeThere = act.name && act.name.places.length === act.name.foreign.length && act.name.places.every((p) => (agreement.recognise.places ?? []).includes(p));
  if (act.name && !own && !madeThere) out.push({ kind: "detail", weight: -4, says: `named ${words(input, act.name.start, act.name.end)}, another act's name`, veto: true });
  const named = firstWithin(act.comparedWith ? names.filter((m) => !act.comparedWith!.some((n) => m.start <= n.start && n.end <= m.end)) : names, sentence);
  // "Preliminary economic and maritime deals": nor are they named by one of its aliases, a subject and a noun ("maritime
  // deal"), as the catalogue's maritime deal; words of its own ("two MoUs") still name it.
  const byAliasOnly = named !== undefined && agreement.aliases.includes(named.term) && reachesPastCatalogue(input);
  if (named && !byAliasOnly) out.push({ kind: "detail", weight: 2, says: `named as ${words(input, named.start, named.end)}` });
  // "Ankara and the GNA are said to be negotiating an agreement that would…": an act still in the making has no makers
  // yet, and is not the agreement they made.
  const inTheMaking = !act.verb?.done && NEGOTIATED_BEFORE.test(paragraph.text.slice(Math.max(sentence.start, act.noun.start - 80), act.noun.start)) && !MADE_AFTER.test(paragraph.text.slice(act.noun.end, sentence.end));
  if (!inTheMaking) {
    for (const m of peopleNamed(paragraph, agreement)) {
      out.push({ kind: "detail", weight: 1, says: `names ${ctx.byId.get(m.entity)?.name ?? m.entity}, who made it: ${words(input, m.start, m.end)}` });
    }
  }
  const unique = agreement.recognise.unique;
  // "A new agreement" (or "the agreement" that points back at one), in an article written long after this one was made,
  // says there was one before it: it is not the only one of its kind.
  const late = input.reading.time.from !== undefined && input.reading.time.from > shiftMonths(agreement.recognise.window.to, 6);
  const fresh = late && (act.refers === "main" || act.referent?.act.refers === "main");
  // (An act named by words that name this agreement and no other is this one, whoever the text says signed it:
  // "Foreign Minister Siala signed the memorandum on the delimitation of maritime jurisdiction areas". An alias such as
  // "maritime agreement" does not say as much.)
  const ownName = named !== undefined && !byAliasOnly && !agreement.aliases.includes(named.term);
  const hand = ownName ? undefined : madeByAnotherHand(act, paragraph, agreement, ctx);
  if (hand) out.push({ kind: "detail", weight: -1, says: hand.office ? `signed by the “${hand.words}”, an office none of those who made this agreement held: another act may be meant` : `made by “${hand.words}”, who is none of those who made this agreement: another act may be meant` });
  // "The two sides agreed to work together on security matters": a promise to cooperate, with no agreement named, is
  // not the one formal agreement between them.
  const promise = act.verbOnly && act.verb !== undefined && COOPERATE_NEXT.test(paragraph.text.slice(act.verb.end, act.verb.end + 40));
  if (unique && !hand && !fresh && !promise && !inTheMaking && onlyOne(input, unique === "parties") && !madeByWiderAgreement(input)) {
    const sides = agreement.parties.map((p) => ctx.byId.get(unique === "parties" ? p : entityClosure(p, ctx.data.gazetteer).at(-1)!)?.name ?? p);
    out.push({ kind: "detail", weight: 2, says: `the only ${agreement.recognise.subject} agreement between ${sides.join(" and ")}` });
  }
  const together = madeTogetherNamed(input, fresh || hand !== undefined);
  if (together) out.push({ kind: "detail", weight: 2, says: `named with ${together.map((a) => a.short_title).join(" and ")} as ${words(input, act.noun.start, act.noun.end)} between its parties: the only agreements they made` });
  const companion = companionNamed(input);
  if (companion) out.push({ kind: "detail", weight: 2, says: `named ${companion.how} ${companion.other.short_title}, which was made with it` });
  const opponent = opponentNamed(input);
  if (opponent) out.push({ kind: "detail", weight: 2, says: `named with ${ctx.byId.get(opponent)?.name ?? opponent}, which rejected this agreement${agreement.recognise.companions?.length ? " and not the one made with it" : ""}` });
  const places = new Set(agreement.recognise.places ?? []);
  const place = act.places.find((p) => places.has(p.entity));
  if (place) out.push({ kind: "detail", weight: 1, says: `places it in ${words(input, place.start, place.end)}` });
  return out;
};

// What joins a body to its state or seat after it: "(GNA) of Libya", "of the Libyan state", "the government in Tripoli".
const OF_STATE = /^\)?\s*(?:of|in)\s+(?:the\s+)?$/i;
// Between a state's government and the one who led it: " of ", " led by Prime Minister ", ", headed by ".
// Or the body that spoke for it: "Tripoli, represented by the Sarraj government".
const LED_BY = /^,?\s+(?:of|under|led by|headed by|chaired by|represented by)\s+(?:the\s+)?(?:(?:prime minister|premier|PM|president|chairman|head)\s+)?$/i;

// A pronoun as the subject of the act's verb, with at most two words (an adverb, an auxiliary) between.
const PRONOUN_SUBJECT = /\b(?:it|he|she|they)\s+(?:[a-z]+\s+){0,2}$/i;
/** Right after the noun, a participle of signing and "with": "the accord signed with the GNA". */
const SIGNED_WITH = /^\s+(?:it\s+|they\s+|he\s+|she\s+)?(?:signed|concluded|reached|struck|inked|sealed)\s+with\s/i;
/** A sentence that opens with a pronoun as its subject: "He also said…". */
const OPENING_PRONOUN = /^\s*(?:He|She|They|It)\s+[a-z]/;

/** An act on the agreement's subject between exactly its parties' states, or its very parties (a unique agreement's only act). */
function onlyOne(input: EvidenceInput, byParty: boolean): boolean {
  const { act, agreement, ctx } = input;
  const wanted = agreement.recognise.subject;
  // "A military agreement with the Presidential Council": a body that sits within one government or another, each in
  // its time, is the one it sat in when the act was made.
  const governing = (id: string) => {
    const within = ctx.byId.get(id as never)?.within;
    if (!within) return id;
    const now = governmentsAt(entityClosure(id as never, ctx.data.gazetteer).at(-1)!, actSpan(input), ctx.data.gazetteer).filter((g) => within.includes(g));
    return now.length === 1 ? now[0]! : id;
  };
  const stateOf = (id: string) => (byParty ? governing(id) : entityClosure(id as never, ctx.data.gazetteer).at(-1)!);
  // (A side named by a name its successor took, in an article that names its head in office, is that side.)
  const sideOf = (r: (typeof act.roles)[number]) => stateOf((byParty && earlierBodyNamed(r.mention, input.reading, ctx)) || r.stands_for);
  const states = new Set(agreement.parties.map(stateOf));
  const about = act.primary === wanted || (act.several && act.subjects.some((s) => s.subject === wanted)) || (!act.subjects.length && act.sentenceSubjects.includes(wanted) && act.sentenceSubjects.length === 1) || onlyAmongItsStates(input);
  if (!about) return false;
  // "Akar on Friday signed a military agreement with the GNA", in July 2020: the article itself tells of another act of
  // this kind between these sides, so "Turkey's military agreement with al-Sarraj" may be that one.
  if (anotherOfItsKind(input.reading, agreement, byParty, ctx)) return false;
  // Several acts that reach past the catalogue ("the disputed maritime and gas deals") need not hold its maritime one.
  if (reachesPastCatalogue(input)) return false;
  const named = new Set(act.roles.filter((r) => r.role === "party").map(sideOf));
  const text = input.paragraph.text;
  // "Later that year it agreed a maritime accord with Tripoli": a pronoun that makes the act stands for a side named
  // in the sentences before it.
  // So does one that opens the sentence when the act is "signed with" the other side and no one else: "He also said
  // he meant to honour the military accord signed with Al-Ferraj's GNA".
  const signedWithOther = act.verb !== undefined && act.verb.start > act.noun.end && SIGNED_WITH.test(text.slice(act.noun.end, act.verb.end + 6)) && OPENING_PRONOUN.test(text.slice(act.sentence.start, act.noun.start));
  if (act.verb && act.verb.start >= act.sentence.start && (PRONOUN_SUBJECT.test(text.slice(act.sentence.start, act.verb.start)) || signedWithOther)) {
    for (const m of input.paragraph.entities) {
      if (m.end > act.sentence.start) break;
      const body = ctx.byId.get(m.entity);
      const side = body?.kind === "person" ? body.acts_for : body?.kind === "place" ? undefined : m.entity;
      if (side) named.add(stateOf(side));
    }
  }
  // "Libya's internationally recognised GNA", "the Government of National Accord (GNA) of Libya": a state that owns
  // the party body named beside it is that body, not another side.
  const ownBody = (r: (typeof act.roles)[number], b: (typeof act.roles)[number]) => b !== r && states.has(sideOf(b)) && entityClosure(b.stands_for, ctx.data.gazetteer).at(-1) === r.stands_for;
  // So does "the Tripoli-based GNA": the capital it is based in.
  const owner = (r: (typeof act.roles)[number]) =>
    (/^['’]s\s/.test(text.slice(r.mention.end, r.mention.end + 3)) && act.roles.some((b) => ownBody(r, b) && b.mention.start > r.mention.end && b.mention.start - r.mention.end <= 60)) ||
    act.roles.some((b) => ownBody(r, b) && b.mention.start > r.mention.end && /^[-‐]based\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(r.mention.end, b.mention.start))) ||
    act.roles.some((b) => ownBody(r, b) && b.mention.end <= r.mention.start && OF_STATE.test(text.slice(b.mention.end, r.mention.start))) ||
    // And "the Tripoli government of al-Serraj", "Libya's government under Prime Minister Sarraj": the one who led it.
    act.roles.some((b) => ownBody(r, b) && b.mention.start > r.mention.end && LED_BY.test(text.slice(r.mention.end, b.mention.start)));
  const core = new Set(act.roles.filter((r) => r.role === "party" && r.core && !owner(r)).map(sideOf));
  // "The maritime jurisdiction agreement was signed between two sovereign countries. … Both Türkiye and Libya notified
  // the UN": an act that names no side of its own is between the states its paragraph names, when they are exactly these.
  if (!named.size && !act.inherited.includes("parties")) {
    const around = new Set(input.paragraph.entities.flatMap((m) => bodyOf(m, ctx.byId) ?? []).map(stateOf));
    return around.size === states.size && [...states].every((s) => around.has(s));
  }
  return [...states].every((s) => named.has(s)) && [...core].every((s) => states.has(s));
}

/**
 * "The disputed maritime and gas deals that Turkey has signed": several acts (not "a security and economic deal"), one
 * of them on a subject no agreement of the catalogue is about, reach past the catalogue; their maritime one need not be
 * the catalogue's.
 */
function reachesPastCatalogue({ act, ctx }: EvidenceInput): boolean {
  return act.several && PLURAL_NOUN.test(act.noun.text) && act.subjects.some((s) => !ctx.data.catalogue.agreements.some((a) => a.recognise.subject === s.subject));
}

/**
 * Whether the article reports an act made on this agreement's subject between exactly its sides (or their states),
 * dated by its own words outside the agreement's window: another act of its kind.
 */
function anotherOfItsKind(reading: SourceReading, agreement: Agreement, byParty: boolean, ctx: ReadingContext): boolean {
  const gazetteer = ctx.data.gazetteer;
  let known = otherActs.get(reading);
  if (!known) otherActs.set(reading, (known = new Map()));
  const key = `${agreement.id}|${byParty}`;
  const stateOf = (id: string) => (byParty ? id : entityClosure(id as never, gazetteer).at(-1)!);
  let found = known.get(key);
  if (found === undefined) {
    const states = new Set(agreement.parties.map(stateOf));
    const stateOfBody = (id: string) => entityClosure(id as never, gazetteer).at(-1)!;
    const agreementStates = new Set(agreement.parties.map(stateOfBody));
    const window = agreement.recognise.window;
    found = [...reading.head, ...reading.paragraphs].some((p) =>
      p.acts.some((act) => {
        if (act.primary !== agreement.recognise.subject || !act.verb?.done || (act.verb.status !== "signed" && act.verb.status !== "announced")) return false;
        if (act.inherited.includes("dates") || act.inherited.includes("parties")) return false;
        // The sides the act's own clause names are the agreement's, every one of them, and no other state's.
        // (Not an adjective of another act's noun: "their own agreement …, consider the Turkish–Libyan memorandum null".)
        const ofAnother = (r: (typeof act.roles)[number]) => p.acts.some((other) => other !== act && r.mention.end <= other.noun.start && /^[\s\p{Pd}\p{L}]{0,12}$/u.test(p.text.slice(r.mention.end, other.noun.start)));
        const core = act.roles.filter((r) => r.role === "party" && r.core && !ofAnother(r));
        const sides = new Set(core.map((r) => stateOf(r.stands_for)));
        if (core.some((r) => !agreementStates.has(stateOfBody(r.stands_for)))) return false;
        // "The Turkish Defence Minister … got the GNA to sign": the state of the office that made it is a side too.
        const hand = () => madeByAnotherHand(act, p, agreement, ctx);
        if (![...states].every((s) => sides.has(s))) {
          // (Only where a side's adjective could complete the sides is it worth asking who made it.)
          const completes = act.roles.some((r) => r.role === "party" && !r.core && [...states].every((s) => sides.has(s) || stateOf(r.stands_for) === s));
          const made = completes ? hand() : undefined;
          const handSide = made && act.roles.find((r) => r.role === "party" && r.mention.end <= made.start && /^\s*$/.test(p.text.slice(r.mention.end, made.start)));
          if (!handSide || ![...states].every((s) => sides.has(s) || stateOf(handSide.stands_for) === s)) return false;
        }
        // A year guessed for a day and month ("on 5 October", in a reprint of unknown date) is too weak to tell; a weekday
        // counted back from the article's date ("on Friday") is the article's own news.
        const datedApart = act.dates.some((d) => d.date && (!d.inferred || d.nearArticle) && !d.namesEarlierEvent && !overlapsWindow(d.date, window) && (dateSpan(d.date).from > window.to || dateSpan(d.date).to < window.from));
        // Or made by someone none of this agreement's makers, in no office of theirs ("the Turkish defence minister and the chief of staff").
        return datedApart || hand() !== undefined;
      }),
    );
    known.set(key, found);
  }
  return found;
}

const otherActs = new WeakMap<SourceReading, Map<string, boolean>>();

/** The offices the gazetteer's people are named by, and who held each (by its folded words). */
interface Offices {
  matcher: TermMatcher;
  holders: Map<string, Set<string>>;
}
const officesOf = new WeakMap<readonly Entity[], Offices>();
const officesFound = new WeakMap<TextReading, TermMatch[]>();

function offices(gazetteer: readonly Entity[]): Offices {
  let known = officesOf.get(gazetteer);
  if (!known) {
    const holders = new Map<string, Set<string>>();
    for (const person of gazetteer) {
      for (const title of person.titles ?? []) {
        const key = foldText(title).trim();
        holders.set(key, (holders.get(key) ?? new Set()).add(person.id));
      }
    }
    known = { matcher: new TermMatcher(gazetteer.flatMap((p) => p.titles ?? []), { inflect: "plural" }), holders };
    officesOf.set(gazetteer, known);
  }
  return known;
}

// The verbs that make an agreement (not "announced", "approved", "condemned"): its maker does them.
const MAKING = /^(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|seal(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|reach(?:es|ed|ing)?|str(?:uck|ike|ikes|iking)|put (?:his|their|her) names? to)$/i;

// Between the office and the act's verb, only what names who signs: names, other offices, "and", an auxiliary
// ("the Turkish defence minister and the chief of staff had signed"). Any other word ("Christodoulides condemned the
// signing", "Akar said that the accord … signed") makes the office the subject of something else.
const SIGNERS_BETWEEN = /^(?:\s+|\p{Lu}[\p{L}.'’-]*|(?:and|the|his|her|their|its|had|has|have|also|jointly|reportedly|officially)(?![\p{L}]))*$/u;

// "… had the Tripoli prime minister sign", "made Sarraj sign": a causative and its object right before a bare verb.
const HAD_SIGN = /\b(?:had|made|let)\s+(?:the|his|her|their|its|him|them|\p{Lu})[^.;!?]{0,120}$/u;
const BARE_MAKING = /^(?:sign|ink|seal|conclude)$/i;

/** Between an office and the act's verb, one who had the other side sign: "…, while he was in Tripoli, got the GNA to sign". */
function causedToSign(gap: string): boolean {
  const caused = CAUSED_TO.exec(gap);
  return caused !== null && /^(?:\s*,[^,.;]{1,60},)?\s*$/.test(gap.slice(0, caused.index));
}

// A passive's agent up to its office: "signed by the Turkish ", "signed by Turkey's ".
const BY_AGENT = /^\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}$/u;

/** Words that put the noun after them in the making: "negotiating an agreement", "talks on a new security deal". */
const NEGOTIATED_BEFORE = /\b(?:negotiat(?:ing|e|es)|negotiations\s+(?:on|over|for|about|toward|towards)|talks\s+(?:on|over|about|toward|towards|for)|working\s+on|drafting|preparing|hammering\s+out)\s+(?:(?:a|an|the|new|possible|potential|further|another|their|its)\s+){1,3}(?:[\p{L}-]+\s+){0,4}$/iu;

/** "…, Ankara and Tripoli signed it": the act in the making was then made. */
const MADE_AFTER = /\b(?:signed|inked|sealed|concluded|struck|initialled|initialed|finali[sz]ed)\b/i;

// What an "agreed" with no agreement named promises, when it is only to cooperate: "agreed to work together", "to cooperate".
const COOPERATE_NEXT = /^\s+to\s+(?:work\s+(?:together|closely)|cooperate|co-operate|coordinate|keep\s+(?:working|cooperating))\b/i;

/**
 * "On Friday evening, the Turkish Minister of Defense and the Chief of Staff signed a military agreement with the
 * GNA", "the deals Akar struck": the act is made by someone who is none of those who made this agreement (Erdoğan and
 * al-Sarraj), named as the one who signs or by an office none of them held, and none of them signs it in the sentence:
 * it may be another act of the kind, made by other officials. Who, as written, when so.
 */
function madeByAnotherHand(act: ActMention, paragraph: TextReading, agreement: Agreement, ctx: ReadingContext): { words: string; office: boolean; start: number } | undefined {
  const { byId, data: { gazetteer } } = ctx;
  const people = agreement.recognise.people ?? [];
  const verb = act.verb;
  if (!people.length || !verb?.done || !MAKING.test(verb.text) || act.inherited.includes("parties")) return undefined;
  const stateOf = (id: string) => entityClosure(id as never, gazetteer).at(-1)!;
  const makersFor = new Set(people.flatMap((p) => { const side = byId.get(p)?.acts_for; return side ? [stateOf(side)] : []; }));
  // "The day after he arrived in Tripoli and signed security agreements with the government of al-Sarraj, Turkish
  // Defence Minister Hulusi Akar inspected…": a pronoun in a clause set before its sentence's subject is that subject,
  // the one who signed for its side, whoever signed for the other.
  const later = forwardSubject(act, paragraph, ctx);
  const side = later && byId.get(later.entity)?.acts_for;
  if (later && side && !people.includes(later.entity) && makersFor.has(stateOf(side))) return { words: paragraph.text.slice(later.start, later.end), office: false, start: later.start };
  const { matcher, holders } = offices(gazetteer);
  let found = officesFound.get(paragraph);
  if (!found) officesFound.set(paragraph, (found = matcher.find(paragraph.folded)));
  const text = paragraph.text;
  // "Akar and his Qatari counterpart had the Tripoli prime minister, Fayez Al Serraj, sign an accord": one who made
  // this agreement, named before a bare causative, made it for his own side, whoever he had sign it for the other.
  const causative = BARE_MAKING.test(verb.text) ? HAD_SIGN.exec(text.slice(act.sentence.start, verb.start)) : null;
  if (causative && paragraph.entities.some((m) => m.start >= act.sentence.start && m.end <= act.sentence.start + causative.index && people.includes(m.entity))) return undefined;
  // "The Turkish Defence Minister, while he was in Tripoli, got the GNA led by Fayez El Sarraj to sign a defence
  // agreement": the one who had the other side sign made it for his own; those named after him are the other side.
  const causer = found.findLast((t) => t.start >= act.sentence.start && t.end <= verb.start && causedToSign(text.slice(t.end, verb.start)));
  const signers = act.roles.filter((r) => r.signer && r.role === "party" && !(causer && r.mention.start >= causer.end));
  if (signers.some((r) => people.includes(r.mention.entity))) return undefined;
  // A person of the gazetteer who signs it for a side whose maker is someone else ("the deals Akar struck").
  const person = signers.find((r) => byId.get(r.mention.entity)?.kind === "person" && makersFor.has(stateOf(r.stands_for)));
  if (person) return { words: person.mention.text, office: false, start: person.mention.start };
  // Who signs: before the verb, or after a passive "signed by" ("a military agreement, signed by the Turkish defence
  // minister with the Wefaq government").
  const before = found.filter((t) => t.start >= act.sentence.start && t.end <= verb.start && SIGNERS_BETWEEN.test(text.slice(t.end, verb.start).replace(/\b(?:chief|chiefs) of (?:the )?(?:general )?staff\b/gi, "")));
  const byWhom = found.filter((t) => t.start >= verb.end && t.end <= act.sentence.end && BY_AGENT.test(text.slice(verb.end, t.start)));
  const signing = before.length ? before : causer ? [causer] : byWhom;
  if (!signing.length) return undefined;
  const [from, to] = before.length ? [act.sentence.start, verb.start] : causer ? [act.sentence.start, causer.end] : [verb.end, signing.at(-1)!.end];
  const named = new Set(paragraph.entities.filter((m) => m.start >= from && m.end <= to).map((m) => m.entity as string));
  if (people.some((p) => named.has(p))) return undefined;
  const other = signing.find((t) => ![...(holders.get(foldText(t.term).trim()) ?? [])].some((id) => people.includes(id as never)));
  return other && { words: text.slice(other.start, other.end), office: true, start: other.start };
}

/** A clause set before its sentence's subject, with a pronoun for it: "The day after he arrived…", "After she signed…". */
const FRONTED_PRONOUN = /^\s*(?:(?:the|a|one)\s+day\s+after|(?:shortly|hours|days|just|soon)\s+after|after|before|when|while|once)\s+(?:he|she)\b/i;

/** The person a fronted clause's pronoun stands for: the first one named after the clause, where the sentence's subject is. */
function forwardSubject(act: ActMention, paragraph: TextReading, ctx: ReadingContext): TextReading["entities"][number] | undefined {
  const verb = act.verb!;
  if (!FRONTED_PRONOUN.test(paragraph.text.slice(act.sentence.start, verb.start))) return undefined;
  const comma = paragraph.text.indexOf(",", verb.end);
  if (comma < 0 || comma >= act.sentence.end) return undefined;
  return paragraph.entities.find((m) => m.start > comma && m.end <= act.sentence.end && ctx.byId.get(m.entity)?.kind === "person");
}

/**
 * The act's sentence names one who made another agreement on the same subject between these parties and more (the
 * tripartite deal's Akar or al-Namroush), and no one who made this one: its other side may simply go unnamed
 * ("Aqar and Namrusha signed a military accord in Trablus"), so this is not the only such agreement it could be.
 */
function madeByWiderAgreement({ act, agreement, paragraph, ctx }: EvidenceInput): boolean {
  const inSentence = new Set(entitiesIn(paragraph, act.sentence).map((m) => m.entity as string));
  if ((agreement.recognise.people ?? []).some((p) => inSentence.has(p))) return false;
  return ctx.data.catalogue.agreements.some(
    (other) =>
      other !== agreement &&
      other.recognise.subject === agreement.recognise.subject &&
      other.parties.length > agreement.parties.length &&
      agreement.parties.every((p) => other.parties.includes(p)) &&
      (other.recognise.people ?? []).some((p) => inSentence.has(p)),
  );
}

/**
 * "The MoUs" the GNA put its signature to with Turkey, "the two accords between Tripoli and Ankara in November 2019":
 * several acts named at once, of nothing named, that point back or are counted, whose sides fit this agreement's
 * parties at the act's time, when the catalogue's only agreements between those sides are this one and the ones made
 * with it. Those are the acts meant; "new memoranda" in a later article are not.
 */
function madeTogetherNamed(input: EvidenceInput, fresh: boolean): Agreement[] | undefined {
  const { act, agreement, ctx, paragraph } = input;
  const companions = agreement.recognise.companions ?? [];
  const pointsBack = act.refers === "back" || THE_TWO.test(paragraph.text.slice(Math.max(act.sentence.start, act.noun.start - 40), act.noun.start));
  // "The GNA recently signed memoranda of understanding with Turkey": a plural with no determiner, right after the
  // verb that made it, is the acts those sides made, which the checks below find to be the catalogue's pair or none.
  // (It points back at nothing: its sides are its own sentence's, not taken from a passage before it.)
  const bareMade = act.refers === "none" && !act.inherited.includes("parties") && act.verb?.done === true && act.verb.status === "signed" && act.verb.end <= act.noun.start && /^\s+$/.test(paragraph.text.slice(act.verb.end, act.noun.start)) && !/\bto\s+$/i.test(paragraph.text.slice(Math.max(0, act.verb.start - 4), act.verb.start));
  if (!act.several || fresh || !(pointsBack || bareMade) || act.subjects.length || !companions.length) return undefined;
  const made = [agreement, ...companions.flatMap((id) => ctx.data.catalogue.agreements.filter((a) => a.id === id))];
  // The sentence may speak of what they are about ("Türkiye's military weight"), or of things no agreement of the
  // catalogue is about ("economic weight"); not of what another one is about.
  const about = new Set(made.map((a) => a.recognise.subject as string));
  const others = new Set(ctx.data.catalogue.agreements.filter((a) => !made.includes(a)).map((a) => a.recognise.subject as string));
  if (act.sentenceSubjects.some((s) => !about.has(s) && others.has(s))) return undefined;
  // "Turkey trains the GNA's troops as part of the agreements signed between Ankara and Tripoli": what is done under
  // them, when it is what only some of them are about, points at those.
  const spoken = act.sentenceSubjects.filter((s) => about.has(s));
  const doneUnder = DONE_UNDER.test(paragraph.text.slice(act.sentence.start, act.noun.start));
  if (doneUnder && spoken.length && !spoken.includes(agreement.recognise.subject)) return undefined;
  const gazetteer = ctx.data.gazetteer;
  const span = actSpan(input);
  const parties = act.roles.filter((r) => r.role === "party");
  // A side fits a party when it is that body, or its state at a time when that body alone spoke for it ("Tripoli" in November 2019).
  const fits = (side: string, party: string) => ["exact", "state"].includes(sideMatches(side as never, party as never, span, gazetteer));
  const stateOf = (id: string) => entityClosure(id as never, gazetteer).at(-1)!;
  // Every side the act's own clause names is one of them, or the state of one ("Libya" for the GNA); a body named in
  // passing elsewhere in the sentence ("once approved by the House of Representatives") is not a side.
  const between = (a: Agreement) =>
    a.parties.every((p) => parties.some((r) => fits(r.stands_for, p))) && parties.filter((r) => r.core).every((r) => a.parties.some((p) => fits(r.stands_for, p) || stateOf(p) === r.stands_for));
  const all = ctx.data.catalogue.agreements.filter(between);
  if (all.length !== made.length || !made.every((a) => all.includes(a))) return undefined;
  if (anotherBetweenThem(input.reading, made, gazetteer)) return undefined;
  return made.filter((a) => a !== agreement);
}

/**
 * "The Turkish-Libyan hydrocarbons deal of October 3rd [2022] … these Turkish-Libyan accords": the article names an
 * agreement between the same states, dated by its own words apart from every one of these, so they are not the only
 * agreements those states made.
 */
function anotherBetweenThem(reading: SourceReading, made: readonly Agreement[], gazetteer: readonly Entity[]): boolean {
  const stateOf = (id: string) => entityClosure(id as never, gazetteer).at(-1)!;
  const states = new Set(made.flatMap((a) => a.parties.map(stateOf)));
  return [...reading.head, ...reading.paragraphs].some((p) =>
    p.acts.some((act) => {
      if (act.inherited.includes("dates") || act.inherited.includes("parties")) return false;
      const sides = new Set(act.roles.filter((r) => r.role === "party" && r.core).map((r) => stateOf(r.stands_for)));
      if (sides.size !== states.size || ![...states].every((s) => sides.has(s))) return false;
      // (A year worked out for a day and month counts: "the only year the undated article allows"; a guessed one does not.)
      return act.dates.some((d) => d.date && !d.guessed && !d.namesEarlierEvent && made.every((a) => !overlapsWindow(d.date!, a.recognise.window)));
    }),
  );
}

// "The two accords", "both memoranda", "the Tripoli government's two memoranda": several acts counted, and known.
// So are "both of the Sarraj – Turkey memoranda".
const THE_TWO = /(?:\b(?:the|these|those|its|their)\s+(?:two|three)|\bboth(?:\s+of)?(?:\s+(?:the|these|those))?|['’]s\s+(?:two|three))\s+(?:[\p{L}\-–—]+\s+){0,3}$/iu;

// A sentence that opens by making its act simultaneous with the one before.
const SAME_TIME = /^\W*(?:at the same time|on the same day|on the same occasion|at the same ceremony|during the same (?:ceremony|visit)|simultaneously)\b/i;

/** A sentence whose sides, a pronoun or "the two sides", also made another act: "They also signed a memorandum on…". */
const ALSO_MADE = /^\W*(?:they|the two (?:sides|countries|governments|parties)|both (?:sides|countries|governments|parties))\s+(?:have\s+|had\s+)?(?:also|likewise)\s+(?:signed|concluded|inked|sealed|agreed)\b/i;

/** The acts of the sentence just after the act's own, in its paragraph. */
function nextSentenceActs(paragraph: ParagraphReading, act: ParagraphReading["acts"][number]): ParagraphReading["acts"] {
  const next = paragraph.sentences.find((s) => s.start >= act.sentence.end);
  return (next && actsBySentence(paragraph).get(next.start)) ?? [];
}

/** The acts of the sentence just before the act's own, in its paragraph. */
function previousSentenceActs(paragraph: ParagraphReading, act: ParagraphReading["acts"][number]): ParagraphReading["acts"] {
  const previous = paragraph.sentences.filter((s) => s.end <= act.sentence.start).at(-1);
  return (previous && actsBySentence(paragraph).get(previous.start)) ?? [];
}

const actsBySentence = perParagraph((paragraph: ParagraphReading) => {
  const bySentence = new Map<number, ParagraphReading["acts"]>();
  for (const a of paragraph.acts) bySentence.set(a.sentence.start, [...(bySentence.get(a.sentence.start) ?? []), a]);
  return bySentence;
});

// "a separate Turkish-Libyan military agreement": an act named as one beside another.
const SEPARATE = /\b(?:separate|second|parallel|accompanying|companion)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * A companion agreement the same sentence names, by its subject, in the act's own words or another act of the
 * sentence; or one the article reported before, where this act is named as a separate one.
 */
function companionNamed(input: EvidenceInput) {
  const { act, agreement, paragraph, ctx, reportedBefore } = input;
  for (const id of agreement.recognise.companions ?? []) {
    const other = ctx.data.catalogue.agreements.find((a) => a.id === id);
    if (!other) continue;
    if (reportedBefore?.has(id) && act.primary === agreement.recognise.subject && !act.several && SEPARATE.test(paragraph.text.slice(Math.max(act.sentence.start, act.noun.start - 60), act.noun.start))) return { other, how: "as separate from the reported" };
    const wanted = other.recognise.subject;
    const together = { other, how: "together with" };
    if (pairedCompanion(input) === other) return together;
    // "An agreement with Turkey on security cooperation and the demarcation of maritime boundaries": one noun whose own
    // words name both subjects names the two acts made together.
    const ownSubject = (subject: string) => act.subjects.some((x) => x.subject === subject && x.start >= 0);
    if (!act.several && ownSubject(agreement.recognise.subject) && ownSubject(wanted)) return together;
    const sibling = actsBySentence(paragraph).get(act.sentence.start)!.find((a) => a !== act && a.primary === wanted);
    if (sibling && act.primary === agreement.recognise.subject) return together;
    // "The Ankara–Tripoli agreement was signed together with a maritime demarcation agreement": an act of no subject of
    // its own, set beside its companion, is the other one made with it.
    if (sibling && !act.primary && !act.several && act.comparedWith?.some((n) => n.start === sibling.noun.start) && TOGETHER_WITH.test(paragraph.text.slice(act.noun.end, sibling.noun.start))) return together;
    // "… signed a memorandum on maritime jurisdiction. At the same time they also signed one on security."
    // "The security and military agreement between Turkey and Libya was concluded at the end of last month. They also
    // signed a memorandum on the maritime boundary": "they also signed", with no time of its own, is that occasion too.
    const made = (a: ParagraphReading["acts"][number]) => a.primary === wanted && (a.verb?.status === "signed" || a.verb?.status === "announced");
    const sameOccasion = (a: ParagraphReading["acts"][number]) => SAME_TIME.test(a.sentence.text) || (ALSO_MADE.test(a.sentence.text) && !a.dates.some((d) => d.date));
    const before = sameOccasion(act) ? previousSentenceActs(paragraph, act) : [];
    if (act.primary === agreement.recognise.subject && before.some(made)) return together;
    const after = act.primary === agreement.recognise.subject && act.verb?.done && (act.verb.status === "signed" || act.verb.status === "announced") ? nextSentenceActs(paragraph, act) : [];
    if (after.some((a) => made(a) && sameOccasion(a))) return together;
  }
  return undefined;
}
