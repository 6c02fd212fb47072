// Turns an assembled brief into its page: front matter in the brief schema, and a Markdown body in the shape an analyst
// reads (summary, what was agreed, who, when and where, status, where sources differ, sources), each quote once, in the notes.
import { nestedQuotes, plural, shortLabel } from "../display.ts";
import { DIFFERENCE_KINDS, DIFFERENCE_LABELS, type Brief, type BriefData } from "../brief-schema.ts";
import { escapeMarkdown } from "../markdown.ts";
import type { Citation, Claim, ContentFile } from "../model.ts";
import { withFrontMatter } from "../front-matter.ts";
import { formatDate } from "../dates.ts";
import { changesByDate, describeChange, type Change } from "../history.ts";
import { BriefNotes, type FactNotes } from "./brief-notes.ts";
import { evidenceAddress } from "./evidence-page.ts";

/** `changes`: the brief's recorded changes, oldest first (scripts/history.ts); the front matter holds them in words, newest first. */
export function briefFrontMatter(brief: Brief, changes: readonly Change[] = []): BriefData {
  // Layout and collection are set here, not in a directory data file, so staged builds outside the repo behave the same.
  return { layout: "brief.njk", tags: ["brief"], ...brief, changes: changesByDate(changes).map((g) => ({ date: g.date, items: g.changes.map(describeChange), first_recorded: g.changes.some((c) => c.kind === "first-recorded") })) };
}

export function briefPage(brief: Brief, changes: readonly Change[] = []): ContentFile {
  return { path: `briefs/${brief.id}.md`, text: withFrontMatter(briefFrontMatter(brief, changes) as unknown as Record<string, unknown>, briefBody(brief, changes)) };
}

const e = escapeMarkdown;

/** Lists longer than this (differences of one kind, related reports, sources) show this many and say how many more. */
const SHOWN_ITEMS = 3;
/** Sources listed in full on a brief (layouts/brief.njk cites the same ones in its JSON-LD); the evidence page has every one. */
const SHOWN_SOURCES = 5;

/** The claim's Admiralty badge as bold text ("**C3**"), legible in black and white print. */
function gradeMark(claim: Claim): string {
  return claim.grade ? ` **${claim.grade.badge}**` : "";
}

function analystMark(claim: Pick<Claim, "provenance" | "note">): string {
  return claim.provenance === "analyst" ? `**Analyst-supplied, not reported by the sources:** ${e(claim.note ?? "")}` : "";
}

/** Note references for the body, and the notes themselves, numbered as the body first points at them. */
function referencer(b: Brief) {
  const notes = new BriefNotes();
  const evidence = evidenceAddress(b.id);
  const refs = (numbers: readonly number[]) => numbers.map((n) => `[\\[${n}\\]](#n${n})`).join(" ");
  const more = (f: FactNotes) =>
    f.moreSources ? ` · [${plural(f.moreSources, "more source")}](${evidence})` : f.morePassages ? ` · [${plural(f.morePassages, "more passage")}](${evidence})` : "";
  /** A fact's best citations as note references, and a link to the evidence page for the rest. */
  const fact = (citations: readonly Citation[]) => {
    if (!citations.length) return "";
    const f = notes.fact(citations);
    return `${refs(f.numbers)}${more(f)}`;
  };
  /** Every citation as a note reference (differences and related reports, already bounded). */
  const all = (citations: readonly Citation[]) => refs([...new Set(citations.map((c) => notes.cite(c)))]);
  /** " · N more sources" linking the evidence page, for citations a bounded list leaves out. */
  const moreSources = (citations: readonly Citation[]) => {
    const count = new Set(citations.map((c) => c.source)).size;
    return count ? ` · [${plural(count, "more source")}](${evidence})` : "";
  };
  /** A claim's value with its provenance and its references. */
  const claimed = (c: Claim) => {
    const analyst = c.provenance === "analyst" ? `${analystMark(c)}${c.citations.length ? " Supporting text:" : ""}` : "";
    const note = c.provenance === "text" && c.note ? `*${e(c.note)}*` : "";
    const parts = [analyst, gradeMark(c).trim(), fact(c.citations), note].filter(Boolean);
    return parts.length ? ` ${parts.join(" ")}` : "";
  };
  return { notes, fact, all, moreSources, claimed, evidence };
}

/**
 * The analyst's judgement, apart from the cited facts: labelled "Assessment" (print boxes it), with the confidence the
 * catalogue states and its basis, then the summary and the background. Nothing here is cited: it is the dossier's reading.
 */
function assessmentSection(b: Brief): string[] {
  const { confidence, basis } = b.assessment;
  const stated = confidence
    ? `**Confidence: ${confidence}.**${basis ? ` ${e(basis)}` : ""}`
    : "**Confidence: not stated.** The catalogue gives no confidence level for this assessment.";
  return [
    "## Assessment",
    "",
    `*The analyst's judgement, not a source's report: the facts below are cited, this is not.* ${stated} Likelihood is worded on the ICD 203 scale ([fact and judgement](/about/#fact-and-judgement)).`,
    "",
    e(b.summary),
    "",
    `**Background:** ${e(b.context)}`,
    "",
  ];
}

