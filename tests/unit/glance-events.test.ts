import { suite } from "uvu";
import * as assert from "uvu/assert";
import { clauseAround, sentenceAround, sentenceEnds, spans, timelineEvents } from "../../scripts/glance/events.ts";
import { glanceInput } from "../helpers/glance-input.ts";

const events = suite("timelineEvents()");

events("should place each brief's agreement at its date, with how the date is known", () => {
  const { events: list } = timelineEvents(glanceInput());
  const mou = list.find((e) => e.id === "agreement-mou-2019")!;
  assert.equal([mou.date, mou.dating, mou.href, mou.label], [{ iso: "2019-11-27", precision: "day" }, "stated", "/briefs/mou-2019/", "Short mou-2019"]);
  assert.is(list.find((e) => e.id === "agreement-gnu-2025")!.dating, "inferred");
  const input = glanceInput();
  input.briefs[0]!.agreement_date = { iso: "2020-08-17", precision: "day", provenance: "analyst", inferred: false, note: "From other reporting." };
  const analyst = timelineEvents(input).events.find((e) => e.id === "agreement-mou-2019")!;
  assert.equal([analyst.dating, analyst.note], ["analyst", "From other reporting."]);
});

events("should keep events oldest first, each linked to its brief or source passage", () => {
  const { events: list } = timelineEvents(glanceInput());
  const starts = list.map((e) => e.date.iso.padEnd(10, "-"));
  assert.equal(starts, [...starts].sort());
  for (const e of list) assert.match(e.href, /^\/(briefs\/[a-z0-9-]+\/|sources\/[a-z0-9-]+\/#p\d+)$/);
});

events("should report a dated act once, as a span for a range, with every source that reports it", () => {
  const { events: list } = timelineEvents(glanceInput());
  const offensive = list.find((e) => e.until)!;
  assert.equal([offensive.date.iso, offensive.until!.iso, offensive.kind], ["2019", "2020", "reported"]);
  assert.equal(offensive.evidence.map((e) => `${e.source}#${e.paragraph}`), ["a-news#p2", "b-daily#p2"]);
  for (const e of offensive.evidence) assert.ok(glanceInput().sources.find((s) => s.id === e.source)!.paragraphs.find((p) => p.id === e.paragraph)!.text.includes(e.quote));
});

events("should leave the date an agreement is dated by to the agreement, and keep other dates in its passage", () => {
  const { events: list } = timelineEvents(glanceInput());
  assert.not.ok(list.some((e) => e.kind === "reported" && e.date.iso === "2019-11-27"));
  assert.not.ok(list.some((e) => e.kind === "reported" && e.date.iso === "2025-07-11"));
  assert.ok(list.some((e) => e.kind === "reported" && e.date.iso === "2011" && e.label.includes("2011")));
});

events("should date related reporting by its article when the passage has no date, and list it undated when neither has one", () => {
  const { events: list, undated } = timelineEvents(glanceInput());
  const visit = list.find((e) => e.id === "related-akar-visit-a-news")!;
  assert.equal([visit.date.iso, visit.dating], ["2025-07-11", "inferred"]);
  assert.match(visit.note!, /article's date/);
  assert.equal(undated.map((u) => u.id), ["related-troops-visit-b-daily"]);
});

events.run();

const spanSuite = suite("spans()");

spanSuite("should join two years with a dash between them into one span, and leave other dates alone", () => {
  const text = "the 2019–2020 offensive, and 2011 and 2013";
  const year = (y: string, start: number) => ({ text: y, start, end: start + 4, date: { iso: y, precision: "year" as const }, inferred: false });
  const out = spans([year("2019", 4), year("2020", 9), year("2011", 29), year("2013", 38)], text);
  assert.equal(out.map((m) => [m.date!.iso, m.until?.iso ?? null]), [["2019", "2020"], ["2011", null], ["2013", null]]);
});

spanSuite.run();

const sentence = suite("sentenceAround()");

sentence("should find the sentence around an offset, not stopping at abbreviations", () => {
  const text = "First one. On Nov. 27, 2019, Gen. Haftar moved. Last.";
  const at = text.indexOf("2019");
  const s = sentenceAround(text, at, at + 4);
  assert.is(text.slice(s.start, s.end), "On Nov. 27, 2019, Gen. Haftar moved.");
});

sentence.run();

const ends = suite("sentenceEnds()");

ends("should end a sentence after its mark and closing quote, not after an abbreviation or a mark inside a word", () => {
  const text = "Talks began on Nov. 27. Did they sign? \"Yes!\" Mr. Sarraj said. The U.S. Army watched. It was 3.5 km away. End";
  assert.equal(sentenceEnds(text).map((e) => text.slice(0, e).trimEnd().slice(-8)), ["Nov. 27.", "ey sign?", "? \"Yes!\"", "aj said.", "watched.", "km away."]);
  // A run of five letters or more before the stop ends a sentence, though it begins like an abbreviation ("Sept").
  assert.equal(sentenceEnds("It was in Septembers. Then"), ["It was in Septembers. ".length]);
  assert.equal(sentenceEnds("Signed on 4 Sept. 2020 in Ankara."), []);
});

ends.run();

const clause = suite("clauseAround()");

clause("should label a date by its clause, and cut a long clause to the words around the date", () => {
  const s = "In Tripoli, clashes erupted in May between the Rada force and the 444 Brigade following the killing of a militia leader.";
  assert.is(clauseAround("The visit — the anniversary of the 2018 conflict — mattered.", 29, 33), "the anniversary of the 2018 conflict");
  const label = clauseAround(s, s.indexOf("May"), s.indexOf("May") + 3, 50);
  assert.ok(label.includes("May") && label.length <= 52, label);
  assert.match(label, /…$/);
});

clause("should take the next clause with one of a few words", () => {
  const s = "“Back in 2020, when the government asked, we came.”";
  assert.is(clauseAround(s, 9, 13), "“Back in 2020, when the government asked");
});

clause.run();
