// Reads the article's header lines (headline, standfirst, date, byline, source URL) and a closing byline.
import { foldedWords } from "../fold.ts";
import type { Field, PartialDate, RemovedLine } from "../model.ts";
import { fitsWeekday, monthFirstReading, parseDateLine, readDateLine, writesMonthFirst } from "./date-line.ts";
import { readDateline } from "./dateline.ts";
import { isMenuBar, wordCount } from "./furniture.ts";
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
  /** The site's name over its breadcrumb ("DAILY SABAH" above "Business › Economy"): not the headline. */
  masthead?: Field;
  /** Lines left for the article body. */
  lines: Line[];
  /** Header lines that were metadata, not article text. */
  removed: RemovedLine[];
}

const URL_LINE = /^(?:source|original|url|link)?\s*:?\s*(https?:\/\/\S+)$/i;
// "By Tiya Chatterji", "Written by E.Tsiliopoulos", "Posted by Illyria Press" (not "Posted by admin in Uncategorized").
const BYLINE = /^(?:(?:written|posted|reported)\s+)?by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?!(?:in|on|at)\b)\p{Lu}[\p{L}.'’-]*){0,3})$/iu;
// A line that ends a sentence (or a quoted one) is article text, not a header.
const SENTENCE_END = /[.!?…]["”’)]?$/;

export function readHeader(lines: readonly Line[]): Header {
  const header = readHeaderFrom(lines);
  if (header.headline) return header;
  // A page's navigation, longer than the header looks, over the headline: the title right over the article's first
  // paragraph is the headline, and what stands above it the site's.
  const title = titleOverText(lines);
  if (title < 0) return header;
  const below = readHeaderFrom(lines.slice(title));
  const above = lines.slice(0, title).filter((l) => l.text).map((l): RemovedLine => ({ ...l, reason: "site navigation" }));
  // (The date the first reading took, from the lines above, stands where the lines below give none.)
  const published = below.published ?? header.published;
  return { ...below, removed: [...above, ...below.removed], ...(published ? { published } : {}) };
}

function readHeaderFrom(lines: readonly Line[]): Header {
  const header: Header = { lines: [], removed: [] };
  let index = firstNonBlank(lines, 0);
  // "Jump to content", "Site icon Middle East Monitor", "Athens 27°C", "0 $": the page's own controls, weather and
  // widgets at its top.
  while (index < lines.length && (isPageChrome(lines[index]!.text) || isWidget(lines[index]!.text))) {
    header.removed.push({ ...lines[index]!, reason: "site navigation" });
    index = firstNonBlank(lines, index + 1);
  }
  // "Home > World > Turkish Parliament Ratifies Memorandum …" over "Turkish Parliament Ratifies Memorandum …": the
  // site's breadcrumb ends in the headline it stands over; the lines above it are the site's.
  const echo = echoedHeadline(lines, index);
  if (echo && index < echo.trail && isNamed(lines[index]!.text)) {
    takeSiteLine(header, lines[index]!);
    index = firstNonBlank(lines, index + 1);
  }
  // "DAILY SABAH" over "Business › Economy" or a menu: the short line over a site's navigation is the site's name, and
  // the headline is to be found below it, past section labels, widgets and the date.
  const site = echo ? undefined : siteHead(lines, index);
  let headlineAt = echo?.headline ?? -1;
  // The site's clock above its masthead: the page's date only when the header gives none of the article's own.
  let clock: Field<PartialDate> | undefined;
  if (site) {
    // With no title-like line below the navigation, the line over it was the headline after all ("Benghazi: Haftar and
    // Kalın discuss cooperation" over "Libya > Politics").
    const below = firstNonBlank(lines, site.navigation + 1);
    headlineAt = headlineBelowMasthead(lines, below);
    if (headlineAt < 0) headlineAt = site.masthead;
    else header.masthead = textField(lines[site.masthead]!);
    for (let i = index; i < site.masthead; i = firstNonBlank(lines, i + 1)) {
      // Above the masthead: the site's clock and weather ("32.6 C", "Tuesday, November 3, 2020").
      const date = readDateLine(lines[i]!.text)?.date;
      if (date && !clock) clock = { value: date, from: "text", line: lines[i]!.line };
      header.removed.push({ ...lines[i]!, reason: date ? "metadata" : "site navigation" });
    }
    if (header.masthead) header.removed.push({ ...lines[site.masthead]!, reason: "metadata" });
    else header.headline = textField(lines[site.masthead]!);
    header.removed.push({ ...lines[site.navigation]!, reason: "site navigation" });
    index = below;
  }
  // "Arab News | Middle East", "UrduPoint.com > World News" over the headline: the site's name and its section on one
  // line, with the headline below it.
  const bar = site || echo ? undefined : siteBar(lines, index);
  if (bar) {
    if (bar.site) header.masthead = { value: bar.site, from: "text", line: lines[index]!.line };
    // "finsubito | 12 July 2025", "Al-Ain News | Politics | Monday 6/1/2020": the bar dates the page.
    const date = readDateLine(lines[index]!.text)?.date;
    if (date) header.published = publishedOn(lines[index]!, date, lines);
    header.removed.push({ ...lines[index]!, reason: bar.site ? "metadata" : "site navigation" });
    headlineAt = bar.headline;
    index = firstNonBlank(lines, index + 1);
  }
  // "[Translated from Arabic]" over the headline: an editor's note, which stays at the head of the article's text.
  const kept: Line[] = [];
  const keepNote = (note: Line) => kept.push(note, { text: "", line: note.line + 1 });
  if (!site && !bar && !echo) {
    const note = lines[index] && EDITOR_NOTE.test(lines[index]!.text) ? lines[index] : undefined;
    const under = note ? firstNonBlank(lines, index + 1) : index;
    const first = lines[under];
    // The title under the first line, where a date or byline follows it, or a section's label stands over it.
    const titled = note || !first ? -1 : ([titleOverDate(lines, under), titleUnderSection(lines, under)].find((i) => i >= 0) ?? -1);
    if (!note && first && isNavigation(first.text)) {
      // "ESC Guide | News digest | Eastern Mediterranean | Libya | Energy | Archive": a menu opens the page, the headline
      // is below it.
      const below = headlineBelowMasthead(lines, firstNonBlank(lines, under + 1));
      if (below >= 0 && standsAsHeadline(lines[below]!.text)) headlineAt = below;
    } else if (first && titled >= 0) {
      // "euronews. italiano" over "Honeymoon between Rome and Athens: …" over "Last update: 09/06/2020", "TO BHMA
      // International Edition" over "World" over "Greece Answers Libya …": the short line over the title is the site's.
      headlineAt = titled;
      takeSiteLine(header, first);
      index = firstNonBlank(lines, under + 1);
    } else if (first && isHeadline(first.text) && firstNonBlank(lines, under + 1) < lines.length) {
      header.headline = textField(first);
      index = under + 1;
      if (note) keepNote(note);
    } else if (!note && first && readDateLine(first.text)?.date) {
      // "friday 24 january 2020" over the headline: the date is read in the header zone, the headline below it.
      const below = headlineBelowMasthead(lines, firstNonBlank(lines, under + 1));
      if (below >= 0 && standsAsHeadline(lines[below]!.text)) headlineAt = below;
    }
  }
  // A date line above the headline ("16 April 2024 Tuesday / 8 Shawwal 1445" over "Star > Economy" and the title) may
  // be the site's clock: a date line under the headline is the article's own, and stands instead.
  let dateAboveHeadline = false;
  // The headline printed again under itself (the page's title over its heading) takes the standfirst's place.
  let repeated = false;
  // The header zone runs until the first line that reads as article text.
  for (; index < lines.length; index += 1) {
    const entry = lines[index]!;
    if (!entry.text) continue;
    if (index === headlineAt) {
      header.headline = textField(entry);
      continue;
    }
    // (Above a headline found below the masthead, a question is a sidebar's, not the article's first line.)
    if (isBodyLine(entry.text) && index > headlineAt) break;
    const dated = readDateLine(entry.text);
    const date = dated?.date;
    const placed = readDateline(entry.text);
    const url = URL_LINE.exec(entry.text);
    const byline = BYLINE.exec(entry.text);
    const above = lines[lastNonBlank(lines, index)]?.text;
    if (date && UPDATE_STAMP.test(above ?? "") && !dated?.prefix) {
      // "Last updated 14:31:33 GMT / Friday 21 March 2025": the day under the page's clock is the day the page was
      // last served, not the article's date.
    } else if (date && (!header.published || (dateAboveHeadline && index > headlineAt)) && !profileDate(entry.text, above)) {
      header.published = publishedOn(entry, date, lines);
      dateAboveHeadline = index < headlineAt;
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
    } else if (isNavigation(entry.text) || (isWidget(entry.text) && firstNonBlank(lines, index + 1) < lines.length)) {
      // "Home › Libya › Politics" under the headline, "+ ↺ − 16 px", "3 MIN READ": the site's furniture, not a byline.
      header.removed.push({ ...entry, reason: "site navigation" });
      continue;
    } else if (index < headlineAt && EDITOR_NOTE.test(entry.text)) {
      keepNote(entry);
      continue;
    } else if (index < headlineAt) {
      // Above the headline, below the masthead: a section's label ("WORLD", "Cyprus").
      header.removed.push({ ...entry, reason: "site navigation" });
      continue;
    } else if (header.headline && (EDITOR_NOTE.test(entry.text) || PHOTO_CAPTION.test(entry.text))) {
      // "[Photo: …]", "[Translated from the Arabic]" under the headline: a caption or an editor's note is no standfirst;
      // the article's text starts with it.
      break;
    } else if (wordCount(entry.text) > 8 && header.headline && !header.standfirst && !repeated) {
      // ("Turkey Continues Supporting Libya's GNA … | Turkey news" twice: the same words under the headline are no deck.)
      repeated = foldedWords(entry.text) === foldedWords(header.headline.value);
      if (!repeated) {
        header.standfirst = textField(entry);
        continue;
      }
    } else if (header.headline && (isSectionLabel(entry.text) || isShortBar(entry.text))) {
      // "World", "Middle East", "ANKARA", "Libya | Politics" under the headline: a section or place label, no author.
      header.removed.push({ ...entry, reason: "site navigation" });
      continue;
    } else if (UPDATE_STAMP.test(entry.text)) {
      // "Last updated 14:31:33 GMT", "LAST UPDATE 14:47": the page's clock, no byline and no date of the article.
    } else if (wordCount(entry.text) <= 4 && header.headline && !header.author && isNameLike(withoutTrailingBar(entry.text))) {
      header.author = { ...textField(entry), value: withoutTrailingBar(entry.text) };
    } else {
      break;
    }
    header.removed.push({ ...entry, reason: "metadata" });
  }
  header.lines = [...kept, ...lines.slice(index)];
  takeLateDateLine(header);
  takeClosingByline(header);
  takeClosingDateLine(header);
  if (!header.published && clock) header.published = clock;
  return header;
}

// A page's controls over the article: a skip link, its login and newsletter prompts, a donation button, a cookie
// banner, a video player's, "Site icon" over the site's name.
const PAGE_CHROME = /^(?:site icon\b.*|jump to (?:main )?(?:content|navigation)|skip to (?:main )?content|(?:newsletter\s+)?sign ?up\b.*|register\s*\/\s*log ?in|log ?in|contact us|donate|clear|top of page|advertisement|go to next video\b.*|cookies? (?:management|settings|policy)\b.*)$/i;
// The weather in the site's bar: "Athens 27°C", "Monday 02 Feb 2026 Athens 15°C", "Light snow 0.5ºC Ankara", the
// temperature last or before the place's name (a headline's "Heatwave: 45°C in Tripoli" goes on past it).
const WEATHER = /\d\s*[°º]\s*[CF]\b(?:\s+\p{Lu}[\p{L}-]*)?\s*$/u;
const WEATHER_LINE_WORDS = 8;

function isPageChrome(text: string): boolean {
  return PAGE_CHROME.test(text.trim()) || (WEATHER.test(text) && wordCount(text) <= WEATHER_LINE_WORDS);
}

/** The most words a site's name has ("Hürriyet Daily News", "The National"). */
const SITE_NAME_WORDS = 4;
/** How many non-blank lines from the top a site's navigation may stand: the masthead and the clock above it. */
const SITE_HEAD_LINES = 6;

/**
 * The site's name and its navigation at the top of a pasted page: the first menu bar or breadcrumb among the first few
 * lines, and the short line right above it, with nothing above them but short lines (the site's clock, the weather).
 */
function siteHead(lines: readonly Line[], from: number): { masthead: number; navigation: number } | undefined {
  let previous = -1;
  for (let i = from, seen = 0; i < lines.length && seen < SITE_HEAD_LINES; i = firstNonBlank(lines, i + 1), seen += 1) {
    const text = lines[i]!.text;
    if (previous >= 0 && isNavigation(text)) {
      const masthead = lines[previous]!.text;
      return (isHeadline(masthead) || isDottedName(masthead)) && wordCount(masthead) <= 8 && !isNavigation(masthead) ? { masthead: previous, navigation: i } : undefined;
    }
    // "DAILY SABAH" over "Business | Energy": a short bar under a name of a few words, and no date in the bar.
    if (previous >= 0 && isShortBar(text) && !readDateLine(text)?.date) {
      const masthead = lines[previous]!.text;
      if (isHeadline(masthead) && wordCount(masthead) <= SITE_NAME_WORDS && !isShortBar(masthead)) return { masthead: previous, navigation: i };
    }
    if ((isBodyLine(text) && !isDottedName(text)) || wordCount(text) > 8) return undefined;
    previous = i;
  }
  return undefined;
}

/**
 * Among the first lines, a title line under a longer line that ends in the same words (a breadcrumb or a site's path,
 * its arrows lost or not: "Home  News  Egypt News  Egypt's Sisi announces …", "/ World / Greece, Italy sign accord …"),
 * and no paragraph of text above them: the title is the headline, the longer line its trail.
 */
function echoedHeadline(lines: readonly Line[], from: number): { trail: number; headline: number } | undefined {
  let previous = -1;
  for (let i = from, seen = 0; i < lines.length && seen < SITE_HEAD_LINES; i = firstNonBlank(lines, i + 1), seen += 1) {
    const text = lines[i]!.text;
    if (previous >= 0 && isHeadline(text) && wordCount(text) >= ECHOED_HEADLINE_WORDS) {
      // (A menu whose last entry is the section named below it is no trail: "News | Podcasts | Mideast Daily News".)
      const trail = foldedWords(lines[previous]!.text);
      const title = foldedWords(text);
      if (trail.length > title.length && trail.endsWith(` ${title}`) && !isMenuBar(lines[previous]!.text)) return { trail: previous, headline: i };
    }
    if (isBodyLine(text)) return undefined;
    previous = i;
  }
  return undefined;
}

/** The fewest words of a headline its breadcrumb repeats. */
const ECHOED_HEADLINE_WORDS = 3;

/**
 * A short line over a title that a date line or a byline follows ("Dimensions Center for Strategic Studies" over
 * "Türkiye Mends Ties with Eastern Libya" over "2025-04-10"; a site's tagline, "Creating new perspectives since 2009",
 * over the title and "August 19, 2021 at 12:58 pm"), or a blog's name over the post's date and title: the title's
 * index, or -1. The title is the headline; the short line, with no date under it, the site's.
 */
function titleOverDate(lines: readonly Line[], at: number): number {
  const name = lines[at]!.text;
  const below = firstNonBlank(lines, at + 1);
  const title = lines[below]?.text;
  const after = lines[firstNonBlank(lines, below + 1)]?.text;
  if (title === undefined || after === undefined || !isHeadline(name) || wordCount(name) > TITLED_NAME_WORDS || readDateLine(name)?.date) return -1;
  if (isTitleLine(title)) return readDateLine(after)?.date || BYLINE.test(after) ? below : -1;
  // "Moon of Alabama" over "December 17, 2019" over the post's title and its first paragraph: a blog's name of a few
  // words, the post's date, its title.
  const post = firstNonBlank(lines, below + 1);
  const text = lines[firstNonBlank(lines, post + 1)]?.text;
  return readDateLine(title)?.date && wordCount(name) <= SHORT_NAME_WORDS && isTitleLine(after) && text !== undefined && isBodyLine(text) ? post : -1;
}

/** The most words of a site's name over its title and date ("Dimensions Center for Strategic Studies"). */
const TITLED_NAME_WORDS = 5;

/**
 * Among the first lines, the title right over the article's first paragraph ("×", "GreekEnglish", a menu of twenty
 * entries, the weather, then "Israel condemns Turkey-Libya maritime accord" over its first paragraph), past its date,
 * byline and short labels: its index, or -1.
 */
function titleOverText(lines: readonly Line[]): number {
  let body = -1;
  for (let i = firstNonBlank(lines, 0), seen = 0; i < lines.length && seen < TITLE_SEARCH_LINES; i = firstNonBlank(lines, i + 1), seen += 1) {
    const text = lines[i]!.text;
    if (isBodyLine(text) && wordCount(text) >= FIRST_PARAGRAPH_WORDS && !PHOTO_CAPTION.test(text) && !EDITOR_NOTE.test(text)) {
      body = i;
      break;
    }
  }
  const titled = (text: string) => isTitleLine(text) && !LIST_ITEM.test(text.trim()) && !isWordMenu(text) && !isPageChrome(text) && !PICTURE_CREDIT.test(text);
  for (let i = lastNonBlank(lines, body); i >= 0; i = lastNonBlank(lines, i)) {
    const text = lines[i]!.text;
    if (titled(text)) {
      // ("Greece has the Turkish-Libyan MOU in its hands" over "The paper is now being examined at the Foreign Ministry":
      // of a title over a title, the first is the headline, the second its deck.)
      const above = lastNonBlank(lines, i);
      return above >= 0 && titled(lines[above]!.text) ? above : i;
    }
    const headerLine = Boolean(readDateLine(text)?.date) || CLOCK.test(text) || BYLINE.test(text) || wordCount(text) <= SECTION_WORDS || PHOTO_CAPTION.test(text) || EDITOR_NOTE.test(text) || isWidget(text) || URL_LINE.test(text);
    if (!headerLine) return -1;
  }
  return -1;
}

/** How many non-blank lines from the top the article's first paragraph may stand, and its fewest words. */
const TITLE_SEARCH_LINES = 80;
const FIRST_PARAGRAPH_WORDS = 8;

/**
 * A short line, a section's label under it ("World", "Libya | Politics") and a title under that: the title's index, or
 * -1. The title is the headline; a section's label stands under a site's name, not under a headline.
 */
function titleUnderSection(lines: readonly Line[], at: number): number {
  const name = lines[at]!.text;
  const section = firstNonBlank(lines, at + 1);
  const title = firstNonBlank(lines, section + 1);
  if (firstNonBlank(lines, title + 1) >= lines.length || !isHeadline(name) || wordCount(name) > TAGGED_NAME_WORDS || readDateLine(name)?.date) return -1;
  const label = lines[section]!.text;
  const text = lines[title]!.text;
  return (isSectionLabel(label) || isShortBar(label)) && !isSectionLabel(name) && isTitleLine(text) && !CALL_TO_ACTION.test(text) ? title : -1;
}

/** A title line of the header: a headline of four words or more that is no bar, menu, clock or date. */
function isTitleLine(text: string): boolean {
  return isHeadline(text) && standsAsHeadline(text) && !isNavigation(text) && !readDateLine(text)?.date;
}

/** A line that reads as a site's name: in capitals, an address, a newsroom's word, or a few capitalised words. */
function isNamed(text: string): boolean {
  return isSiteName(text) || isShortName(text);
}

/** The site's line over the headline: its masthead where it reads as a name, else its navigation. */
function takeSiteLine(header: Header, entry: Line): void {
  if (isNamed(entry.text)) header.masthead = textField(entry);
  header.removed.push({ ...entry, reason: isNamed(entry.text) ? "metadata" : "site navigation" });
}

/** "africanews.", "THE WALL STREET JOURNAL.": a site's name of a few words whose logo ends in a full stop, and no other mark. */
function isDottedName(text: string): boolean {
  return wordCount(text) <= SITE_NAME_WORDS && /^[^.!?;:,]+\.$/u.test(text);
}

/**
 * A first line that is a short bar or a breadcrumb, its first entry the site's name, or a site's name alone, over a
 * headline of four words or more that is no bar, caption, clock, weather or menu itself. With no such line below it,
 * the first line is the headline after all ("Turkey and Libya | Explainer" over the article's first sentence).
 */
function siteBar(lines: readonly Line[], at: number): { site?: string; headline: number } | undefined {
  const text = lines[at]?.text ?? "";
  // "Home Libya": a breadcrumb whose arrows the paste lost, which names no site.
  const crumb = HOME_CRUMB.test(text);
  // "En Son Haber | Gündem | 22.12.2025": a bar whose last entry dates the page.
  const bare = readDateLine(text)?.date ? text.replace(/\s+[|•·]\s+[^|•·]*\d[^|•·]*$/u, "") : text;
  // ("Ahval", "Al Marsad English", "allAfrica": a name of a few capitalised words, or one word, over a headline twice as
  // long is the site's too, and so is such a name with its tagline or section: "LANA - Libyan News Agency", "TASS |
  // Russian Politics & Diplomacy". "Erdogan's Libyan gamble" over its deck is the article's own.)
  const barred = isBreadcrumb(bare) || isShortBar(bare) || crumb || isSiteName(text) || isSectionedName(bare) || isBodyName(text);
  const [name, ...tagline] = text.split(TAGLINE_SEPARATOR).map((part) => part.trim());
  const named = !barred && !EDITOR_NOTE.test(text) && isHeadline(text) && tagline.length <= 2 && wordCount(text) <= TAGGED_NAME_WORDS && !/[:\d]/.test(tagline.join(" ")) && isShortName(name!) ? name : undefined;
  if (!barred && !named) return undefined;
  const headline = headlineBelowMasthead(lines, firstNonBlank(lines, at + 1));
  if (headline < 0 || !standsAsHeadline(lines[headline]!.text)) return undefined;
  if (named && wordCount(lines[headline]!.text) < Math.max(SHORT_NAME_HEADLINE_WORDS, 2 * wordCount(named))) return undefined;
  return crumb ? { headline } : { site: named ?? text.split(BAR_SEPARATOR)[0]!.trim(), headline };
}

/**
 * "ANHA – Hawar News Agency | English | Middle East", "diplo.news · Articles · Interview": a site's name, with its
 * tagline, and two sections or more after it, each of a few words, between bars.
 */
function isSectionedName(text: string): boolean {
  const [name, ...sections] = text.split(SECTION_BAR).map((entry) => entry.trim());
  return sections.length >= 2 && !SENTENCE_END.test(text) && wordCount(name!) <= TAGGED_NAME_WORDS && /\p{L}/u.test(name!) && sections.every((entry) => /\p{L}/u.test(entry) && wordCount(entry) <= SECTION_WORDS);
}

// Between a site's name and its sections, or between sections: "|", "·", "•", ">", "›", "»" (BAR_SEPARATOR's marks but
// "/", which also sets a headline's kicker apart: "Méditerranée orientale / Turkish-Libyan accord: …").
const SECTION_BAR = /\s+[|·•>›»]\s+/u;
/** The most words of a site's section ("Arab and international", "News & background"). */
const SECTION_WORDS = 3;

/** A site's name of a few capitalised words or one word, no possessive: "Ahval", "Al Marsad English", "allAfrica". */
function isShortName(text: string): boolean {
  return isSiteName(text) || (isHeadline(text) && /\p{L}/u.test(text) && wordCount(text) <= SHORT_NAME_WORDS && (wordCount(text) === 1 || isNameLike(text)) && !/['’]s\b/u.test(text));
}

// Between a site's name and its tagline or section: "LANA - Libyan News Agency", "SHARQ FORUM — Research".
const TAGLINE_SEPARATOR = /\s+[|—–·•-]\s+/u;
/** The most words of a site's name with its tagline. */
const TAGGED_NAME_WORDS = 10;

/** The most words of a name over a headline that says nothing of being a site's, and the fewest words of that headline. */
const SHORT_NAME_WORDS = 3;
const SHORT_NAME_HEADLINE_WORDS = 6;

/** A title line below a masthead or a date that is the headline: four words or more, no bar, caption, clock or menu. */
function standsAsHeadline(text: string): boolean {
  return wordCount(text) >= 4 && !BAR_SEPARATOR.test(text) && !text.startsWith("[") && !CLOCK.test(text) && !/[°º]/u.test(text) && !/^Home\s/.test(text) && !SITE_LINE.test(text);
}

// A site's own line over the article: its account links and its masthead's staff ("Have an existing account? Sign
// In", "Editor-in-chief: Ihab Abdel Gawad").
const SITE_LINE = /\b(?:sign ?in|log ?in|account)\b|\b(?:editor|chairman|supervisor)\b[^:]{0,30}:/i;

/**
 * A line that names a site, not an article: a few words in capitals ("DIFESA ONLINE", "SONNA"), a web address
 * ("newsit.gr") or a newsroom's word ("TRT World", "Libyan Express", "The Libya Observer").
 */
function isSiteName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > SITE_NAME_WORDS || !isHeadline(text) || SENTENCE_END.test(text) || EDITOR_NOTE.test(text)) return false;
  return (text === text.toUpperCase() && /\p{Lu}{2}/u.test(text)) || /\.(?:com|net|org|gr|ru|it|fr|es|de|pl|ly|tr|info|news|tv)\b/i.test(text) || words.some((w) => NEWSROOM_WORD.test(w));
}

/**
 * A body's name in capitalised words: "Jewish Institute for National Security of America", "Ministry of Foreign Affairs
 * of the Hellenic Republic", "European Parliament", a word of an institution's among them.
 */
function isBodyName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= BODY_NAME_WORDS && !SENTENCE_END.test(text) && words.some((w) => INSTITUTION_WORD.test(w)) && words.every((w) => /^\p{Lu}/u.test(w) || NAME_LINK.test(w));
}

/** The most words of a body's name. */
const BODY_NAME_WORDS = 8;
// Words of an institution's name, and the small words between them.
const INSTITUTION_WORD = /^(?:institute|institution|cent(?:er|re)|council|ministry|office|foundation|agency|association|university|commission|parliament|embassy|observatory|quarterly)$/i;
const NAME_LINK = /^(?:of|for|and|on|the|in|&)$/;

// Words of a newsroom's name.
const NEWSROOM_WORD = /^(?:news|tv|times|post|daily|online|press|review|observer|herald|monitor|media|network|agency|gazette|journal|tribune|express|today|channel|radio|magazine|weekly|chronicle|insider|world|mail|telegraph|standard|star|sun|guardian|independent|reporter|report|bulletin|dispatch|courier|sentinel|focus|haber|haberleri|gazetesi|kathimerini|al-\p{L}+|el-\p{L}+)$/iu;

const HOME_CRUMB = /^Home(?:\s+\p{Lu}[\p{L}&'’-]*){1,3}$/u;

// Between a bar's entries: "Arab News | Middle East", "ekathimerini.com > News", "Live · Lebanon".
const BAR_SEPARATOR = /\s+[|/>»›·•]\s+/u;
// A clock time, as a page prints it by its date or a photo's name: "9:26 pm", "4.19.53 AM".
const CLOCK = /\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}\.\d{2}\b/;

/** The most words a question headline ("Why are tensions rising between Greece and Turkey?") may have. */
const QUESTION_HEADLINE_WORDS = 25;

/**
 * Below a masthead and its navigation, the headline: the first title-like line of four words or more in the header
 * zone (the shorter ones above it are section labels: "WORLD", "Cyprus"), or else the first title-like line at all.
 * A question or an exclamation may be the headline, as long as more text follows.
 */
function headlineBelowMasthead(lines: readonly Line[], from: number): number {
  const titles: number[] = [];
  for (let i = from; i < lines.length; i = firstNonBlank(lines, i + 1)) {
    const text = lines[i]!.text;
    const more = firstNonBlank(lines, i + 1) < lines.length;
    const question = /[?!]["”’)]?$/.test(text) && wordCount(text) <= QUESTION_HEADLINE_WORDS;
    if (isBodyLine(text) && !question) break;
    if (!more) break;
    const furniture = isNavigation(text) || isWordMenu(text) || LIST_ITEM.test(text) || PHOTO_CAPTION.test(text) || text.split(/\s+[|•·]\s+/).length >= 4 || (wordCount(text) > 1 && isSectionLabel(text)) || isWidget(text) || EDITOR_NOTE.test(text) || Boolean(readDateLine(text)?.date) || BYLINE.test(text) || URL_LINE.test(text);
    if (furniture || !(isHeadline(text) || question)) continue;
    if (wordCount(text) >= 4) return i;
    titles.push(i);
    if (question) break;
  }
  // ("OPINION" over "Turkey's disproportionate ambitions": a section's label of one word is no headline while a title follows it.)
  return titles.find((i) => !SECTION_WORD.test(lines[i]!.text.trim())) ?? titles[0] ?? -1;
}

/** "[Photo] Government forces carry weapons in Tripoli …": a picture's caption, as a paste marks it. */
const PHOTO_CAPTION = /^\[(?:photo|image|picture|video|caption)\b/i;

/**
 * "The drillship Fatih off Paphos, 24 June 2019. Photo: -/AFP/Getty Images": a picture's caption, which ends in the
 * picture's credit. It is no paragraph of the article, however long.
 */
const PICTURE_CREDIT = /(?:\b(?:photo|image|picture|foto)s?(?:\s+credit)?\s*:\s*[^.:]{1,80}|\((?:AFP|Reuters|AP|AA|EPA|dpa|Getty Images)\b[^)]{0,40}\)|\bGetty Images|©\s*[^.]{1,60})\.?\]?\s*$/i;

/** How far into the article a line that is nothing but a date still dates it: so many lines, before any long paragraph. */
const LATE_DATE_LINES = 8;
const LONG_PARAGRAPH_WORDS = 30;
const PUBLISHED_LABEL = /^\s*(?:first\s+)?(?:published|posted)\b/i;
/** A forum poster's profile: "Joined / Mar 2, 2018", "Member since: 2018". Its date is the member's, not the page's. */
const PROFILE_LABEL = /^\s*[-–•*]?\s*(?:joined|member since|registered(?:\s+on)?|last seen|last active)\b/i;

/** "Last updated: 3 March 2024": a page is updated long after it was written. */
const UPDATE_LABEL = /^\s*(?:last\s+)?update[ds]?\b/i;

/** Whether a date line is a poster's profile date: labelled so on its own line, or on the line just before it. */
function profileDate(text: string, before: string | undefined): boolean {
  return PROFILE_LABEL.test(text) || (before !== undefined && PROFILE_LABEL.test(before) && wordCount(before) <= 4);
}

/**
 * "The New Arab / News / headline / standfirst / 3 min read / 19 December, 2019": where the header zone ended at a
 * standfirst or a menu, a line that is nothing but a date, among the first few and before the first long paragraph,
 * is still the article's date (when the header gave none). One that says so ("Published June 17,2020") may also follow
 * a long standfirst, though not a second long paragraph; a bare one only right under it ("standfirst / 27.12.2025"),
 * and not an update's.
 */
function takeLateDateLine(header: Header): void {
  if (header.published) return;
  let seen = 0;
  let pastLong = false;
  let justPastLong = false;
  for (const [i, entry] of header.lines.entries()) {
    if (!entry.text) continue;
    if (++seen > LATE_DATE_LINES) return;
    // (A date line right under a picture's caption is the page's, as one right under the standfirst.)
    if (PHOTO_CAPTION.test(entry.text) || PICTURE_CREDIT.test(entry.text)) {
      justPastLong = true;
      continue;
    }
    if (wordCount(entry.text) > LONG_PARAGRAPH_WORDS) {
      if (pastLong) return;
      pastLong = justPastLong = true;
      continue;
    }
    const underStandfirst = justPastLong && !UPDATE_LABEL.test(entry.text);
    justPastLong = false;
    const date = parseDateLine(entry.text);
    if (!date || (pastLong && !underStandfirst && !PUBLISHED_LABEL.test(entry.text)) || profileDate(entry.text, header.lines[lastNonBlank(header.lines, i)]?.text)) continue;
    header.published = { value: date, from: "text", line: entry.line };
    header.removed.push({ ...entry, reason: "metadata" });
    header.lines = [...header.lines.slice(0, i), ...header.lines.slice(i + 1)];
    return;
  }
}

/**
 * A date line's day: "Reuters | 12/06/2019" over a text that writes "Nov. 27" is a US page, whose days are month first.
 * A weekday on the line settles it either way: "Sunday 08/12/2019" is 8 December.
 */
function publishedOn(entry: Line, date: PartialDate, lines: readonly Line[]): Field<PartialDate> {
  const usDay = monthFirstReading(entry.text);
  const weekdayFits = usDay && fitsWeekday(entry.text, usDay);
  const monthFirst = usDay && (weekdayFits !== undefined ? weekdayFits && !fitsWeekday(entry.text, date) : writesMonthFirst(lines.map((l) => l.text).join("\n")));
  return { value: monthFirst ? usDay : date, from: "text", line: entry.line };
}

/** How near the end a closing date line may stand: so many non-blank lines from the last. */
const CLOSING_DATE_LINES = 3;
/** How near the end a wire's sign-off may stand, above a site's list of other news. */
const SIGN_OFF_LINES = 12;
/** A wire's sign-off, which opens with its end mark. */
const SIGN_OFF = /^\s*-0-\s/;

/**
 * "Published: 12 March 2024", "12.03.2024": a page that prints its date at the foot, not the head. A line that is nothing
 * but a date (or "Published"/"Posted" and a date), among the last few, is the article's date when the head gave none.
 * "Updated" is left alone: a page is updated long after it was written.
 */
function takeClosingDateLine(header: Header): void {
  if (header.published) return;
  let seen = 0;
  for (let i = header.lines.length - 1; i >= 0 && seen < SIGN_OFF_LINES; i -= 1) {
    const entry = header.lines[i]!;
    if (!entry.text) continue;
    seen += 1;
    // Past the last few lines, only a wire's sign-off, over a list of other news: "-0- PANA BY/BEH/FK/DD 1dez2019".
    if (seen > CLOSING_DATE_LINES && !SIGN_OFF.test(entry.text)) continue;
    // (Nor is a forum poster's "Joined: Mar 2, 2018".)
    const dated = UPDATE_LABEL.test(entry.text) || profileDate(entry.text, header.lines[lastNonBlank(header.lines, i)]?.text) ? undefined : readDateLine(entry.text);
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

// A line wholly in square brackets: "[Translated from the Turkish]", "[Translation from German – for the brief]".
// Or one in brackets that says it is a translation: "(Arabic original; English rendering pasted by the analyst)".
const EDITOR_NOTE = /^\[[^\]]+\]$|^\((?=[^)]*\b(?:translat|rendering|rendered|original)\w*)[^)]+\)$/i;
// A page's update stamp with a clock time and no date: "Last updated 14:31:33 GMT", "Last updated GMT 17:46:12".
const UPDATE_STAMP = /^(?:last\s+)?updated?:?\s+(?:(?:GMT|UTC)\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:GMT|UTC|[AP]M))?$/i;

