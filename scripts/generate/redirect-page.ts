// A page at a source's old address that sends the reader on to its current one, keeping the paragraph (#p3) asked for.
import { displayTitle } from "../display.ts";
import { withFrontMatter } from "../front-matter.ts";
import type { ContentFile, Source, SourceId } from "../model.ts";

/** `sources/<from>.md`: no body, left out of collections (so of the sitemap, the feed and search), canonical to `to`. */
export function redirectPage(from: SourceId, to: Source): ContentFile {
  const data = {
    layout: "redirect.njk",
    eleventyExcludeFromCollections: true,
    title: displayTitle(to),
    // Without a leading slash: the layout adds one, and the base plugin the path prefix.
    redirect_to: `sources/${to.id}/`,
    moved_from: from,
  };
  return { path: `sources/${from}.md`, text: withFrontMatter(data, "") };
}
