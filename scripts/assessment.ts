// The words of judgement (ICD 203): the confidence levels a brief's assessment states, the likelihood scale its text may
// use, and the hedges outside that scale that the catalogue check warns about. Hand-written: no library knows the scale.

export const CONFIDENCE_LEVELS = ["low", "moderate", "high"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** What each confidence level says about the judgement's basis, as the About page prints it. */
export const CONFIDENCE_WORDS: Record<Confidence, string> = {
  low: "the information is scant, questionable, fragmented or poorly corroborated",
  moderate: "the information is credibly sourced and plausible, but not corroborated enough for a higher level",
  high: "the judgement rests on high-quality information from several independent sources",
};

/** ICD 203's likelihood scale, least to most likely: each step's two wordings and the probability it stands for. */
export const LIKELIHOOD_SCALE: ReadonlyArray<{ words: readonly [string, string]; range: string }> = [
  { words: ["almost no chance", "remote"], range: "1–5%" },
  { words: ["very unlikely", "highly improbable"], range: "5–20%" },
  { words: ["unlikely", "improbable"], range: "20–45%" },
  { words: ["roughly even chance", "roughly even odds"], range: "45–55%" },
  { words: ["likely", "probable"], range: "55–80%" },
  { words: ["very likely", "highly probable"], range: "80–95%" },
  { words: ["almost certain", "nearly certain"], range: "95–99%" },
];

/**
 * Hedges that state a likelihood outside the scale, each with the step a writer most often means by it. The list is
 * the documented one (README, About page); words with other common senses ("may", "could", "possible") are left out,
 * so the check never flags plain English.
 */
export const OFF_SCALE_WORDS: ReadonlyArray<{ words: string; try: string }> = [
  { words: "possibly", try: "roughly even chance, or unlikely" },
  { words: "perhaps", try: "roughly even chance, or unlikely" },
  { words: "maybe", try: "roughly even chance, or unlikely" },
  { words: "conceivably", try: "very unlikely" },
  { words: "might well", try: "likely" },
  { words: "may well", try: "likely" },
  { words: "could well", try: "likely" },
  { words: "probably not", try: "unlikely" },
  { words: "presumably", try: "likely" },
  { words: "in all likelihood", try: "very likely" },
  { words: "in all probability", try: "very likely" },
  { words: "certainly", try: "almost certain" },
  { words: "surely", try: "almost certain" },
  { words: "doubtless", try: "almost certain" },
  { words: "undoubtedly", try: "almost certain" },
  { words: "without doubt", try: "almost certain" },
  { words: "chances are", try: "likely" },
];

/** The scale's own adverbs ("almost certainly", "very likely") that contain an off-scale word and are not one. */
const ON_SCALE_ADVERBS = ["almost certainly", "nearly certainly"];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A phrase as a pattern: whole words, any run of spaces or a line break between them, any case. */
const phrasePattern = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])${words.split(" ").map(escape).join("\\s+")}(?![\\p{L}\\p{N}])`, "giu");

/** Where a text uses an off-scale likelihood word: each use with its offset, the words as written, and the step to try instead. */
export function offScaleLikelihood(text: string): Array<{ start: number; end: number; words: string; try: string }> {
  const allowed = ON_SCALE_ADVERBS.flatMap((w) => [...text.matchAll(phrasePattern(w))].map((m) => [m.index!, m.index! + m[0].length] as const));
  const found: Array<{ start: number; end: number; words: string; try: string }> = [];
  for (const entry of OFF_SCALE_WORDS) {
    for (const m of text.matchAll(phrasePattern(entry.words))) {
      const start = m.index!;
      const end = start + m[0].length;
      if (allowed.some(([a, b]) => start >= a && end <= b)) continue;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, words: m[0], try: entry.try });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
