// Weighs every act in every passage against every agreement: the links (with their evidence and the facts they state), the passages near the threshold, and the acts no agreement matches.
import type { Agreement, AgreementId, EntityId } from "../catalogue.ts";
import type { Candidate, Link, Review, Weighing } from "../evidence.ts";
import type { ParagraphId, SourceId } from "../model.ts";
import { partyBodies, type ActMention } from "./acts.ts";
import { entityClosure } from "./entities.ts";
import { addActFacts, emptyFacts } from "./facts.ts";
import type { ParagraphReading, ReadingContext, SourceReading } from "./reading.ts";
import { NEAR, THRESHOLD } from "../evidence.ts";
import { isNear, weighAct, type Score } from "./score.ts";

export interface Recognised {
  links: Link[];
  review: Review;
}

export function recognise(readings: readonly SourceReading[], agreements: readonly Agreement[], ctx: ReadingContext): Recognised {
  const links: Link[] = [];
  const near: Weighing[] = [];
  const candidates: Candidate[] = [];
  const gazetteer = ctx.data.gazetteer;
  const scopeStates = new Set(agreements.flatMap((a) => a.parties.map((p) => entityClosure(p, gazetteer).at(-1)!)));
  for (const reading of readings) {
    const bySource = new Map<AgreementId, Link>();
    const seenCandidates = new Set<string>();
    // What each act was found to report, in reading order: a later "the deal" takes the identity of the act it refers to.
    const reports = new Map<ActMention, Set<string>>();
    const reported = (act: ActMention) => reports.get(act) ?? new Set<string>();
    for (const [i, head] of reading.head.entries()) {
      const p: ParagraphReading = { ...head, paragraph: { id: (i === 0 ? "headline" : "standfirst") as ParagraphId, text: head.text, line: 0 } };
      for (const act of head.acts) reports.set(act, new Set(agreements.filter((agreement) => weighAct({ act, agreement, paragraph: p, reading, ctx, reported }).linked).map((a) => a.id)));
    }
    for (const p of reading.paragraphs) {
      const bestFor = new Map<AgreementId, { act: ActMention; score: Score }>();
      const linkedActs = new Map<AgreementId, ActMention[]>();
      for (const act of p.acts) {
        let closest = -Infinity;
        const found = new Set<string>();
        reports.set(act, found);
        for (const agreement of agreements) {
          const score = weighAct({ act, agreement, paragraph: p, reading, ctx, reported });
          if (score.linked) found.add(agreement.id);
          closest = Math.max(closest, score.score);
          const best = bestFor.get(agreement.id);
          if (!best || score.score > best.score.score) bestFor.set(agreement.id, { act, score });
          if (score.linked) linkedActs.set(agreement.id, [...(linkedActs.get(agreement.id) ?? []), act]);
        }
        if (closest < THRESHOLD - NEAR) {
          const candidate = candidateOf(act, reading, p, scopeStates, ctx);
          const key = candidate && `${candidate.kind}|${candidate.subjects.join(",")}|${candidate.parties.join(",")}`;
          if (candidate && !seenCandidates.has(key!)) {
            seenCandidates.add(key!);
            candidates.push(candidate);
          }
        }
      }
      for (const agreement of agreements) {
        const best = bestFor.get(agreement.id);
        if (!best) continue;
        const weighing = weighingOf(agreement.id, reading.source.id, p, best);
        if (isNear(best.score)) near.push(weighing);
        const acts = linkedActs.get(agreement.id);
        if (!acts) continue;
        const link = bySource.get(agreement.id) ?? { source: reading.source.id, agreement: agreement.id, passages: [], facts: emptyFacts() };
        link.passages.push(weighing);
        for (const act of acts) addActFacts(link.facts, act, agreement, p, gazetteer);
        bySource.set(agreement.id, link);
      }
    }
    // In catalogue order, so briefs and reports list them the same way every time.
    for (const agreement of agreements) {
      const link = bySource.get(agreement.id);
      if (link) links.push(link);
    }
  }
  return { links, review: { near, candidates } };
}

function weighingOf(agreement: AgreementId, source: SourceId, p: ParagraphReading, best: { act: ActMention; score: Score }): Weighing {
  return { agreement, source, paragraph: p.paragraph.id, score: best.score.score, linked: best.score.linked, evidence: best.score.evidence, quote: best.act.sentence.text };
}

/**
 * An act no agreement comes near: a candidate for the catalogue when it is the act itself (signed, announced, to be
 * signed), names its own sides or subject, and involves a state the catalogue's agreements involve.
 */
function candidateOf(act: ActMention, reading: SourceReading, p: ParagraphReading, scopeStates: ReadonlySet<EntityId>, ctx: ReadingContext): Candidate | undefined {
  if (!act.verb || act.verb.status === "ratified" || act.verb.status === "contested") return undefined;
  const gazetteer = ctx.data.gazetteer;
  const parties = act.inherited.includes("parties") ? [] : partyBodies(act);
  const states = new Set(parties.map((s) => entityClosure(s, gazetteer).at(-1)!));
  if (![...states].some((s) => scopeStates.has(s))) return undefined;
  if (states.size < 2 && !act.subjects.length) return undefined;
  const date = act.inherited.includes("dates") ? undefined : act.dates.find((d) => d.date)?.date;
  return {
    source: reading.source.id,
    paragraph: p.paragraph.id,
    quote: act.sentence.text,
    kind: act.noun.text.toLowerCase(),
    subjects: [...new Set(act.subjects.map((s) => s.subject))],
    parties,
    date: date ?? null,
    status: act.verb.status,
  };
}
