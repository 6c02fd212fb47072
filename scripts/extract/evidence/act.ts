// Evidence of the act itself: an agreement noun, and what is done to it (signed, announced, ratified, contested).
import { PLURAL_NOUN } from "../acts.ts";
import type { EvidenceRule } from "./types.ts";
import { words } from "./types.ts";

export const actEvidence: EvidenceRule = (input) => {
  const { act } = input;
  const noun = words(input, act.noun.start, act.noun.end);
  // "maritime agreements" with nothing done to them and nothing pointing at one: agreements in general, not an act.
  // A date in their own words makes them particular ones: "the two accords between Tripoli and Ankara in November 2019".
  const text = input.paragraph.text;
  const dated = act.dates.some((d) => d.date && !d.inferred && d.start >= act.noun.end && d.start - act.noun.end <= 60 && !/[,;.:]/.test(text.slice(act.noun.end, d.start)));
  // So does a count: "the two memoranda of understanding", "both accords".
  const counted = COUNTED_BEFORE.test(text.slice(act.sentence.start, act.noun.start));
  // One noun is one agreement, whatever it is on: "the “Agreement for the Delimitation of Maritime Borders and for
  // Military Cooperation”" names the two memoranda as one, not agreements in general.
  if (!act.verb && act.refers === "none" && act.several && PLURAL_NOUN.test(act.noun.text) && !dated && !counted) return [{ kind: "act", weight: 0, says: `speaks of agreements in general: ${noun}` }];
  // "He rejected any agreement signed by the outgoing government", "turned down every agreement or memorandum signed by
  // the Dabaiba government": whatever is done to it, an agreement picked out by "any" or "every" is none in particular.
  const quantifier = ANY_BEFORE.exec(text.slice(act.sentence.start, act.noun.start));
  if (quantifier) return [{ kind: "act", weight: -4, says: `speaks of “${quantifier[1]}” agreement, none in particular: ${noun}`, veto: true }];
  if (!act.verb) return [{ kind: "act", weight: 1, says: `names an agreement: ${noun}` }];
  const verb = words(input, act.verb.start, act.verb.end);
  // Agreed, but no agreement named: the act is there, what it is weighs on the rest of the evidence.
  if (act.verbOnly) return [{ kind: "act", weight: 1.5, says: `agreed, with no agreement named: ${verb}` }];
  // Signing, announcing or a signing to come is the act itself; ratifying or contesting it reports on an act already made.
  const itself = act.verb.status === "signed" || act.verb.status === "announced" || act.verb.status === "to be signed";
  return [{ kind: "act", weight: itself ? 2 : 1.5, says: `${act.verb.status}: ${verb} … ${noun}` }];
};

/** "any", "every" or "each" right before the noun, or before it and another noun it is joined to ("every agreement or"). */
// ("The two sides each signed a memorandum": "each" before a verb counts the sides, not the agreements.)
const ANY_BEFORE = /\b(any|every|each)\s+(?:(?![\p{L}-]*ed\s)[\p{L}'’-]+\s+){0,2}(?:(?:agreements?|memorand(?:um|a|ums)|deals?|accords?|pacts?|treat(?:y|ies))\s+or\s+(?:[\p{L}'’-]+\s+){0,2})?$/iu;

/** A count right before the noun: "the two", "these two Turkish-Libyan", "both", "two memoranda of understanding". */
const COUNTED_BEFORE = /(?:\b(?:the|these|those)\s+twin|\b(?:two|three|both))\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
