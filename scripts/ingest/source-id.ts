// Proposes a readable id for a new source from its date and headline; addresses.ts fixes it the first time it is built.
import type { PartialDate, SourceId } from "../model.ts";

/** `2025-07-11-turkiye-inks-deal-with-libya-to-deepen`: date (when known) and up to eight words of the title. */
export function sourceIdFor(title: string, published: PartialDate | undefined): SourceId {
  const words = slugWords(title).slice(0, 8);
  const slug = words.join("-") || "untitled";
  return (published ? `${published.iso}-${slug}` : slug) as SourceId;
}

/** Lowercase ASCII words: diacritics dropped, dotless ı as i, apostrophes joined ("Libya's" → "libyas"). */
export function slugWords(text: string): string[] {
  return text
    .replace(/[ıİ]/g, "i")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