/** Build dates shown under "What changed"; older ones are counted, and kept in the history file. */
const SHOWN_DATES = 5;

/**
 * What changed, by build date, newest first: sources first seen (linked while the brief cites them), facts whose
 * value changed, discrepancies opened or resolved, assessment edits. Each date lists a few changes of a kind and counts the rest.
 */
function changesSection(b: Brief, changes: readonly Change[]): string[] {
  const out = ["## What changed", ""];
  const groups = changesByDate(changes);
  if (!groups.length) return [...out, "Nothing recorded yet: the next `npm run build` starts the record.", ""];
  const cited = new Set(b.sources);
  const line = (c: Change) => {
    if (c.kind === "source-added" && cited.has(c.subject)) return `New source: [${e(c.label)}](/sources/${c.subject}/).`;
    return e(describeChange(c));
  };
  for (const g of groups.slice(0, SHOWN_DATES)) {
    const items: string[] = [];
    for (const kind of [...new Set(g.changes.map((c) => c.kind))]) {
      const ofKind = g.changes.filter((c) => c.kind === kind);
      items.push(...ofKind.slice(0, SHOWN_ITEMS).map(line));
      if (ofKind.length > SHOWN_ITEMS) items.push(`And ${plural(ofKind.length - SHOWN_ITEMS, kind === "source-added" ? "more new source" : "more change like this", kind === "source-added" ? "more new sources" : "more changes like this")}.`);
    }
    out.push(`- **${formatDate({ iso: g.date, precision: "day" })}:** ${items.join(" ")}`);
  }
  if (groups.length > SHOWN_DATES) out.push(`- And changes on ${plural(groups.length - SHOWN_DATES, "earlier date")}, kept in the dossier's history file.`);
  out.push("", "Dates are those of the builds that saw each change.", "");
  return out;
}

