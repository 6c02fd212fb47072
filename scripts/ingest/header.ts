// Reads the article's header lines (headline, standfirst, date, byline, source URL) and a closing byline.
import type { Field, PartialDate, RemovedLine } from "../model.ts";
import { parseDateLine, readDateLine } from "./date-line.ts";
import { readDateline } from "./dateline.ts";
import { wordCount } from "./furniture.ts";
import type { Line } from "./normalise.ts";

export interface Header {
  headline?: Field;
  /** A line such as "ANKARA-Anadolu Agency", or the name before a wire line's date ("AFP , Monday 3 Oct 2022"). */
  dateline?: Field;
  /** The agency such a line names. */
  agency?: string;
  standfirst?: Field;
  published?: Field<PartialDate>;
  author?: Field;
  url?: Field;
  /** Lines left for the article body. */
  lines: Line[];
  /** Header lines that were metadata, not article text. */
  removed: RemovedLine[];
}

const URL_LINE = /^(?:source|original|url|link)?\s*:?\s*(https?:\/\/\S+)$/i;
const BYLINE = /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/iu;
// A line that ends a sentence (or a quoted one) is article text, not a header.
const SENTENCE_END = /[.!?…]["”’)]?$/;

export function readHeader(lines: readonly Line[]): Header {
  const header: Header = { lines: [], removed: [] };
  let index = firstNonBlank(lines, 0);
  const first = lines[index];
  if (first && isHeadline(first.text) && firstNonBlank(lines, index + 1) < lines.length) {
    header.headline = textField(first);
    index += 1;
  }
  // The header zone runs until the first line that reads as article text.
  for (; index < lines.length; index += 1) {
    const entry = lines[index]!;
    if (!entry.text) continue;
    if (isBodyLine(entry.text)) break;
    const dated = readDateLine(entry.text);
    const date = dated?.date;
    const placed = readDateline(entry.text);
    const url = URL_LINE.exec(entry.text);
    const byline = BYLINE.exec(entry.text);
    if (date && !header.published) {
      header.published = { value: date, from: "text", line: entry.line };
      // "BY Tiya Chatterji 29.Nov.2019": a byline before the date names the author, not an agency.
      const by = dated?.prefix ? BYLINE.exec(dated.prefix) : null;
      if (by && !header.author) header.author = { value: by[1]!, from: "text", line: entry.line };
      else if (dated?.prefix && !by && !header.agency) header.agency = dated.prefix;
    } else if (placed?.agency && placed.text === entry.text.trim() && !header.dateline) {
      header.dateline = textField(entry);
      header.agency = placed.agency;
    } else if (url && !header.url) {
      header.url = { value: url[1]!, from: "text", line: entry.line };
    } else if (byline && !header.author) {
      header.author = { value: byline[1]!, from: "text", line: entry.line };
    } else if (wordCount(entry.text) > 8 && header.headline && !header.standfirst) {
      header.standfirst = textField(entry);
      continue;
    } else if (wordCount(entry.text) <= 4 && header.headline && !header.author && /^\p{Lu}/u.test(entry.text)) {
      header.author = textField(entry);
    } else {
      break;
    }
    header.removed.push({ ...entry, reason: "metadata" });
  }
  header.lines = lines.slice(index);
  takeLateDateLine(header);
  takeClosingByline(header);
  takeClosingDateLine(header);
  return header;
}

/** How far into the article a line that is nothing but a date still dates it: so many lines, before any long paragraph. */
const LATE_DATE_LINES = 8;
const LONG_PARAGRAPH_WORDS = 30;
const PUBLISHED_LABEL = /^\s*(?:first\s+)?(?:published|posted)\b/i;

/**
 * "The New Arab / News / headline / standfirst / 3 min read / 19 December, 2019": where the header zone ended at a
 * standfirst or a menu, a line that is nothing but a date, among the first few and before the first long paragraph,
 * is still the article's date (when the header gave none). One that says so ("Published June 17,2020") may also follow
 * a long standfirst, though not a second long paragraph.
 */
function takeLateDateLine(header: Header): void {
  if (header.published) return;
  let seen = 0;
  let pastLong = false;
  for (const [i, entry] of header.lines.entries()) {
    if (!entry.text) continue;
    if (++seen > LATE_DATE_LINES) return;
    if (wordCount(entry.text) > LONG_PARAGRAPH_WORDS) {
      if (pastLong) return;
      pastLong = true;
      continue;
    }
    const date = parseDateLine(entry.text);
    if (!date || (pastLong && !PUBLISHED_LABEL.test(entry.text))) continue;
    header.published = { value: date, from: "text", line: entry.line };
    header.removed.push({ ...entry, reason: "metadata" });
    header.lines = [...header.lines.slice(0, i), ...header.lines.slice(i + 1)];
    return;
  }
}

/** How near the end a closing date line may stand: so many non-blank lines from the last. */
const CLOSING_DATE_LINES = 3;

/**
 * "Published: 12 March 2024", "12.03.2024": a page that prints its date at the foot, not the head. A line that is nothing
 * but a date (or "Published"/"Posted" and a date), among the last few, is the article's date when the head gave none.
 * "Updated" is left alone: a page is updated long after it was written.
 */
function takeClosingDateLine(header: Header): void {
  if (header.published) return;
  let seen = 0;
  for (let i = header.lines.length - 1; i >= 0 && seen < CLOSING_DATE_LINES; i -= 1) {
    const entry = header.lines[i]!;
    if (!entry.text) continue;
    seen += 1;
    const dated = /^\s*(?:last\s+)?updated\b/i.test(entry.text) ? undefined : readDateLine(entry.text);
    if (!dated) continue;
    header.published = { value: dated.date, from: "text", line: entry.line };
    header.removed.push({ ...entry, reason: "metadata" });
    header.lines = [...header.lines.slice(0, i), ...header.lines.slice(i + 1)];
    return;
  }
}

function takeClosingByline(header: Header): void {
  let last = header.lines.length - 1;
  while (last >= 0 && !header.lines[last]!.text) last -= 1;
  const entry = header.lines[last];
  const byline = entry && BYLINE.exec(entry.text);
  if (!entry || !byline) return;
  if (!header.author) header.author = { value: byline[1]!, from: "text", line: entry.line };
  header.removed.push({ ...entry, reason: "metadata" });
  header.lines = header.lines.slice(0, last);
}

function isHeadline(text: string): boolean {
  // A headline has at least one letter or digit: a line of `---` or `***` is text, not a title.
  return /[\p{L}\p{N}]/u.test(text) && wordCount(text) <= 25 && !/[.;,:]$/.test(text) && !parseDateLine(text) && !URL_LINE.test(text) && !BYLINE.test(text);
}

function isBodyLine(text: string): boolean {
  return SENTENCE_END.test(text) || wordCount(text) > 40;
}

function firstNonBlank(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && !lines[i]!.text) i += 1;
  return i;
}

function textField(entry: Line): Field {
  return { value: entry.text, from: "text", line: entry.line };
}
