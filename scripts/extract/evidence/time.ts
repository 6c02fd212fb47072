// Evidence of time: the act's own date against the agreement's (a date outside it is another act), or else when the article was written (it cannot report an agreement made after it).
import { dateSpan, formatDate, makeDay, overlapsWindow, shiftMonths as shift } from "../../dates.ts";
import type { PartialDate } from "../../model.ts";
import type { Evidence } from "../../evidence.ts";
import type { EvidenceInput, EvidenceRule } from "./types.ts";

export const timeEvidence: EvidenceRule = (input) => {
  const { act, agreement, reading } = input;
  const window = agreement.recognise.window;
  const when = window.from === window.to ? window.from : `${window.from} to ${window.to}`;
  const from = act.inherited.includes("dates") ? ` (taken from ${act.inheritedFrom})` : "";
  const scale = act.inherited.includes("dates") ? 0.75 : 1;
  const dated = act.dates.filter((d) => d.date);
  // Signing, announcing, a signing to come, or the bare noun: the date is the act's own. Ratifying or contesting comes
  // after it. A date taken from the act referred to is that act's: "the memorandum entered into force on Saturday…
  // According to the memorandum, …" dates its entry into force, not its making.
  const dateOwner = act.inherited.includes("dates") && act.referent ? act.referent.act : act;
  const itself = !dateOwner.verb || dateOwner.verb.status === "signed" || dateOwner.verb.status === "announced" || dateOwner.verb.status === "to be signed";
  // "The signing of new agreements", in an article written long after the agreement was made: a newer act, whatever
  // date it takes from the act the article is about.
  const late = reading.time.from !== undefined && reading.time.from > shift(window.to, 6);
  if (itself && late && act.refers === "main" && act.inherited.includes("dates") && NEW_BEFORE.test(input.paragraph.text.slice(act.sentence.start, act.noun.start))) {
    return [{ kind: "time", weight: -4, says: `a new act, in an article written months after the agreement was made (${reading.time.basis})`, veto: true }];
  }
  const out: Evidence[] = [];
  for (const d of dated) {
    // "On November 27, Erdogan and Sarraj signed two pacts", on a page dated 2023: a year taken from the page's date
    // is not the act's when one who made it had left office by then; its day and month count as a yearless date's.
    const gone = itself && !from ? leftOfficeBy(d, input) : undefined;
    if (gone) {
      const month = +d.date!.iso.slice(5, 7);
      const day = d.date!.precision === "day" ? +d.date!.iso.slice(8, 10) : undefined;
      const fits = fitsWindow(month, day, window, `${gone.to}-99`);
      const why = `the year taken from the article's date is not the act's: ${gone.name} had left office by then`;
      out.push(fits ? { kind: "time", weight: day === undefined ? 1 : 2, says: `dated “${d.text}”, the ${day === undefined ? "month" : "day"} the agreement was made (${when}); ${why}` } : { kind: "time", weight: -2, says: `dated “${d.text}”, not the ${day === undefined ? "month" : "day"} the agreement was made (${when}); ${why}` });
      continue;
    }
    const span = dateSpan(d.date!);
    const shown = `“${d.text}”${d.inferred ? ` (${formatDate(d.date!)})` : ""}`;
    if (overlapsWindow(d.date!, window)) {
      // A day inside the window says more than a year that merely overlaps it.
      const weight = (d.date!.precision === "day" ? 3 : d.date!.precision === "month" ? 2 : 1) * scale;
      return [{ kind: "time", weight, says: `dated ${shown}, when the agreement was made (${when})${from}` }];
    }
    if (!itself && span.from > window.to) {
      out.push({ kind: "time", weight: 0.5 * scale, says: `dated ${shown}, after the agreement was made${from}` });
      continue;
    }
    // A day or month just outside the window (a source that misdates the act by days) counts against, but rules
    // nothing out: the rest of the evidence decides, and "Where sources differ" shows the two dates.
    if (itself && d.date!.precision !== "year" && span.to >= shift(window.from, -1) && span.from <= shift(window.to, 1)) {
      out.push({ kind: "time", weight: -1.5 * scale, says: `dated ${shown}, just outside when the agreement was made (${when})${from}` });
      continue;
    }
    out.push({ kind: "time", weight: -5, says: `dated ${shown}, not when the agreement was made (${when})${from}`, ...(from ? {} : { veto: true }) });
  }
  if (dated.length) return [out.find((e) => e.weight > 0) ?? out[0]!];
  // "Took effect in January 2020, following a security agreement…": made before that date.
  if (act.madeBefore?.date && !act.inherited.includes("dates")) {
    const before = act.madeBefore;
    const shown = `“${before.text}”${before.inferred ? ` (${formatDate(before.date!)})` : ""}`;
    return window.from <= dateSpan(before.date!).to
      ? [{ kind: "time", weight: 0.5, says: `made before ${shown}, as the agreement was (${when})` }]
      : [{ kind: "time", weight: -5, says: `made before ${shown}, not when the agreement was made (${when})`, veto: true }];
  }
  const t = reading.time;
  // "In late November", "on 27 November", and no year to be had: the month and day the words give, against the window's.
  const yearless = act.inherited.includes("dates") ? undefined : act.dates.find((d) => d.yearless);
  if (yearless?.yearless && itself) {
    const { month, day } = yearless.yearless;
    // That month (or day) in any year the window touches, no later than the article.
    const fits = fitsWindow(month, day, window, t.to);
    if (fits) return [{ kind: "time", weight: day === undefined ? 1 : 2, says: `dated “${yearless.text}”, the ${day === undefined ? "month" : "day"} the agreement was made (${when}); the year is not given` }];
    // "Signed … last November", of an agreement made in August: another act, unless the source misdates it.
    const anyDay = yearsOf(window).some((y) => overlapsWindow({ iso: `${y}-${String(month).padStart(2, "0")}`, precision: "month" }, window));
    if (!anyDay) return [{ kind: "time", weight: -2, says: `dated “${yearless.text}”, a month the agreement was not made in (${when}); the year is not given` }];
  }
  // "Ratified on 21 December", no year: a ratification or protest comes after the act, as a dated one does (within a
  // year of it, no later than the article).
  if (yearless?.yearless && !itself) {
    const { month, day } = yearless.yearless;
    const after = [...yearsOf(window), +window.to.slice(0, 4) + 1].some((y) => {
      const date: PartialDate | undefined = day === undefined ? { iso: `${y}-${String(month).padStart(2, "0")}`, precision: "month" } : makeDay(y, month, day);
      return date !== undefined && dateSpan(date).from > window.to && dateSpan(date).from <= shift(window.to, 12) && (!t.to || dateSpan(date).from <= t.to);
    });
    if (after) return [{ kind: "time", weight: 0.5, says: `dated “${yearless.text}”, after the agreement was made (${when}); the year is not given` }];
  }
  // "The security agreement recently signed between Turkey and Libya", in an undated article that mentions nothing
  // later than 16 January 2020: made in the months before that date (the nearest guess, and said to be one).
  if (itself && !act.inherited.includes("dates") && t.fromMention && t.from && saysRecently(input)) {
    const [from, to] = [shift(t.from, -9), shift(t.from, 1)];
    const fits = window.to >= from && window.from <= to;
    return [{ kind: "time", weight: fits ? 0.5 : -1, says: `made “recently”, and the undated article mentions nothing later than ${t.from}: ${fits ? "" : "not "}in the months before it (a guess)` }];
  }
  if (t.to && t.to < window.from) return [{ kind: "time", weight: -6, says: `the article was written before the agreement was made (${t.basis})`, veto: true }];
  // A signing still to come, or only supposed ("should Erdogan and Sarraj reach agreement"), in an article written after
  // the agreement was made: another act.
  if (act.verb?.toCome && agreement.status !== "to be signed" && !act.inherited.includes("dates") && t.from && t.from > shift(window.to, 1)) {
    return [{ kind: "time", weight: -4, says: `a signing still to come, in an article written after the agreement was ${agreement.status === "announced" ? "reached" : "signed"} (${t.basis})`, veto: true }];
  }
  // "Turkey signed a new agreement", in an article written long after the agreement was made: a newer act.
  if (itself && act.refers === "main" && !act.inherited.includes("dates") && t.from && t.from > shift(window.to, 6)) {
    return [{ kind: "time", weight: -4, says: `a new act, in an article written months after the agreement was made (${t.basis})`, veto: true }];
  }
  // "Signed on Monday", in an undated article that names officials in office only years after the agreement: made days
  // before the article, so a newer act. (A bound from the latest date it mentions may be a plan's: it counts only years past.)
  // A headline's present tense ("Libya and Turkey sign maritime agreements") is news of the article's own days too.
  const near = act.inherited.includes("dates") ? undefined : (act.dates.find((d) => d.nearArticle && !d.date)?.text ?? (act.verb && NEWS_PRESENT.test(act.verb.text) ? act.verb.text : undefined));
  // A floor from a date it mentions may be a plan's, so it must lie years past the agreement to count.
  if (itself && near && t.from && t.from > shift(window.to, t.fromMention ? 24 : 2)) {
    return [{ kind: "time", weight: -4, says: `made “${near}”, days before an article written after ${t.from}, long after the agreement was made (${t.basis})`, veto: true }];
  }
  // An article written while it happened (within a few months either side) is news of it; but not a sentence that
  // tells of years before the article ("relations had been poisoned since 2019, when Ankara put its name to …").
  // (A date another act of the sentence owns, "which the rivals signed in Skhirat on 17 December 2015", is that act's.)
  const toldOfYearsBefore = (from: string) => {
    const ownedByOther = new Set(input.paragraph.acts.filter((a) => a !== act).flatMap((a) => a.dates));
    return input.paragraph.dates.some((d) => d.date && d.start >= act.sentence.start && d.end <= act.sentence.end && !ownedByOther.has(d) && !overlapsWindow(d.date, window) && dateSpan(d.date).to < shift(from, -12));
  };
  if (t.from && t.to && t.from >= shift(window.from, -3) && t.to <= shift(window.to, 3) && !toldOfYearsBefore(t.from)) return [{ kind: "time", weight: 1, says: `the article was written when the agreement was made (${t.basis})` }];
  return [];
};

