import { suite } from "uvu";
import * as assert from "uvu/assert";
import { dateSpan, overlapsWindow } from "../../scripts/dates.ts";
import { findDates, findDatesInArticle, latestMentioned } from "../../scripts/extract/dates.ts";

const brief = (list: ReturnType<typeof findDates>) => list.map((m) => [m.text, m.date?.iso, m.date?.precision, m.inferred]);
const july = { iso: "2025-07-11", precision: "day" } as const;

const find = suite("findDates()");
find("should read absolute dates in the forms sources print them", () => {
  assert.equal(brief(findDates("On Nov. 27, 2019 and 11.07.2025 and 4 April 2025 and in July 2025 and in 2019.")), [
    ["Nov. 27, 2019", "2019-11-27", "day", false],
    ["11.07.2025", "2025-07-11", "day", false],
    ["4 April 2025", "2025-04-04", "day", false],
    ["July 2025", "2025-07", "month", false],
    ["2019", "2019", "year", false],
  ]);
});
find("should read ordinal days, with the year or taking it from the article's date", () => {
  assert.equal(brief(findDates("signed on 27th November 2019 and ratified on December 5th, 2019")), [["27th November 2019", "2019-11-27", "day", false], ["December 5th, 2019", "2019-12-05", "day", false]]);
  assert.equal(brief(findDates("signed on the 27th of November", { articleDate: { iso: "2019-12-10", precision: "day" } })), [["the 27th of November", "2019-11-27", "day", true]]);
  assert.equal(brief(findDates("signed on November 27th", { articleDate: { iso: "2019-12-10", precision: "day" } })), [["November 27th", "2019-11-27", "day", true]]);
});
find("should take the year of a day and month from the article's date and say it is inferred", () => {
  assert.equal(brief(findDates("signed an agreement on 11 July; the visit on April 4", { articleDate: july })), [
    ["11 July", "2025-07-11", "day", true],
    ["April 4", "2025-04-04", "day", true],
  ]);
});
find("should read a month placed by 'late', 'early' or 'the end of' without 'in' before it, and not 'May' the verb", () => {
  const december = { iso: "2019-12-20", precision: "day" as const };
  assert.equal(brief(findDates("The memoranda, signed late November, were ratified by the end of December; Ankara may act.", { articleDate: december })), [
    ["November", "2019-11", "month", true],
    ["December", "2019-12", "month", true],
  ]);
  assert.equal(findDates("The deal agreed early December has no year here.").map((d) => d.yearless), [{ month: 12 }]);
});
find("should read a whole date left in the original language of a translated paste (a caption, a credit)", () => {
  const day = (text: string) => findDates(text).map((d) => [d.text, d.date?.iso]);
  assert.equal(day("Erdogan y Sarraj, en Ankara, el 4 de junio de 2020"), [["4 de junio de 2020", "2020-06-04"]]);
  assert.equal(day("Photo prise le 27 novembre 2019 à Istanbul"), [["27 novembre 2019", "2019-11-27"]]);
  assert.equal(day("27 Kasım 2019 tarihinde imzalandı"), [["27 Kasım 2019", "2019-11-27"]]);
  // A month name alone, or in English, is left to the other rules.
  assert.equal(day("in giugno"), []);
});
find("should mark the article's own days ('yesterday', 'on Monday', 'this month'), and not a date that names its year", () => {
  const near = (text: string) => findDates(text).map((d) => [d.text, d.nearArticle === true]);
  assert.equal(near("signed yesterday, on Monday and this month"), [["yesterday", true], ["on Monday", true], ["this month", true]]);
  assert.equal(near("signed on 27 November 2019 and last year"), [["27 November 2019", false], ["last year", false]]);
});
find("should resolve 'yesterday' against the article's date, and leave it unresolved without one", () => {
  assert.equal(brief(findDates("announced yesterday", { articleDate: july })), [["yesterday", "2025-07-10", "day", true]]);
  assert.equal(brief(findDates("announced yesterday")), [["yesterday", undefined, undefined, true]]);
});
find("should read a weekday as the last such day on or before the article's date", () => {
  assert.equal(brief(findDates("signed on Wednesday", { articleDate: { iso: "2019-11-28", precision: "day" } })), [["on Wednesday", "2019-11-27", "day", true]]);
  assert.equal(brief(findDates("signed on Wednesday")), [["on Wednesday", undefined, undefined, true]]);
});
find("should read a deadline or a coming weekday ('by Friday', 'until Friday', 'next Tuesday') as the first such day after the article's date", () => {
  const monday = { articleDate: { iso: "2019-12-02", precision: "day" as const } };
  const ahead = (text: string) => findDates(text, monday).map((d) => [d.text, d.date?.iso, d.ahead === true]);
  assert.equal(ahead("the envoy must present the memorandum by Friday or be expelled"), [["by Friday", "2019-12-06", true]]);
  assert.equal(ahead("he has until Friday to hand it over"), [["until Friday", "2019-12-06", true]]);
  assert.equal(ahead("talks resume next Monday"), [["next Monday", "2019-12-09", true]]);
  // A day looked back on opens its sentence, and "on Friday" is still the last one.
  assert.equal(ahead("By Friday, the troops had landed"), [["Friday", "2019-11-29", false]]);
  assert.equal(ahead("the deal was signed on Friday"), [["on Friday", "2019-11-29", false]]);
});
find("should pick the year in which a day and month fall on the weekday written beside them", () => {
  const [m] = findDates("on Thursday, 27 November the deal was signed", { interval: { from: "2019-01-01", to: "2026-12-31" } });
  assert.equal([m!.text, m!.date?.iso], ["27 November", "2025-11-27"]);
  assert.match(m!.basis!, /only year/);
});
find("should read a day or month without a year as the last one before the article's date", () => {
  assert.equal(brief(findDates("signed in Istanbul on 27 November", { articleDate: { iso: "2020-01-17", precision: "day" } })), [["27 November", "2019-11-27", "day", true]]);
  assert.equal(brief(findDates("had signed in November", { articleDate: { iso: "2020-01-17", precision: "day" } })), [["November", "2019-11", "month", true]]);
});
find("should count 'three days ago' and 'five months ago' back from the article's date, and leave 'two weeks ago' unread", () => {
  const ctx = { articleDate: { iso: "2021-12-15", precision: "day" as const } };
  assert.equal(brief(findDates("signed three days ago", ctx)).map((d) => d.slice(0, 2)), [["three days ago", "2021-12-12"]]);
  assert.equal(brief(findDates("signed five months ago", ctx)).map((d) => d.slice(0, 2)), [["five months ago", "2021-07"]]);
  assert.equal(brief(findDates("signed two weeks ago", ctx)), []);
});
find("should count 'the day before yesterday' and 'the 27th of last month' from the article's date", () => {
  const ctx = { articleDate: { iso: "2019-12-06", precision: "day" as const } };
  assert.equal(brief(findDates("signed the day before yesterday", ctx)).map((d) => d.slice(0, 2)), [["the day before yesterday", "2019-12-04"]]);
  assert.equal(brief(findDates("signed on the 27th of last month", ctx)).map((d) => d.slice(0, 2)), [["the 27th of last month", "2019-11-27"]]);
  assert.equal(brief(findDates("due on the 3rd of this month", ctx)).map((d) => d.slice(0, 2)), [["the 3rd of this month", "2019-12-03"]]);
  // No 31st in November.
  assert.equal(brief(findDates("on the 31st of last month", ctx)).map((d) => d[1]), [undefined]);
});
find("should read 'last November' as the last November before the article's date", () => {
  assert.equal(brief(findDates("signed last November", { articleDate: { iso: "2020-01-02", precision: "day" } })), [["last November", "2019-11", "month", true]]);
  // "November last year" is the November of the year before the article's, whatever the month of the article;
  // "27 November last" the last 27 November before it.
  const december = { articleDate: { iso: "2020-12-15", precision: "day" as const } };
  assert.equal(brief(findDates("signed in November last year", december)).map((d) => d.slice(0, 2)), [["November last year", "2019-11"]]);
  assert.equal(brief(findDates("signed on the 27th of November last year", december)).map((d) => d.slice(0, 2)), [["the 27th of November last year", "2019-11-27"]]);
  assert.equal(brief(findDates("signed on 27 November last", december)).map((d) => d.slice(0, 2)), [["27 November last", "2020-11-27"]]);
  // The day is kept when the article's own date is not known, for the time evidence to match it.
  assert.equal(findDates("signed on 27 November last").map((d) => d.yearless), [{ month: 11, day: 27 }]);
  assert.equal(findDates("signed on 27 November of last year").map((d) => d.yearless), [{ month: 11, day: 27 }]);
  assert.equal(brief(findDates("Turkey may this year sign a deal", december)).map((d) => d.slice(0, 2)), [["this year", "2020"]]);
  // At the head of a sentence too.
  assert.equal(brief(findDates("Last November, Turkey and Libya signed a pact.", { articleDate: { iso: "2020-08-28", precision: "day" } })), [["Last November", "2019-11", "month", true]]);
});
find("should count 'three years after a deal' back from the article's date, for that deal", () => {
  const [m] = findDates("Three years after a maritime deal, the two signed", { articleDate: { iso: "2022-10-03", precision: "day" } });
  assert.equal([m!.date?.iso, m!.namesEarlierEvent], ["2019", true]);
});
find("should read 'May' as a month only after 'in'", () => {
  assert.equal(brief(findDates("clashes erupted in May; it may end", { articleDate: july })), [["May", "2025-05", "month", true]]);
});