// "Home › Libya › Politics", "One World > Arabs", "SETA > Opinion |": entries of a few words between arrows.
const CRUMB_ARROW = /\s+[>»›]\s+/u;

// Words of a site's sections and furniture: "World", "Middle East", "Arab World", "Short Url", "Posted in Uncategorized".
const SECTION_WORD = /^(?:world|politics|political|news|middle|east|arab|international|africa|african|opinions?|diplomacy|economy|business|markets|region|regional|local|national|defen[cs]e|security|energy|analysis|analyses|europe|asia|gulf|maghreb|levant|mideast|latest|breaking|recent|top|stories|home|search|site|short|url|get|skip|to|main|content|posted|in|uncategori[sz]ed|war|current|affairs|features?|comment|commentary|editorial|columns?|blog|videos?|photos?|gallery|global|society|culture|sports?|live|headlines|more|and|&|the|of)$/i;
// An agency credited on a line of its own under the headline: a byline, not a section.
const AGENCY_WORD = /^(?:AFP|Reuters|AP|Xinhua|Anadolu|AA|dpa|EFE|ANSA|TASS|Sputnik|IANS|PTI|Bernama|Kyodo|Yonhap|APA|MENA|LANA|WAM|QNA|SPA|IRNA)$/i;

/** A label of a site's section, or a place or topic of one word ("TÜRKİYE", "ANKARA"), that no byline is. */
function isSectionLabel(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 1) return !AGENCY_WORD.test(words[0]!) && !SENTENCE_END.test(text) && /^\p{L}[\p{L}'’.-]*$/u.test(words[0]!);
  return words.length <= 5 && words.every((w) => SECTION_WORD.test(w));
}

