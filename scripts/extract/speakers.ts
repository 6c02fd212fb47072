// '"We agreed with Akar and al-Attiyah on …," he said': an act done by "we" in a quotation has its speaker's body as a side.
import type { Entity, EntityId } from "../catalogue.ts";
import type { EntityMention } from "./entities.ts";
import { bodyOf, type ActMention } from "./acts.ts";

// "We agreed", "we have signed", "we also concluded": the act's subject is the speaker's side.
const WE_BEFORE = /\b[Ww]e\s+(?:(?:have|had|also|just|today|finally|jointly)\s+){0,2}$/;
// '…," he said', '…," she told reporters', '…," the minister went on': the speaker is the last person named before.
const PRONOUN_SPEAKER = /^\s*,?\s*(?:he|she|the\s+(?:[\p{L}-]+\s+){0,2}?(?:minister|president|premier|prime minister|spokesman|spokeswoman|spokesperson|ambassador|envoy))\s+(?:said|says|added|told|stressed|explained|noted|declared|stated|went on|continued|underlined|emphasi[sz]ed|recalled|insisted|pointed out)\b/iu;
// '…," said Salah al-Namroush' or '…," Namroush said': the speaker is named right after.
const NAMED_SPEAKER = /^\s*,?\s*(?:(?:said|says|added|told|stressed|explained|noted|declared|stated)\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u;

// "against the putschist", "with the renegade general", "to": a preposition and lower-case words right before a name.
const OBJECT_OF_PREPOSITION = /\b(?:against|with|to|for|from|toward|towards|on|at|about|over)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

interface ParagraphActs {
  text: string;
  entities: readonly EntityMention[];
  acts: ActMention[];
}

/** Adds the speaker's body as a party of each first-person act in a quotation; paragraphs in reading order. */
export function speakersAsSides(paragraphs: readonly ParagraphActs[], gazetteer: ReadonlyMap<EntityId, Entity>): void {
  const isPerson = (m: EntityMention) => gazetteer.get(m.entity)?.kind === "person";
  // "Erdogan pointed to the mercenaries used by Haftar's army. … 'We have signed…,' he said": a person named as an
  // owner ("Haftar's") is not who "he" is; nor one named as the object of a preposition ("Erdogan asked the world to
  // back the government against the putschist Khalifa Haftar").
  const mayBeHe = (p: ParagraphActs) => (m: EntityMention) => isPerson(m) && !/^['’]s\b/.test(p.text.slice(m.end, m.end + 3)) && !OBJECT_OF_PREPOSITION.test(p.text.slice(Math.max(0, m.start - 40), m.start));
  let lastPerson: EntityMention | undefined;
  for (const p of paragraphs) {
    for (const act of p.acts) {
      // (Or after the noun, in a relative clause: "the memorandum that we signed with Libya".)
      const at = act.verb ? act.verb.start : act.verbOnly ? act.noun.start : undefined;
      if (at === undefined || !WE_BEFORE.test(p.text.slice(Math.max(act.sentence.start, at - 24), at))) continue;
      const open = p.text.slice(act.sentence.start, at).search(/["“]/);
      const close = p.text.slice(at).search(/["”]/);
      if (open < 0 || close < 0) continue;
      const end = at + close + 1;
      const after = p.text.slice(end, end + 60);
      const named = p.entities.find((m) => m.start >= end && isPerson(m) && NAMED_SPEAKER.test(p.text.slice(end, m.start)));
      const speaker = named ?? (PRONOUN_SPEAKER.test(after) ? (p.entities.filter((m) => m.end <= act.sentence.start && mayBeHe(p)(m)).at(-1) ?? lastPerson) : undefined);
      const body = speaker && bodyOf(speaker, gazetteer);
      if (!speaker || !body || act.roles.some((r) => r.role === "party" && r.stands_for === body)) continue;
      act.roles.push({ mention: speaker, stands_for: body, role: "party", inPhrase: false, core: true, signer: true });
    }
    lastPerson = p.entities.filter(mayBeHe(p)).at(-1) ?? lastPerson;
  }
}
