// Keeps the analyst's pinned citations that this build's sources hold (another collection of seeds may lack them, or give their addresses to other texts), following renamed sources.
import type { Agreement, Catalogue, CatalogueFact, DataLocation, PinnedCitation } from "../catalogue.ts";
import { diagnostic } from "../diagnostics.ts";
import { passageProblem, type CitedSource } from "../passages.ts";
import type { Diagnostic } from "../model.ts";

/** The build's sources as pins read them: each one's paragraphs, by source id. */
export type PinnedPassages = ReadonlyMap<string, CitedSource>;

/**
 * The catalogue without the pins this build cannot honour, with a warning at each: a pin to a source not in the build
 * (`pin-missing-source`), or one whose paragraph does not hold its quote, as when another article has taken the
 * source's address or its text has changed (`pin-quote-not-found`). A fact that rests on such a pin is left out (the
 * brief must not show evidence it cannot link, nor a quote the build would find missing); an analyst date keeps its
 * note but loses that quote.
 */
export function keepPinsInBuild(
  catalogue: Catalogue,
  sources: PinnedPassages,
  locations?: WeakMap<object, DataLocation>,
  file = "content/_data/agreements.yaml",
  renamed: ReadonlyMap<string, string> = new Map(),
): { catalogue: Catalogue; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const follow = (a: Agreement, pins: PinnedCitation[] | undefined): PinnedCitation[] | undefined =>
    pins?.map((pin) => {
      const current = sources.has(pin.source) ? undefined : renamed.get(pin.source);
      if (current === undefined) return pin;
      const at = locations?.get(pin) ?? { file, line: 1, column: 1 };
      diagnostics.push(diagnostic(at.file, "info", `agreement "${a.id}": the analyst's pinned citation names "${pin.source}", the former address of source "${current}"; it cites "${current}" (write that id here to silence this note)`, "pin-renamed-source", at.line, at.column));
      const moved = { ...pin, source: current };
      if (locations && locations.has(pin)) locations.set(moved, locations.get(pin)!);
      return moved;
    });
  /** Why the build cannot honour a pin, with the rule that says so; nothing when its source's paragraph holds its quote. */
  const unheld = (pin: PinnedCitation): { why: string; rule: string } | undefined => {
    const problem = passageProblem(pin, sources);
    if (!problem) return undefined;
    if (problem.kind === "no-source") return { why: `names source "${pin.source}", which is not in this build`, rule: "pin-missing-source" };
    if (problem.kind === "no-paragraph") return { why: `cites ${pin.source}#${pin.paragraph}, but that source has only ${problem.source.paragraphs.length} paragraphs`, rule: "pin-quote-not-found" };
    const shown = pin.quote.length > 80 ? `${pin.quote.slice(0, 77)}…` : pin.quote;
    return { why: `quotes “${shown}” from ${pin.source}#${pin.paragraph}, which does not hold it (another article has that address, or the text has changed)`, rule: "pin-quote-not-found" };
  };
  const missing = (a: Agreement, pins: readonly PinnedCitation[] | undefined, what: string): PinnedCitation[] => {
    const gone: PinnedCitation[] = [];
    for (const pin of pins ?? []) {
      const problem = unheld(pin);
      if (!problem) continue;
      gone.push(pin);
      const at = locations?.get(pin) ?? { file, line: 1, column: 1 };
      diagnostics.push(diagnostic(at.file, "warning", `agreement "${a.id}": the analyst's pinned citation ${problem.why}; ${what}`, problem.rule, at.line, at.column));
    }
    return gone;
  };
  /** `record` with its pins followed; the same object when none moved, else a copy that keeps its location. */
  const followed = <T extends { citations?: PinnedCitation[] }>(agreement: Agreement, record: T): T => {
    const citations = follow(agreement, record.citations);
    if (!citations || citations.every((pin, i) => pin === record.citations![i])) return record;
    const copy = { ...record, citations };
    if (locations?.has(record)) locations.set(copy, locations.get(record)!);
    return copy;
  };
  const agreements = catalogue.agreements.map((original): Agreement => {
    const a: Agreement = {
      ...original,
      ...(original.date ? { date: followed(original, original.date) } : {}),
      ...(original.facts ? { facts: original.facts.map((f) => followed(original, f)) } : {}),
    };
    const gone = missing(a, a.date?.citations, "the analyst's date is kept without that quote");
    const facts = a.facts?.filter((f: CatalogueFact) => missing(a, f.citations, `the fact "${f.label}" is left out`).length === 0);
    const date = a.date && gone.length ? { ...a.date, citations: a.date.citations!.filter((p) => !gone.includes(p)) } : a.date;
    return { ...a, ...(a.facts ? { facts } : {}), ...(a.date ? { date } : {}) };
  });
  return { catalogue: { ...catalogue, agreements }, diagnostics };
}
