// Finds the gazetteer's entities in a text, in any spelling it lists, and the titles people are given beside their names.
import { isEarlierName, type Entity, type EntityId } from "../catalogue.ts";
import { asciiSpelling, findTerms, foldWithMap, TermMatcher, type FoldedText } from "../fold.ts";

export interface EntityMention {
  entity: EntityId;
  /** The words as the text writes them, e.g. `Hifter`. */
  text: string;
  start: number;
  end: number;
  /** True when the words name the entity (a variant), false when they only refer to it (`Turkish`). */
  named: boolean;
}

/** Every mention of a gazetteer entity, longest spelling first where spellings overlap (`Saddam Haftar` before `Haftar`). */
export function findEntities(text: string, gazetteer: readonly Entity[], folded: FoldedText = foldWithMap(text)): EntityMention[] {
  const { owner, matcher, names } = entityMatcher(gazetteer);
  const found = matcher.find(folded).map((m) => ({ ...owner.get(m.term)!, text: text.slice(m.start, m.end), start: m.start, end: m.end }));
  return found.flatMap((m) => (m.named || !/\s/.test(m.text) ? [m] : [nameWithin(text, m, names, owner) ?? m]));
}

/**
 * "Libya's internationally recognised Government of National Accord": a description whose last words start a name
 * that runs on past it gives way to the name, which says more (the government, not only the state).
 */
function nameWithin(text: string, m: EntityMention, names: TermMatcher, owner: ReadonlyMap<string, { entity: EntityId; named: boolean }>): EntityMention | undefined {
  for (const word of text.slice(m.start, m.end).matchAll(/\s+(?=\S)/g)) {
    const from = m.start + word.index! + word[0].length;
    const slice = text.slice(from, m.end + 80);
    const hit = names.find(foldWithMap(slice)).find((x) => x.start === 0 && from + x.end > m.end);
    if (hit) return { ...owner.get(hit.term)!, text: slice.slice(0, hit.end), start: from, end: from + hit.end };
  }
  return undefined;
}

// Right after a name: the abbreviation the text gives it in brackets, "(GAN)", "(HoR)", "(UMH)": two capitals or more.
const ABBREVIATION_AFTER = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}]{0,6}\p{Lu})\)/u;

/**
 * The abbreviations an article defines for the bodies it names, "the interim Government of National Accord (GAN)", as a
 * translation gives them: each stands for that body wherever the article uses it. An abbreviation defined for two
 * bodies stands for neither, nor does one of a name two bodies bore ("Government of National Unity (MBH)" in a report
 * of the GNA's years, which only the article's date tells apart); people and places are given none.
 */
export function abbreviationsDefined(texts: ReadonlyArray<{ text: string; entities: readonly EntityMention[] }>, byId: ReadonlyMap<EntityId, Entity>): Map<string, EntityId> {
  const found = new Map<string, EntityId | null>();
  for (const { text, entities } of texts) {
    for (const m of entities) {
      const entity = byId.get(m.entity);
      if (!m.named || !entity || entity.kind === "person" || entity.kind === "place" || isEarlierName(entity, m.text)) continue;
      const abbreviation = ABBREVIATION_AFTER.exec(text.slice(m.end, m.end + 12))?.[1];
      if (!abbreviation) continue;
      const before = found.get(abbreviation);
      found.set(abbreviation, before === undefined || before === m.entity ? m.entity : null);
    }
  }
  return new Map([...found].filter((e): e is [string, EntityId] => e[1] !== null));
}

/** A text's mentions with those of the article's own abbreviations added where no name is found already, in text order. */
export function withAbbreviations(text: string, entities: readonly EntityMention[], abbreviations: ReadonlyMap<string, EntityId>): EntityMention[] {
  if (!abbreviations.size) return [...entities];
  const added: EntityMention[] = [];
  for (const [abbreviation, entity] of abbreviations) {
    for (const hit of text.matchAll(wholeWord(abbreviation))) {
      const start = hit.index!;
      const end = start + abbreviation.length;
      // (Not the definition itself, in brackets right after the name it abbreviates.)
      if (entities.some((m) => (m.start < end && m.end > start) || (m.entity === entity && text[start - 1] === "(" && start - m.end <= 3 && start > m.end))) continue;
      added.push({ entity, text: abbreviation, start, end, named: true });
    }
  }
  return added.length ? [...entities, ...added].sort((a, b) => a.start - b.start) : [...entities];
}

