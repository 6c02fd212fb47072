import { suite } from "uvu";
import * as assert from "uvu/assert";
import { calendarMonthKey, CALENDAR_MONTHS, fromCalendar, makeDay, monthNumber, parseIsoDate } from "../../scripts/dates.ts";
import { dateInAddress, fitsWeekday, monthFirstReading, parseDateLine, readDateLine, writesMonthFirst } from "../../scripts/ingest/date-line.ts";

const dateLine = suite("parseDateLine()");

dateLine("should read numeric dates day first", () => {
  assert.equal(parseDateLine("11.07.2025"), { iso: "2025-07-11", precision: "day" });
  assert.equal(parseDateLine("4/5/2025"), { iso: "2025-05-04", precision: "day" });
  assert.equal(parseDateLine("15-04-2025"), { iso: "2025-04-15", precision: "day" });
  // One separator throughout: not a date line.
  assert.is(parseDateLine("15-04/2025"), undefined);
  // Month first, as US pages print it, only where the day cannot be a month.
  assert.equal(parseDateLine("04-15-2025"), { iso: "2025-04-15", precision: "day" });
  assert.equal(parseDateLine("1/13/2020"), { iso: "2020-01-13", precision: "day" });
  assert.is(parseDateLine("13/13/2020"), undefined);
});

dateLine("should read a two-figure year, a numeric day with spaces about its separators, and a Hungarian year-first day", () => {
  assert.is(parseDateLine("21/08/20")?.iso, "2020-08-21");
  assert.is(parseDateLine("22.02.24 • 14:12 • 2 min read")?.iso, "2024-02-22");
  assert.is(parseDateLine("11/17/22")?.iso, "2022-11-17");
  assert.is(parseDateLine("2. 1. 2020")?.iso, "2020-01-02");
  assert.is(parseDateLine("08 - 01 - 2020")?.iso, "2020-01-08");
  assert.is(parseDateLine("24/05 – 2021")?.iso, "2021-05-24");
  assert.is(parseDateLine("2026. 01. 30. 14:10")?.iso, "2026-01-30");
  assert.is(parseDateLine("2025. december 23. 23:41")?.iso, "2025-12-23");
  // Mixed separators with no space are no date; nor is a day that does not exist.
  assert.is(parseDateLine("15-04/2025"), undefined);
  assert.is(parseDateLine("31/02/20"), undefined);
});

dateLine("should read a Chinese or Japanese page's date, and a Guardian-style clock ('11.03 GMT') beside a date", () => {
  assert.equal(parseDateLine("2020年1月13日"), { iso: "2020-01-13", precision: "day" });
  assert.equal(parseDateLine("Sun 12 Jan 2020 11.03 GMT"), { iso: "2020-01-12", precision: "day" });
});

dateLine("should read Cyrillic and Greek month names in a pasted page's own date line", () => {
  assert.is(parseDateLine("13 января 2020")?.iso, "2020-01-13");
  assert.is(parseDateLine("13 януари 2020")?.iso, "2020-01-13");
  assert.is(parseDateLine("27 Νοεμβρίου 2019")?.iso, "2019-11-27");
  assert.is(parseDateLine("6 ΜΑΐΟΥ 2021")?.iso, "2021-05-06");
});

dateLine("should read Arabic, Polish, Czech, Romanian and Hungarian month names, and a Portuguese month shortened", () => {
  assert.is(parseDateLine("31 أغسطس 2025")?.iso, "2025-08-31");
  assert.is(parseDateLine("5 كانون الثاني 2020")?.iso, "2020-01-05");
  assert.is(parseDateLine("2 stycznia 2020")?.iso, "2020-01-02");
  assert.is(parseDateLine("27. listopadu 2019")?.iso, "2019-11-27");
  assert.is(parseDateLine("27 noiembrie 2019")?.iso, "2019-11-27");
  assert.is(parseDateLine("12 abr 2021")?.iso, "2021-04-12");
});

