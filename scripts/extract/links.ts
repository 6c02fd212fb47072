// Weighs every act in every passage against every agreement: the links (with their evidence and the facts they state), the passages near the threshold, and the acts no agreement matches.
import type { Agreement, AgreementId, Entity, EntityId } from "../catalogue.ts";
import type { Candidate, Evidence, Link, Review, Weighing } from "../evidence.ts";
import type { ParagraphId, SourceId } from "../model.ts";
import { companySide, MEMORANDUM, partyBodies, type ActMention } from "./acts.ts";
import { entityClosure, stateOf } from "./entities.ts";
import { addActFacts, emptyFacts, settleStatuses } from "./facts.ts";
import type { ParagraphReading, ReadingContext, SourceReading } from "./reading.ts";
import { NEAR, THRESHOLD } from "../evidence.ts";
import { isNear, oneAgreementPerAct, weighAct, type Score } from "./score.ts";
import { governmentsAt } from "./evidence/parties.ts";
import { dateSpan } from "../dates.ts";

export interface Recognised {
  links: Link[];
  review: Review;
}

export function recognise(readings: readonly SourceReading[], agreements: readonly Agreement[], ctx: ReadingContext): Recognised {
  return together(readings.map(recogniser(agreements, ctx)));
}

/** Several sources' recognitions as one, in the sources' order. */
export function together(each: readonly Recognised[]): Recognised {
  return { links: each.flatMap((r) => r.links), review: { near: each.flatMap((r) => r.review.near), candidates: each.flatMap((r) => r.review.candidates), unplaced: each.flatMap((r) => r.review.unplaced) } };
}

/** Recognition of one source at a time, against the same agreements: what `recognise` does for each, and what a build keeps per source between builds. */
export function recogniser(agreements: readonly Agreement[], ctx: ReadingContext): (reading: SourceReading) => Recognised {
  const scopeStates = new Set(agreements.flatMap((a) => a.parties.map((p) => entityClosure(p, ctx.data.gazetteer).at(-1)!)));
  return (reading) => {
    let found = recogniseSource(reading, agreements, ctx, scopeStates);
    // A headline that says too little to be linked ("Türkiye takes bold step with new defence pact") is about the one
    // agreement its article reports: read again, "the new agreement" that refers to the headline refers to that one.
    const [only] = found.links;
    if (found.links.length === 1 && found.headUnlinked) found = recogniseSource(reading, agreements, ctx, scopeStates, only!.agreement);
    if (reading.source.meta.placed) found = placedByAnalyst(found, reading, agreements, ctx);
    // A source with no link, no near call and no unmatched act goes to the queue with its closest call, not unsaid;
    // one the analyst has placed has been checked.
    const held = found.links.length > 0 || found.near.length > 0 || found.candidates.length > 0 || reading.source.meta.placed !== undefined;
    return { links: found.links, review: { near: found.near, candidates: found.candidates, unplaced: held ? [] : [{ source: reading.source.id, closest: found.closest }] } };
  };
}

interface SourceRecognised {
  links: Link[];
  near: Weighing[];
  candidates: Candidate[];
  /** The headline or standfirst reports an act that no agreement was linked to. */
  headUnlinked: boolean;
  /** The weighing that scored highest of all, the first in reading order of equals; none where no act was weighed. */
  closest: Weighing | null;
}