/** "Libya | Politics", "NEWS | DIPLOMACY", "Home / Politics": a short bar of two or three entries. */
function isShortBar(text: string): boolean {
  const entries = text.split(/\s+[|/]\s+/);
  return entries.length >= 2 && entries.length <= 3 && !SENTENCE_END.test(text) && entries.every((entry) => /\p{L}/u.test(entry) && wordCount(entry.trim()) <= 3);
}

/** "News Weather Sports Watch Live": a menu whose gaps the paste lost, capitalised words, half of them sections. */
function isWordMenu(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && words.filter((w) => SECTION_WORD.test(w) || MENU_WORD.test(w)).length * 2 >= words.length;
}

/**
 * A short line that may be a byline of its own ("Serkan Demirtaş", "Reuters", "Staff Reporter"): capitalised words or
 * a name's particles ("al", "de", "van"), no figure, colon or bar, and not a page's invitation or a menu of its sections.
 */
function isNameLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return !/[\d:»>|]/.test(text) && !CALL_TO_ACTION.test(text) && words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w)) && /^\p{Lu}/u.test(text) && !words.every((w) => SECTION_WORD.test(w) || MENU_WORD.test(w));
}

/** "Eduard Pascu |": a byline with the bar that stood before the date. */
function withoutTrailingBar(text: string): string {
  return text.replace(/\s+[|•·]$/u, "");
}

