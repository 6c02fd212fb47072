// What search indexes of a rendered brief: its own words once. The notes quote source passages that are indexed on
// their source pages, so the brief's copy is kept out of the index (and out of its search fragment).
const NOTES_LIST = /(<h3 id="notes">Notes<\/h3>\s*)<ol>/;

/** The brief's HTML with its list of notes marked for Pagefind to skip; the page reads the same. */
export function forSearch(html: string): string {
  return html.replace(NOTES_LIST, "$1<ol data-pagefind-ignore>");
}