/** One source's links, near passages and candidates; `headReports`, when given, is the agreement its headline's acts report. */
function recogniseSource(reading: SourceReading, agreements: readonly Agreement[], ctx: ReadingContext, scopeStates: ReadonlySet<EntityId>, headReports?: AgreementId): SourceRecognised {
  const gazetteer = ctx.data.gazetteer;
  const near: Weighing[] = [];
  const candidates: Candidate[] = [];
  const promoted = new Set<Weighing>();
  const bySource = new Map<AgreementId, Link>();
  const seenCandidates = new Set<string>();
  // What each act was found to report, in reading order: a later "the deal" takes the identity of the act it refers to.
  const reports = new Map<ActMention, Set<string>>();
  const reported = (act: ActMention) => reports.get(act) ?? new Set<string>();
  // Passages that would be linked if they said which act they report, and the one agreement they would report.
  let awaiting: { agreement: Agreement; p: ParagraphReading; best: { act: ActMention; score: Score }; weighing: Weighing }[] = [];
  // An article that says in one passage which act it reports ("signed in Ankara on 4 April") speaks of the same act
  // where it names it without saying which ("the agreement Türkiye and the LNA signed"), when that passage can be
  // nothing else: it meets the threshold for this agreement alone. Settled after each paragraph, so that a later
  // "the deal" that refers back to such a passage knows what it reports.
  const settle = () => {
    awaiting = awaiting.filter(({ agreement, p, best, weighing }) => {
      const link = bySource.get(agreement.id);
      const identifiedIn = link?.passages.find((w) => w.paragraph !== p.paragraph.id && !promoted.has(w))?.paragraph;
      if (!link || !identifiedIn) return true;
      weighing.linked = true;
      promoted.add(weighing);
      weighing.evidence = [...weighing.evidence, { kind: "detail", weight: 0, says: `the article says which act this is in ${identifiedIn}` }];
      link.passages.push(weighing);
      addActFacts(link.facts, best.act, agreement, p, gazetteer);
      reported(best.act).add(agreement.id);
      return false;
    });
  };
  // Every agreement weighed against one act, and one act kept to one agreement (see oneAgreementPerAct).
  // The highest-scoring weighing of all, for the review queue when nothing else puts the source before the analyst.
  const closest: { found?: { agreement: Agreement; p: ParagraphReading; best: { act: ActMention; score: Score } } } = {};
  const weighEach = (act: ActMention, p: ParagraphReading, reportedBefore?: ReadonlySet<string>) => {
    const scores = oneAgreementPerAct(act, new Map(agreements.map((agreement) => [agreement, weighAct({ act, agreement, paragraph: p, reading, ctx, reported, ...(reportedBefore ? { reportedBefore } : {}) })])));
    for (const [agreement, score] of scores) if (!closest.found || score.score > closest.found.best.score.score) closest.found = { agreement, p, best: { act, score } };
    return scores;
  };
  const addCandidate = (act: ActMention, p: ParagraphReading) => {
    const candidate = candidateOf(act, reading, p, scopeStates, ctx);
    const key = candidate ? candidateKey(candidate) : undefined;
    if (candidate && key && !seenCandidates.has(key)) {
      seenCandidates.add(key);
      candidates.push(candidate);
    }
  };
  let headUnlinked = false;
  // Acts of the headline or standfirst that no agreement comes near: candidates, unless the body reports them alike.
  const headCandidates: Candidate[] = [];
  for (const [i, head] of reading.head.entries()) {
    const p: ParagraphReading = { ...head, paragraph: { id: (i === 0 ? "headline" : "standfirst") as ParagraphId, text: head.text, line: 0 } };
    for (const act of head.acts) {
      const scores = weighEach(act, p);
      const found = new Set(agreements.filter((agreement) => scores.get(agreement)!.linked && !namedMoreClosely(act, agreement, reading, gazetteer)).map((a) => a.id));
      const closest = Math.max(...agreements.map((agreement) => scores.get(agreement)!.score));
      const candidate = closest <= THRESHOLD - NEAR ? candidateOf(act, reading, p, scopeStates, ctx) : undefined;
      if (candidate) headCandidates.push(candidate);
      // A headline act that names sides of its own, other than the agreement's ("the Cairo–Greece agreement is a slap
      // in Erdogan's face"), or says it is about other things ("sign defence deals after maritime spat"), says enough to
      // be another act: it is not taken for the one the article reports.
      const reportedByArticle = headReports === undefined ? undefined : agreements.find((a) => a.id === headReports)!;
      const another = reportedByArticle !== undefined && (namesOtherSides(act, reportedByArticle, gazetteer) || aboutOtherThings(act, reportedByArticle));
      if (!found.size && !another) headUnlinked = true;
      reports.set(act, found.size || !headReports || another ? found : new Set([headReports]));
    }
  }
  for (const p of reading.paragraphs) {
    const reportedBefore = new Set<string>(bySource.keys());
    const bestFor = new Map<AgreementId, { act: ActMention; score: Score }>();
    const linkedActs = new Map<AgreementId, ActMention[]>();
    // Unlinked acts in the review queue's band, kept until the paragraph's best act for each agreement is known.
    const inBand: Array<{ act: ActMention; scores: Map<Agreement, Score> }> = [];
    for (const act of p.acts) {
      let closest = -Infinity;
      const found = new Set<string>();
      reports.set(act, found);
      const scores = weighEach(act, p, reportedBefore);
      for (const agreement of agreements) {
        const score = scores.get(agreement)!;
        if (score.linked) found.add(agreement.id);
        closest = Math.max(closest, score.score);
        const best = bestFor.get(agreement.id);
        if (!best || score.score > best.score.score) bestFor.set(agreement.id, { act, score });
        if (score.linked) linkedActs.set(agreement.id, [...(linkedActs.get(agreement.id) ?? []), act]);
      }
      // Below the review queue's band (isNear: within NEAR of the threshold), an act is a candidate: none falls between.
      if (closest <= THRESHOLD - NEAR) addCandidate(act, p);
      else if (!found.size) inBand.push({ act, scores });
    }
    // An act in the band that is not its paragraph's closest call for any agreement is no near call either; when its
    // own sides, subject or time tell against every agreement it comes near ("the memoranda just signed with Dbeibeh
    // come after the one signed in 2019 on the maritime boundaries"), it is another act: a candidate.
    for (const { act, scores } of inBand) {
      const comesNear = agreements.filter((a) => scores.get(a)!.score > THRESHOLD - NEAR);
      if (comesNear.some((a) => bestFor.get(a.id)?.act === act)) continue;
      if (comesNear.every((a) => scores.get(a)!.evidence.some((e) => e.weight < 0 && (e.kind === "parties" || e.kind === "subject" || e.kind === "time")))) addCandidate(act, p);
    }
    const qualifying = agreements.filter((a) => bestFor.get(a.id)?.score.linkedOnceIdentified);
    for (const agreement of agreements) {
      const best = bestFor.get(agreement.id);
      if (!best) continue;
      const weighing = weighingOf(agreement.id, reading.source.id, p, best);
      if (isNear(best.score)) near.push(weighing);
      if (!best.score.linked && qualifying.length === 1 && qualifying[0] === agreement) awaiting.push({ agreement, p, best, weighing });
      const acts = linkedActs.get(agreement.id);
      if (!acts) continue;
      const link = bySource.get(agreement.id) ?? { source: reading.source.id, agreement: agreement.id, passages: [], facts: emptyFacts() };
      link.passages.push(weighing);
      for (const act of acts) addActFacts(link.facts, act, agreement, p, gazetteer);
      bySource.set(agreement.id, link);
    }
    settle();
  }
  // (The headline's words for the act are shorter than the body's, "memorandum" for "memorandum of understanding", and
  // undated, "Libya" for the GNU: its subjects and its sides' states are what make it the same act.)
  const sameAct = (c: Candidate) => `${c.subjects.join(",")}|${[...new Set(c.parties.map((p) => stateOf(p, gazetteer)))].sort().join(",")}`;
  const inBody = new Set(candidates.map(sameAct));
  const fromHead: Candidate[] = [];
  for (const candidate of headCandidates) {
    if (inBody.has(sameAct(candidate))) continue;
    inBody.add(sameAct(candidate));
    fromHead.push(candidate);
  }
  candidates.unshift(...fromHead);
  for (const link of bySource.values()) {
    link.passages.sort((a, b) => paragraphOrder(reading, a.paragraph) - paragraphOrder(reading, b.paragraph));
    link.facts.statuses = settleStatuses(link.facts.statuses);
  }
  // In catalogue order, so briefs and reports list them the same way every time.
  const links = agreements.flatMap((a) => bySource.get(a.id) ?? []);
  const top = closest.found;
  return { links, near: near.filter((w) => !promoted.has(w)), candidates, headUnlinked, closest: top ? weighingOf(top.agreement.id, reading.source.id, top.p, top.best) : null };
}