dateLine("should read written-out dates in both orders", () => {
  assert.is(parseDateLine("Nov. 27, 2019")?.iso, "2019-11-27");
  assert.is(parseDateLine("27 November 2019")?.iso, "2019-11-27");
  assert.is(parseDateLine("Published: July 11, 2025")?.iso, "2025-07-11");
});

dateLine("should read the date a line gives first, before the date it was updated", () => {
  assert.is(parseDateLine("22/12/2019 at 13:15 | Updated 22/12/2019 at 16:15")?.iso, "2019-12-22");
  assert.is(parseDateLine("Published 3 October 2022, last updated: 5 October 2022")?.iso, "2022-10-03");
  // What follows "updated" must be a date line of its own.
  assert.is(parseDateLine("22/12/2019 | Updated by the newsroom after Haftar's statement"), undefined);
});

dateLine("should read year-first dates, timestamps and ordinal days", () => {
  assert.is(parseDateLine("2019/12/02")?.iso, "2019-12-02");
  assert.is(parseDateLine("2019-12-02T10:15:00Z")?.iso, "2019-12-02");
  assert.is(parseDateLine("Posted on December 2nd, 2019")?.iso, "2019-12-02");
  // A comma with no space after it, as some sites print the day.
  assert.is(parseDateLine("Published June 17,2020")?.iso, "2020-06-17");
  assert.is(parseDateLine("17 June,2020")?.iso, "2020-06-17");
  assert.is(parseDateLine("3rd December 2019")?.iso, "2019-12-03");
  assert.is(parseDateLine("2019/13/02"), undefined);
});

dateLine("should refuse dates that do not exist and lines that are more than a date", () => {
  assert.is(parseDateLine("31.02.2025"), undefined);
  assert.is(parseDateLine("On 11 July 2025 the deal was signed"), undefined);
});

dateLine("should read a blog's 'Posted on … by …' line, with no label taken for the outlet", () => {
  assert.equal(readDateLine("Posted on January 10, 2020 by Cyprus Scene"), { date: { iso: "2020-01-10", precision: "day" } });
  assert.equal(readDateLine("Published 3 March 2021, by admin"), { date: { iso: "2021-03-03", precision: "day" } });
  assert.equal(readDateLine("Posted on January 10, 2020"), { date: { iso: "2020-01-10", precision: "day" } });
  // A sentence with a date and a "by" is no dating line.
  assert.is(readDateLine("Signed on January 10, 2020 by Turkey and Libya"), undefined);
  assert.is(readDateLine("Posted on January 10, 2020 by the way we said so"), undefined);
});

dateLine("should read wire lines with a name, a weekday and a clock time around the date", () => {
  assert.equal(readDateLine("AFP , Monday 3 Oct 2022"), { date: { iso: "2022-10-03", precision: "day" }, prefix: "AFP" });
  assert.equal(readDateLine("Alwasat - Cairo Fri 29 Nov 2019, 08:19 PM"), { date: { iso: "2019-11-29", precision: "day" }, prefix: "Alwasat - Cairo" });
  assert.equal(readDateLine("December 06 2019 10:10:03"), { date: { iso: "2019-12-06", precision: "day" } });
  // Brackets round the date are no words of the line; a date inside a sentence still dates nothing.
  assert.equal(readDateLine("Tripoli (27/11/2019)"), { date: { iso: "2019-11-27", precision: "day" }, prefix: "Tripoli" });
  assert.equal(readDateLine("[27 November 2019]"), { date: { iso: "2019-11-27", precision: "day" } });
  assert.equal(readDateLine("Last Update: 2019-11-27 14:05"), { date: { iso: "2019-11-27", precision: "day" } });
  assert.is(readDateLine("The deal (signed 27.11.2019) angered Greece."), undefined);
  // A wire's sign-off, its date run together: its agency is the prefix, not its end mark or its editors' initials.
  assert.equal(readDateLine("-0- PANA BY/BEH/FK/DD 1dez2019"), { date: { iso: "2019-12-01", precision: "day" }, prefix: "PANA" });
  assert.equal(readDateLine("-0- PANA BY/TBM/MAR/IZ 08Dec2019"), { date: { iso: "2019-12-08", precision: "day" }, prefix: "PANA" });
  assert.is(readDateLine("Room 12abc2019"), undefined);
  // A site's address before the date names no agency.
  assert.equal(readDateLine("http://www.CRNTT.tw 2019-12-08 10:12:31"), { date: { iso: "2019-12-08", precision: "day" } });
  assert.equal(readDateLine("www.example.com 08.12.2019"), { date: { iso: "2019-12-08", precision: "day" } });
  // A reading time after the date is one more label; a sentence after it is not.
  assert.equal(readDateLine("Published on 10 April 2025. Reading: 2 minutes."), { date: { iso: "2025-04-10", precision: "day" } });
  assert.is(readDateLine("Published on 10 April 2025. The deal was signed in Istanbul."), undefined);
});

