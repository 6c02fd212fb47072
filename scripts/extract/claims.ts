// Turns an agreement's passages into its key facts, each with the sentences that state it: date, parties, officials, scope and the catalogue's facts.
import { formatDate } from "../dates.ts";
import type { Citation, Claim, PartialDate } from "../model.ts";
import type { Agreement, Entity, EntityId, ScopeTag } from "../catalogue.ts";
import { overlapsWindow } from "../dates.ts";
import type { DateMention } from "./dates.ts";
import { entityClosure, findTitledPeople } from "./entities.ts";
import { findTerms } from "../fold.ts";
import type { ParagraphReading, Passage, SourceReading } from "./passages.ts";
import { findScope } from "./scope.ts";
import { sentencesCovering } from "./sentences.ts";

/** The sentence(s) of a paragraph that hold a span, as a citation. */
export function citeSpan(reading: SourceReading, p: ParagraphReading, start: number, end: number): Citation {
  const quote = sentencesCovering(p.sentences, start, end).map((s) => s.text).join(" ");
  return { source: reading.source.id, paragraph: p.paragraph.id, quote };
}

/** Citations without repeats, in the order given. */
export function uniqueCitations(list: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.source}#${c.paragraph}#${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface DatedClaim extends Claim {
  date: PartialDate & { inferred: boolean; provenance: "text" | "analyst" };
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** The most precise date the passages give inside the agreement's window (stated before inferred); else the catalogue's analyst date. */
export function dateClaim(agreement: Agreement, passages: readonly Passage[]): DatedClaim | undefined {
  const window = agreement.recognise.window;
  const found: Array<{ mention: DateMention; passage: Passage }> = passages.flatMap((passage) =>
    passage.paragraph.dates.filter((m) => m.date && (!window || overlapsWindow(m.date, window))).map((mention) => ({ mention, passage })),
  );
  found.sort((a, b) => PRECISION_RANK[a.mention.date!.precision] - PRECISION_RANK[b.mention.date!.precision] || Number(a.mention.inferred) - Number(b.mention.inferred));
  const best = found[0];
  if (best) {
    const date = best.mention.date!;
    const same = found.filter((f) => f.mention.date!.iso === date.iso);
    const inferred = same.every((f) => f.mention.inferred);
    const note = inferred ? `Inferred from “${best.mention.text}”: ${best.mention.basis ?? "the sources do not state it in full"}.` : undefined;
    return {
      id: "date", label: "Date", value: formatDate(date), provenance: "text", ...(note ? { note } : {}),
      citations: uniqueCitations(same.map((f) => citeSpan(f.passage.reading, f.passage.paragraph, f.mention.start, f.mention.end))),
      date: { ...date, inferred, provenance: "text" },
    };
  }
  if (!agreement.date) return publicationDateClaim(passages);
  const { iso, precision, note, citations } = agreement.date;
  return {
    id: "date", label: "Date", value: formatDate({ iso, precision }), provenance: "analyst", note,
    citations: (citations ?? []) as Citation[], date: { iso, precision, inferred: false, provenance: "analyst" },
  };
}

/** Last resort: no passage dates the agreement, so the earliest dated article that reports it bounds it ("by 12 July 2025"). */
function publicationDateClaim(passages: readonly Passage[]): DatedClaim | undefined {
  const dated = passages.filter((p) => p.reading.source.meta.published).sort((a, b) => (a.reading.source.meta.published!.value.iso < b.reading.source.meta.published!.value.iso ? -1 : 1));
  const first = dated[0];
  if (!first) return undefined;
  const date = first.reading.source.meta.published!.value;
  const note = `Inferred: no source dates the agreement; the earliest article reporting it is dated ${formatDate(date)}, so it was reached by then.`;
  const citations = first.matches.map((m) => citeSpan(first.reading, first.paragraph, m.start, m.end)).slice(0, 1);
  return { id: "date", label: "Date", value: `by ${formatDate(date)}`, provenance: "text", note, citations, date: { ...date, inferred: true, provenance: "text" } };
}

/**
 * Does a mention name this party, or the state it belongs to (`Libya`, `Libyan`, `Tripoli` for the GNA)? Another
 * body of the same state does not count: the GNU is not the GNA.
 */
function namesParty(entity: EntityId, party: EntityId, gazetteer: readonly Entity[]): boolean {
  if (entity === party) return true;
  const mentioned = gazetteer.find((g) => g.id === entity);
  if (!mentioned || mentioned.part_of || mentioned.kind === "person") return false;
  return entityClosure(entity, gazetteer).at(-1) === entityClosure(party, gazetteer).at(-1);
}