/**
 * The analyst's placing, from the sidecar, over what recognition found: the article cited in each agreement's brief at
 * the paragraph the analyst names (weighed there like any passage, the analyst's word added to its evidence, and the
 * facts its act states), and kept out of the briefs the analyst names. The review queue keeps no near call for an
 * agreement the analyst has decided. (A placing that names an unknown agreement or paragraph is reported by extract.)
 */
function placedByAnalyst(found: SourceRecognised, reading: SourceReading, agreements: readonly Agreement[], ctx: ReadingContext): SourceRecognised {
  const { citedIn, notCitedIn } = reading.source.meta.placed!;
  const source = reading.source.id;
  const keptOut = new Set(notCitedIn.map((p) => p.agreement));
  const decided = new Set([...keptOut, ...citedIn.map((p) => p.agreement)]);
  const links = new Map(found.links.filter((l) => !keptOut.has(l.agreement)).map((l) => [l.agreement as string, l]));
  const word: Evidence = { kind: "detail", weight: 0, says: "cited here by the analyst (cited_in in the article's sidecar)" };
  for (const { agreement: id, paragraph } of citedIn) {
    const agreement = agreements.find((a) => a.id === id);
    const p = reading.paragraphs.find((x) => x.paragraph.id === paragraph);
    if (!agreement || !p || keptOut.has(id)) continue;
    const link = links.get(id) ?? { source, agreement: agreement.id, passages: [], facts: emptyFacts() };
    links.set(id, link);
    const there = link.passages.find((w) => w.paragraph === p.paragraph.id);
    if (there) {
      there.evidence = [...there.evidence, word];
      continue;
    }
    // The paragraph's act that fits the agreement best, if it names one; else its first sentence, on the analyst's word.
    let best: { act: ActMention; score: Score } | undefined;
    for (const act of p.acts) {
      const score = weighAct({ act, agreement, paragraph: p, reading, ctx });
      if (!best || score.score > best.score.score) best = { act, score };
    }
    const first = p.sentences[0]?.text ?? p.text;
    link.passages.push(best ? { ...weighingOf(agreement.id, source, p, best), linked: true, evidence: [...best.score.evidence, word] } : { agreement: agreement.id, source, paragraph: p.paragraph.id, score: 0, linked: true, evidence: [word], quote: first });
    if (best) addActFacts(link.facts, best.act, agreement, p, ctx.data.gazetteer);
    link.passages.sort((a, b) => paragraphOrder(reading, a.paragraph) - paragraphOrder(reading, b.paragraph));
    link.facts.statuses = settleStatuses(link.facts.statuses);
  }
  return { ...found, links: agreements.flatMap((a) => links.get(a.id) ?? []), near: found.near.filter((w) => !decided.has(w.agreement)) };
}

