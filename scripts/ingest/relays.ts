// Finds where a source's words come from when not from itself: a reprint header, an agency's wire, a credited outlet.
import type { Outlet } from "../catalogue.ts";
import type { Field, Paragraph, Relay, RemovedLine } from "../model.ts";
import { outletFromUrl, outletNamed } from "./outlets.ts";

export interface RelayInput {
  paragraphs: readonly Paragraph[];
  /** Lines kept out of the article: a reprint's "Source:" line and the publisher's own address end up here. */
  removed: readonly RemovedLine[];
  /** The story's own outlet, as ingest names it. */
  outlet?: string;
  /** The wire agency its dateline names ("Anadolu Agency"). */
  agency?: Field;
}

// "Source: https://…", "Originally published by The Cradle", "This article first appeared on Al-Monitor".
const REPRINT = /^\s*(?:this (?:article|story|report) )?(?:source|(?:was )?(?:originally|first) (?:published|appeared)(?: (?:by|in|on|at))?)\s*:?\s*(.+?)\s*\.?$/i;
// Words that credit the outlet named right after them, and words that follow a credited outlet's name.
const BEFORE = /(?:according to|told|reported by|published by|cited by|quoted by|in an interview with|speaking to|citing|a report by|a report in)\s+(?:the\s+)?$/i;
const AFTER = /^(?:,?\s+(?:reported|reports|said|says|quoted|quotes|cited|cites|wrote|writes|claimed|claims|learned|has learned|revealed|added)\b)/i;

/** The chain the source's words come by: reprint first, then wire, then each outlet a paragraph credits (once per paragraph). */
export function findRelays(input: RelayInput, outlets: readonly Outlet[]): Relay[] {
  const grade = (name: string) => outlets.find((o) => o.name === name)?.reliability ?? "F";
  const relays: Relay[] = [];
  const reprint = reprintOf(input, outlets);
  if (reprint) relays.push({ kind: "reprint", outlet: reprint.outlet, reliability: grade(reprint.outlet), words: reprint.words, line: reprint.line, ...(reprint.by ? { by: reprint.by } : {}) });
  if (input.agency) {
    const agency = outletNamed(input.agency.value, outlets);
    if (agency && agency.name !== input.outlet) relays.push({ kind: "wire", outlet: agency.name, reliability: grade(agency.name), words: input.agency.value, line: input.agency.line });
  }
  const own = new Set([input.outlet, reprint?.outlet, reprint?.by].filter((n): n is string => Boolean(n)));
  for (const p of input.paragraphs) {
    for (const credit of creditsIn(p.text, outlets)) {
      if (own.has(credit.outlet) || relays.some((r) => r.paragraph === p.id && r.outlet === credit.outlet)) continue;
      relays.push({ kind: "attribution", outlet: credit.outlet, reliability: grade(credit.outlet), words: credit.words, line: p.line, paragraph: p.id });
    }
  }
  return relays;
}

/** A header line or paragraph naming the original of a copy, and the publisher the page's furniture names (its own address). */
function reprintOf(input: RelayInput, outlets: readonly Outlet[]): { outlet: string; words: string; line: number; by?: string } | undefined {
  const lines = [...input.removed.map((r) => ({ text: r.text, line: r.line })), ...input.paragraphs.map((p) => ({ text: p.text, line: p.line }))];
  for (const { text, line } of lines) {
    const m = REPRINT.exec(text);
    if (!m || text.length > 200) continue;
    const named = /^https?:\/\//i.test(m[1]!) ? outletFromUrl({ value: m[1]!, from: "text" }, outlets)?.value : outletNamed(m[1]!, outlets)?.name;
    if (!named) continue;
    const by = input.removed.map((r) => publisherOf(r.text, outlets)).find((name) => name && name !== named);
    return { outlet: named, words: text.trim(), line, ...(by ? { by } : {}) };
  }
  return undefined;
}

/** A furniture line that is a known outlet's own address ("www.kcdme.com"). */
function publisherOf(text: string, outlets: readonly Outlet[]): string | undefined {
  const m = /^\s*(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?\s*$/i.exec(text);
  return m ? outletFromUrl({ value: `https://${m[1]!.toLowerCase()}/`, from: "text" }, outlets)?.value : undefined;
}

/** Outlets a paragraph credits in so many words, with the words: "According to TRT Haber", "Al-Monitor reports". */
export function creditsIn(text: string, outlets: readonly Outlet[]): Array<{ outlet: string; words: string; at: number }> {
  const found: Array<{ outlet: string; words: string; at: number }> = [];
  for (const outlet of outlets) {
    for (const name of [outlet.name, ...outlet.aliases]) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[end] ?? "")) continue;
        const before = BEFORE.exec(text.slice(Math.max(0, at - 40), at));
        const after = AFTER.exec(text.slice(end, end + 30));
        if (!before && !after) continue;
        const start = before ? at - before[0].length : at;
        found.push({ outlet: outlet.name, words: text.slice(start, after ? end + after[0].length : end), at: start });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
