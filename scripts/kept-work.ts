// Per-item work that `npm start`'s long-lived build worker keeps between builds, each result under a key of its item's content; ingest's and extract's memos both keep theirs this way.

/** How the last build went: items worked out afresh, and items taken as kept. */
export interface KeptCount {
  read: number;
  kept: number;
}

/**
 * Each item's result, taken from `kept` under its key (or from an earlier item of this build with the same key), or
 * worked out. `kept` is then left holding exactly this build's items, so it never grows past one folder's worth.
 */
export function workEach<T, R>(items: readonly T[], keyOf: (item: T) => string, kept: Map<string, R>, work: (item: T) => R): { results: R[]; last: KeptCount } {
  const now = new Map<string, R>();
  let read = 0;
  const results = items.map((item) => {
    const key = keyOf(item);
    let result = now.get(key) ?? kept.get(key);
    if (result === undefined) {
      result = work(item);
      read += 1;
    }
    now.set(key, result);
    return result;
  });
  kept.clear();
  for (const [key, result] of now) kept.set(key, result);
  return { results, last: { read, kept: items.length - read } };
}
