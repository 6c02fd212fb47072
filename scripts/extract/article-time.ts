// When an article was written: its stated date, or else an interval from what it mentions (it is no older than the newest date it names, and falls within the tenures of the office-holders it names in office).
import { isEarlierName, type Entity, type EntityId } from "../catalogue.ts";
import { dateSpan, formatDate, parseIsoDate } from "../dates.ts";
import type { PartialDate } from "../model.ts";
import { latestMentioned, type DateMention, type TimeInterval } from "./dates.ts";
import type { EntityMention, TitledMention } from "./entities.ts";

export interface ArticleTime extends TimeInterval {
  /** The article's date, when its text, dateline or sidecar gives it. */
  date?: PartialDate;
  /** How the date or interval was worked out, for readers. */
  basis: string;
  /** The bodies whose office-holders an undated article names in office: it was written while they governed. */
  sitting?: EntityId[];
}

export interface TimeClues {
  /** The date the article carries (sidecar, header or dateline), if any. */
  stated?: { date: PartialDate; from: string };
  /** Every date the article mentions, read without context. */
  mentions: readonly DateMention[];
  entities: readonly EntityMention[];
  titled: readonly TitledMention[];
  /** People named as heading a government ("the government of Dbeibah"): it had taken office when the article was written. */
  heads?: readonly EntityMention[];
  /** The text before each titled mention, to see "former" or "then". */
  textBefore: (mention: TitledMention) => string;
  /** The latest day any article in the build can have been written (a year past the build date): it closes an open interval. */
  latest?: string;
}

const FORMER = /\b(?:former|ex-|then|late|erstwhile|previous|outgoing|one-time|onetime)[\s-]*[\p{L} -]{0,40}$/iu;

/** The article's time: its stated date, or the interval its mentions allow, with the reasons. */
export function articleTime(clues: TimeClues, gazetteer: readonly Entity[]): ArticleTime {
  if (clues.stated) {
    const span = dateSpan(clues.stated.date);
    return { date: clues.stated.date, from: span.from, to: span.to, basis: `dated ${formatDate(clues.stated.date)} (${clues.stated.from})` };
  }
  let from: string | undefined;
  let to: string | undefined;
  let fromWhy = "";
  let toWhy = "";
  let fromMention = false;
  const sitting = new Set<EntityId>();
  const raise = (iso: string, why: string, mention = false) => {
    if (!from || iso > from) [from, fromWhy, fromMention] = [iso, why, mention];
  };
  const lower = (iso: string, why: string) => {
    if (!to || iso < to) [to, toWhy] = [iso, why];
  };
  const latest = latestMentioned(clues.mentions);
  if (latest) raise(latest.iso, `it mentions “${latest.mention.text}”`, true);
  const byId = new Map(gazetteer.map((e) => [e.id, e]));
  // A body the article names existed when it was written. A plain description ("the unity government") is not its
  // name: reports of 2019 gave it to the GNA too.
  for (const m of clues.entities) {
    const e = byId.get(m.entity);
    if (!e?.from || e.kind === "person" || (!m.named && m.text === m.text.toLowerCase())) continue;
    // Nor a name translations also gave the body before it ("Government of National Unity" for the GNA).
    if (isEarlierName(e, m.text)) continue;
    const start = parseIsoDate(e.from);
    if (start) raise(dateSpan(start).from, `it names the ${e.name}, in existence from ${formatDate(start)}`);
  }
  // A government named by the one who heads it had taken office: "the government of Dbeibah" is not a report of 2019.
  // (Nothing says it still governs: "the government of Fayez al-Sarraj signed it in 2019" is written years on.)
  for (const m of clues.heads ?? []) {
    const start = parseIsoDate(byId.get(m.entity)?.from ?? "");
    if (start) raise(dateSpan(start).from, `it names the government of ${m.text}, in office from ${formatDate(start)}`);
  }
  // An office-holder named with the office was in it when the article was written; a "former" one had left it.
  for (const t of clues.titled) {
    const e = byId.get(t.mention.entity);
    if (!e?.from) continue;
    const start = parseIsoDate(e.from);
    const end = e.to ? parseIsoDate(e.to) : undefined;
    if (FORMER.test(`${clues.textBefore(t)} ${t.title}`)) {
      if (end) raise(dateSpan(end).from, `it calls ${t.mention.text} a former ${t.title}`);
      continue;
    }
    if (start) raise(dateSpan(start).from, `it names ${t.mention.text} as ${t.title}, in office from ${formatDate(start)}`);
    if (end) lower(dateSpan(end).to, `it names ${t.mention.text} as ${t.title}, in office until ${formatDate(end)}`);
    if (e.acts_for) sitting.add(e.acts_for);
  }
  // An article pasted into the dossier was written before the dossier was built: without a closer bound, a year past
  // the build date closes the interval, so that "Friday 4 April" can pick its year.
  if (!to && clues.latest && (!from || clues.latest >= from)) lower(clues.latest, `no article in this build is later than ${clues.latest}, a year past the build date`);
  if (from && to && from > to) {
    // The clues disagree (a title used loosely): keep what the article's own dates say.
    to = undefined;
    toWhy = "";
  }
  if (!from && !to) return { basis: "undated: the article gives no date and names nothing that dates it" };
  const range = from && to ? `between ${from} and ${to}` : from ? `no earlier than ${from}` : `no later than ${to}`;
  const why = [fromWhy, toWhy].filter(Boolean).join("; ");
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(fromMention ? { fromMention } : {}), ...(sitting.size ? { sitting: [...sitting].sort() } : {}), basis: `undated; written ${range}: ${why}` };
}