/** Sentences that say what the agreement is and name every party (or its state). */
export function partiesClaim(agreement: Agreement, passages: readonly Passage[], gazetteer: readonly Entity[]): Claim {
  const names = agreement.parties.map((id) => gazetteer.find((e) => e.id === id)?.name ?? id);
  const citations: Citation[] = [];
  for (const passage of passages) {
    const p = passage.paragraph;
    for (const s of p.sentences) {
      if (!passage.matches.some((m) => m.start >= s.start && m.end <= s.end)) continue;
      const inSentence = p.entities.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.entity);
      if (agreement.parties.every((party) => inSentence.some((e) => namesParty(e, party, gazetteer)))) citations.push(citeSpan(passage.reading, p, s.start, s.end));
    }
  }
  // Three sentences are enough to show who the parties are; the rest repeat it.
  return { id: "parties", label: "Parties", value: names.join(" and "), provenance: "text", citations: uniqueCitations(citations).slice(0, 3) };
}

export interface Official {
  id: EntityId;
  name: string;
  role: string;
  side: string;
  named_as: string;
  title_in_source: string;
}

/** People the passages name with an official title, acting for one of the parties. */
export function officialClaims(agreement: Agreement, passages: readonly Passage[], gazetteer: readonly Entity[]): Array<{ official: Official; claim: Claim }> {
  const byId = new Map(gazetteer.map((e) => [e.id, e]));
  const sides = new Set(agreement.parties.flatMap((p) => entityClosure(p, gazetteer)));
  const out = new Map<EntityId, { official: Official; claim: Claim }>();
  for (const passage of passages) {
    for (const { mention, title } of findTitledPeople(passage.paragraph.paragraph.text, gazetteer, passage.paragraph.entities)) {
      const person = byId.get(mention.entity)!;
      if (!person.acts_for || !entityClosure(person.acts_for, gazetteer).some((e) => sides.has(e))) continue;
      const citation = citeSpan(passage.reading, passage.paragraph, mention.start, mention.end);
      const known = out.get(person.id);
      if (known) {
        known.claim.citations = uniqueCitations([...known.claim.citations, citation]);
        continue;
      }
      const side = byId.get(person.acts_for)?.name ?? person.acts_for;
      const official: Official = { id: person.id, name: person.name, role: person.role ?? title, side, named_as: mention.text, title_in_source: title };
      out.set(person.id, { official, claim: { id: `official:${person.id}`, label: "Official", value: `${person.name}, ${title} (${side})`, provenance: "text", citations: [citation] } });
    }
  }
  return [...out.values()];
}

/** Scope tags the passages show, each cited; a paragraph that reports two agreements at once says nothing about either's scope. */
export function scopeClaims(passages: readonly Passage[], shared: ReadonlySet<string>, vocabulary: readonly ScopeTag[]): Claim[] {
  const byTag = new Map<string, Citation[]>();
  for (const passage of passages) {
    if (shared.has(`${passage.reading.source.id}#${passage.paragraph.paragraph.id}`)) continue;
    for (const m of findScope(passage.paragraph.paragraph.text, vocabulary)) {
      const list = byTag.get(m.tag) ?? [];
      list.push(citeSpan(passage.reading, passage.paragraph, m.start, m.end));
      byTag.set(m.tag, list);
    }
  }
  return vocabulary
    .filter((v) => byTag.has(v.tag))
    .map((v) => ({ id: `scope:${v.tag}`, label: "Scope", value: v.tag, provenance: "text" as const, citations: uniqueCitations(byTag.get(v.tag)!) }));
}

/** The catalogue's facts: found in the passages by their terms, or supplied by the analyst with a note. */
export function catalogueFactClaims(agreement: Agreement, passages: readonly Passage[]): Claim[] {
  const claims: Claim[] = [];
  for (const fact of agreement.facts ?? []) {
    const id = `fact:${fact.label.toLowerCase()}`;
    if (fact.provenance === "analyst") {
      claims.push({ id, label: fact.label, value: fact.value, provenance: "analyst", note: fact.note, citations: (fact.citations ?? []) as Citation[] });
      continue;
    }
    const citations = passages.flatMap((passage) =>
      findTerms(passage.paragraph.paragraph.text, fact.terms ?? [], passage.paragraph.folded).map((m) => citeSpan(passage.reading, passage.paragraph, m.start, m.end)),
    );
    if (citations.length) claims.push({ id, label: fact.label, value: fact.value, provenance: "text", citations: uniqueCitations(citations) });
  }
  return claims;
}