dateLine("should read the labelled dating lines pasted pages print, with their separators, zones, handles and categories", () => {
  const read = (line: string) => readDateLine(line)?.date.iso;
  assert.is(read("Published: 26 December 2020 ▪ 10:40 AM"), "2020-12-26");
  assert.is(read("Published: 9 March 2020; revised: 22 July 2020"), "2020-03-09");
  assert.is(read("Posted on December 18, 2019 by libya360"), "2019-12-18");
  assert.is(read("Written by Reuters - 17th January 2020"), "2020-01-17");
  assert.is(read("Published - July 19, 2024 09:12 pm IST - ANKARA"), "2024-07-19");
  assert.is(read("Posted: Jan 5, 2020 / 01:31 PM CST / Updated: Jan 5, 2020 / 01:31 PM CST"), "2020-01-05");
  assert.is(read("Date of publication: 16th, August 2023 GMT"), "2023-08-16");
  assert.is(read("Published: 10 October ,2020"), "2020-10-10");
  assert.is(read("Published on 4 July 2020 at 13:07 in Libya, Turkey"), "2020-07-04");
  assert.is(read("Submitted by ummnews on Wed, 11/12/2019 - 08:52"), "2019-12-11");
  assert.is(read("Posted by: abu_yousef_benghazi  |  Sat 04-01-2020, 19:42  |  Replies: 37  |  Views: 2,114"), "2020-01-04");
  assert.is(read("Dünya  >  06.12.2019"), "2019-12-06");
  assert.is(read("ANSAmed  >  Rubriche  >  Politica  >  20 dicembre 2019"), "2019-12-20");
  assert.is(read("Thursday 12/December/2019 - 01:37 PM"), "2019-12-12");
  assert.is(read("Thursday 2 of January, 2020"), "2020-01-02");
  assert.is(read("25 December 2019 18:53 (UTC+04:00)"), "2019-12-25");
  assert.is(read("Politics Materials 16 June 2021 16:59 (UTC +04:00)"), "2021-06-16");
  assert.is(read("July 2, 2019 6:58 am ET"), "2019-07-02");
  assert.is(read("Muhammad Irfan 1 minute ago Thu 19th December 2019 | 10:39 PM"), "2019-12-19");
  assert.is(read("(Xinhua) 21:08, September 04, 2024"), "2024-09-04");
  assert.is(read('"Al-Monitor", 24.06.2020'), "2020-06-24");
  assert.is(read("26.08.2025 - 09:14  |  Last update: 26.08.2025 - 09:20"), "2025-08-26");
  assert.is(read("Status: 02.01.2020 17:36"), "2020-01-02");
  assert.is(read("10 de dezembro de 2019 às 14h05"), "2019-12-10");
  assert.is(read("Source: Frankfurter Allgemeine Zeitung December 14, 2019 15:11 UTC"), "2019-12-14");
  // Turkish pages' labels, their capital İ included.
  assert.is(read("KAYNAK: Kathimerini | GİRİŞ: 10.09.2025 09:02 | GÜNCELLEME: 10.09.2025 09:02"), "2025-09-10");
  assert.is(read("Gündem | Haber Girişi : 03 Ekim 2022 14:39"), "2022-10-03");
  assert.is(read("Giriş (posted): 02 Ocak 2020, Perşembe 17:42"), "2020-01-02");
  // Words after the date that are no label, place or clock still make it a sentence.
  assert.is(read("Published: 26 December 2020 ▪ the deal was signed in Istanbul by both sides."), undefined);
  assert.is(read("Posted on 4 July 2020 in reply to the minister's letter"), undefined);
  assert.is(read("Signed 27 November 2019 in Istanbul"), undefined);
});

