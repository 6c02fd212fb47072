// Finds related reporting (a visit, a statement) by the catalogue's simple rule: one of the terms and every entity named in one paragraph.
import type { Entity, TermRule } from "../catalogue.ts";
import { findTerms } from "../fold.ts";
import { coveredEntities } from "./entities.ts";
import type { ParagraphReading } from "./reading.ts";

/** Where the paragraph says the rule's terms, when it also names every entity the rule asks for; undefined otherwise. */
export function matchTermRule(rule: TermRule, p: ParagraphReading, gazetteer: readonly Entity[]): Array<{ start: number; end: number }> | undefined {
  // The entities first: they are already found, and most paragraphs lack them.
  const named = coveredEntities(p.entities, gazetteer);
  if (!rule.entities.every((e) => named.has(e))) return undefined;
  const terms = findTerms(p.text, rule.terms, p.folded, { inflect: "verb" });
  if (!terms.length) return undefined;
  return terms.map((t) => ({ start: t.start, end: t.end }));
}
