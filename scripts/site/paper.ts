// Readies a rendered brief for paper as well as screen: numbered endnote marks on its citations, the quotes that repeat
// as evidence in tables and lists marked so print can leave them to the notes, and the assessment in a box.
import { withEndnoteMarks } from "./endnotes.ts";

// “quote” (<a citation>label</a>)<sup>n</sup>; — evidence as the brief generator writes it, after the marks are added.
const EVIDENCE = /(“[^“”<]*” \()(<a href="\/sources\/[a-z0-9-]+\/#p\d+"[^>]*>[^<]*<\/a>)(<sup class="endnote-ref"[^>]*>\d+<\/sup>)\)(;? ?)/g;

/** Wraps each quoted piece of evidence so print can hide it; its endnote mark stays outside, so paper keeps the number. */
export function withEvidenceMarked(html: string): string {
  return html.replace(EVIDENCE, (_, open: string, link: string, mark: string, gap: string) => `<span class="evidence">${open}${link})${gap}</span>${mark}`);
}

// A mark, hidden evidence, then a mark with the same number: the second mark says nothing new.
const REPEATED_MARK = /(<sup class="endnote-ref"[^>]*>(\d+)<\/sup>\s*<span class="evidence">(?:(?!<\/span>)[\s\S])*<\/span>)<sup class="endnote-ref"[^>]*>\2<\/sup>/g;

// Two pieces of hidden evidence side by side, once the mark between them has gone.
const ADJACENT_EVIDENCE = /(<span class="evidence">(?:(?!<\/span>)[\s\S])*)<\/span><span class="evidence">/g;

/**
 * Drops an endnote mark that repeats the one just before it (two quotes from one paragraph cite one note), and joins
 * the evidence on either side of it, so the print rule that puts a comma between marks around hidden evidence still
 * sees one piece of evidence between them: notes 8 and 9 print as "8,9", never "89".
 */
export function withoutRepeatedMarks(html: string): string {
  let out = html;
  for (let before = ""; before !== out; ) {
    before = out;
    out = out.replace(REPEATED_MARK, "$1");
  }
  for (let before = ""; before !== out; ) {
    before = out;
    out = out.replace(ADJACENT_EVIDENCE, "$1");
  }
  return out;
}

/** Puts the opening Assessment (the analyst's judgement) in a box of its own, apart from the cited facts (`<div class="summary assessment">`). */
export function withSummaryBoxed(html: string): string {
  return html.replace(/^\s*(<h2[^>]*>Assessment<\/h2>[\s\S]*?)(?=<h2)/, (_, summary: string) => `<div class="summary assessment">\n${summary}</div>\n`);
}

/** Everything a brief's HTML needs for paper; the result is still the screen page, unchanged to the eye. */
export function forPaper(html: string): string {
  return withSummaryBoxed(withoutRepeatedMarks(withEvidenceMarked(withEndnoteMarks(html))));
}
