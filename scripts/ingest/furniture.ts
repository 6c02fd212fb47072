// Recognises page furniture (site navigation, cross-promotions, comment prompts, a PDF's page numbers and running footers) and keeps it out of the article body.
import type { RemovedLine } from "../model.ts";
import type { Line } from "./normalise.ts";

// Words that mark a line as part of a site's menu rather than an article.
const NAV_WORD = /\b(home( page)?|accueil\w*|archives?|contact|about us|menu|log ?in|sign ?in|subscribe|categories|privacy|titres|livres|articles)\b|^www\.\S+$/i;
// A site's widgets above the article: a close button, a loading notice, the weather ("12° Nicosia,").
const SITE_WIDGET = /^(?:close|loading(?:\.{3}|…)?|search|toggle navigation|skip to (?:main )?content)$|^-?\d{1,3}\s*°\s*[CF]?\b/i;
// An entry of a menu printed as a list: a bullet and a word or two.
const MENU_ITEM = /^[•▪●◦]\s*\S+(?:\s+\S+)?$/u;
const CROSS_PROMOTION = /^(read|read more|read also|also read|related|see also|more on this)\s*:\s*\S/i;
const PROMOTION_HEADING = /^(read also|also read|read more|related( articles| posts| stories| news| topics)?|recommended( for you)?|more from \S.*|you may also like|you might also like|most read|trending|latest news|more stories)\s*:?$/i;
const COMMENT_PROMPT = /^(leave a reply|leave a comment|post a comment|\d+ comments?|comments|share this( article| story)?:?|(?:share on (?:facebook|twitter|x|whatsapp|linkedin|telegram)\s*)+)$/i;
// A site's list of tags ("Tags: Libya, Turkey"), which stands on a line of its own: inside a block of other lines
// (a YAML-like block in the text, say) the same words are the article's.
const TAG_LIST = /^(tags?|topics?|categories|filed under|related topics|keywords)\s*:\s*\S[^.!?]*$/i;

// A page number standing alone, as text pasted from a PDF keeps it: "3", "- 3 -", "Page 3", "Page 3 of 12", "3/12".
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:page|p\.|pg\.?)\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?(?:\s*[-–—])?$/i;

// What numbers a line for another reason than its page: a date or a time ("June 9, 2020 @ 09:45 AM", "Updated Today at
// 04:25"), or a heading of a text's own parts ("Article 7", "Part 2").
const DATED = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday)\b|\d{1,2}[:.]\d{2}\b|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}/i;
const NUMBERED_HEADING = /^(?:article|art\.|part|chapter|section|annex|appendix|paragraph|clause|item|step|figure|fig\.|table|photo|map|chart|video|episode|day)\s/i;

export interface WithoutFurniture {
  lines: Line[];
  removed: RemovedLine[];
}

export function removeFurniture(lines: readonly Line[]): WithoutFurniture {
  const navigation = leadingNavigation(lines);
  const footers = runningFooters(lines);
  const removed: RemovedLine[] = [];
  const kept: Line[] = [];
  // A heading such as "Read also" or "Related" followed by a list of short items: the list is cross-promotion too.
  let promoting = false;
  lines.forEach((entry, index) => {
    if (promoting && entry.text && /^(?:[-•*·]\s+|\d+[.)]\s+)?\S/.test(entry.text) && wordCount(entry.text) <= 16 && !/[.!?]["”’)]?$/.test(entry.text)) {
      removed.push({ ...entry, reason: "cross-promotion" });
      return;
    }
    promoting = false;
    if (index < navigation) {
      if (entry.text) removed.push({ ...entry, reason: "site navigation" });
    } else if (PROMOTION_HEADING.test(entry.text)) {
      removed.push({ ...entry, reason: "cross-promotion" });
      promoting = true;
    } else if (CROSS_PROMOTION.test(entry.text)) {
      removed.push({ ...entry, reason: "cross-promotion" });
    } else if (COMMENT_PROMPT.test(entry.text)) {
      removed.push({ ...entry, reason: "comment prompt" });
    } else if (TAG_LIST.test(entry.text) && !lines[index - 1]?.text && !lines[index + 1]?.text) {
      removed.push({ ...entry, reason: "tag list" });
    } else if (footers.has(entry.text) || (PAGE_NUMBER.test(entry.text) && !lines[index - 1]?.text && !lines[index + 1]?.text)) {
      removed.push({ ...entry, reason: "page number or running footer" });
    } else {
      kept.push(entry);
    }
  });
  return { lines: kept, removed };
}

/**
 * How many lines a leading navigation block spans: the first run of non-blank lines, closed by a blank line,
 * when every line in it is short and unpunctuated and at least two of them read like menu entries or widgets. A date
 * among them is the site's clock ("12° Nicosia, / 26 April, 2024"), not the article's.
 */
export function leadingNavigation(lines: readonly Line[]): number {
  let start = 0;
  while (start < lines.length && !lines[start]!.text) start += 1;
  let end = start;
  while (end < lines.length && lines[end]!.text) end += 1;
  if (end >= lines.length) return 0;
  const run = lines.slice(start, end).map((l) => l.text);
  const menuLike = run.every((text) => (wordCount(text) <= 8 && !/[.!?:;"”]$/.test(text)) || /^www\.\S+$/i.test(text) || SITE_WIDGET.test(text) || isMenuBar(text));
  // A menu printed as a list, one entry a line ("• Home", "• Libya", "• Economy"), reads as menu entries too.
  const listed = run.filter((text) => MENU_ITEM.test(text)).length;
  const navWords = run.filter((text) => NAV_WORD.test(text) || SITE_WIDGET.test(text) || isMenuBar(text)).length + (listed >= 3 ? listed : 0);
  return menuLike && (navWords >= 2 || (navWords === run.length && run.every(isMenuBar))) ? end : 0;
}

/**
 * The running footers (or headers) of a pasted PDF: a short line, no sentence, that comes back on its own line with
 * another page number ("Congressional Research Service 3" … "Congressional Research Service 4"). The same words
 * with the same number are left alone: a repeated headline, a byline.
 */
function runningFooters(lines: readonly Line[]): Set<string> {
  const numbersBy = new Map<string, Set<string>>();
  for (const { text } of lines) {
    if (!/\d/.test(text) || wordCount(text) > 10 || /[.!?:;"”]$/.test(text) || !/\p{L}{2}/u.test(text) || DATED.test(text) || NUMBERED_HEADING.test(text)) continue;
    const shape = text.replace(/\d+/g, "#");
    numbersBy.set(shape, (numbersBy.get(shape) ?? new Set()).add(text));
  }
  return new Set([...numbersBy.values()].filter((texts) => texts.size >= 2).flatMap((texts) => [...texts]));
}

/** "A NEWS | Turkey | World | Economy | Sports | Live TV": a menu on one line, four or more short entries between bars. */
export function isMenuBar(text: string): boolean {
  const entries = text.split(/\s+[|•·]\s+/);
  return entries.length >= 4 && entries.every((entry) => entry.trim() && wordCount(entry.trim()) <= 3 && !/[.!?]$/.test(entry.trim()));
}

export function wordCount(text: string): number {
  return text.split(" ").filter(Boolean).length;
}
