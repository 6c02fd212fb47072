// The bench's synthetic articles, made the same way every run: a seeded generator draws 4–8 paragraphs from real seeds.

export interface Article {
  /** File name, e.g. `bench-0042.txt`. */
  name: string;
  headline: string;
  /** `DD.MM.YYYY`, the date line the article prints under its headline. */
  dateLine: string;
  /** ISO day of the date line, for the baselines' front matter. */
  iso: string;
  paragraphs: string[];
}

/** mulberry32: a small, well-known 32-bit generator; the same seed gives the same articles on any machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The prose paragraphs of seed texts: lines of at least 100 characters that are not "READ:" or "Source:" furniture. */
export function prosePool(seedTexts: readonly string[]): string[] {
  const pool = new Set<string>();
  for (const text of seedTexts) {
    for (const line of text.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= 100 && !/^(?:READ|Source):/i.test(trimmed)) pool.add(trimmed);
    }
  }
  return [...pool];
}

/** `count` articles drawn from `pool`: a numbered headline from its first paragraph's words, a date line, 4–8 paragraphs. */
export function syntheticArticles(pool: readonly string[], count: number, seed = 2019): Article[] {
  if (pool.length < 8) throw new Error(`the bench needs at least 8 prose paragraphs to draw from, not ${pool.length}`);
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const articles: Article[] = [];
  for (let k = 1; k <= count; k += 1) {
    const paragraphs: string[] = [];
    const wanted = 4 + pick(5);
    while (paragraphs.length < wanted) {
      const paragraph = pool[pick(pool.length)]!;
      if (!paragraphs.includes(paragraph)) paragraphs.push(paragraph);
    }
    const year = 2019 + pick(7);
    const month = 1 + pick(12);
    const day = 1 + pick(28);
    const [dd, mm] = [String(day).padStart(2, "0"), String(month).padStart(2, "0")];
    const words = paragraphs[0]!.split(/\s+/).slice(0, 8).join(" ").replace(/[,;:.]+$/, "");
    articles.push({
      name: `bench-${String(k).padStart(5, "0")}.txt`,
      headline: `Report ${k}: ${words}`,
      dateLine: `${dd}.${mm}.${year}`,
      iso: `${year}-${mm}-${dd}`,
      paragraphs,
    });
  }
  return articles;
}

/** The article as a seed: headline, date line, then paragraphs, separated by blank lines. */
export function seedText(article: Article): string {
  return [article.headline, article.dateLine, ...article.paragraphs].join("\n\n") + "\n";
}

/** The article as plain Markdown with a title and date, as a bare static site generator takes it. */
export function markdownText(article: Article, layout?: string): string {
  const title = JSON.stringify(article.headline);
  return `---\ntitle: ${title}\ndate: ${article.iso}\n${layout ? `layout: ${layout}\n` : ""}---\n\n${article.paragraphs.join("\n\n")}\n`;
}
