// Keeps the analyst's pinned citations to sources this build has (another collection of seeds may lack them), following renamed sources.
import type { Agreement, Catalogue, CatalogueFact, DataLocation, PinnedCitation } from "../catalogue.ts";
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic } from "../model.ts";

/**
 * The catalogue without pins to sources outside `sourceIds`, with a warning at each: a fact that pins a missing source
 * is left out (the brief must not show evidence it cannot link), an analyst date keeps its note but loses that quote.
 */
export function keepPinsInBuild(
  catalogue: Catalogue,
  sourceIds: ReadonlySet<string>,
  locations?: WeakMap<object, DataLocation>,
  file = "content/_data/agreements.yaml",
  renamed: ReadonlyMap<string, string> = new Map(),
): { catalogue: Catalogue; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const follow = (a: Agreement, pins: PinnedCitation[] | undefined): PinnedCitation[] | undefined =>
    pins?.map((pin) => {
      const current = sourceIds.has(pin.source) ? undefined : renamed.get(pin.source);
      if (current === undefined) return pin;
      const at = locations?.get(pin) ?? { file, line: 1, column: 1 };
      diagnostics.push(diagnostic(at.file, "info", `agreement "${a.id}": the analyst's pinned citation names "${pin.source}", the former address of source "${current}"; it cites "${current}" (write that id here to silence this note)`, "pin-renamed-source", at.line, at.column));
      const moved = { ...pin, source: current };
      if (locations && locations.has(pin)) locations.set(moved, locations.get(pin)!);
      return moved;
    });
  const missing = (a: Agreement, pins: readonly PinnedCitation[] | undefined, what: string): PinnedCitation[] => {
    const gone = (pins ?? []).filter((p) => !sourceIds.has(p.source));
    for (const pin of gone) {
      const at = locations?.get(pin) ?? { file, line: 1, column: 1 };
      diagnostics.push(diagnostic(at.file, "warning", `agreement "${a.id}": the analyst's pinned citation names source "${pin.source}", which is not in this build; ${what}`, "pin-missing-source", at.line, at.column));
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