find("should keep the month and day of a date whose year cannot be worked out", () => {
  const [late, day] = findDates("In late November they signed, and on 27 November they met.");
  assert.equal([late?.date, late?.yearless], [undefined, { month: 11 }]);
  assert.equal([day?.date, day?.yearless], [undefined, { month: 11, day: 27 }]);
  assert.is(findDates("In November 2019 they signed.")[0]?.yearless, undefined);
});
find.run();

const article = suite("findDatesInArticle()");
article("should count 'five years later' from the last year the article mentions", () => {
  const dates = findDatesInArticle(["Back in 2020, they asked for help.", "Now, five years later, Ankara acts."]);
  assert.equal(brief(dates[1]!), [["five years later", "2025", "year", true]]);
});
article("should date 'the same month' by the last month the narrative named, in the paragraph or before it", () => {
  const dates = findDatesInArticle(["In August 2020, Athens and Cairo signed their own deal.", "The same month, in Tripoli, Turkey and Qatar agreed with the GNA to train its forces."]);
  assert.equal(brief(dates[1]!), [["The same month", "2020-08", "month", true]]);
  // A year alone names no month, and one that moves the narrative to another year leaves none to count from.
  assert.equal(brief(findDatesInArticle(["In August 2020 they met.", "In 2021 the talks stalled. The same month, they agreed."])[1]!).at(-1), ["The same month", undefined, undefined, true]);
  assert.equal(brief(findDatesInArticle(["In 2020 the talks began. The same month, they agreed."])[0]!), [["2020", "2020", "year", false], ["The same month", undefined, undefined, true]]);
});
article("should let a day without its year fall in the months before the earliest day an undated article can be written", () => {
  // No older than 11 December 2019, no later than March 2021: "27 November" is 2019's or 2020's, not only 2020's.
  const between = findDatesInArticle(["Turkey and the GNA signed a memorandum on 27 November."], { interval: { from: "2019-12-11", to: "2021-03-31", fromMention: true } })[0]![0]!;
  assert.equal([between.date, between.yearless], [undefined, { month: 11, day: 27 }]);
  // With no upper bound, the guess is the day nearest the latest date the article mentions.
  const open = findDatesInArticle(["Turkey and the GNA signed a memorandum on 27 November."], { interval: { from: "2019-12-11", fromMention: true } })[0]![0]!;
  assert.equal([open.date?.iso, open.guessed], ["2019-11-27", true]);
});
article("should give an undated article's 'April 4' the year of the latest date it mentions, and say so", () => {
  const dates = findDatesInArticle(["The visit, timed for April 4, marked the 2018 conflict."], { interval: { from: "2025-01-01", fromMention: true } });
  assert.equal(brief(dates[0]!), [["April 4", "2025-04-04", "day", true], ["2018", "2018", "year", false]]);
  assert.match(dates[0]![0]!.basis!, /latest date the undated article mentions/);
  // A guess, and marked as one: a year the interval allows alone is not.
  assert.ok(dates[0]![0]!.guessed);
  const only = findDatesInArticle(["The visit, timed for April 4."], { interval: { from: "2025-01-01", to: "2025-12-31" } })[0]![0]!;
  assert.equal([only.date?.iso, only.guessed], ["2025-04-04", undefined]);
  // A lower bound from a body's existence (the GNU formed in 2021) is no reason to guess the year.
  assert.equal(brief(findDatesInArticle(["The visit, timed for April 4."], { interval: { from: "2021-03-01" } })[0]!), [["April 4", undefined, undefined, true]]);
});
article("should leave a day and month without a year when the article's time is unknown", () => {
  assert.equal(brief(findDatesInArticle(["The visit, timed for April 4."])[0]!), [["April 4", undefined, undefined, true]]);
});
article("should read 'a short while ago' as shortly before the article, with no date to count back to", () => {
  const [found] = findDatesInArticle(["Ankara trains Tripoli's forces under the military agreement it signed with Libya a short while ago."], { date: july });
  assert.equal(found!.map((d) => [d.text, d.date, d.nearArticle]), [["a short while ago", undefined, true]]);
  assert.equal(findDatesInArticle(["It was signed not long ago."])[0]!.map((d) => d.nearArticle), [true]);
});
article("should resolve 'at that time' to the year the narrative is in, and leave it undated where none is", () => {
  const dates = findDatesInArticle(["Turkey and the GNA signed a maritime memorandum in 2019.", "Military agreements were also signed at that time."], { date: july });
  assert.equal(brief(dates[1]!), [["that time", "2019", "year", true]]);
  assert.equal(findDatesInArticle(["Military agreements were also signed at that time."], { date: july })[0]!.filter((d) => d.date), []);
});
article("should resolve 'that same year' to the year before it", () => {
  const dates = findDatesInArticle(["In 2019, a memorandum.", "That same year, a maritime deal."], { date: july });
  assert.equal(brief(dates[1]!), [["That same year", "2019", "year", true]]);
});
article("should resolve 'signed that year' and 'later that year' to the year the narrative is in, but not 'that year-long' or 'that year's'", () => {
  const signed = findDatesInArticle(["Dbeibah signed two deals that build on a 2019 agreement.", "They include protocols for the security agreement signed that year by the authorities in Tripoli."], { date: july });
  assert.equal(brief(signed[1]!), [["that year", "2019", "year", true]]);
  const later = findDatesInArticle(["In 2019, a memorandum.", "Later that year, a maritime deal."], { date: july });
  assert.equal(brief(later[1]!), [["that year", "2019", "year", true]]);
  assert.equal(findDatesInArticle(["In 2019, a memorandum.", "He praised that year-long effort and that year's budget."], { date: july })[1]!.filter((d) => d.date), []);
});
article("should read 'at the end of last month' as the month before the article's", () => {
  const dates = findDatesInArticle(["The pact was implemented at the end of last month."], { date: { iso: "2019-12-15", precision: "day" } });
  assert.equal(brief(dates[0]!), [["at the end of last month", "2019-11", "month", true]]);
});
article.run();

