// Finds a cited passage among the build's sources: its source, its paragraph and its quote, as the brief checker and the catalogue's pins both ask.
import { normaliseQuote } from "./fold.ts";

/** A source as a citation reads it: its paragraphs by id. */
export interface CitedSource {
  paragraphs: ReadonlyArray<{ id: string; text: string }>;
}

/** What keeps a citation from its passage, if anything: no such source, no such paragraph, or a quote the paragraph does not hold. */
export type PassageProblem<S extends CitedSource> =
  | { kind: "no-source" }
  | { kind: "no-paragraph"; source: S }
  | { kind: "not-held"; source: S; paragraph: S["paragraphs"][number] };

/** Undefined when `sources` has the citation's source, that source the paragraph, and the paragraph the quote. */
export function passageProblem<S extends CitedSource>(citation: { source: string; paragraph: string; quote: string }, sources: ReadonlyMap<string, S>): PassageProblem<S> | undefined {
  const source = sources.get(citation.source);
  if (!source) return { kind: "no-source" };
  const paragraph = source.paragraphs.find((p) => p.id === citation.paragraph);
  if (!paragraph) return { kind: "no-paragraph", source };
  return normaliseQuote(paragraph.text).includes(normaliseQuote(citation.quote)) ? undefined : { kind: "not-held", source, paragraph };
}
