// The brief of an agreement no source in the build reports: what the catalogue says of it, and that the sources are silent.
import type { Brief } from "../brief-schema.ts";
import type { Agreement, DossierData } from "../catalogue.ts";
import { analystClaims, dateClaim, placeClaim, splitDateClaim } from "./claims.ts";
import { alsoSpelled } from "./entities.ts";
import { gradeClaim } from "../grading.ts";

/** A brief from the catalogue alone: the analyst's date and facts (with their pinned quotes), and no source. */
export function unreportedBrief(agreement: Agreement, data: DossierData): Brief {
  const { gazetteer } = data;
  const date = splitDateClaim(dateClaim(agreement, [], new Map()));
  const place = placeClaim(agreement, [], gazetteer);
  const claims = [...(date.claim ? [date.claim] : []), ...(place ? [place] : []), ...analystClaims(agreement)];
  return {
    id: agreement.id,
    title: agreement.title,
    short_title: agreement.short_title,
    kind: agreement.kind,
    aliases: agreement.aliases,
    parties: agreement.parties.map((id) => ({ id, name: gazetteer.find((e) => e.id === id)?.name ?? id })),
    officials: [],
    agreement_date: date.agreement_date,
    year: date.year,
    place: place ? { value: place.value, provenance: place.provenance } : null,
    status: agreement.status,
    scope_tags: [],
    sources: [],
    corroboration: 0,
    summary: agreement.summary,
    context: agreement.context,
    assessment: { confidence: agreement.assessment?.confidence ?? null, basis: agreement.assessment?.basis ?? null },
    // No source reports it: every fact is the analyst's, and cannot be judged from the sources (6).
    claims: claims.map((c) => ({ ...c, grade: gradeClaim(c, new Map()) })),
    quotes: [],
    differences: [],
    related: [],
    related_briefs: data.catalogue.agreements.filter((a) => a.id !== agreement.id && agreement.see_also?.includes(a.id)).map((a) => ({ id: a.id, title: a.title })),
    source_refs: [],
    also_spelled: alsoSpelled(agreement.parties, gazetteer),
  };
}
