// The kinds of evidence, in the order they are weighed and shown: one file each, one entry here.
import { actEvidence } from "./act.ts";
import { detailsEvidence } from "./details.ts";
import { partiesEvidence } from "./parties.ts";
import { referenceEvidence } from "./reference.ts";
import { subjectEvidence } from "./subject.ts";
import { timeEvidence } from "./time.ts";
import type { EvidenceRule } from "./types.ts";

export const EVIDENCE: ReadonlyArray<readonly [name: string, rule: EvidenceRule]> = [
  ["act", actEvidence],
  ["parties", partiesEvidence],
  ["subject", subjectEvidence],
  ["time", timeEvidence],
  ["detail", detailsEvidence],
  ["reference", referenceEvidence],
];
