// The written rule that grades information credibility (1–6) from who reports it, and where each report's words come from.
import type { Claim, ClaimGrade, Credibility, ParagraphId, Reliability, Source } from "./model.ts";

/** Where a report's words come from: the outlet (or, when none is known, the article itself), how reliable, and whether at second hand. */
export interface Origin {
  /** An outlet's name, or `source:<id>` for an article whose outlet is not known: one voice each. */
  name: string;
  reliability: Reliability;
  /** True when the source credits the report to another outlet ("according to TRT Haber"). */
  secondHand: boolean;
}

/** What each source-reliability letter means on the Admiralty scale. */
export const RELIABILITY_WORDS: Record<Reliability, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

/** One step of the rule per grade, in the order they are tried, as the About page prints them. */
export const CREDIBILITY_RULE: ReadonlyArray<{ grade: Credibility; meaning: string; when: string }> = [
  { grade: 5, meaning: "improbable", when: "independent origins give different values for the same fact (an open discrepancy)" },
  { grade: 6, meaning: "cannot be judged", when: "no source states it (the analyst supplies it), or every origin that states it has reliability F" },
  { grade: 1, meaning: "confirmed", when: "two or more independent origins graded A to E state it (a copy and its original, wire copy and the agency, reports credited to one outlet count once)" },
  { grade: 2, meaning: "probably true", when: "one origin graded A or B states it at first hand" },
  { grade: 3, meaning: "possibly true", when: "a single origin states it at first hand" },
  { grade: 4, meaning: "doubtful", when: "the only sources report it at second hand, crediting another outlet" },
];

/** The origin of a source's words, or of one paragraph's: a credited outlet, the story's lede's, the reprinted outlet, the wire, the outlet itself. */
export function originOf(source: Source, paragraph?: ParagraphId): Origin {
  const relays = source.meta.relays ?? [];
  const credited = paragraph && relays.find((r) => r.kind === "attribution" && r.paragraph === paragraph);
  // A story whose first two paragraphs credit another outlet relays that outlet's report throughout.
  const lede = relays.find((r) => r.kind === "attribution" && ["p1", "p2"].includes(r.paragraph ?? ""));
  const attribution = credited || lede;
  if (attribution) return { name: attribution.outlet, reliability: attribution.reliability, secondHand: true };
  const copied = relays.find((r) => r.kind === "reprint") ?? relays.find((r) => r.kind === "wire");
  if (copied) return { name: copied.outlet, reliability: copied.reliability, secondHand: false };
  return { name: source.meta.outlet?.value ?? `source:${source.id}`, reliability: source.meta.grade?.reliability ?? "F", secondHand: false };
}

/** The grade CREDIBILITY_RULE gives a fact reported by these origins, with the step that decided it. */
export function credibilityOf(origins: readonly Origin[], contested = false): { grade: Credibility; reason: string } {
  const step = (grade: Credibility) => ({ grade, reason: `${CREDIBILITY_RULE.find((s) => s.grade === grade)!.meaning}: ${CREDIBILITY_RULE.find((s) => s.grade === grade)!.when}` });
  if (contested && origins.length) return step(5);
  const judged = origins.filter((o) => o.reliability !== "F");
  if (!judged.length) return step(6);
  if (new Set(judged.map((o) => o.name)).size > 1) return step(1);
  const firstHand = judged.filter((o) => !o.secondHand);
  if (firstHand.some((o) => o.reliability === "A" || o.reliability === "B")) return step(2);
  if (firstHand.length) return step(3);
  return step(4);
}

/** The number of independent origins among these sources: a copy and its original, or two stories of one outlet, count once. */
export function independentOrigins(sources: readonly Source[]): number {
  return new Set(sources.map((s) => originOf(s).name)).size;
}

/** A source's own badge ("C3"): its reliability, and the credibility its reporting has on its own. */
export function sourceBadge(source: Source): string {
  return `${source.meta.grade?.reliability ?? "F"}${credibilityOf([originOf(source)]).grade}`;
}

/** A claim's grade: an analyst's fact is 6; a reported one by the rule over the origins of the passages it cites. */
export function gradeClaim(claim: Pick<Claim, "provenance" | "citations">, sources: ReadonlyMap<string, Source>, contested = false): ClaimGrade {
  const origins = claim.provenance === "analyst" ? [] : claim.citations.flatMap((c) => {
    const source = sources.get(c.source);
    return source ? [originOf(source, c.paragraph)] : [];
  });
  const { grade, reason } = credibilityOf(origins, contested);
  const reliability = origins.map((o) => o.reliability).sort()[0] ?? "F";
  return { badge: `${reliability}${grade}`, reliability, credibility: grade, reason, origins: [...new Set(origins.map((o) => o.name))].sort() };
}