// Each abbreviation's pattern as a whole word, compiled once (letters only, so nothing in it needs escaping).
const wholeWords = new Map<string, RegExp>();
function wholeWord(abbreviation: string): RegExp {
  let pattern = wholeWords.get(abbreviation);
  if (!pattern) wholeWords.set(abbreviation, (pattern = new RegExp(`(?<![\\p{L}\\d])${abbreviation}(?![\\p{L}\\d])`, "gu")));
  return pattern;
}

// One matcher per gazetteer, compiled the first time it is used: every spelling and reference of every entity, and the spellings alone.
const matchers = new WeakMap<readonly Entity[], { owner: Map<string, { entity: EntityId; named: boolean }>; matcher: TermMatcher; names: TermMatcher }>();

function entityMatcher(gazetteer: readonly Entity[]) {
  let entry = matchers.get(gazetteer);
  if (!entry) {
    const owner = new Map<string, { entity: EntityId; named: boolean }>();
    for (const e of gazetteer) {
      for (const v of e.variants ?? []) owner.set(v, { entity: e.id, named: true });
      for (const r of e.refs ?? []) if (!owner.has(r)) owner.set(r, { entity: e.id, named: false });
    }
    entry = { owner, matcher: new TermMatcher([...owner.keys()]), names: new TermMatcher([...owner].filter(([, o]) => o.named).map(([term]) => term)) };
    matchers.set(gazetteer, entry);
  }
  return entry;
}

/** The entity and the bodies it counts for: a government or force for its state, a capital for its state. */
export function entityClosure(id: EntityId, gazetteer: readonly Entity[]): EntityId[] {
  let memo = closures.get(gazetteer);
  if (!memo) {
    memo = { byId: new Map(gazetteer.map((e) => [e.id, e])), closure: new Map() };
    closures.set(gazetteer, memo);
  }
  const known = memo.closure.get(id);
  if (known) return known;
  const out: EntityId[] = [];
  let current: EntityId | undefined = id;
  while (current && !out.includes(current)) {
    out.push(current);
    const e = memo.byId.get(current);
    current = e?.part_of ?? e?.stands_for;
  }
  memo.closure.set(id, out);
  return out;
}

// Closures worked out once per gazetteer and id: they are asked for many times per passage.
const closures = new WeakMap<readonly Entity[], { byId: Map<EntityId, Entity>; closure: Map<EntityId, EntityId[]> }>();

/** The state an entity belongs to or stands for (itself for a state). */
export function stateOf(id: EntityId, gazetteer: readonly Entity[]): EntityId {
  return entityClosure(id, gazetteer).at(-1)!;
}

/** The set of entity ids a list of mentions covers, each with the bodies it counts for. */
export function coveredEntities(mentions: readonly EntityMention[], gazetteer: readonly Entity[]): Set<EntityId> {
  return new Set(mentions.flatMap((m) => entityClosure(m.entity, gazetteer)));
}

export interface TitledMention {
  mention: EntityMention;
  /** The title as the text writes it, e.g. `Turkish Minister of National Defense`. */
  title: string;
}

/**
 * People named in the text with one of their gazetteer titles right beside the name: before it
 * (`Turkish Defense Minister Hulusi Akar`, `his Qatari counterpart Mohammad Al-Attiyah`) or after it as an apposition
 * (`Saddam Haftar, Chief of Staff of the LNA Ground Forces`, `Najla Mangoush, the Libyan Minister of Foreign Affairs`).
 */
export function findTitledPeople(text: string, gazetteer: readonly Entity[], mentions: readonly EntityMention[] = findEntities(text, gazetteer)): TitledMention[] {
  const byId = new Map(gazetteer.map((e) => [e.id, e]));
  const out: TitledMention[] = [];
  for (const mention of mentions) {
    const person = byId.get(mention.entity);
    if (person?.kind !== "person" || !person.titles?.length) continue;
    const before = text.slice(Math.max(0, mention.start - 80), mention.start);
    const after = text.slice(mention.end, mention.end + 80);
    const title = titleBefore(before, person.titles) ?? titleAfter(after, person.titles);
    if (title) out.push({ mention, title });
  }
  return out;
}

