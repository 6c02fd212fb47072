// `npm run eval`: builds the evaluation corpus with the real build, with sidecars and without, and scores links, facts and candidates per split against the labels; exits 1 below the bounds.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { decodeHTMLStrict } from "entities";
import type { Candidate, Link } from "./evidence.ts";
import { readDossierData } from "./data.ts";
import { formatDiagnostic } from "./diagnostics.ts";
import { scoreHeadlines, type HeadlineCase } from "./eval/headlines.ts";
import { readManifest, scoreSplit, type SplitScore } from "./eval/score.ts";
import { parseSidecar } from "./ingest/sidecar.ts";
import { REPO_DIR } from "./pipeline.ts";

const BOUNDS = { recall: 0.95, falseLinks: 0, factAccuracy: 1 };
const CORPUS = join(REPO_DIR, "tests", "eval", "corpus");
const SPLITS = ["tuned", "held-out"] as const;

const { values } = parseArgs({ options: { verbose: { type: "boolean", default: false }, "show-held-out": { type: "boolean", default: false } } });

interface Report {
  links: Array<Link & { file: string }>;
  review: { candidates: Candidate[]; near: Array<{ source: string; agreement: string; linked: boolean }>; unplaced: Array<{ source: string }> };
  /** Whether the review queue holds a seed file for an agreement: a near call for it, or the file among the sources no brief cites. */
  held: (file: string, agreement: string) => boolean;
  /** Each seed file's page title, as the build gave it. */
  titles: Map<string, string>;
}

