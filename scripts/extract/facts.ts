// The facts a linked act states about its agreement, each with the sentence that states it: its date, place, status and parties, and nothing another event in the paragraph says.
import type { Agreement, Entity, EntityId } from "../catalogue.ts";
import { dateSpan } from "../dates.ts";
import type { LinkFacts } from "../evidence.ts";
import type { PartialDate } from "../model.ts";
import type { ActMention } from "./acts.ts";
import { entityClosure } from "./entities.ts";
import type { ParagraphReading } from "./reading.ts";

export function emptyFacts(): LinkFacts {
  return { dates: [], places: [], statuses: [], parties: [] };
}

/** Adds what one act states about the agreement to the facts gathered so far. */
export function addActFacts(facts: LinkFacts, act: ActMention, agreement: Agreement, p: ParagraphReading, gazetteer: readonly Entity[]): void {
  const quote = act.sentence.text;
  const at = { paragraph: p.paragraph.id, quote };
  const itself = !act.verb || act.verb.status === "signed" || act.verb.status === "announced" || act.verb.status === "to be signed";
  const window = agreement.recognise.window;
  if (itself && !act.inherited.includes("dates")) {
    for (const d of act.dates) {
      if (!d.date) continue;
      const span = dateSpan(d.date);
      if (span.from > window.to || span.to < window.from) continue;
      facts.dates.push({ value: d.date as PartialDate, ...at, words: d.text, ...(d.inferred ? { inferred: true, basis: d.basis ?? "" } : {}) });
      break;
    }
  }
  // Where it was signed or reached: the place nearest the act's words. A signing still to come has its place in its status.
  const place = act.places[0];
  if (place && (act.verb?.status === "signed" || act.verb?.status === "announced")) facts.places.push({ value: place.entity, ...at, words: place.text });
  if (act.verb?.done) {
    const by = act.verb.status === "contested" ? act.roles.filter((r) => r.role === "reactor").map((r) => r.stands_for) : act.verb.status === "ratified" ? ratifiers(act, gazetteer) : [];
    const where = act.verb.status === "to be signed" && place ? { at: place.entity } : {};
    facts.statuses.push({ value: act.verb.status, ...at, words: act.verb.text, ...(by.length ? { by: [...new Set(by)] } : {}), ...where });
  }
  if (!act.inherited.includes("parties")) {
    const sides = [...new Set(act.roles.filter((r) => r.role === "party" && r.signer).map((r) => r.stands_for))];
    const states = new Set(sides.map((s) => entityClosure(s, gazetteer).at(-1)));
    if (states.size >= 2) facts.parties.push({ value: sides, ...at, words: act.roles.filter((r) => r.role === "party").map((r) => r.mention.text).join(", ") });
  }
}

/** Who ratified: the side named just before the verb ("the Turkish parliament approved…"), or after "by". */
function ratifiers(act: ActMention, gazetteer: readonly Entity[]): EntityId[] {
  const verb = act.verb!;
  const before = act.roles.filter((r) => r.role === "party" && r.mention.end <= verb.start && verb.start - r.mention.end <= 60);
  const chosen = before.length ? [before.at(-1)!] : [];
  return chosen.map((r) => entityClosure(r.stands_for, gazetteer).at(-1)!);
}
