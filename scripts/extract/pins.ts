// Keeps the analyst's pinned citations to sources this build has: another collection of seeds may lack them.
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
): { catalogue: Catalogue; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const missing = (a: Agreement, pins: readonly PinnedCitation[] | undefined, what: string): PinnedCitation[] => {
    const gone = (pins ?? []).filter((p) => !sourceIds.has(p.source));
    for (const pin of gone) {
      const at = locations?.get(pin) ?? { file, line: 1, column: 1 };
      diagnostics.push(diagnostic(at.file, "warning", `agreement "${a.id}": the analyst's pinned citation names source "${pin.source}", which is not in this build; ${what}`, "pin-missing-source", at.line, at.column));
    }
    return gone;
  };
  const agreements = catalogue.agreements.map((a): Agreement => {
    const gone = missing(a, a.date?.citations, "the analyst's date is kept without that quote");
    const facts = a.facts?.filter((f: CatalogueFact) => missing(a, f.citations, `the fact "${f.label}" is left out`).length === 0);
    const date = a.date && gone.length ? { ...a.date, citations: a.date.citations!.filter((p) => !gone.includes(p)) } : a.date;
    return { ...a, ...(a.facts ? { facts } : {}), ...(a.date ? { date } : {}) };
  });
  return { catalogue: { ...catalogue, agreements }, diagnostics };
}