// The small words of a person's name: "Fayez al-Sarraj" aside, "Abd al Rahman", "Ursula von der Leyen".
const NAME_PARTICLE = /^(?:(?:al|el|ad|as|at|bin|ibn|bint|abu|de|da|di|del|della|der|den|van|von|du|la|le|dos|das|y|-|–)|(?:al|el)-\p{L}+)$/iu;
// A page's invitation under the headline, no byline: "Follow us", "Share this article".
const CALL_TO_ACTION = /^(?:follow|share|subscribe|listen|watch|read|print|comments?)\b/i;
// A list's item, as a site's sidebar prints it: "• 4 minutes Who is really buying…".
const LIST_ITEM = /^[•▪●◦]\s/u;
// Words of a menu that are no section: "Watch Live", "Contact Us".
const MENU_WORD = /^(?:weather|community|watch|interviews?|contact|us|about|videos?|podcasts?|newsletters?|subscribe|main|menu)$/i;

/** A site's breadcrumb or menu bar. */
function isNavigation(text: string): boolean {
  return isBreadcrumb(text) || isMenuBar(text);
}

/** A breadcrumb: two or more short entries between arrows, and no sentence. */
function isBreadcrumb(text: string): boolean {
  const entries = text.split(CRUMB_ARROW);
  return entries.length >= 2 && !SENTENCE_END.test(text) && entries.every((entry) => /[\p{L}\p{N}]/u.test(entry) && wordCount(entry.trim()) <= 5);
}

