// Checks every brief as written: its front matter against the brief schema, and every quote against the paragraph it cites.
import { diagnostic } from "../diagnostics.ts";
import { checkBriefData, citationsOf, type BriefData } from "../brief-schema.ts";
import { readFrontMatter } from "../front-matter.ts";
import type { ContentFile, Diagnostic, Source } from "../model.ts";
import { passageProblem } from "../passages.ts";

/**
 * Reads a written brief back and verifies it. An error names the brief file and the claim: the cited source or
 * paragraph does not exist, or the quote is not in that paragraph after white-space and quotation-mark normalisation.
 */
export function verifyBrief(file: ContentFile, displayPath: string, sources: readonly Source[]): Diagnostic[] {
  const { data } = readFrontMatter(file.text);
  const schema = checkBriefData(displayPath, data);
  if (schema.length) return schema;
  const brief = data as unknown as BriefData;
  const byId = new Map(sources.map((s) => [s.id as string, s]));
  const problems: Diagnostic[] = [];
  for (const { where, citation } of citationsOf(brief)) {
    const problem = passageProblem(citation, byId);
    if (!problem) continue;
    const why =
      problem.kind === "no-source" ? `cites source "${citation.source}", which is not in this build`
      : problem.kind === "no-paragraph" ? `cites ${citation.source}#${citation.paragraph}, but that source has only ${problem.source.paragraphs.length} paragraphs`
      : `quote is not in ${citation.source}#${citation.paragraph} (seeds/${problem.source.file} line ${problem.paragraph.line}): “${citation.quote}”`;
    problems.push(diagnostic(displayPath, "error", `${where}: ${why}`, "citation"));
  }
  return problems;
}
