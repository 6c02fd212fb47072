import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFrontMatter } from "../../scripts/front-matter.ts";
import { redirectPage } from "../../scripts/generate/redirect-page.ts";
import type { SourceId } from "../../scripts/model.ts";
import { makeSource } from "../helpers/sources.ts";

const redirect = suite("redirectPage()");

redirect("should put a page at the old address that leads to the current one and stays out of collections", () => {
  const page = redirectPage("old-name" as SourceId, makeSource("new-name", ["Text."], { headline: "A <b>headline</b>" }));
  assert.is(page.path, "sources/old-name.md");
  const { data, content } = readFrontMatter(page.text);
  assert.equal(data, { layout: "redirect.njk", eleventyExcludeFromCollections: true, title: "A <b>headline</b>", redirect_to: "sources/new-name/", moved_from: "old-name" });
  assert.is(content.trim(), "");
});

redirect.run();