/** Copies both splits' articles into one seeds folder (sidecars too, or not), builds it, and returns the report. */
function build(withSidecars: boolean): Report {
  const dir = mkdtempSync(join(tmpdir(), "dossier-eval-"));
  const seeds = join(dir, "seeds");
  mkdirSync(seeds);
  for (const split of SPLITS) {
    for (const name of readdirSync(join(CORPUS, split))) {
      if (name === "manifest.yaml" || (!withSidecars && name.endsWith(".meta.yaml"))) continue;
      copyFileSync(join(CORPUS, split, name), join(seeds, name));
    }
  }
  const out = join(dir, "_site");
  const run = spawnSync(process.execPath, ["--import", "tsx", join(REPO_DIR, "scripts/build.ts"), "--seeds", seeds, "--out", out, "--work", join(dir, "work"), "--pdf", "never", "--quiet"], {
    cwd: REPO_DIR,
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: "1767225600" },
    maxBuffer: 256 * 1024 * 1024,
  });
  let report: Omit<Report, "held"> & { review: { candidates: Array<Candidate & { file?: string }> } };
  try {
    report = JSON.parse(readFileSync(join(out, "build-report.json"), "utf8"));
  } catch {
    throw new Error(`the eval build wrote no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const fileOf = new Map<string, string>(report.links.map((l) => [l.source as string, l.file]));
  // Candidates, near calls and unplaced sources name their source by id; the build's source pages map ids to files.
  const file = (id: string) => {
    if (!fileOf.has(id)) fileOf.set(id, sourceFile(out, id));
    return fileOf.get(id)!;
  };
  for (const c of report.review.candidates) c.file = file(c.source);
  const nearCalls = new Set(report.review.near.filter((w) => !w.linked).map((w) => `${file(w.source)}|${w.agreement}`));
  const unplaced = new Set(report.review.unplaced.map((u) => file(u.source)));
  const titles = pageTitles(out);
  rmSync(dir, { recursive: true, force: true });
  return { ...report, held: (f, agreement) => nearCalls.has(`${f}|${agreement}`) || unplaced.has(f), titles };
}

/** Each source page's seed file and title (its h1). */
function pageTitles(site: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const id of readdirSync(join(site, "sources"))) {
    let html: string;
    try {
      html = readFileSync(join(site, "sources", id, "index.html"), "utf8");
    } catch {
      continue;
    }
    const seed = /<code>seeds\/([^<]+)<\/code>/.exec(html)?.[1];
    const title = /<h1 id="headline"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
    if (seed && title !== undefined) titles.set(decodeHTMLStrict(seed), decodeHTMLStrict(title.replace(/<[^>]+>/g, "")).trim());
  }
  return titles;
}

/** A split's articles with their text and their sidecar's headline, for scoring the titles read without sidecars. */
function headlineCases(split: string, files: readonly string[]): HeadlineCase[] {
  return files.map((file) => {
    const text = readFileSync(join(CORPUS, split, file), "utf8");
    const sidecarPath = join(CORPUS, split, `${file}.meta.yaml`);
    const sidecarHeadline = existsSync(sidecarPath) ? parseSidecar(sidecarPath, readFileSync(sidecarPath, "utf8")).sidecar.headline?.value : undefined;
    return { file, text, ...(sidecarHeadline ? { sidecarHeadline } : {}) };
  });
}

/** The seed file a source page shows (for sources that are only candidates, not links). */
function sourceFile(site: string, id: string): string {
  try {
    const html = readFileSync(join(site, "sources", id, "index.html"), "utf8");
    return /<code>seeds\/([^<]+)<\/code>/.exec(html)?.[1]?.replace(/&amp;/g, "&") ?? "";
  } catch {
    return "";
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function print(split: string, mode: string, s: SplitScore, detail: boolean): void {
  console.log(`\n## ${split}, ${mode}: ${s.articles} articles`);
  console.log(`links: ${s.links.truePositives} of ${s.links.expected} made (recall ${pct(s.links.recall)}); missed ${s.links.missed}, the review queue holds ${s.links.held} of them; false links: ${s.links.falseLinks}; facts: ${s.facts.right} of ${s.facts.stated} right (${pct(s.facts.accuracy)}); candidates: ${s.candidates.found} found, ${s.candidates.matched} of ${s.candidates.labelled} labelled matched`);
  console.log("| agreement | precision | recall | found | missed | false |");
  console.log("|---|---|---|---|---|---|");
  for (const a of s.perAgreement) console.log(`| ${a.agreement} | ${pct(a.precision)} | ${pct(a.recall)} | ${a.truePositives} | ${a.falseNegatives} | ${a.falseLinks} |`);
  if (detail) {
    for (const m of s.missed) console.log(`  missed: ${m.file} → ${m.agreement}${m.held ? " (in the review queue)" : ""}`);
    for (const f of s.falseLinks) console.log(`  false link: ${f.file} → ${f.agreement}`);
    for (const w of s.facts.wrong) console.log(`  wrong ${w.kind}: ${w.file} → ${w.agreement}: stated ${w.stated}, labelled ${w.labelled}: “${w.quote}”`);
    for (const c of s.candidates.list) console.log(`  candidate: ${c.file} ${c.paragraph}: ${c.kind} on ${c.subjects.join(", ") || "?"} between ${c.parties.join(", ")}${c.date ? ` (${c.date.iso})` : ""}`);
  } else {
    // The held-out part is measured, not tuned on: report the classes of its failures, never the texts.
    // One line per failure, with its article's tags: which classes go together, still without the text.
    const each = (list: Array<{ agreement: string; difficulties?: string[] }>) => list.map((x) => `\n    ${x.agreement}: ${(x.difficulties ?? []).join(", ")}`).join("");
    if (s.missed.length) console.log(`  missed: ${s.missed.length}${each(s.missed)}`);
    if (s.falseLinks.length) console.log(`  false links: ${s.falseLinks.length}${each(s.falseLinks)}`);
    // The values, not the sentences: "stated signed, labelled announced" names a class of wording, not a text.
    if (s.facts.wrong.length) console.log(`  wrong facts: ${s.facts.wrong.map((w) => `${w.kind} (${w.agreement}: stated ${w.stated}, labelled ${w.labelled})`).join("; ")}; difficulties: ${s.facts.wrongIn.join(", ")}`);
  }
}

const data = await readDossierData(join(REPO_DIR, "content", "_data"));
const agreements = data.catalogue.agreements.map((a) => a.id as string);
const manifests = Object.fromEntries(
  SPLITS.map((s) => {
    const path = join(CORPUS, s, "manifest.yaml");
    const read = readManifest(readFileSync(path, "utf8"), relative(process.cwd(), path), readdirSync(join(CORPUS, s)));
    for (const d of read.diagnostics) console.error(formatDiagnostic(d));
    return [s, read];
  }),
);
// A label that cannot be read would score every article as missed or false: nothing is measured until it is mended.
if (Object.values(manifests).some((m) => m.diagnostics.length)) process.exit(2);
let failed = false;
const summary: string[] = [];
for (const [mode, withSidecars] of [["with sidecars", true], ["without sidecars", false]] as const) {
  const report = build(withSidecars);
  for (const split of SPLITS) {
    const s = scoreSplit(manifests[split]!.articles, report.links, report.review.candidates as Array<Candidate & { file: string }>, agreements, data.gazetteer, report.held);
    print(split, mode, s, split === "tuned" ? values.verbose! : values["show-held-out"]!);
    // Without sidecars, the header alone gave each page its title: how often is it the headline the sidecar gives?
    if (!withSidecars) {
      const h = scoreHeadlines(headlineCases(split, manifests[split]!.articles.map((a) => a.file)), report.titles);
      console.log(`headlines read from the text: ${h.right} of ${h.judged} right (the articles whose sidecar gives a headline the text prints)`);
      if (split === "tuned" ? values.verbose : values["show-held-out"]) for (const f of h.wrong) console.log(`  other title: ${f}`);
    }
    const ok = s.links.recall >= BOUNDS.recall && s.links.falseLinks <= BOUNDS.falseLinks && s.facts.accuracy >= BOUNDS.factAccuracy;
    if (!ok) failed = true;
    summary.push(`| ${split} | ${mode} | ${pct(s.links.recall)} | ${s.links.falseLinks} | ${pct(s.facts.accuracy)} (${s.facts.right}/${s.facts.stated}) | ${s.candidates.found} | ${ok ? "pass" : "FAIL"} |`);
  }
}
console.log(`\n## Summary (bounds: recall ≥ ${pct(BOUNDS.recall)}, false links ≤ ${BOUNDS.falseLinks}, fact accuracy ≥ ${pct(BOUNDS.factAccuracy)})`);
console.log("| split | mode | recall | false links | facts right | candidates | result |");
console.log("|---|---|---|---|---|---|---|");
for (const line of summary) console.log(line);
process.exitCode = failed ? 1 : 0;
