// Evidence from what sets the agreement apart: its names and aliases, its own words, the officials who made it, the place it was made.
import type { Agreement } from "../../catalogue.ts";
import type { Evidence } from "../../evidence.ts";
import { TermMatcher } from "../../fold.ts";
import type { EvidenceRule } from "./types.ts";
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

export const detailsEvidence: EvidenceRule = (input) => {
  const { act, agreement, paragraph, ctx } = input;
  const out: Evidence[] = [];
  const { sentence } = act;
  const named = namesOf(agreement).find(paragraph.folded).find((m) => m.start >= sentence.start && m.end <= sentence.end);
  if (named) out.push({ kind: "detail", weight: 2, says: `named as ${words(input, named.start, named.end)}` });
  const people = new Set(agreement.recognise.people ?? []);
  const seen = new Set<string>();
  for (const m of paragraph.entities) {
    if (!people.has(m.entity) || seen.has(m.entity) || seen.size >= 2) continue;
    seen.add(m.entity);
    out.push({ kind: "detail", weight: 1, says: `names ${ctx.byId.get(m.entity)?.name ?? m.entity}, who made it: ${words(input, m.start, m.end)}` });
  }
  const places = new Set(agreement.recognise.places ?? []);
  const place = act.places.find((p) => places.has(p.entity));
  if (place) out.push({ kind: "detail", weight: 1, says: `places it in ${words(input, place.start, place.end)}` });
  return out;
};