/** What makes two candidates of one source the same act: its kind, subjects and parties. */
function candidateKey(candidate: Candidate): string {
  return `${candidate.kind}|${candidate.subjects.join(",")}|${candidate.parties.join(",")}`;
}

/** Where a passage stands in its article: the headline and standfirst first, then the paragraphs in order. */
function paragraphOrder(reading: SourceReading, id: ParagraphId): number {
  if (id === "headline") return -2;
  if (id === "standfirst") return -1;
  return reading.paragraphs.findIndex((p) => p.paragraph.id === id);
}

/** The act names, in its own words, sides from two or more states, and one of them is not a party to the agreement. */
function namesOtherSides(act: ActMention, agreement: Agreement, gazetteer: readonly Entity[]): boolean {
  const state = (id: EntityId) => entityClosure(id, gazetteer).at(-1)!;
  const own = new Set(act.roles.filter((r) => r.role === "party" && r.inPhrase).map((r) => state(r.stands_for)));
  const theirs = new Set(agreement.parties.map(state));
  return own.size >= 2 && [...own].some((s) => !theirs.has(s));
}

/**
 * "Gamaty: since the memorandum between Libya and Turkey angered Greece …", over a body that writes "the energy
 * memorandum between Libya and Turkey": a headline act of no subject that the body names more closely, between the same
 * states and only on other subjects than the agreement's, is that act.
 */
function namedMoreClosely(act: ActMention, agreement: Agreement, reading: SourceReading, gazetteer: readonly Entity[]): boolean {
  if (act.subjects.length || act.several) return false;
  const sides = (a: ActMention) => new Set(a.roles.filter((r) => r.role === "party" && r.core).map((r) => stateOf(r.stands_for, gazetteer)));
  const own = sides(act);
  if (own.size < 2) return false;
  // (A headline's "memorandum" is one of the body's memoranda; its "deal" or "agreement" may be any act.)
  const memorandum = MEMORANDUM.test(act.noun.text);
  const closer = reading.paragraphs.flatMap((p) => p.acts).filter((b) => {
    const theirs = sides(b);
    return !b.several && b.subjects.length > 0 && (!memorandum || MEMORANDUM.test(b.noun.text)) && theirs.size === own.size && [...own].every((s) => theirs.has(s));
  });
  return closer.length > 0 && closer.every((b) => !b.subjects.some((s) => s.subject === agreement.recognise.subject));
}

function weighingOf(agreement: AgreementId, source: SourceId, p: ParagraphReading, best: { act: ActMention; score: Score }): Weighing {
  return { agreement, source, paragraph: p.paragraph.id, score: best.score.score, linked: best.score.linked, evidence: best.score.evidence, quote: best.act.sentence.text };
}

/**
 * "Libya, Turkey sign defence deals after maritime spat", in an article that reports only the maritime memorandum: a
 * headline act whose own words say what it is about, none of it the agreement's subject, is another act.
 */
function aboutOtherThings(act: ActMention, agreement: Agreement): boolean {
  return act.subjects.length > 0 && !act.subjects.some((s) => s.subject === agreement.recognise.subject);
}

/**
 * An act no agreement comes near: a candidate for the catalogue when it is the act itself (signed, announced, to be
 * signed), names its own sides or subject, and involves a state the catalogue's agreements involve.
 */
