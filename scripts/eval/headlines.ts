// How often the build reads an article's headline from its text alone: the page's title against the sidecar's headline, where the text prints that headline.
import { foldedWords as words } from "../fold.ts";

export interface HeadlineCase {
  file: string;
  /** The article as pasted. */
  text: string;
  /** The headline its sidecar gives, if any. */
  sidecarHeadline?: string;
}

export interface HeadlineScore {
  /** Articles whose sidecar's headline is printed in their text: the ones the text alone can be judged on. */
  judged: number;
  /** Of those, the ones whose page title, built without the sidecar, is that headline. */
  right: number;
  /** The files whose title is another line. */
  wrong: string[];
}

/**
 * Scores the titles a build without sidecars gave each article (`titles`, by file) against the sidecars' headlines.
 * A sidecar headline the text does not print (a translation, one rendered from the page's address) judges nothing.
 */
export function scoreHeadlines(cases: readonly HeadlineCase[], titles: ReadonlyMap<string, string>): HeadlineScore {
  let judged = 0;
  let right = 0;
  const wrong: string[] = [];
  for (const c of cases) {
    if (!c.sidecarHeadline || !words(c.sidecarHeadline) || !` ${words(c.text)} `.includes(` ${words(c.sidecarHeadline)} `)) continue;
    judged += 1;
    if (words(titles.get(c.file) ?? "") === words(c.sidecarHeadline)) right += 1;
    else wrong.push(c.file);
  }
  return { judged, right, wrong };
}
