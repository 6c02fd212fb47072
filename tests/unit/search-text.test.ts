import { suite } from "uvu";
import * as assert from "uvu/assert";
import { forSearch } from "../../scripts/site/search-text.ts";

const NOTES = `<h2 id="sources">Sources</h2>\n<p>264 sources report this agreement.</p>\n<h3 id="notes">Notes</h3>\n<ol>\n<li id="n1">“The deal was signed.” — <a href="/sources/x/#p4">“Report 1…”, p4</a></li>\n</ol>\n`;

const search = suite("forSearch()");

search("should mark the brief's list of notes for Pagefind to skip, and nothing else", () => {
  assert.is(forSearch(NOTES), NOTES.replace("<h3 id=\"notes\">Notes</h3>\n<ol>", "<h3 id=\"notes\">Notes</h3>\n<ol data-pagefind-ignore>"));
});

search("should leave a brief without notes, and other lists, as they are", () => {
  const html = `<h2 id="who">Who</h2>\n<ol>\n<li>Türkiye</li>\n</ol>\n`;
  assert.is(forSearch(html), html);
});

search.run();
