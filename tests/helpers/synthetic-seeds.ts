// The bench's synthetic articles as a seeds folder, for tests that need a varied dossier of many articles.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prosePool, seedText, syntheticArticles } from "../../scripts/bench-corpus.ts";

/** A temporary seeds folder of `count` articles drawn from the prose of `from`'s seeds, each dated, as `npm run bench` makes them. */
export function syntheticSeeds(from: string, count: number): string {
  const to = mkdtempSync(join(tmpdir(), "synthetic-seeds-"));
  const texts = readdirSync(from).filter((n) => n.endsWith(".txt")).sort().map((n) => readFileSync(join(from, n), "utf8"));
  for (const article of syntheticArticles(prosePool(texts), count)) writeFileSync(join(to, article.name), seedText(article));
  return to;
}
