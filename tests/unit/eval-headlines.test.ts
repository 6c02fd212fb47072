import { suite } from "uvu";
import * as assert from "uvu/assert";
import { scoreHeadlines } from "../../scripts/eval/headlines.ts";

const score = suite("scoreHeadlines()");

score("should judge only articles whose text prints the sidecar's headline, and count a title right by its words", () => {
  const cases = [
    { file: "a.txt", text: "africanews.\nNews | Business\n\nGreece FM meets Haftar in Benghazi\n\nBody.", sidecarHeadline: "Greece FM meets Haftar in Benghazi" },
    { file: "b.txt", text: "Agenzia Nova\nPolitica | Economia\n\nLibya-Turkey: talks soon\n\nBody.", sidecarHeadline: "LIBYA–TURKEY: TALKS SOON" },
    { file: "c.txt", text: "Greece furious over deal\n\nBody.", sidecarHeadline: "Griekenland woedend over deal" },
    { file: "d.txt", text: "A headline\n\nBody." },
  ];
  const titles = new Map([["a.txt", "africanews."], ["b.txt", "Libya-Turkey: talks soon"], ["c.txt", "Greece furious over deal"], ["d.txt", "A headline"]]);
  assert.equal(scoreHeadlines(cases, titles), { judged: 2, right: 1, wrong: ["a.txt"] });
});

score.run();
