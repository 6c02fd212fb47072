// Turns an assembled brief into its page: front matter in the brief schema, and a Markdown body in the issue's nine sections.
import { nestedQuotes, shortLabel } from "../display.ts";
import type { Brief } from "../brief-schema.ts";
import { escapeMarkdown } from "../markdown.ts";
import type { Citation, Claim, ContentFile } from "../model.ts";
import type { BriefData } from "../brief-schema.ts";
import { withFrontMatter } from "../front-matter.ts";
import { formatDate } from "../dates.ts";

export function briefFrontMatter(brief: Brief): BriefData {
  // Layout and collection are set here, not in a directory data file, so staged builds outside the repo behave the same.
  return { layout: "brief.njk", tags: ["brief"], ...brief };
}

export function briefPage(brief: Brief): ContentFile {
  return { path: `briefs/${brief.id}.md`, text: withFrontMatter(briefFrontMatter(brief) as unknown as Record<string, unknown>, briefBody(brief)) };
}

const e = escapeMarkdown;

/** Link and quote helpers that name each source by a short label: its outlet, or the opening words of its title. */
function citer(labels: ReadonlyMap<string, string>) {
  const link = (c: Citation) => `[${e(labels.get(c.source) ?? c.source)}, ${c.paragraph}](/sources/${c.source}/#${c.paragraph})`;
  const quoted = (c: Citation) => `“${e(nestedQuotes(c.quote))}” (${link(c)})`;
  const cell = (claim: Claim) => {
    const quotes = claim.citations.map(quoted).join("; ");
    const note = claim.provenance === "text" && claim.note ? ` *${e(claim.note)}*` : "";
    return `${analystMark(claim).trim()}${claim.provenance === "analyst" && quotes ? " Supporting text: " : ""}${quotes}${note}`;
  };
  return { link, quoted, cell };
}

/** The claim's Admiralty badge as bold text ("**C3**"), legible in black and white print. */
function gradeMark(claim: Claim): string {
  return claim.grade ? ` **${claim.grade.badge}**` : "";
}

function analystMark(claim: Pick<Claim, "provenance" | "note">): string {
  return claim.provenance === "analyst" ? ` **Analyst-supplied, not reported by the sources:** ${e(claim.note ?? "")}` : "";
}

