// An agreement's evidence page: every passage its brief rests on, once, grouped by source with links to the paragraphs, paginated so no page grows with the corpus.
import type { Brief } from "../brief-schema.ts";
import { formatDate } from "../dates.ts";
import { nestedQuotes, shortLabel } from "../display.ts";
import { withFrontMatter } from "../front-matter.ts";
import { escapeMarkdown, pagerLine } from "../markdown.ts";
import type { Citation, ContentFile } from "../model.ts";

/** Passages per evidence page. */
export const EVIDENCE_PAGE_SIZE = 200;

const e = escapeMarkdown;

/** The address of an agreement's evidence page: `/briefs/<id>/evidence/`, then `/briefs/<id>/evidence/2/`… */
export function evidenceAddress(id: string, page = 1): string {
  return page === 1 ? `/briefs/${id}/evidence/` : `/briefs/${id}/evidence/${page}/`;
}

/** One cited paragraph with every quote of it the brief uses. */
export interface EvidencePassage {
  source: string;
  paragraph: string;
  quotes: string[];
}

/** Every citation of a brief (facts, per-source quotes, differences, related reporting) as passages: each paragraph once, by source in the brief's order, then by paragraph number. */
export function evidencePassages(b: Brief): EvidencePassage[] {
  const citations: Citation[] = [
    ...b.quotes.flatMap((q) => q.citations),
    ...b.claims.flatMap((c) => c.citations),
    ...b.differences.flatMap((d) => [...d.citations, ...d.more_citations]),
    ...b.related.flatMap((r) => r.citations),
  ];
  const order = [...new Set([...b.sources, ...citations.map((c) => c.source as string)])];
  const byKey = new Map<string, EvidencePassage>();
  for (const c of citations) {
    const key = `${c.source}#${c.paragraph}`;
    const passage = byKey.get(key) ?? { source: c.source, paragraph: c.paragraph, quotes: [] };
    if (!passage.quotes.includes(c.quote)) passage.quotes.push(c.quote);
    byKey.set(key, passage);
  }
  return [...byKey.values()]
    .map((p) => ({ ...p, quotes: p.quotes.filter((q) => !p.quotes.some((other) => other !== q && other.includes(q))) }))
    .sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source) || Number(a.paragraph.slice(1)) - Number(b.paragraph.slice(1)));
}

/** The evidence pages of one brief: at least one, `size` passages each. */
export function evidencePages(b: Brief, size = EVIDENCE_PAGE_SIZE): ContentFile[] {
  const passages = evidencePassages(b);
  const count = Math.max(1, Math.ceil(passages.length / size));
  const sources = new Map<string, { title: string; label: string; meta: string }>();
  for (const r of b.related) sources.set(r.source, { title: r.source_title, label: r.source_label, meta: "" });
  for (const s of b.source_refs) {
    const when = s.published && s.precision ? formatDate({ iso: s.published, precision: s.precision }) : "undated";
    sources.set(s.id, { title: s.title, label: shortLabel(s), meta: `${s.outlet ?? "Outlet not given"} · ${when}` });
  }
  const sourceCount = new Set(passages.map((p) => p.source)).size;
  const pages: ContentFile[] = [];
  for (let page = 1; page <= count; page += 1) {
    const shown = passages.slice((page - 1) * size, page * size);
    const pager = count > 1 ? pagerLine(count, page, (n) => evidenceAddress(b.id, n)) : "";
    const out: string[] = [];
    out.push(
      `Every passage the brief [${e(b.title)}](/briefs/${b.id}/) rests on, once, grouped by source; each links to its paragraph in the source. ${passages.length === 1 ? "1 passage" : `${passages.length} passages`} from ${sourceCount === 1 ? "1 source" : `${sourceCount} sources`}.`,
      "",
    );
    if (!passages.length) out.push("No source in this build reports this agreement.", "");
    if (count > 1) out.push(`Passages ${(page - 1) * size + 1}–${(page - 1) * size + shown.length}. ${pager}`, "");
    shown.forEach((p, i) => {
      if (p.source !== shown[i - 1]?.source) {
        const s = sources.get(p.source);
        out.push(`## ${e(s?.title ?? p.source)}`, "", `[Source page](/sources/${p.source}/)${s?.meta ? ` · ${e(s.meta)}` : ""}`, "");
      }
      out.push(`- [Paragraph ${p.paragraph.slice(1)}](/sources/${p.source}/#${p.paragraph}): ${p.quotes.map((q) => `“${e(nestedQuotes(q))}”`).join(" … ")}`);
      if (p.source !== shown[i + 1]?.source) out.push("");
    });
    if (count > 1) out.push(pager, "");
    const data = {
      layout: "page.njk",
      title: `Evidence: ${b.title}${count > 1 ? ` (page ${page} of ${count})` : ""}`,
      permalink: evidenceAddress(b.id, page),
      description: `Every passage the sources give for the brief “${b.short_title}”, once, by source, with links to the paragraphs.`,
    };
    pages.push({ path: `evidence/${b.id}${page === 1 ? "" : `-${page}`}.md`, text: withFrontMatter(data, out.join("\n")) });
  }
  return pages;
}