const latest = suite("latestMentioned()");
latest("should give the latest date the text states, not a year counted on from another ('three years after')", () => {
  const dates = findDatesInArticle(["Turkey signed the 2019 memorandum. A minister tweeted on October 9, 2022.", "Three years after, Turkey is again trying to destabilise the region."]).flat();
  assert.ok(dates.some((d) => d.date?.iso === "2025"), "the reckoning is still read");
  assert.is(latestMentioned(dates)?.iso, "2022-10-09");
  assert.is(latestMentioned(findDatesInArticle(["It happened in 2020.", "That same year, a deal."]).flat())?.iso, "2020-01-01");
});
latest("should not take a date the text looks ahead to for one it has seen ('to 2.5 million barrels a day by 2024', 'Vision 2030')", () => {
  const ahead = findDates("The deal was agreed in 2019. The targets of lifting output to 2.5 million barrels a day by 2024 now look out of reach.");
  assert.ok(ahead.find((d) => d.text === "2024")?.ahead);
  assert.is(latestMentioned(ahead)?.iso, "2019-01-01");
  assert.is(latestMentioned(findDates("In 2019 Ankara signed the deal, part of its Vision 2030."))?.iso, "2019-01-01");
  // A past "by" is a date the text has seen: "By 2022 the two had signed five memoranda."
  assert.is(latestMentioned(findDates("The deal was agreed in 2019. By 2022 the two had signed five memoranda."))?.iso, "2022-01-01");
});
latest("should not take the start of a term, or a day a clause says will be, for a date the text has seen ('counting from 2 January 2026', 'would … on 9 January 2020')", () => {
  const seen = (text: string) => latestMentioned(findDates(text))?.iso;
  assert.is(seen("The mission was sent in January 2020. Parliament approved a further 24-month extension, counting from 2 January 2026."), "2020-01-01");
  assert.is(seen("The crossing closed in March 2024. Ras Jedir border crossing to reopen from 20 June 2024."), "2024-03-01");
  assert.is(seen("The memorandum was signed in November 2019. Erdogan said parliament would grant authorisation on 8 or 9 January 2020."), "2019-11-01");
  // A day the text reports, after "from" or in a clause of its own past "will", is one it has seen.
  assert.is(seen("The memorandum was signed on 27 November 2019 and has been in force from 8 December 2019."), "2019-12-08");
  assert.is(seen("Turkey will remember that the deal was signed in Istanbul on 27 November 2019."), "2019-11-27");
});
latest.run();

const span = suite("dateSpan()");
span("should give the first and last day a date covers", () => {
  assert.equal(dateSpan({ iso: "2024-02", precision: "month" }), { from: "2024-02-01", to: "2024-02-29" });
  assert.equal(dateSpan({ iso: "2019", precision: "year" }), { from: "2019-01-01", to: "2019-12-31" });
});
span.run();

const overlap = suite("overlapsWindow()");
overlap("should accept a year that overlaps the window and reject one outside it", () => {
  const window = { from: "2019-11-01", to: "2020-12-31" };
  assert.ok(overlapsWindow({ iso: "2019", precision: "year" }, window));
  assert.not.ok(overlapsWindow({ iso: "2019-10-31", precision: "day" }, window));
  assert.not.ok(overlapsWindow({ iso: "2025", precision: "year" }, window));
});
overlap.run();
