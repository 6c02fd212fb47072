// Grades a source's reliability (Admiralty A–F): the analyst's sidecar grade, else its outlet's, else F ("cannot be judged").
import type { Outlet } from "../catalogue.ts";
import { RELIABILITY_WORDS } from "../grading.ts";
import type { Field, Reliability, SourceGrade } from "../model.ts";

export interface GradeInput {
  outlet?: Field;
  /** The sidecar's `reliability:` and `rationale:`, for an article the analyst has judged. */
  reliability?: Field;
  rationale?: Field;
}

/** The grade and why; `unjudged` says what the build should note when it had to fall back to F. */
export function gradeSource(input: GradeInput, outlets: readonly Outlet[]): { grade: SourceGrade; unjudged?: string } {
  if (input.reliability && isReliability(input.reliability.value)) {
    return { grade: { reliability: input.reliability.value, rationale: input.rationale?.value ?? "graded by the analyst in the sidecar", from: "sidecar" } };
  }
  const outlet = input.outlet && outlets.find((o) => o.name === input.outlet!.value);
  if (outlet?.reliability) return { grade: { reliability: outlet.reliability, rationale: `${outlet.name}: ${outlet.rationale ?? RELIABILITY_WORDS[outlet.reliability]}`, from: "outlet" } };
  const why = !input.outlet
    ? "the outlet is not known"
    : outlet
      ? `outlets.yaml gives ${outlet.name} no reliability grade`
      : `"${input.outlet.value}" is not in outlets.yaml`;
  return { grade: { reliability: "F", rationale: `Cannot be judged: ${why}.`, from: "unknown" }, unjudged: why };
}

export function isReliability(value: string): value is Reliability {
  return /^[A-F]$/.test(value);
}
