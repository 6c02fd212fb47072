import { suite } from "uvu";
import * as assert from "uvu/assert";
import { articleTime } from "../../scripts/extract/article-time.ts";
import { findDates } from "../../scripts/extract/dates.ts";
import { findEntities, findGovernmentHeads, findTitledPeople } from "../../scripts/extract/entities.ts";
import { fixtureContext } from "../helpers/recognition.ts";

const { data } = await fixtureContext();
const { gazetteer } = data;

function timeOf(text: string, stated?: { date: { iso: string; precision: "day" | "month" | "year" }; from: string }, latest?: string) {
  const entities = findEntities(text, gazetteer);
  const titled = findTitledPeople(text, gazetteer, entities);
  return articleTime({ ...(stated ? { stated } : {}), mentions: findDates(text), entities, titled, heads: findGovernmentHeads(text, new Map(gazetteer.map((e) => [e.id, e])), entities), textBefore: (t) => text.slice(Math.max(0, t.mention.start - t.title.length - 30), t.mention.start - t.title.length), ...(latest ? { latest } : {}) }, gazetteer);
}

const time = suite("articleTime()");
time("should take the article's stated date as a point", () => {
  const t = timeOf("The deal was signed on Monday.", { date: { iso: "2022-10-03", precision: "day" }, from: "the sidecar" });
  assert.equal([t.date?.iso, t.from, t.to], ["2022-10-03", "2022-10-03", "2022-10-03"]);
});
time("should bound an undated article below by the latest date it mentions, not set its date to it", () => {
  const t = timeOf("Ankara and Tripoli signed two memoranda in November 2019.");
  assert.is(t.date, undefined);
  assert.equal([t.from, t.to], ["2019-11-01", undefined]);
  assert.match(t.basis, /no earlier than 2019-11-01/);
});
time("should narrow the interval to the tenure of the UN envoy named in office, before or after the name", () => {
  const before = timeOf("Greece and Cyprus protested, while the UN envoy, Ghassan Salamé, warned of the two memoranda's repercussions.");
  assert.equal([before.from, before.to], ["2017-06-01", "2020-03-31"]);
  const after = timeOf("We support the efforts of Ghassan Salame, the UN Secretary-General's Special Representative for Libya.");
  assert.equal([after.from, after.to], ["2017-06-01", "2020-03-31"]);
  // Named without the office, he dates nothing.
  assert.equal(timeOf("Salamé's plan was discussed again.").to, undefined);
});
time("should bound an undated article below by the start of a government it names by its head, and not above", () => {
  const t = timeOf("The court suspended the deal, but the government of Abdulhamid al-Dbeibah still backs it.");
  assert.equal([t.from, t.to], ["2021-03-01", undefined]);
  assert.match(t.basis, /it names the government of Abdulhamid al-Dbeibah, in office from March 2021/);
  // A government of the past, named so, leaves the interval open above: the article may be years later.
  const past = timeOf("The memorandum was signed by the government of Fayez al-Sarraj.");
  assert.equal([past.from, past.to], ["2016-03-01", undefined]);
});
time("should narrow the interval to the tenure of an office-holder named in office", () => {
  const t = timeOf("Turkish Defence Minister Hulusi Akar and Prime Minister Abdul Hamid Dbeibah signed two protocols on Monday.");
  assert.equal([t.from, t.to], ["2021-03-01", "2023-06-30"]);
  assert.match(t.basis, /Hulusi Akar/);
});
time("should date an article that names an earlier office-holder in office before a later agreement could be made", () => {
  const t = timeOf("Turkish Defence Minister Fikri Işık and the GNA signed a military training agreement in Ankara.");
  assert.equal([t.from, t.to], ["2016-05-01", "2017-07-31"]);
  assert.match(t.basis, /Fikri Işık/);
});
time("should know an office-holder under the other forms of the office's name", () => {
  const t = timeOf("The Minister of Defence Yasar Guler met the Libyan delegation on Monday.");
  assert.equal([t.from, t.to], ["2023-06-01", undefined]);
  assert.match(t.basis, /Yasar Guler/);
});
time("should read a 'former' minister as one who has left office", () => {
  const t = timeOf("Former Defence Minister Hulusi Akar attended.");
  assert.equal([t.from, t.to], ["2023-06-01", undefined]);
});
time("should date an article that names the GNU after the GNU was formed, but not by a name translations also gave the GNA", () => {
  assert.is(timeOf("The GNU signed a deal.").from, "2021-03-01");
  // French reports called the GNA "Gouvernement d'union nationale": translated, "Government of National Unity".
  assert.is(timeOf("The Government of National Unity signed a deal.").from, undefined);
});
time("should close an open interval a year past the build date, so that a weekday with a day and month picks its year", () => {
  const t = timeOf("Five years after the 2020 offensive, the talks opened.", undefined, "2027-01-01");
  assert.equal([t.from, t.to], ["2020-01-01", "2027-01-01"]);
  assert.match(t.basis, /a year past the build date/);
  const dated = findDates("The agreement was finalised on Friday, 4 April.", { interval: t });
  assert.is(dated[0]?.date?.iso, "2025-04-04");
  // Left open, the same words fit 2025 and 2031 alike.
  assert.is(findDates("The agreement was finalised on Friday, 4 April.", { interval: { from: "2024-01-01" } })[0]?.date, undefined);
  // A stated date needs no bound.
  assert.is(timeOf("Signed on Monday.", { date: { iso: "2022-10-03", precision: "day" }, from: "the sidecar" }, "2027-01-01").to, "2022-10-03");
});
time("should say so when nothing dates the article", () => {
  const t = timeOf("The two sides signed a deal on Monday.");
  assert.equal([t.from, t.to], [undefined, undefined]);
  assert.match(t.basis, /^undated/);
});
time("should not bound the article by a body it only describes ('the unity government'), but by its name", () => {
  assert.is(timeOf("Libya's UN-recognized unity government approved the military deal with Ankara.").from, undefined);
  assert.is(timeOf("The GNU approved the military deal with Ankara.").from, "2021-03-01");
});

time.run();
