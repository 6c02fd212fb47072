import { suite } from "uvu";
import * as assert from "uvu/assert";
import { linkActors } from "../../scripts/site/actor-links.ts";

const links = [
  { id: "khalifa-haftar", url: "/actors/khalifa-haftar/", names: ["Khalifa Haftar", "Haftar", "Hifter"] },
  { id: "gna", url: "/actors/gna/", names: ["Government of National Accord", "GNA"] },
  { id: "turkiye", url: "/actors/turkiye/", names: ["Türkiye", "Turkey"] },
];

const link = suite("linkActors()");

link("should link the first mention of each actor in each section, whatever its case or diacritics", () => {
  const html = "<h2>Summary</h2>\n<p>Khalifa Haftar met Turkiye's envoy. Haftar left.</p>\n<h2>Who</h2>\n<p>Haftar again.</p>";
  assert.is(
    linkActors(html, links),
    '<h2>Summary</h2>\n<p><a class="actor-link" href="/actors/khalifa-haftar/">Khalifa Haftar</a> met <a class="actor-link" href="/actors/turkiye/">Turkiye</a>\'s envoy. Haftar left.</p>\n<h2>Who</h2>\n<p><a class="actor-link" href="/actors/khalifa-haftar/">Haftar</a> again.</p>',
  );
});

link("should leave quoted source words, block quotations, links and headings as they are", () => {
  const html = '<h2>Haftar</h2><blockquote><p>Haftar said</p></blockquote><p>“Hifter’s forces” (<a href="/sources/x/#p1">X, p1</a>) and “the GNA”.</p>';
  assert.is(linkActors(html, links), html);
});

link("should link an acronym only where it is written in capitals, and never part of a word", () => {
  assert.is(linkActors("<p>the gna and the Gnat</p>", links), "<p>the gna and the Gnat</p>");
  assert.is(linkActors("<p>the GNA</p>", links), '<p>the <a class="actor-link" href="/actors/gna/">GNA</a></p>');
});

link("should keep text escaped as it was", () => {
  assert.is(linkActors("<p>&lt;script&gt; Turkey &amp; Haftar</p>", links), '<p>&lt;script&gt; <a class="actor-link" href="/actors/turkiye/">Turkey</a> &amp; <a class="actor-link" href="/actors/khalifa-haftar/">Haftar</a></p>');
  assert.is(linkActors("<p>x</p>", []), "<p>x</p>");
});

link.run();
