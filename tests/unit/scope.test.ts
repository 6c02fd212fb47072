import { suite } from "uvu";
import * as assert from "uvu/assert";
import { findScope } from "../../scripts/extract/scope.ts";
import { dossierData } from "../helpers/sources.ts";

const { scope } = await dossierData();

const find = suite("findScope()");
find("should tag a passage with the vocabulary's tags and the words that show them", () => {
  const text = "The deal encompasses joint military training, arms and drone supply, and large-scale military infrastructure development.";
  assert.equal(findScope(text, scope).map((m) => [m.tag, m.term]), [
    ["training", "training"],
    ["arms supply", "arms and drone supply"],
    ["drones", "drone"],
    ["bases and infrastructure", "military infrastructure"],
  ]);
});
find("should find nothing in a passage about something else", () => {
  assert.equal(findScope("Turkish Airlines resumed flights to Benghazi.", scope), []);
});
find.run();