dateLine("should read a dating line that a colon closes, but not take a clock time apart", () => {
  assert.is(parseDateLine("Thu 19 December 2019:")?.iso, "2019-12-19");
  assert.is(parseDateLine("21.12.2019 | 14:02")?.iso, "2019-12-21");
  assert.is(parseDateLine("Signed on 19 December 2019: a memorandum"), undefined);
});

dateLine("should read a header line whose parts between bars are a date and short labels", () => {
  assert.is(parseDateLine("Written by Antoine Lawson | 18 May 2020")?.iso, "2020-05-18");
  assert.is(parseDateLine("Brief.me | 17 janvier 2020 | International")?.iso, "2020-01-17");
  assert.is(parseDateLine("finsubito | 12 July 2025")?.iso, "2025-07-12");
  // A site's weather beside today's date, two dates, or a sentence beside the date: not the article's date line.
  assert.is(parseDateLine("Thursday, 28 August 2025 | Nova Cantu, PR | 10°C 24°C"), undefined);
  assert.is(parseDateLine("12 July 2025 | 14 July 2025"), undefined);
  assert.is(parseDateLine("12 July 2025 | The deal was signed in Ankara."), undefined);
});

dateLine("should read parts set apart by dots, dashes or wide gaps, and a reading time", () => {
  assert.is(parseDateLine("08.03.2021 · Web Desk")?.iso, "2021-03-08");
  assert.is(parseDateLine("2 min read · Nov 14, 2020")?.iso, "2020-11-14");
  assert.is(parseDateLine("06 DECEMBER 2019    Read: 3421")?.iso, "2019-12-06");
  assert.is(parseDateLine("December 12, 2019   Turkey  Breaking News  Libya")?.iso, "2019-12-12");
  assert.is(parseDateLine("Created: August 23, 2025 07:00")?.iso, "2025-08-23");
  assert.is(parseDateLine("Published on: 27/10/2020")?.iso, "2020-10-27");
  // A site's weather beside today's date, and a sentence that opens with a month, are not dating lines.
  assert.is(parseDateLine("Monday 16 Feb 2026 · Athens 16°C"), undefined);
  assert.is(parseDateLine("November 2019 was a turning point"), undefined);
});

dateLine("should read a dating line after a short byline, with its label, clock time and time zone", () => {
  assert.is(parseDateLine("Mohammad Ali (@ChaudhryMAli88) Published August 18, 2020, 2:30 am")?.iso, "2020-08-18");
  assert.is(parseDateLine("- Published Date: 08:05 | 15 August 2024")?.iso, "2024-08-15");
  assert.is(parseDateLine("Publish Date: Tuesday 11 August 2020 - 10:12")?.iso, "2020-08-11");
  assert.is(parseDateLine("Published: Apr. 14, 2021 at 7:25 AM CDT")?.iso, "2021-04-14");
  assert.is(parseDateLine("Published: 17:21 - 2019/12/15")?.iso, "2019-12-15");
  // A sentence that says something was published on a day is not a dating line.
  assert.is(parseDateLine("The agreement, which the two governments signed in Istanbul, was published on 5 December 2019 in the gazette"), undefined);
});

