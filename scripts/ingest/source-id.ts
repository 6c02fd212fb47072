// Gives each source a readable id from its date and headline that does not change when other seeds arrive.
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

/**
 * Makes ids unique: the first claimant in file-name order keeps the plain id, later ones get a suffix from
 * their own content digest, so an id never depends on how many other seeds there are.
 */
export function uniqueIds<T extends { id: SourceId; digest: string }>(sources: readonly T[]): T[] {
  const taken = new Set<string>();
  return sources.map((source) => {
    let id: string = source.id;
    if (taken.has(id)) id = `${source.id}-${source.digest.slice(0, 8)}`;
    taken.add(id);
    return { ...source, id: id as SourceId };
  });
}