/** A line of signs and figures with a few letters at most ("+ ↺ − 16 px", "★★★★☆ 4.5"), or a reading time: a page's widget. */
function isWidget(text: string): boolean {
  if (READING_TIME.test(text) || FONT_SIZE.test(text)) return true;
  // (A rule of "---" or "***" has no figure: it is the text's own.)
  const signs = text.replace(/\s+/g, "");
  return /\d/.test(signs) && (signs.match(/\p{L}/gu)?.length ?? 0) * 2 < signs.length && !readDateLine(text)?.date && !URL_LINE.test(text);
}

// "A- A A+": the buttons that size the page's type.
const FONT_SIZE = /^(?:A[-−–+]?\s*){2,3}$/;
// "3 MIN READ", "5 min read", "Reading time: 4 minutes".
const READING_TIME = /^(?:\d+\s*min(?:ute)?s?\.?\s+read|reading time:?\s*\d+\s*min(?:ute)?s?)$/i;

function isBodyLine(text: string): boolean {
  return SENTENCE_END.test(text) || wordCount(text) > 40;
}

/** The index of the last non-blank line before `before`, or -1. */
function lastNonBlank(lines: readonly Line[], before: number): number {
  let i = before - 1;
  while (i >= 0 && !lines[i]!.text) i -= 1;
  return i;
}

function firstNonBlank(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && !lines[i]!.text) i += 1;
  return i;
}

function textField(entry: Line): Field {
  return { value: entry.text, from: "text", line: entry.line };
}