/** That month (or that day of it), in a year the window touches and no later than `by` (an ISO day), falls in the window. */
function fitsWindow(month: number, day: number | undefined, window: { from: string; to: string }, by?: string): boolean {
  return yearsOf(window).some((y) => {
    const date: PartialDate | undefined = day === undefined ? { iso: `${y}-${String(month).padStart(2, "0")}`, precision: "month" } : makeDay(y, month, day);
    return date !== undefined && overlapsWindow(date, window) && (!by || dateSpan(date).from <= by);
  });
}

/** One who made the act, named in it, whose time in office ended before a date whose year was taken from the article's. */
function leftOfficeBy(d: EvidenceInput["act"]["dates"][number], { act, ctx }: EvidenceInput): { name: string; to: string } | undefined {
  if (!d.yearFromArticle || !d.date || d.date.precision === "year") return undefined;
  for (const r of act.roles) {
    const person = ctx.byId.get(r.mention.entity);
    if (r.role === "party" && person?.kind === "person" && person.to && `${person.to}-99` < dateSpan(d.date).from) return { name: person.name, to: person.to };
  }
  return undefined;
}

/** "new" before an act's noun, with at most two words between: "new agreements", "a new military cooperation deal". */
const NEW_BEFORE = /\bnew\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A present-tense act, as headlines and leads give the day's news: "Libya and Turkey sign…", "Ankara inks…". */
const NEWS_PRESENT = /^(?:signs?|inks?|seals?|concludes?)$/i;

/** "recently signed", "the recent agreement", "newly concluded": the act's words say it is recent. */
function saysRecently({ act, paragraph }: EvidenceInput): boolean {
  const text = paragraph.text;
  const before = (at: number) => text.slice(Math.max(act.sentence.start, at - 30), at);
  return (act.verb !== undefined && /\b(?:recently|newly|just)\s+(?:been\s+)?$/i.test(before(act.verb.start))) || /\brecent(?:ly)?\s+(?:[\w-]+\s+){0,3}$/i.test(before(act.noun.start));
}

/** The years a window touches. */
function yearsOf(window: { from: string; to: string }): number[] {
  const years: number[] = [];
  for (let y = +window.from.slice(0, 4); y <= +window.to.slice(0, 4); y += 1) years.push(y);
  return years;
}