function candidateOf(act: ActMention, reading: SourceReading, p: ParagraphReading, scopeStates: ReadonlySet<EntityId>, ctx: ReadingContext): Candidate | undefined {
  // "Agreed to…" with no agreement named is too common to put before the analyst unless an agreement is recognised.
  // An agreement named with no act on it is one only where its own words give its sides and what it is about ("the
  // Flight Training Protocol between the Republic of Türkiye and the Government of National Unity of Libya").
  if (!act.verb && !namedWithItsSides(act, ctx)) return undefined;
  // A contested act is one already made, reported by its critics; unless its own words make it, with its sides and what
  // it is about ("protested against the new energy memorandum of understanding concluded between Ankara and Libya's
  // Government of National Unity"): then it is an act the analyst may need to catalogue.
  const madeInItsWords = act.verb?.status === "contested" && MADE_AFTER.test(p.paragraph.text.slice(act.noun.end, act.sentence.end)) && namedWithItsSides(act, ctx);
  if (act.verbOnly || act.verb?.status === "ratified" || (act.verb?.status === "contested" && !madeInItsWords)) return undefined;
  const gazetteer = ctx.data.gazetteer;
  // "They also signed a memorandum on hydrocarbons": sides taken from the act before it are its sides, when it names a
  // subject of its own; "the agreement was signed after talks", which names none, is that act again. An act that counts
  // its sides ("the two leaders also signed a series of agreements") has those the sentences before name, when it is
  // named afresh or no act before it gave it any ("under the agreement the two men signed", after one of no sides).
  const anotherAct = (act.subjects.length > 0 && !act.inherited.includes("subjects")) || (act.sidesNamedBefore > 0 && act.refers === "none") || act.sidesCounted === true;
  // A company's state counts here ("signed by Libya's national oil company with its Turkish counterpart" is the analyst's
  // Libya–Türkiye act to catalogue), though the company, not the state, was the side.
  const companies = act.roles.filter(companySide).map((r) => r.stands_for);
  const parties = act.inherited.includes("parties") && !anotherAct ? [] : [...partyBodies(act), ...companies];
  const states = new Set(parties.map((s) => entityClosure(s, gazetteer).at(-1)!));
  if (![...states].some((s) => scopeStates.has(s))) return undefined;
  if (states.size < 2 && !act.subjects.length) return undefined;
  const date = act.inherited.includes("dates") ? undefined : act.dates.find((d) => d.date)?.date;
  // "Libya", in an act dated October 2022, is the government that spoke for it then, the GNU: as the analyst would
  // catalogue it. Where the date allows more than one, or there is none, the state stays.
  const governmentOf = (party: EntityId) => {
    const governments = date ? governmentsAt(party, dateSpan(date), gazetteer) : [];
    return governments.length === 1 ? governments[0]! : party;
  };
  return {
    source: reading.source.id,
    paragraph: p.paragraph.id,
    quote: act.sentence.text,
    kind: act.noun.text.toLowerCase(),
    subjects: [...new Set(act.subjects.map((s) => s.subject))],
    parties: [...new Set(parties.map(governmentOf))],
    date: date ?? null,
    status: madeInItsWords ? "signed" : (act.verb?.status ?? null),
  };
}

/** Right after an agreement noun, the participle that made it and its sides: "concluded between", "signed by", "inked with". */
const MADE_AFTER = /^\s*,?\s*(?:(?:which|that)\s+(?:was|were|had been|has been)\s+)?(?:signed|concluded|inked|struck|reached|agreed)\s+(?:(?:on|in|last|this)\s+[^,;.]{1,30}?\s+)?(?:between|by|with)\b/i;

/**
 * An act whose own words, not an earlier act's, name two states' sides or more and what it is about, unless they are
 * the states and subject of a catalogued agreement: "the Turkish-Libyan maritime accord" named in passing is most
 * likely that one, undated or misdated, and the review queue would only repeat it.
 */
function namedWithItsSides(act: ActMention, ctx: ReadingContext): boolean {
  if (act.inherited.includes("parties") || act.inherited.includes("subjects") || !act.subjects.length) return false;
  const { gazetteer } = ctx.data;
  const states = new Set(act.roles.filter((r) => r.role === "party" && r.inPhrase).map((r) => stateOf(r.stands_for, gazetteer)));
  if (states.size < 2) return false;
  return !ctx.data.catalogue.agreements.some((a) => act.subjects.some((s) => s.subject === a.recognise.subject) && [...states].every((s) => a.parties.some((p) => stateOf(p, gazetteer) === s)));
}
