import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { HtmlValidate } from "html-validate";
import { buildSite } from "../helpers/build.ts";

const site = buildSite();

// The recommended rules, less those that judge style or SEO rather than validity (headlines run past 70 characters).
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: { "no-trailing-whitespace": "off", "void-style": "off", "doctype-style": "off", "long-title": "off" },
});

test("should build every page as valid HTML", async () => {
  const pages = readdirSync(site.out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html") && !e.parentPath.includes(`${join(site.out, "pagefind")}`))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  assert.ok(pages.length >= 10);
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${relative(site.out, page)}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
    }
  }
  assert.equal(problems, []);
});

test.run();
