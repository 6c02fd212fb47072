// Evidence from what sets the agreement apart: its names and aliases, its own words, the officials who made it, the place it was made.
import type { Agreement } from "../../catalogue.ts";
import type { Evidence } from "../../evidence.ts";
import { TermMatcher, type FoldedText, type TermMatch } from "../../fold.ts";
import { entityClosure } from "../entities.ts";
import type { EvidenceInput, EvidenceRule } from "./types.ts";
import { words } from "./types.ts";

const names = new WeakMap<Agreement, TermMatcher>();

function namesOf(agreement: Agreement): TermMatcher {
  let matcher = names.get(agreement);
  if (!matcher) {
    matcher = new TermMatcher([...agreement.aliases, ...(agreement.recognise.details ?? [])], { inflect: "plural" });
    names.set(agreement, matcher);
  }
  return matcher;
}

// A paragraph's matches of each agreement's names, found once: every act of the paragraph is weighed against every agreement.
const found = new WeakMap<FoldedText, Map<Agreement, TermMatch[]>>();

function namesIn(folded: FoldedText, agreement: Agreement): TermMatch[] {
  let byAgreement = found.get(folded);
  if (!byAgreement) found.set(folded, (byAgreement = new Map()));
  let matches = byAgreement.get(agreement);
  if (!matches) byAgreement.set(agreement, (matches = namesOf(agreement).find(folded)));
  return matches;
}

export const detailsEvidence: EvidenceRule = (input) => {
  const { act, agreement, paragraph, ctx } = input;
  const out: Evidence[] = [];
  const { sentence } = act;
  const named = namesIn(paragraph.folded, agreement).find((m) => m.start >= sentence.start && m.end <= sentence.end);
  if (named) out.push({ kind: "detail", weight: 2, says: `named as ${words(input, named.start, named.end)}` });
  const people = new Set(agreement.recognise.people ?? []);
  const seen = new Set<string>();
  for (const m of paragraph.entities) {
    if (!people.has(m.entity) || seen.has(m.entity) || seen.size >= 2) continue;
    seen.add(m.entity);
    out.push({ kind: "detail", weight: 1, says: `names ${ctx.byId.get(m.entity)?.name ?? m.entity}, who made it: ${words(input, m.start, m.end)}` });
  }
  if (agreement.recognise.unique && onlyOne(input)) {
    const states = agreement.parties.map((p) => ctx.byId.get(entityClosure(p, ctx.data.gazetteer).at(-1)!)?.name ?? p);
    out.push({ kind: "detail", weight: 2, says: `the only ${agreement.recognise.subject} agreement between ${states.join(" and ")}` });
  }
  const companion = companionNamed(input);
  if (companion) out.push({ kind: "detail", weight: 2, says: `named together with ${companion.short_title}, which was made with it` });
  const places = new Set(agreement.recognise.places ?? []);
  const place = act.places.find((p) => places.has(p.entity));
  if (place) out.push({ kind: "detail", weight: 1, says: `places it in ${words(input, place.start, place.end)}` });
  return out;
};

/** An act on the agreement's subject between exactly its parties' states (a unique agreement's only act). */
function onlyOne({ act, agreement, ctx }: EvidenceInput): boolean {
  const wanted = agreement.recognise.subject;
  const about = act.primary === wanted || (act.several && act.subjects.some((s) => s.subject === wanted)) || (!act.subjects.length && act.sentenceSubjects.includes(wanted) && act.sentenceSubjects.length === 1);
  if (!about) return false;
  const stateOf = (id: string) => entityClosure(id as never, ctx.data.gazetteer).at(-1)!;
  const named = new Set(act.roles.filter((r) => r.role === "party").map((r) => stateOf(r.stands_for)));
  const core = new Set(act.roles.filter((r) => r.role === "party" && r.core).map((r) => stateOf(r.stands_for)));
  const states = new Set(agreement.parties.map(stateOf));
  return [...states].every((s) => named.has(s)) && [...core].every((s) => states.has(s));
}

/** A companion agreement the same sentence names, by its subject, in the act's own words or another act of the sentence. */
function companionNamed({ act, agreement, paragraph, ctx }: EvidenceInput) {
  for (const id of agreement.recognise.companions ?? []) {
    const other = ctx.data.catalogue.agreements.find((a) => a.id === id);
    if (!other) continue;
    const wanted = other.recognise.subject;
    if (act.several && act.subjects.some((s) => s.subject === wanted) && act.subjects.some((s) => s.subject === agreement.recognise.subject)) return other;
    const sibling = paragraph.acts.find((a) => a !== act && a.sentence.start === act.sentence.start && a.primary === wanted);
    if (sibling && act.primary === agreement.recognise.subject) return other;
  }
  return undefined;
}
