// Validates every HTML page of a built site with html-validate and returns the problems as `page:line:col: message [rule]`.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlValidate } from "html-validate";

// The recommended rules, less those that judge style or SEO rather than validity (headlines run past 70 characters).
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: { "no-trailing-whitespace": "off", "void-style": "off", "doctype-style": "off", "long-title": "off" },
});

export async function invalidHtml(siteDir: string): Promise<{ pages: number; problems: string[] }> {
  const pages = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html") && !e.parentPath.includes(`${join(siteDir, "pagefind")}`))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${relative(siteDir, page)}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
    }
  }
  return { pages: pages.length, problems };
}
