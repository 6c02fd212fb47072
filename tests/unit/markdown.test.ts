import { suite } from "uvu";
import * as assert from "uvu/assert";
import { anchoredParagraph, createMarkdown, escapeMarkdown, headingId } from "../../scripts/markdown.ts";

const md = createMarkdown();
const render = (text: string) => md.render(text);

const escape = suite("escapeMarkdown()");

escape("should render hostile text as the literal characters it contains", () => {
  const cases = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "*not emphasis* and _not_ either",
    "# not a heading",
    "1. not a list",
    "{{ 7*7 }} {% include \"x\" %}",
    "<!-- a comment -->",
  ];
  for (const text of cases) {
    const html = render(escapeMarkdown(text));
    const expected = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    assert.is(html, `<p>${expected}</p>\n`, text);
  }
});

escape.run();

const anchored = suite("anchoredParagraph()");

anchored("should give the paragraph its id and a visible link to it", () => {
  const html = render(anchoredParagraph(escapeMarkdown("Misrata."), "p3"));
  assert.is(html, '<p id="p3"><a class="para-link" href="#p3" title="Link to this paragraph" data-pagefind-ignore>p3</a> Misrata.</p>\n');
});

anchored("should not let seed text forge a paragraph id", () => {
  const html = render(escapeMarkdown("Text ending with {#p9}"));
  assert.not.match(html, /id="p9"/);
  assert.match(html, /\{#p9\}/);
});

anchored("should give a brief's note its id on the list item, with no paragraph link", () => {
  const html = render("1. “Signed.” — [The Cradle, p3](/sources/x/#p3) {#n1}\n2. Another {#n2}\n");
  assert.ok(html.includes('<li id="n1">“Signed.” — <a href="/sources/x/#p3">The Cradle, p3</a></li>'), html);
  assert.ok(html.includes('<li id="n2">Another</li>'), html);
  assert.not.ok(html.includes("para-link"));
  assert.not.ok(render(escapeMarkdown("Text ending with {#n9}")).includes('id="n9"'));
});
anchored.run();

const library = suite("createMarkdown()");

library("should not pass raw HTML through even when unescaped", () => {
  assert.not.match(render("<b>bold</b>"), /<b>/);
});

library("should give each heading an id from its words, unique on the page, so a section can be linked", () => {
  const html = render("## How recognition works\n\ntext\n\n## Sources\n\n### Sources\n\n## Kalın's visit, 2023");
  assert.match(html, /<h2 id="how-recognition-works">How recognition works<\/h2>/);
  assert.match(html, /<h2 id="sources">Sources<\/h2>\n<h3 id="sources-2">Sources<\/h3>/);
  assert.match(html, /<h2 id="kalin-s-visit-2023">/);
});

library.run();

const headings = suite("headingId()");

headings("should fold diacritics and the dotless i, and join words with hyphens", () => {
  assert.is(headingId("Where sources differ"), "where-sources-differ");
  assert.is(headingId("Türkiye–Libya: Kalın"), "turkiye-libya-kalin");
  assert.is(headingId("  ?! "), "");
});

headings.run();