// A government named by the one who heads it: "the government of (Prime Minister) Dbeibah", "the cabinet led by …".
const GOVERNMENT_OF = /\b(?:government|administration|cabinet)\s+(?:of|led by|headed by|under)\s+(?:(?:the\s+)?(?:prime minister|premier|PM|president|chairman)\s+)?$/i;
// … or "Dbeibah's government".
const GOVERNMENT_AFTER = /^['’]s?\s+(?:(?:new|own|interim|unity)\s+)?(?:government|administration|cabinet)\b/i;

/**
 * People the text names as heading a government ("the government of Abdulhamid al-Dbeibah", "Sarraj's government"):
 * that government was in office when the words were written, or had been.
 */
export function findGovernmentHeads(text: string, byId: ReadonlyMap<EntityId, Entity>, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m) => {
    const person = byId.get(m.entity);
    return person?.kind === "person" && person.acts_for !== undefined && (GOVERNMENT_OF.test(text.slice(Math.max(0, m.start - 60), m.start)) || GOVERNMENT_AFTER.test(text.slice(m.end, m.end + 40)));
  });
}

// What opens a title set before a name as an apposition: "the", "the Libyan", "Turkey's".
const APPOSITION_OPENER = /(?:\b[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+)?|\p{Lu}[\p{L}-]*['’]s\s+)$/u;

function titleBefore(before: string, titles: readonly string[]): string | undefined {
  for (const t of findTerms(before, titles).reverse()) {
    const gap = before.slice(t.end);
    // Only the name may follow the title: nothing but white space between them, or a second office of the same
    // person ("Prime Minister and Minister of Defence Abdul Hamid Dbeibah").
    // (Or a given name the gazetteer's spelling lacks: "Prime Minister Abdulhamid Dbeiba", where only "Dbeiba" is known.)
    if (/^\s*$/.test(gap) || /^\s+\p{Lu}[\p{Ll}'’-]+\s+$/u.test(gap) || /^\s+and\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){1,4}$/u.test(gap)) return withAdjective(before, t.start, t.end);
    // Or a comma, after a title that "the" or a possessive opens: "the Libyan interior minister, Fathi Bashaga",
    // "Turkey's foreign minister, Mevlut Cavusoglu".
    if (/^,\s*$/.test(gap) && APPOSITION_OPENER.test(before.slice(0, t.start))) return withAdjective(before, t.start, t.end);
  }
  return undefined;
}

function titleAfter(after: string, titles: readonly string[]): string | undefined {
  // `, the Turkish Minister of Foreign Affairs`: a nationality may stand between "the" and the title.
  const m = /^,\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]*\s+)?/u.exec(after);
  if (!m) return undefined;
  const found = findTerms(after, titles).find((t) => t.start === m[0].length || (m[1] !== undefined && t.start === m[0].length - m[1].length));
  return found ? after.slice(m[1] && found.start === m[0].length ? m[0].length - m[1].length : found.start, found.end) : undefined;
}

/** Keeps a capitalised nationality word before a title (`Turkish Defense Minister`), as the source wrote it. */
function withAdjective(text: string, start: number, end: number): string {
  const m = /(?:\b(?:his|her|their)\s+)?(?:(?!The\s)\p{Lu}[\p{L}-]*\s+)?$/u.exec(text.slice(0, start));
  const from = m && m[0] ? start - m[0].length : start;
  return text.slice(from, end).replace(/^(his|her|their)\s+/i, "").trim();
}

/**
 * The "also spelled" entries for the entities on a page: each name with every spelling the gazetteer lists and its
 * ASCII form, so a search for `Kalin`, `Hifter` or `Turkiye` finds the page whichever spelling its text uses.
 */
export function alsoSpelled(ids: readonly EntityId[], gazetteer: readonly Entity[]): string[] {
  const wanted = new Set(ids);
  let entries = spellingEntries.get(gazetteer);
  if (!entries) {
    entries = gazetteer.map((e) => {
      const forms: string[] = [];
      for (const v of [e.name, ...(e.variants ?? [])]) {
        for (const f of [v, asciiSpelling(v)]) if (!forms.includes(f)) forms.push(f);
      }
      const others = forms.filter((f) => f !== e.name);
      return { id: e.id, entry: others.length ? `${e.name}: ${others.join(", ")}` : undefined };
    });
    spellingEntries.set(gazetteer, entries);
  }
  const seen = new Set<EntityId>();
  const out: string[] = [];
  for (const { id, entry } of entries) {
    if (!wanted.has(id) || seen.has(id)) continue;
    seen.add(id);
    if (entry) out.push(entry);
  }
  return out;
}

// Each entity's "also spelled" entry, worked out once per gazetteer.
const spellingEntries = new WeakMap<readonly Entity[], Array<{ id: EntityId; entry?: string }>>();