function briefBody(b: Brief, changes: readonly Change[]): string {
  // Related reporting may cite a source the brief does not list among its own: it brings its own label.
  const labels = new Map([...b.related.map((r): [string, string] => [r.source, r.source_label]), ...b.source_refs.map((s): [string, string] => [s.id, shortLabel(s)])]);
  const { notes, all, moreSources, claimed, evidence } = referencer(b);
  const out: string[] = [];
  const claim = (id: string) => b.claims.find((c) => c.id === id);

  out.push(...assessmentSection(b));
  // An agreement the catalogue tracks but no source in this build reports: the brief says so before anything else.
  if (!b.sources.length) out.push(`**No source in this build reports this agreement.** What follows comes from the dossier's catalogue only${b.claims.length ? "; facts marked as the analyst's are not reported by any source here" : ""}.`, "");

  out.push("## What was agreed", "");
  if (b.claims.some((c) => c.grade)) out.push("Each fact carries its grade: the best reliability (A–F) among the outlets its words come from, with its credibility (1–6) under the rule on the [About page](/about/).", "");
  const scope = b.claims.filter((c) => c.id.startsWith("scope:"));
  const others = b.claims.filter((c) => c.id.startsWith("fact:") && c.id !== "fact:place" && c.id !== "fact:status");
  if (!scope.length) out.push("The sources in this build do not say what the agreement covers.", "");
  for (const c of scope) out.push(`- **${e(c.value)}**${claimed(c)}`);
  for (const c of others) out.push(`- **${e(c.label)}:** ${e(c.value)}${claimed(c)}`);
  out.push("");

  out.push("## Who", "");
  const parties = claim("parties");
  out.push(`**Parties:** ${e(b.parties.map((p) => p.name).join("; "))}.${parties ? claimed(parties) : ""}`, "");
  if (b.officials.length) {
    out.push("**Officials named in the sources:**", "");
    for (const o of b.officials) {
      const c = claim(`official:${o.id}`);
      out.push(`- **${e(o.name)}**, ${e(o.role)}; for ${e(o.side)}. Named as “${e(o.title_in_source)} ${e(o.named_as)}”.${c ? claimed(c) : ""}`);
    }
  } else out.push("The sources name no officials for this agreement.");
  out.push("");

  out.push("## When and where", "");
  const date = claim("date");
  out.push(`- **Date:** ${date ? `${e(date.value)}${claimed(date)}` : b.sources.length ? "not known: the sources that report it do not date it, and the catalogue gives no date." : "not known."}`);
  const place = claim("fact:place");
  out.push(`- **Place:** ${place ? `${e(place.value)}${claimed(place)}` : "the sources do not say where it was signed."}`, "");

  out.push("## Status", "");
  const status = claim("fact:status");
  out.push(`**${e(b.status[0]!.toUpperCase() + b.status.slice(1))}** (the catalogue's status).${status ? ` As the sources report it: ${e(status.value)}.${claimed(status)}` : " No source in this build states its status."}`, "");

  out.push("## Where sources differ", "");
  const agreeing = b.sources.length > 1 ? "The sources' independent origins agree on the date, place, signing government, signatories and status." : b.sources.length === 1 ? "Only one source reports this agreement; there is nothing to compare yet." : "No source reports this agreement; there is nothing to compare.";
  if (!b.differences.length) out.push(agreeing, "");
  for (const kind of DIFFERENCE_KINDS) {
    // Of several alike ("uses loaded words" in many sources), those whose passages the page already quotes come first:
    // the examples shown open as few new notes as they can.
    const ofKind = b.differences.filter((d) => d.kind === kind).map((d) => ({ d, quoted: d.citations.every((c) => notes.quotes(c)) }));
    ofKind.sort((x, y) => Number(y.quoted) - Number(x.quoted));
    for (const { d } of ofKind.slice(0, SHOWN_ITEMS)) out.push(`- **${DIFFERENCE_LABELS[d.kind]}:** ${e(d.text)} ${all(d.citations)}${moreSources(d.more_citations)}`);
    if (ofKind.length > SHOWN_ITEMS) out.push(`- **${DIFFERENCE_LABELS[kind]}:** and ${ofKind.length - SHOWN_ITEMS} more like this; [every passage](${evidence}) is on the evidence page.`);
  }
  if (b.agreement_date?.provenance === "analyst") out.push(`- **Date:** no source dates the agreement; the date shown is the analyst's. ${e(b.agreement_date.note ?? "")}`);
  out.push("");
  if (b.differences.some((d) => d.kind !== "framing")) out.push("Every open discrepancy of the dossier is listed on [Where sources differ](/discrepancies/).", "");

  out.push("## Related reporting", "");
  if (!b.related.length && !b.related_briefs.length) out.push("None yet.", "");
  // One line per topic, quoting its first report: a visit many outlets report is one event, said once.
  const topics = [...new Set(b.related.map((r) => r.id))].map((id) => b.related.filter((r) => r.id === id));
  for (const [first, ...others] of topics.slice(0, SHOWN_ITEMS)) {
    const also = others.length ? ` and ${plural(others.length, "other report")}` : "";
    out.push(`- **${e(first!.title)}** (${e(first!.source_label)}${also}): *${e(first!.note)}* ${all(first!.citations)}`);
  }
  const shownReports = Math.min(topics.length, SHOWN_ITEMS);
  if (b.related.length > shownReports) out.push(`- And ${plural(b.related.length - shownReports, "more related report")}, on the [evidence page](${evidence}).`);
  if (b.related_briefs.length) out.push("", `Related briefs: ${b.related_briefs.map((r) => `[${e(r.title)}](/briefs/${r.id}/)`).join(" · ")}`);
  out.push("");

  out.push(...changesSection(b, changes));

  out.push("## Sources", "");
  const reporting = b.sources.length ? `${plural(b.sources.length, "source")}, ${b.corroboration} independent, report this agreement: a copy and its original, or stories that relay one outlet, count once. ` : "";
  out.push(`${reporting}The notes quote each passage this brief relies on, once; [every passage, by source](${evidence}), is on the evidence page.`, "");
  const list = notes.list();
  if (list.length) {
    out.push("### Notes", "");
    for (const n of list) {
      const link = `[${e(labels.get(n.source) ?? n.source)}, ${n.paragraph}](/sources/${n.source}/#${n.paragraph})`;
      const same = n.sameAs.length ? `${n.quotes.length ? "and " : ""}the same words as note${n.sameAs.length > 1 ? "s" : ""} ${n.sameAs.join(", ")}` : "";
      const quoted = n.quotes.map((q) => `“${e(nestedQuotes(q))}”`).join(" … ");
      out.push(`${n.number}. ${[quoted, same].filter(Boolean).join(" ")} — ${link} {#n${n.number}}`);
    }
    out.push("");
  }
  // The first sources in full (the same ones the page's JSON-LD cites); the evidence page has every one.
  if (b.source_refs.length) {
    out.push("### Reporting sources", "");
    for (const s of b.source_refs.slice(0, SHOWN_SOURCES)) {
      const when = s.published && s.precision ? formatDate({ iso: s.published, precision: s.precision }) : "undated";
      const parts = [`[${e(s.title)}](/sources/${s.id}/)`, e(s.outlet ?? "outlet not given"), e(when), s.url && /^https?:\/\/[^\s<>]+$/.test(s.url) ? `<${s.url}>` : s.url ? e(s.url) : "no URL given", `seed file \`${s.file.replace(/`/g, "")}\``, `grade **${s.grade}**${s.outlet && s.origin !== s.outlet ? `, its words from ${e(s.origin)}` : ""}`];
      out.push(`- ${parts.join(". ")}.`);
    }
    if (b.source_refs.length > SHOWN_SOURCES) out.push(`- And ${plural(b.source_refs.length - SHOWN_SOURCES, "more source")}, on the [evidence page](${evidence}).`);
    out.push("");
  }
  return out.join("\n");
}
