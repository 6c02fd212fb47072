// The analyst's review queue as a page: passages weighed near the threshold (either way) with their evidence, and agreement-like acts no catalogue entry matches.
import type { Brief } from "../brief-schema.ts";
import { formatDate } from "../dates.ts";
import { NEAR, THRESHOLD, type Evidence, type Review } from "../evidence.ts";
import { withFrontMatter } from "../front-matter.ts";
import { escapeMarkdown } from "../markdown.ts";
import type { ContentFile } from "../model.ts";

const e = escapeMarkdown;

function evidenceList(evidence: readonly Evidence[]): string {
  return evidence.map((x) => `${x.weight > 0 ? "+" : x.weight < 0 ? "−" : "±"}${Math.abs(x.weight)} ${e(x.says)}${x.veto ? " (rules it out)" : ""}`).join("; ");
}

export function reviewPage(review: Review, titles: ReadonlyMap<string, string>, briefs: readonly Pick<Brief, "id" | "title">[]): ContentFile {
  const title = (id: string) => e(titles.get(id) ?? id);
  const briefTitle = (id: string) => e(briefs.find((b) => b.id === id)?.title ?? id);
  const out: string[] = [];
  out.push(
    `The dossier links a passage to an agreement when the evidence for it reaches ${THRESHOLD} and includes something that says which act it is (its date or a detail of its own); see [how recognition works](/about/#how-recognition-works). These are the calls worth checking by hand. Nothing here is published in a brief unless it says "cited".`,
    "",
    `## Passages near the threshold`,
    "",
  );
  if (!review.near.length) out.push(`No passage scored within ${NEAR} of the threshold.`, "");
  for (const w of review.near) {
    const verdict = w.linked ? "cited" : "not cited";
    out.push(`- **${briefTitle(w.agreement)}**: [${title(w.source)}, ${w.paragraph}](/sources/${w.source}/#${w.paragraph}), score ${w.score} (${verdict}). “${e(w.quote)}” Evidence: ${evidenceList(w.evidence)}.`);
  }
  out.push("", "## Acts that match no agreement in the catalogue", "");
  out.push("Agreements, memoranda and deals the sources report that are not in `content/_data/agreements.yaml`. Add one there to give it a brief.", "");
  if (!review.candidates.length) out.push("None.", "");
  for (const c of review.candidates) {
    const what = [c.kind, c.subjects.length ? `on ${c.subjects.join(" and ")}` : "", c.parties.length ? `between ${c.parties.join(", ")}` : "", c.date ? `dated ${formatDate(c.date)}` : "undated", c.status ? `(${c.status})` : ""].filter(Boolean).join(" ");
    out.push(`- ${e(what)}: [${title(c.source)}, ${c.paragraph}](/sources/${c.source}/#${c.paragraph}). “${e(c.quote)}”`);
  }
  out.push("");
  const data = {
    layout: "page.njk",
    title: "Review queue",
    permalink: "/review/",
    // Kept out of the collections, and so out of the sitemap and the feed, and marked noindex; the page is not in the search index either.
    eleventyExcludeFromCollections: true,
    description: "Passages near the recognition threshold and agreements the catalogue does not list, for the analyst to check.",
  };
  return { path: "review/index.md", text: withFrontMatter(data, out.join("\n")) };
}