dateLine("should read what pages print after the date: credits, a clock's zone, a byline after the clock, a forum post's number", () => {
  assert.is(parseDateLine("4 January 2020, 15:12  Source: ZEIT ONLINE, dpa, AFP, tst")?.iso, "2020-01-04");
  assert.is(parseDateLine("Dec 10, 2019 11:02 Europe/Berlin")?.iso, "2019-12-10");
  assert.is(parseDateLine("26 December 2019 (Thu) 10:00")?.iso, "2019-12-26");
  assert.is(parseDateLine("Cyprus – 05 October 2022 (WAM)")?.iso, "2022-10-05");
  assert.is(parseDateLine("20.8.2020 16:05, by Andreas Neubrand")?.iso, "2020-08-20");
  assert.is(parseDateLine("23:43 - 12/04/21 por Lusa")?.iso, "2021-04-12");
  assert.is(parseDateLine("Aug 7, 2020  #1")?.iso, "2020-08-07");
  assert.is(parseDateLine("Time: 2021-08-14 04:12  Views:")?.iso, "2021-08-14");
  assert.is(parseDateLine("Published almost 5 years ago · Edition of 30 January 2020")?.iso, "2020-01-30");
  assert.is(parseDateLine("Published in Al-Bawaba News on 08 - 01 - 2020")?.iso, "2020-01-08");
  // The same day twice is one date; two days are not.
  assert.is(parseDateLine("04/10/2022 00:32 ‧ 04/10/2022 by Lusa")?.iso, "2022-10-04");
  assert.is(parseDateLine("04/10/2022 00:32 ‧ 05/10/2022 by Lusa"), undefined);
  // A sentence after the date is still no dating line.
  assert.is(parseDateLine("4 January 2020, 15:12 Source: the ministry said the talks went well."), undefined);
});

dateLine("should read the day a page was published after its update ('Update: … Publication: …'), a press wire's 'Distributed by … on', and a paper's issue number", () => {
  assert.is(parseDateLine("Update: 06.12.2019 10:43 Publication: 05.12.2019 10:25")?.iso, "2019-12-05");
  assert.is(parseDateLine("11/17/2022 | Press release | Distributed by Public on 11/17/2022 13:58")?.iso, "2022-11-17");
  assert.is(parseDateLine("Friday 2 Rabi al-Akhir 1441 Hijri - 29 November 2019 AD   Issue number [14975]")?.iso, "2019-11-29");
  // An update alone is no publication day; nor is a distribution on another day.
  assert.is(parseDateLine("Update: 06.12.2019 10:43 Publication: pending"), undefined);
  assert.is(parseDateLine("11/17/2022 | Press release | Distributed by Public on 11/18/2022 13:58"), undefined);
});

dateLine("should read a month's name between dots or dashes", () => {
  assert.is(parseDateLine("29.Nov.2019")?.iso, "2019-11-29");
  assert.is(parseDateLine("29-Nov-2019")?.iso, "2019-11-29");
});

dateLine("should read a translated page's own date line, its weekday and clock in its language", () => {
  assert.is(parseDateLine("Terça-feira, 25 de outubro de 2022 - 14h30")?.iso, "2022-10-25");
  assert.is(parseDateLine("Mardi 25 octobre 2022")?.iso, "2022-10-25");
  assert.is(parseDateLine("25. Oktober 2022")?.iso, "2022-10-25");
  // Albanian, Dutch and Indonesian month names too.
  assert.is(parseDateLine("Bota | 28 gusht 2020")?.iso, "2020-08-28");
  assert.is(parseDateLine("3 maart 2021")?.iso, "2021-03-03");
  assert.is(parseDateLine("12 Agustus 2020")?.iso, "2020-08-12");
  assert.is(parseDateLine("Firmado el 25 de octubre de 2022 en Estambul"), undefined);
});

