// Normalises decoded text without changing a word as it reads: line endings, HTML character references, invisible controls, white space (a page's bar whose gaps set its entries apart keeps them apart with " | "), soft hyphens and print ligatures, look-alike letters from other scripts, Unicode NFC.
import { decodeHTMLStrict } from "entities";
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic } from "../model.ts";

export interface Line {
  /** 1-based line number in the seed. */
  line: number;
  text: string;
}

// Invisible characters that can hide or reorder text (zero-width space, word joiner, stray BOM, bidi embeddings and overrides).
const INVISIBLE = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
// C0 controls other than tab and line feed, plus DEL: never part of an article.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// A character reference that text copied from a page's source keeps ("Turkey&#8217;s", "&nbsp;", "AT&amp;T"): decoded
// by the HTML standard's table (the `entities` package), only where it ends with its semicolon.
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
// Every kind of horizontal space, folded to one ASCII space.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
// How web pages and PDFs print a word, not the word: a soft hyphen ("Memoran\u00ADdum" from a page's &shy;) and the
// Latin ligatures a PDF copies out ("ﬁnalised"). Removed and spelled out silently: the word reads the same.
const PRINT_FORMS = /[\u00AD\uFB00-\uFB06]/g;

// Letters of other scripts that look like Latin ones ("Turkеy" with a Cyrillic е, "Ꭲhe" with a Cherokee Ꭲ), as spam
// and scraped copies write them to dodge filters. Each is one UTF-16 unit, as is its Latin twin.
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: "a", в: "b", е: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x", г: "r", п: "n", і: "i", ј: "j", ѕ: "s", ԁ: "d", һ: "h", ӏ: "l", ү: "y", ԛ: "q", ԝ: "w", ѵ: "v",
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X", І: "I", Ј: "J", Ѕ: "S", Ԁ: "D", Һ: "H", Ӏ: "I", Ү: "Y", Ԛ: "Q", Ԝ: "W",
  // Greek
  α: "a", ο: "o", ρ: "p", ν: "v", ι: "i", κ: "k", τ: "t", υ: "u", χ: "x",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
  // Cherokee, Armenian, Tai Le, Latin variants and Roman numerals
  Ꭺ: "A", Ᏼ: "B", Ꮯ: "C", Ꭰ: "D", Ꭼ: "E", Ꮐ: "G", Ꮋ: "H", Ꭻ: "J", Ꮶ: "K", Ꮮ: "L", Ꮇ: "M", Ꮲ: "P", Ꮪ: "S", Ꭲ: "T", Ꮩ: "V", Ꮃ: "W", Ꮓ: "Z",
  ս: "u", ո: "n", օ: "o", ᥙ: "u", ɑ: "a", ɡ: "g", ɗ: "d", ɩ: "i", Ƭ: "T", ⅰ: "i", ⅼ: "l", ⅽ: "c", ⅾ: "d", ⅿ: "m", ⅴ: "v", ⅹ: "x", Ⅰ: "I", Ⅼ: "L", Ⅽ: "C", Ⅾ: "D", Ⅿ: "M", Ⅴ: "V", Ⅹ: "X",
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "gu");
/** The same class without the global flag, so `test()` keeps no state: most lines hold no look-alike and skip the word-by-word pass. */
const ANY_LOOK_ALIKE = new RegExp(LOOK_ALIKE.source, "u");
// A word that mixes Latin letters with look-alikes; a word wholly in another script (a Greek or Russian name) is left alone.
const MIXED_WORD = new RegExp(`[\\p{L}\\p{M}\\p{Nl}]*[A-Za-z][\\p{L}\\p{M}\\p{Nl}]*`, "gu");

/** "Turkеy sіgned" → "Turkey signed": look-alike letters inside words written in Latin letters, and how many were replaced. */
export function latinLookAlikes(text: string): { text: string; count: number; first?: { char: string; column: number } } {
  if (!ANY_LOOK_ALIKE.test(text)) return { text, count: 0 };
  let count = 0;
  let first: { char: string; column: number } | undefined;
  const out = text.replace(MIXED_WORD, (word, offset: number) =>
    word.replace(LOOK_ALIKE, (char, at: number) => {
      count += 1;
      first ??= { char, column: offset + at + 1 };
      return LOOK_ALIKES[char]!;
    }),
  );
  return first ? { text: out, count, first } : { text: out, count };
}

