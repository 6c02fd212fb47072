import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Field, Paragraph, ParagraphId } from "../../scripts/model.ts";
import { creditedOutlets, outletFromHeadline, outletFromUrl } from "../../scripts/ingest/outlets.ts";
import type { Outlet } from "../../scripts/catalogue.ts";

const outlets: Outlet[] = [
  { name: "Middle East Monitor", domains: ["middleeastmonitor.com"], aliases: ["MEMO"] },
  { name: "The Cradle", domains: ["thecradle.co"], aliases: [] },
  { name: "TRT Haber", domains: ["trthaber.com"], aliases: [] },
  { name: "Al-Monitor", domains: ["al-monitor.com"], aliases: [] },
];
const field = (value: string): Field => ({ value, from: "text", line: 1 });
const paragraph = (text: string, n: number): Paragraph => ({ id: `p${n}` as ParagraphId, text, line: n });

const fromHeadline = suite("outletFromHeadline()");

fromHeadline("should split a known outlet's name off the headline", () => {
  const result = outletFromHeadline(field("Turkey, Qatar sign military cooperation agreement with Libyan government – Middle East Monitor"), outlets);
  assert.is(result.headline.value, "Turkey, Qatar sign military cooperation agreement with Libyan government");
  assert.is(result.outlet?.value, "Middle East Monitor");
});

fromHeadline("should leave a dash in a headline alone when no known outlet follows it", () => {
  const result = outletFromHeadline(field("Libya – a country divided"), outlets);
  assert.is(result.headline.value, "Libya – a country divided");
  assert.is(result.outlet, undefined);
});

fromHeadline.run();

const fromUrl = suite("outletFromUrl()");

fromUrl("should name the outlet that owns the URL's host", () => {
  assert.is(outletFromUrl(field("https://thecradle.co/articles/%20turkiye-inks-deal"), outlets)?.value, "The Cradle");
  assert.is(outletFromUrl(field("https://www.middleeastmonitor.com/x"), outlets)?.value, "Middle East Monitor");
});

fromUrl("should name nothing for an unknown host or a malformed URL", () => {
  assert.is(outletFromUrl(field("https://example.org/x"), outlets), undefined);
  assert.is(outletFromUrl(field("not a url"), outlets), undefined);
});

fromUrl.run();

const credited = suite("creditedOutlets()");

credited("should list outlets the story credits, by the paragraph that first names them, but not its own", () => {
  const paragraphs = [
    paragraph("In an analysis published by The Cradle, Turkiye is described.", 1),
    paragraph("According to TRT Haber, it was finalised.", 2),
    paragraph("Al-Monitor reports that Ankara improved relations.", 3),
  ];
  assert.equal(creditedOutlets(paragraphs, "The Cradle", outlets).map((f) => [f.value, f.line]), [["TRT Haber", 2], ["Al-Monitor", 3]]);
});

credited("should not match an outlet's name inside a longer word", () => {
  assert.equal(creditedOutlets([paragraph("The MEMOrandum was signed.", 1)], undefined, outlets), []);
});

credited.run();
