import { suite } from "uvu";
import * as assert from "uvu/assert";
import { forPaper, withEvidenceMarked, withoutRepeatedMarks, withSummaryBoxed } from "../../scripts/site/paper.ts";
import { withEndnoteMarks } from "../../scripts/site/endnotes.ts";

const CITE = (p: string) => `<a href="/sources/the-cradle/#${p}">The Cradle, ${p}</a>`;
const ROW = `<td>“signed in Ankara” (${CITE("p2")}); “on 11 July” (${CITE("p2")}); “training” (${CITE("p3")})</td>`;
const QUOTE = `<blockquote>\n<p>The deal was signed.</p>\n<p>— ${CITE("p2")}</p>\n</blockquote>`;

const evidence = suite("withEvidenceMarked()");

evidence("should wrap each quoted piece of evidence and its link, leaving the endnote mark outside", () => {
  const out = withEvidenceMarked(withEndnoteMarks(ROW));
  assert.is((out.match(/<span class="evidence">“/g) ?? []).length, 3);
  assert.ok(out.includes(`<span class="evidence">“signed in Ankara” (${CITE("p2")}); </span><sup class="endnote-ref" aria-hidden="true" data-pagefind-ignore>1</sup>`));
});

evidence("should leave a verbatim quote with its attribution alone", () => {
  assert.is(withEvidenceMarked(withEndnoteMarks(QUOTE)), withEndnoteMarks(QUOTE));
});

evidence.run();

const repeated = suite("withoutRepeatedMarks()");

repeated("should print one mark for two quotes in a row from the same paragraph", () => {
  const out = withoutRepeatedMarks(withEvidenceMarked(withEndnoteMarks(ROW)));
  const marks = [...out.matchAll(/<sup class="endnote-ref" aria-hidden="true" data-pagefind-ignore>(\d+)<\/sup>/g)].map((m) => m[1]);
  assert.equal(marks, ["1", "2"]);
});

repeated("should join the evidence around a dropped mark, so the print comma still separates the marks on either side", () => {
  const row = `<td>“a” (${CITE("p2")}); “b” (${CITE("p3")}); “c” (${CITE("p3")}); “d” (${CITE("p4")})</td>`;
  const out = withoutRepeatedMarks(withEvidenceMarked(withEndnoteMarks(row)));
  // Each mark after the first follows exactly one hidden span, which the rule `.endnote-ref + .evidence + .endnote-ref::before` needs.
  const shape = out.replace(/<span class="evidence">[\s\S]*?<\/span>/g, "E").replace(/<sup class="endnote-ref"[^>]*>(\d+)<\/sup>/g, "[$1]");
  assert.is(shape, "<td>E[1]E[2]E[3]</td>");
});

repeated.run();

const summary = suite("withSummaryBoxed()");

summary("should box the opening Assessment section up to the next heading, apart from the facts", () => {
  const out = withSummaryBoxed("<h2>Assessment</h2>\n<p>Judgement.</p>\n<h2>Key facts</h2>\n<p>x</p>");
  assert.is(out, '<div class="summary assessment">\n<h2>Assessment</h2>\n<p>Judgement.</p>\n</div>\n<h2>Key facts</h2>\n<p>x</p>');
});

summary("should leave a page without an Assessment section as it is", () => {
  assert.is(withSummaryBoxed("<h2>Context</h2><p>x</p>"), "<h2>Context</h2><p>x</p>");
});

summary.run();

const paper = suite("forPaper()");

paper("should keep every word the screen shows, adding only marks and wrappers", () => {
  const html = `<h2>Assessment</h2>\n<p>Judgement.</p>\n<h2>Key facts</h2>\n<table><tr>${ROW}</tr></table>\n${QUOTE}`;
  const text = (h: string) => h.replace(/<sup[^>]*>\d+<\/sup>/g, "").replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
  assert.is(text(forPaper(html)), text(html));
});

paper.run();