dateLine("should not take a site's bar of today's date, with the name day beside it, for the article's date line", () => {
  assert.is(readDateLine("Thursday 6.11.2025 | Name day: Renáta"), undefined);
  assert.equal(readDateLine("06 December 2019"), { date: { iso: "2019-12-06", precision: "day" } });
});

dateLine("should read a day of the Solar Hijri or the Islamic calendar, and take the Gregorian day printed beside it", () => {
  assert.equal(readDateLine("Wednesday, 17 Khordad 1396"), { date: { iso: "2017-06-07", precision: "day" }, calendar: "persian" });
  assert.equal(readDateLine("Date of publication: 10 Ordibehesht 1395 - 15:38"), { date: { iso: "2016-04-29", precision: "day" }, calendar: "persian" });
  assert.equal(readDateLine("Thursday 5 Dhu'l-Qa'dah 1441 AH"), { date: { iso: "2020-06-26", precision: "day" }, calendar: "islamic-umalqura" });
  // Beside the Gregorian day, the other calendar's is set aside, and no weekday is taken for the line's source.
  assert.equal(readDateLine("Tuesday 28 Dhu al-Hijjah 1441 AH — 18 August 2020"), { date: { iso: "2020-08-18", precision: "day" } });
  assert.equal(readDateLine("Tuesday 2 Dey 1404 | TUE 23 Dec 2025"), { date: { iso: "2025-12-23", precision: "day" } });
  assert.equal(readDateLine("AL-JAZIRAH  |  Saturday 10 Rabi' al-Akhir 1441 AH  -  07-12-2019"), { date: { iso: "2019-12-07", precision: "day" }, prefix: "AL-JAZIRAH" });
  // Mehr has 30 days.
  assert.is(readDateLine("31 Mehr 1399"), undefined);
  // Numeric, by its year: "1398/10/23" is a Solar Hijri day, "1441/04/02" an Islamic one; no other year before 1900.
  assert.equal(readDateLine("1398/10/23"), { date: { iso: "2020-01-13", precision: "day" }, calendar: "persian" });
  assert.equal(readDateLine("1441/04/02"), { date: { iso: "2019-11-29", precision: "day" }, calendar: "islamic-umalqura" });
  assert.is(readDateLine("1066/10/14"), undefined);
});

dateLine.run();

const calendar = suite("fromCalendar()");

calendar("should give the Gregorian day of a Solar Hijri or an Islamic (Umm al-Qura) day, and none for a day that is not", () => {
  assert.equal(fromCalendar("persian", 1399, 4, 13), { iso: "2020-07-03", precision: "day" });
  assert.equal(fromCalendar("persian", 1398, 1, 1), { iso: "2019-03-21", precision: "day" });
  assert.equal(fromCalendar("islamic-umalqura", 1441, 4, 2), { iso: "2019-11-29", precision: "day" });
  assert.is(fromCalendar("persian", 1399, 7, 31), undefined);
  assert.is(fromCalendar("islamic-umalqura", 1441, 13, 1), undefined);
});

calendar.run();

const calendarMonth = suite("calendarMonthKey()");

calendarMonth("should read a month's spellings alike, whatever their apostrophes, hyphens and spaces", () => {
  assert.equal(["Rabi' al-Akhir", "Rabi al-Akhir", "Rabiʻ al Akhir"].map((n) => CALENDAR_MONTHS[calendarMonthKey(n)]), Array(3).fill({ calendar: "islamic-umalqura", month: 4 }));
  assert.equal(CALENDAR_MONTHS[calendarMonthKey("Ordibehesht")], { calendar: "persian", month: 2 });
});

calendarMonth.run();

const iso = suite("parseIsoDate()");

iso("should keep the precision it is given", () => {
  assert.equal(parseIsoDate("2025"), { iso: "2025", precision: "year" });
  assert.equal(parseIsoDate("2025-07"), { iso: "2025-07", precision: "month" });
  assert.is(parseIsoDate("2025-13"), undefined);
});