/** "Turkey&#8217;s" → "Turkey’s": the character references a line holds, decoded, and how many there were. */
function characterReferences(text: string): { text: string; count: number; first?: { reference: string; column: number } } {
  let count = 0;
  let first: { reference: string; column: number } | undefined;
  const decoded = text.replace(CHARACTER_REFERENCE, (reference, at: number) => {
    const char = decodeHTMLStrict(reference);
    if (char === reference) return reference;
    count += 1;
    first ??= { reference, column: at + 1 };
    return char;
  });
  return first ? { text: decoded, count, first } : { text, count };
}

export function normaliseText(path: string, text: string): { lines: Line[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const unified = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n");
  const lines = unified.split("\n").map((source, index) => {
    const line = index + 1;
    const references = characterReferences(source);
    const raw = references.text;
    if (references.first) diagnostics.push(diagnostic(path, "info", `decoded ${references.count} HTML character reference(s) such as “${references.first.reference}” (text copied from a page's source)`, "seed-html-references", line, references.first.column));
    // Columns are the seed's own, before references were decoded.
    const controls = findFirst(source, CONTROL);
    if (controls) diagnostics.push(diagnostic(path, "warning", `removed ${controls.count} control character(s) such as U+${hex(controls.char)} (NUL bytes or similar)`, "seed-control-chars", line, controls.column));
    const invisible = findFirst(source, INVISIBLE);
    if (invisible) diagnostics.push(diagnostic(path, "warning", `removed ${invisible.count} invisible formatting character(s) such as U+${hex(invisible.char)} (zero-width or bidirectional control)`, "seed-invisible-chars", line, invisible.column));
    const visible = raw.replace(CONTROL, "").replace(INVISIBLE, "").replace(PRINT_FORMS, (char) => (char === "\u00AD" ? "" : char.normalize("NFKC")));
    const cleaned = (menuEntries(visible)?.join(" | ") ?? visible.replace(SPACES, " ").replace(/ {2,}/g, " ").trim()).normalize("NFC");
    const latin = latinLookAlikes(cleaned);
    // The column is the seed's own, before spaces were folded and the line trimmed.
    if (latin.first) diagnostics.push(diagnostic(path, "warning", `replaced ${latin.count} look-alike letter(s) from another script inside words in Latin letters, such as U+${hex(latin.first.char)} (“${latin.first.char}” read as “${LOOK_ALIKES[latin.first.char]}”)`, "seed-look-alikes", line, latinLookAlikes(source).first?.column ?? latin.first.column));
    return { line, text: latin.text };
  });
  return { lines, diagnostics };
}

// Where a page's bar sets its entries apart by white space alone: a tab, or two spaces or more.
const WIDE_GAP = /\t+|[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}/;
/** The fewest entries, and the most words in each, of a bar set apart by white space. */
const MENU_ENTRIES = 4;
const MENU_ENTRY_WORDS = 3;

/**
 * "Politica  Economia  Difesa  Energia  Mediterraneo  Africa": a line of four short entries or more, set apart by wide
 * gaps and with no sentence in them, is a page's bar (its menu, or a table's row). Its entries, whose gaps folding the
 * spaces would lose, are kept apart by a bar, as the page showed them; any other line gives none.
 */
function menuEntries(line: string): string[] | undefined {
  // ("Sada El Balad  |  Channel  El Balad Sport  Universities": a bar the page printed between some entries is a gap too.)
  const entries = line.trim().split(WIDE_GAP).map((entry) => entry.replace(SPACES, " ").trim()).filter((entry) => !/^[|·•]$/.test(entry));
  const short = (entry: string) => /\p{L}/u.test(entry) && entry.split(" ").length <= MENU_ENTRY_WORDS && !/[.!?:;,]$/.test(entry);
  return entries.length >= MENU_ENTRIES && entries.every(short) ? entries : undefined;
}

function findFirst(text: string, pattern: RegExp): { count: number; column: number; char: string } | undefined {
  pattern.lastIndex = 0;
  const matches = text.match(pattern);
  if (!matches) return undefined;
  const column = text.search(pattern) + 1;
  return { count: matches.length, column, char: matches[0]! };
}

function hex(char: string): string {
  return char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
}
