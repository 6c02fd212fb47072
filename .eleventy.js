// Eleventy's configuration, kept thin: folders here, everything else in scripts/site/configure.ts.
// Run through `npm run build` (tsx), which lets this file import the TypeScript modules.
import { configureEleventy, TEMPLATE_FORMATS } from "./scripts/site/configure.ts";

export default function (eleventyConfig) {
  configureEleventy(eleventyConfig);
}

export const config = {
  // input and output come from scripts/pipeline.ts (content/ and _site/ by default).
  dir: { includes: "../layouts", layouts: "../layouts", data: "_data" },
  // Generated Markdown is data, not a template: never run it through Liquid or Nunjucks.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
  templateFormats: TEMPLATE_FORMATS,
};
