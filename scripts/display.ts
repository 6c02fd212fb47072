// How the dossier names and shows things: a source's title and short label, clipped descriptions, linkable addresses.
import type { Paragraph, Source } from "./model.ts";

/** The title a reader sees: the headline, or the opening words when the text has none. */
export function displayTitle(source: Pick<Source, "meta" | "paragraphs" | "file">): string {
  if (source.meta.headline) return source.meta.headline.value;
  const words = titleParagraph(source.paragraphs)?.split(" ") ?? [];
  if (!words.length) return source.file;
  return words.length > 12 ? `${words.slice(0, 12).join(" ")}…` : words.join(" ");
}

/** The first paragraph with a letter or digit in it: a rule of `---` or a row of `***` says nothing about the article. */
export function titleParagraph(paragraphs: readonly Paragraph[]): string | undefined {
  return paragraphs.find((p) => /[\p{L}\p{N}]/u.test(p.text))?.text;
}

/** A short name for a source in running text and link labels: its outlet, or the opening words of its title. */
export function shortLabel(ref: { outlet: string | null; title: string }): string {
  return ref.outlet ?? `“${ref.title.split(" ").slice(0, 6).join(" ").replace(/…$/, "")}…”`;
}

/**
 * A quotation as it reads inside double quotation marks: its own double marks become single ones (“a “b”” reads
 * “a ‘b’”), so a quote that contains a quote, or is one, never shows doubled marks.
 */
export function nestedQuotes(text: string): string {
  return text
    .replace(/“/g, "‘")
    .replace(/”/g, "’")
    .replace(/(^|[\s(\[{—–-])"/g, "$1‘")
    .replace(/"/g, "’");
}

/** Text folded to one line and cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max = 200): string {
  const folded = text.replace(/\s+/g, " ").trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** An absolute http(s) address with a host: the only kind of URL a source page links to. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).host !== "";
  } catch {
    return false;
  }
}

/** A count with its noun: "1 source", "3 sources", "2 more changes like this". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
