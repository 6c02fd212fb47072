import { suite } from "uvu";
import * as assert from "uvu/assert";
import { withFrontMatter } from "../../scripts/front-matter.ts";
import { planPdfs } from "../../scripts/pdf/index.ts";
import { printJobs } from "../../scripts/pdf/jobs.ts";

const DOSSIER = { title: "Türkiye–Libya briefing dossier", description: "Agreements, cited." };
const brief = (id: string, title: string) => ({ path: `briefs/${id}.md`, text: withFrontMatter({ layout: "brief.njk", id, title }, "Body\n") });

const jobs = suite("printJobs()");

jobs("should print every brief to pdf/<id>.pdf in id order, then the whole dossier with a table of contents", () => {
  const files = [brief("lna-2025", "Türkiye–LNA defence cooperation"), { path: "sources/x.md", text: "---\nid: x\n---\n" }, brief("gnu-2025", "Türkiye–GNU agreement")];
  const list = printJobs(files, DOSSIER);
  assert.equal(list.map((j) => [j.page, j.out, j.toc]), [
    ["/briefs/gnu-2025/", "pdf/gnu-2025.pdf", false],
    ["/briefs/lna-2025/", "pdf/lna-2025.pdf", false],
    ["/print/dossier/", "pdf/dossier.pdf", true],
  ]);
  assert.is(list[0]!.title, "Türkiye–GNU agreement");
  assert.is(list[2]!.title, DOSSIER.title);
});

jobs.run();

const plan = suite("planPdfs()");

plan("should print with the Chromium CHROME_PATH names", () => {
  const result = planPdfs("auto", { CHROME_PATH: process.execPath });
  assert.is(result.chromium, process.execPath);
  assert.equal(result.diagnostics, []);
});

plan("should skip PDFs with a note naming the install command when Chromium is missing", () => {
  const result = planPdfs("auto", { CHROME_PATH: "/nonexistent/chromium" });
  assert.is(result.chromium, undefined);
  assert.is(result.diagnostics[0]!.severity, "info");
  assert.match(result.diagnostics[0]!.message, /apt-get install -y chromium/);
});

plan("should make a missing Chromium an error when PDFs are required", () => {
  const result = planPdfs("always", { CHROME_PATH: "/nonexistent/chromium" });
  assert.is(result.diagnostics[0]!.severity, "error");
  assert.match(result.diagnostics[0]!.message, /apt-get install -y chromium/);
});

plan("should print nothing and say nothing when PDFs are switched off", () => {
  assert.equal(planPdfs("never", { CHROME_PATH: process.execPath }), { diagnostics: [] });
});

plan.run();
