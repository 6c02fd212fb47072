import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { CONFIDENCE_WORDS, LIKELIHOOD_SCALE, OFF_SCALE_WORDS, offScaleLikelihood } from "../../scripts/assessment.ts";
import { REPO } from "../helpers/build.ts";

const words = (text: string) => offScaleLikelihood(text).map((u) => u.words);

const offScale = suite("offScaleLikelihood()");
offScale("should find each hedge outside the ICD 203 scale, in order, with the step to use instead", () => {
  const text = "Perhaps the deal holds; it might well last, and Haftar will certainly object.";
  assert.equal(offScaleLikelihood(text), [
    { start: 0, end: 7, words: "Perhaps", try: "roughly even chance, or unlikely" },
    { start: 27, end: 37, words: "might well", try: "likely" },
    { start: 60, end: 69, words: "certainly", try: "almost certain" },
  ]);
});
offScale("should find a phrase broken over a line, as a folded YAML block writes it", () => {
  assert.equal(words("It will, in all\n  likelihood, pass."), ["in all\n  likelihood"]);
});
offScale("should leave the scale's own words alone, and words that only contain a hedge", () => {
  assert.equal(words("It is almost certainly signed, very likely ratified, and highly improbable to lapse; an unlikely turn is remote."), []);
  assert.equal(words("Uncertainly worded, the maybelline clause may yet pass."), []);
});
offScale.run();

const about = suite("LIKELIHOOD_SCALE");
about("should be printed on the About page, every step, with the confidence levels and the words the check warns about", () => {
  const text = readFileSync(join(REPO, "content/about.md"), "utf8").replace(/\s+/g, " ");
  for (const step of LIKELIHOOD_SCALE) assert.ok(text.includes(`| ${step.words[0]} | ${step.words[1]} | ${step.range} |`), `About lacks ${step.words[0]}`);
  for (const [level, meaning] of Object.entries(CONFIDENCE_WORDS)) assert.ok(text.toLowerCase().includes(`**${level}**: ${meaning}`), `About lacks confidence ${level}`);
  for (const off of OFF_SCALE_WORDS) assert.ok(text.includes(`"${off.words}"`), `About lacks "${off.words}"`);
});
about.run();
