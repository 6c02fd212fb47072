import { suite } from "uvu";
import * as assert from "uvu/assert";
import { endnoteReferences, endnotesOf, withEndnoteMarks, type SourceForNotes } from "../../scripts/site/endnotes.ts";

const BRIEF = [
  '<p>Signed on 11 July <a href="/sources/2025-07-11-deal/#p2">“signed in Ankara”</a>.</p>',
  '<table><tr><td>Date</td><td><a href="/sources/2025-07-11-deal/#p1">11 July</a></td></tr></table>',
  '<blockquote><p><a href="/sources/caliber-pact/#p4">“a bold step”</a> and again <a href="/sources/2025-07-11-deal/#p2">here</a></p></blockquote>',
  '<p>See <a href="/sources/caliber-pact/">the whole article</a> and <a href="#summary">the summary</a>.</p>',
].join("\n");

const SOURCES: SourceForNotes[] = [
  { id: "2025-07-11-deal", title: "Turkiye inks deal with Libya", outlet: "The Cradle", published: "2025-07-11", precision: "day", url: "https://example.org/deal" },
  { id: "caliber-pact", title: "Media: Türkiye takes bold step", outlet: "Caliber.Az", published: null, precision: null, url: null },
];

const of = suite("endnotesOf()");

of("should number cited paragraphs in the order they are first cited, a repeat keeping its number", () => {
  assert.equal(endnotesOf(BRIEF), [
    { number: 1, source: "2025-07-11-deal", paragraph: "p2" },
    { number: 2, source: "2025-07-11-deal", paragraph: "p1" },
    { number: 3, source: "caliber-pact", paragraph: "p4" },
  ]);
});

of("should not count links to a whole source or within the page as citations", () => {
  assert.equal(endnotesOf('<a href="/sources/x/">x</a> <a href="#p2">p2</a> <a href="/about/">about</a>'), []);
});

of.run();

const marks = suite("withEndnoteMarks()");

marks("should put the note's number after each citation link, the same number for a repeated passage", () => {
  const marked = withEndnoteMarks(BRIEF);
  const numbers = [...marked.matchAll(/<sup class="endnote-ref" aria-hidden="true" data-pagefind-ignore>(\d+)<\/sup>/g)].map((m) => Number(m[1]));
  assert.equal(numbers, [1, 2, 3, 1]);
  assert.ok(marked.includes('“signed in Ankara”</a><sup class="endnote-ref" aria-hidden="true" data-pagefind-ignore>1</sup>'));
  assert.ok(marked.includes('<a href="/sources/caliber-pact/">the whole article</a> and'), "a link to a whole source gets no mark");
});

marks.run();

const refs = suite("endnoteReferences()");

refs("should give each note its source's outlet, headline, date, paragraph and original URL", () => {
  const [first, , third] = endnoteReferences(endnotesOf(BRIEF), SOURCES);
  assert.equal(first, {
    number: 1, source: "2025-07-11-deal", paragraph: "p2", outlet: "The Cradle", headline: "Turkiye inks deal with Libya",
    date: "11 July 2025", url: "https://example.org/deal", address: "/sources/2025-07-11-deal/#p2", paragraphNumber: 2,
  });
  assert.is(third!.date, "undated");
  assert.is(third!.url, null);
  assert.is(third!.address, "/sources/caliber-pact/#p4");
});

refs.run();
