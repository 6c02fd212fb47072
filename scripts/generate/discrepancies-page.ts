// Every open discrepancy of the dossier on one page: the facts independent origins state differently, brief by brief, each side cited.
import { DIFFERENCE_LABELS, type Brief } from "../brief-schema.ts";
import { shortLabel } from "../display.ts";
import { withFrontMatter } from "../front-matter.ts";
import { escapeMarkdown } from "../markdown.ts";
import type { Citation, ContentFile } from "../model.ts";
import { evidenceAddress } from "./evidence-page.ts";

const e = escapeMarkdown;

export function discrepanciesPage(briefs: readonly Brief[]): ContentFile {
  const out: string[] = [
    "A discrepancy is a fact about an agreement (the date, place, signing government, signatories or status of its signing) that independent origins state differently. A copy and its original, or a story and the outlet it relays, are one origin; values that differ only in precision, and spellings, are not discrepancies. Each note cites both sides. See [how sources are graded](/about/).",
    "",
  ];
  let open = 0;
  for (const brief of briefs) {
    const notes = brief.differences.filter((d) => d.kind !== "framing");
    if (!notes.length) continue;
    open += notes.length;
    const labels = new Map(brief.source_refs.map((s) => [s.id, shortLabel(s)]));
    const link = (c: Citation) => `[${e(labels.get(c.source) ?? c.source)}, ${c.paragraph}](/sources/${c.source}/#${c.paragraph})`;
    out.push(`## [${e(brief.title)}](/briefs/${brief.id}/)`, "");
    for (const d of notes) {
      const more = new Set(d.more_citations.map((c) => c.source)).size;
      const rest = more ? `; [${more} more source${more === 1 ? "" : "s"}](${evidenceAddress(brief.id)}) on the evidence page` : "";
      out.push(`- **${DIFFERENCE_LABELS[d.kind]}:** ${e(d.text)} ${d.citations.map(link).join(", ")}${rest}`);
    }
    out.push("");
  }
  if (!open) out.push("None: where independent origins report the same fact, they agree.", "");
  const data = {
    layout: "page.njk",
    title: "Where sources differ",
    permalink: "/discrepancies/",
    description: open ? `${open} open discrepanc${open === 1 ? "y" : "ies"} between independent sources on the agreements' dates, places, governments, signatories and status.` : "No open discrepancies between independent sources.",
  };
  return { path: "discrepancies/index.md", text: withFrontMatter(data, out.join("\n")) };
}