iso.run();

const month = suite("monthNumber()");

month("should read abbreviations with or without a full stop", () => {
  assert.equal(["Nov.", "nov", "November", "Sept", "May"].map(monthNumber), [11, 11, 11, 9, 5]);
  assert.is(monthNumber("Ma"), undefined);
});

month.run();

const day = suite("makeDay()");

day("should accept a leap day only in a leap year", () => {
  assert.is(makeDay(2024, 2, 29)?.iso, "2024-02-29");
  assert.is(makeDay(2025, 2, 29), undefined);
});

day.run();

const address = suite("dateInAddress()");
address("should read the whole day a page's address gives in its path, and nothing else", () => {
  assert.equal(dateInAddress("https://www.newarab.com/news/2019/12/05/un-registers-deal"), { iso: "2019-12-05", precision: "day" });
  assert.equal(dateInAddress("https://example.com/news/2019-12-05-un-registers-deal"), { iso: "2019-12-05", precision: "day" });
  // A month alone, a query, an upload folder and an impossible day say nothing of the page's day.
  assert.is(dateInAddress("https://example.com/2019/12/un-registers-deal/"), undefined);
  assert.is(dateInAddress("https://example.com/story?date=2019/12/05"), undefined);
  assert.is(dateInAddress("https://example.com/wp-content/uploads/2019/12/05/photo.jpg"), undefined);
  assert.is(dateInAddress("https://example.com/2019/13/45/story"), undefined);
});
address.run();

const usDay = suite("monthFirstReading()");
usDay("should read a numeric day month first only where both figures could be a month", () => {
  assert.equal(monthFirstReading("Reuters | 12/06/2019"), { iso: "2019-12-06", precision: "day" });
  // One reading only ("27/11"), the same day both ways, or no day at all: nothing to choose between.
  assert.is(monthFirstReading("27/11/2019"), undefined);
  assert.is(monthFirstReading("05/05/2019"), undefined);
  assert.is(monthFirstReading("Monday 3 Oct 2022"), undefined);
});
usDay("should not read a dotted or hyphened day month first: those are a European page's ('Published 02.06.2021')", () => {
  assert.is(monthFirstReading("Published 02.06.2021"), undefined);
  assert.is(monthFirstReading("02-06-2021"), undefined);
});
usDay.run();

const monthFirst = suite("writesMonthFirst()");
monthFirst("should tell a text that writes its days in a US wire's style ('Nov. 27') from one that writes them day first", () => {
  assert.ok(writesMonthFirst("Athens acted after a Nov. 27 agreement, Dendias said on Friday."));
  // A month's full name before the day is any English's, a translation's and an embedded post's too.
  assert.not.ok(writesMonthFirst("The deal was signed on December 6, 2019."));
  assert.not.ok(writesMonthFirst("The deal was signed on 27 November in Istanbul."));
  // A text that writes both ways gives no clue.
  assert.not.ok(writesMonthFirst("Signed on 27 November; ratified Dec. 5."));
});
monthFirst.run();

const weekday = suite("fitsWeekday()");
weekday("should tell whether the weekday a line names is that day's", () => {
  assert.is(fitsWeekday("Sunday 08/12/2019", { iso: "2019-12-08", precision: "day" }), true);
  assert.is(fitsWeekday("Sunday 08/12/2019", { iso: "2019-08-12", precision: "day" }), false);
  assert.is(fitsWeekday("Published 08/12/2019", { iso: "2019-12-08", precision: "day" }), undefined);
  // "month" names no Monday, nor a newspaper's name a Sunday.
  assert.is(fitsWeekday("Last month, 08/12/2019", { iso: "2019-12-08", precision: "day" }), undefined);
  assert.is(fitsWeekday("The Sun | 08/12/2019", { iso: "2019-12-08", precision: "day" }), undefined);
});
weekday.run();

