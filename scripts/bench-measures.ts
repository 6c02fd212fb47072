// The bench's arithmetic, apart from its builds: what a first search downloads, and which figures pass their bounds.

/** The bounds of issue 10: past any of them `npm run bench` exits 1. */
export const BOUNDS = {
  /** Project build time ÷ bare Eleventy + Pagefind on the same articles. */
  timeRatio: 1.5,
  /** Project peak RSS ÷ bare Eleventy + Pagefind's. */
  rssRatio: 3,
  /** Time at 5N ÷ time at N may be at most this share above linear (5.5 for 1,000 → 5,000). */
  growthOverLinear: 1.1,
  /** Largest brief page, gzipped, in bytes. */
  briefGzip: 14_000,
  /** Bytes fetched for a first one-word search. */
  firstSearch: 150_000,
  /** Rebuild after one seed is edited ÷ full build, from this many articles up. */
  incremental: 0.25,
  incrementalFrom: 1000,
  /** The time ratio is bounded from this many articles up: below it start-up dominates both sides. */
  timeRatioFrom: 1000,
  /** A pathological input's time ÷ prose of the same size (the hostile corpus's, tests/helpers/hostile-seeds.ts). */
  hostile: 25,
  /** One long article's time ÷ the same prose in twenty articles: work per article is linear in its size. */
  longArticle: 3,
};

/** The long article's length in characters, as long as the hostile corpus's one-paragraph seed (tests/helpers/hostile-seeds.ts). */
export const LONG_ARTICLE = 200_000;

/** How many results Pagefind's UI shows, and so loads fragments for, on a first search. */
export const RESULTS_SHOWN = 5;

/**
 * What the search page's own script (content/assets/search.js) loads before a first search shows results: Pagefind's
 * API, without its web worker and without its UI, which the page does not use.
 */
export const SEARCH_SCRIPTS = ["assets/search.js", "pagefind/pagefind.js"];

export interface FirstSearch {
  script: number;
  wasm: number;
  entry: number;
  meta: number;
  index: number;
  fragments: number;
  total: number;
  /** Every filter chunk: loaded when the reader opens a filter, not by a first search, so not in the total. */
  filters: number;
}

/**
 * Bytes a browser fetches for a first one-word search, from the built site's files (paths relative to it, sizes as
 * served): the search page's script and pagefind.js, the wasm for the index's language, the entry and meta files, the
 * largest index chunk (the worst word) and the largest `RESULTS_SHOWN` fragments. Filter chunks are counted apart:
 * the page loads them only when a filter is opened (tests/browser/a-first-search-downloads-what-the-bench-counts.test.ts).
 */
export function firstSearchBytes(files: ReadonlyArray<{ path: string; size: number }>): FirstSearch {
  const sizes = (test: (path: string) => boolean) => files.filter((f) => test(f.path)).map((f) => f.size).sort((a, b) => b - a);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const bundle = (test: (path: string) => boolean) => sizes((p) => p.startsWith("pagefind/") && test(p.slice("pagefind/".length)));
  const script = sum(sizes((p) => SEARCH_SCRIPTS.includes(p)));
  // One wasm per language; an index in one language loads one of them.
  const wasm = bundle((p) => /^wasm\.[\w-]+\.pagefind$/.test(p))[0] ?? 0;
  const entry = sum(bundle((p) => p === "pagefind-entry.json"));
  const meta = bundle((p) => p.endsWith(".pf_meta"))[0] ?? 0;
  const index = bundle((p) => p.startsWith("index/"))[0] ?? 0;
  const filters = sum(bundle((p) => p.startsWith("filter/")));
  const fragments = sum(bundle((p) => p.startsWith("fragment/")).slice(0, RESULTS_SHOWN));
  return { script, wasm, entry, meta, index, fragments, total: script + wasm + entry + meta + index + fragments, filters };
}

export interface Check {
  measure: string;
  value: number;
  bound: number;
}

/** The bound for time at `large` articles ÷ time at `small`: linear growth plus the allowed share. */
export function growthBound(small: number, large: number): number {
  return BOUNDS.growthOverLinear * (large / small);
}

/** The checks that fail: a value past its bound, or not a number (a build that did not finish). */
export function failing(checks: readonly Check[]): Check[] {
  return checks.filter((c) => !(c.value <= c.bound));
}
