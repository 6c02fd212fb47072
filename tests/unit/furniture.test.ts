import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { leadingNavigation, removeFurniture } from "../../scripts/ingest/furniture.ts";
import { linesOf } from "../helpers/lines.ts";

const seed000 = linesOf(readFileSync(new URL("../fixtures/ingest/seed-000-top.txt", import.meta.url), "utf8"));

const remove = suite("removeFurniture()");

remove("should remove the site navigation block that opens seed 000, line by line", () => {
  const { removed, lines } = removeFurniture(seed000);
  const navigation = removed.filter((r) => r.reason === "site navigation");
  assert.is(navigation.length, 16);
  assert.equal(navigation[0], { line: 1, text: "Kurdistan Center", reason: "site navigation" });
  assert.equal(navigation.at(-1), { line: 16, text: "www.kcdme.com", reason: "site navigation" });
  assert.is(lines.find((l) => l.text)!.text, "Turkiye inks deal with Libya to deepen military ties");
});

remove("should remove READ: cross-promotions and a closing Leave A Reply wherever they stand", () => {
  const { removed, lines } = removeFurniture(linesOf("First paragraph.\nREAD: Turkey DM: Libya belongs to Libyans\nSecond paragraph.\nLeave A Reply"));
  assert.equal(removed.map((r) => [r.line, r.reason]), [[2, "cross-promotion"], [4, "comment prompt"]]);
  assert.equal(lines.map((l) => l.text), ["First paragraph.", "Second paragraph."]);
});

remove("should keep a paragraph that merely mentions reading", () => {
  const { removed } = removeFurniture(linesOf("Read the statement in full: it says more than the summary."));
  assert.equal(removed, []);
});

remove("should remove a tag list standing on its own line, and keep the same words inside a block of lines", () => {
  const alone = removeFurniture(linesOf("The deal was signed.\n\nTags: Libya, Turkey, Erdogan\n\nComments"));
  assert.equal(alone.removed.map((r) => [r.line, r.reason]), [[3, "tag list"], [5, "comment prompt"]]);
  const inBlock = removeFurniture(linesOf("---\ntitle: A title\ntags: [briefs]\n---\nThe body."));
  assert.equal(inBlock.removed, []);
});
remove("should remove a pasted PDF's page numbers and running footers, so a sentence broken across a page joins again", () => {
  const text = [
    "Libya and U.S. Policy",
    "",
    "In November 2019 Turkey and the Government of National Accord signed a",
    "",
    "Congressional Research Service 3",
    "",
    "- 3 -",
    "",
    "memorandum on security and military cooperation, and a second on maritime zones.",
    "",
    "Congressional Research Service 4",
  ].join("\n");
  const { removed, lines } = removeFurniture(linesOf(text));
  assert.equal(removed.map((r) => [r.line, r.reason]), [[5, "page number or running footer"], [7, "page number or running footer"], [11, "page number or running footer"]]);
  assert.equal(lines.filter((l) => l.text).map((l) => l.text).slice(1), ["In November 2019 Turkey and the Government of National Accord signed a", "memorandum on security and military cooperation, and a second on maritime zones."]);
});

remove("should keep dated lines, numbered headings and a line repeated with the same number", () => {
  const kept = (text: string) => removeFurniture(linesOf(text)).removed;
  assert.equal(kept("Wednesday 09 April 2025\n\nThe deal was signed.\n\nWednesday 02 April 2025"), []);
  assert.equal(kept("Article 7\nThe forces stay.\nArticle 11\nThe parties consult."), []);
  assert.equal(kept("Turkey signs 2 deals with Libya\n\nThe text.\n\nTurkey signs 2 deals with Libya"), []);
  // A number alone is a page number only on a line of its own between blank lines.
  assert.equal(kept("The vote was\n325\nto 184."), []);
});

remove("should drop the share buttons a paste runs together ('Share on Facebook Share on Twitter')", () => {
  assert.equal(removeFurniture(linesOf("Greece says the exploration is a provocation.\nShare on Facebook Share on Twitter\nThe ministry said so on Tuesday.")).lines.filter((l) => l.text).map((l) => l.text), ["Greece says the exploration is a provocation.", "The ministry said so on Tuesday."]);
});

remove.run();

const navigation = suite("leadingNavigation()");

navigation("should not take a short headline and byline for a menu", () => {
  assert.is(leadingNavigation(linesOf("Turkey signs deal\nBy Jane Doe\n\nThe deal was signed.")), 0);
});

navigation("should take a block of widgets for furniture, with the site's clock in it", () => {
  assert.is(leadingNavigation(linesOf("CLOSE\nLoading...\n12° Nicosia,\n26 April, 2024\n\nCyprus asks to review Turkey-Libya deal")), 4);
  assert.is(leadingNavigation(linesOf("Turkey signs deal\n26 April, 2024\n\nThe deal was signed.")), 0);
});

navigation("should take a menu printed on one line between bars, but not a headline with its outlet after a bar", () => {
  assert.is(leadingNavigation(linesOf("A NEWS  |  Turkey  |  World  |  Economy  |  Sports  |  Live TV\n\nTurkish delegation visits Tripoli")), 1);
  assert.is(leadingNavigation(linesOf("Turkish delegation visits Tripoli | A News\n\nThe delegation met the premier.")), 0);
  assert.is(leadingNavigation(linesOf("Erdogan, Sarraj | talks | in Istanbul | on the deal signed in November last year.\n\nThe two met.")), 0);
});

navigation("should take a menu printed as a list ('• Home', '• Libya', '• Economy') for the site's navigation, with its clock and name", () => {
  assert.is(leadingNavigation(linesOf("Sunday, February 22, 2026\nLibyaReview\n• Home\n• Libya\n• Economy\n• Sport\nNo Result\n\nHome Libya\n\nGreece Says Turkey's Exploration is a Provocation")), 7);
  // Two listed points under a headline are no menu.
  assert.is(leadingNavigation(linesOf("Turkey signs deal\n• Ankara\n• Tripoli\n\nThe deal was signed.")), 0);
});

navigation("should need a blank line to close the menu block", () => {
  assert.is(leadingNavigation(linesOf("Home\nContact\nAbout us")), 0);
});

navigation.run();