function briefBody(b: Brief): string {
  // Related reporting may cite a source the brief does not list among its own: it brings its own label.
  const labels = new Map([...b.related.map((r): [string, string] => [r.source, r.source_label]), ...b.source_refs.map((s): [string, string] => [s.id, shortLabel(s)])]);
  const { link, quoted, cell } = citer(labels);
  const out: string[] = [];
  const claim = (id: string) => b.claims.find((c) => c.id === id);
  out.push("## Summary", "", `**Assessment** (the dossier's own reading, not a source's): ${e(b.summary)}`, "");
  // An agreement the catalogue tracks but no source in this build reports: the brief says so before anything else.
  if (!b.sources.length) out.push(`**No source in this build reports this agreement.** What follows comes from the dossier's catalogue only${b.claims.length ? "; facts marked as the analyst's are not reported by any source here" : ""}.`, "");

  out.push("## Key facts", "");
  if (b.claims.length) out.push("| Fact | Value | Evidence |", "|---|---|---|");
  else out.push("None yet: no source states a fact about it, and the catalogue supplies none.");
  for (const c of b.claims) {
    const label = c.id.startsWith("scope:") ? "Scope" : c.label;
    out.push(`| ${e(label)} | ${e(c.value)}${c.provenance === "analyst" ? " (analyst)" : ""}${gradeMark(c)} | ${cell(c).replace(/\n/g, " ")} |`);
  }
  out.push("");
  if (b.claims.some((c) => c.grade)) out.push("Each fact's grade pairs the best reliability (A–F) among the outlets its words come from with its credibility (1–6) under the rule on the [About page](/about/).", "");

  out.push("## What was agreed", "");
  const scope = b.claims.filter((c) => c.id.startsWith("scope:"));
  if (!scope.length) out.push("The sources in this build do not say what the agreement covers.", "");
  for (const c of scope) out.push(`- **${e(c.value)}**: ${c.citations.map(quoted).join("; ")}`);
  out.push("");

  out.push("## Who", "", `**Parties:** ${e(b.parties.map((p) => p.name).join("; "))}.`, "");
  const parties = claim("parties");
  if (parties?.citations.length) out.push(`As reported: ${parties.citations.slice(0, 3).map(quoted).join("; ")}`, "");
  if (b.officials.length) {
    out.push("**Officials named in the sources:**", "");
    for (const o of b.officials) {
      const c = claim(`official:${o.id}`);
      out.push(`- **${e(o.name)}**, ${e(o.role)}; for ${e(o.side)}. Named as “${e(o.title_in_source)} ${e(o.named_as)}”${c ? `: ${c.citations.map(link).join(", ")}` : ""}`);
    }
  } else out.push("The sources name no officials for this agreement.");
  out.push("");

  out.push("## Context", "", e(b.context), "");

  out.push("## What each source says", "");
  if (!b.quotes.length) out.push("No source in this build reports this agreement.", "");
  for (const q of b.quotes) {
    out.push(`### ${e(q.title)}`, "");
    // The grade only: the rationale is on the source page, and a brief's text stays about its agreement (search ranks by it).
    const ref = b.source_refs.find((s) => s.id === q.source);
    if (ref) out.push(`Source grade **${ref.grade}**${ref.outlet && ref.origin !== ref.outlet ? `; its words come from ${e(ref.origin)}` : ""}.`, "");
    for (const c of q.citations) out.push(`> ${e(c.quote)}`, ">", `> — ${link(c)}`, "");
  }

  out.push("## Where sources differ", "");
  const agreeing = b.sources.length > 1 ? "The sources' independent origins agree on the date, place, signing government and status." : b.sources.length === 1 ? "Only one source reports this agreement; there is nothing to compare yet." : "No source reports this agreement; there is nothing to compare.";
  if (!b.differences.length) out.push(agreeing, "");
  const kinds = { date: "Date of signing", place: "Place of signing", government: "Signing government", status: "Status", framing: "Framing" } as const;
  for (const d of b.differences) out.push(`- **${kinds[d.kind]}:** ${e(d.text)} ${d.citations.map(link).join(", ")}`);
  if (b.agreement_date?.provenance === "analyst") out.push(`- **Date:** no source dates the agreement; the date shown is the analyst's. ${e(b.agreement_date.note ?? "")}`);
  out.push("");
  if (b.differences.some((d) => d.kind !== "framing")) out.push("Every open discrepancy of the dossier is listed on [Where sources differ](/discrepancies/).", "");

  out.push("## Related reporting", "");
  if (!b.related.length && !b.related_briefs.length) out.push("None yet.", "");
  for (const r of b.related) {
    out.push(`- **${e(r.title)}** (${e(r.source_title)}): ${r.citations.map(quoted).join(" ")} *${e(r.note)}*`);
  }
  if (b.related_briefs.length) out.push("", `Related briefs: ${b.related_briefs.map((r) => `[${e(r.title)}](/briefs/${r.id}/)`).join(" · ")}`);
  out.push("");

  out.push("## Sources", "");
  for (const s of b.source_refs) {
    const date = s.published && s.precision ? formatDate({ iso: s.published, precision: s.precision }) : "undated";
    const parts = [`[${e(s.title)}](/sources/${s.id}/)`, e(s.outlet ?? "outlet not given"), e(date), s.url && /^https?:\/\/[^\s<>]+$/.test(s.url) ? `<${s.url}>` : s.url ? e(s.url) : "no URL given", `seed file \`${s.file.replace(/`/g, "")}\``, `grade **${s.grade}**`];
    out.push(`1. ${parts.join(". ")}.`);
  }
  out.push("");
  if (b.sources.length) out.push(`${b.sources.length} source${b.sources.length === 1 ? "" : "s"}, ${b.corroboration} independent: a copy and its original, or stories that relay one outlet, count once.`, "");
  return out.join("\n");
}
