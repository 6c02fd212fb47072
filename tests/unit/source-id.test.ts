import { suite } from "uvu";
import * as assert from "uvu/assert";
import { slugWords, sourceIdFor } from "../../scripts/ingest/source-id.ts";

const idFor = suite("sourceIdFor()");

idFor("should join the date and the first eight words of the title", () => {
  assert.is(sourceIdFor("Turkiye inks deal with Libya to deepen military ties", { iso: "2025-07-11", precision: "day" }), "2025-07-11-turkiye-inks-deal-with-libya-to-deepen-military");
});

idFor("should use the title alone when the date is unknown", () => {
  assert.is(sourceIdFor("Media: Türkiye takes bold step", undefined), "media-turkiye-takes-bold-step");
});

idFor("should fall back to 'untitled' when the title has no letters or digits", () => {
  assert.is(sourceIdFor("— … —", undefined), "untitled");
});

idFor.run();

const slug = suite("slugWords()");

slug("should fold Turkish letters, including the dotless ı, and join apostrophes", () => {
  assert.equal(slugWords("İbrahim Kalın's Güler Şahin"), ["ibrahim", "kalins", "guler", "sahin"]);
});

slug.run();
