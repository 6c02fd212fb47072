// Scores what a build linked and stated against an evaluation corpus's labels: per-agreement precision and recall, false links, fact accuracy, candidates.
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { diagnostic } from "../diagnostics.ts";
import type { Candidate, Link } from "../evidence.ts";
import type { Entity } from "../catalogue.ts";
import type { Diagnostic } from "../model.ts";

export interface LabelledFacts {
  date: string | null;
  parties: string[];
  place: string | null;
  status: string[];
}

export interface LabelledArticle {
  file: string;
  modelled_on: string;
  form?: string;
  difficulties?: string[];
  reports: Record<string, LabelledFacts>;
  mentions: string[];
  candidates: Array<{ kind: string; subject: string; parties: string[]; date: string | null }>;
}

/** A manifest as YAML gives it, with dates and years made ISO strings whatever type they were read as. */
export function normaliseManifest(raw: unknown): { split: string; articles: LabelledArticle[] } {
  const m = raw as { split: string; articles: Array<Record<string, unknown>> };
  const iso = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return {
    split: m.split,
    articles: m.articles.map((a) => ({
      file: String(a.file),
      modelled_on: String(a.modelled_on ?? ""),
      form: a.form as string | undefined,
      difficulties: (a.difficulties as string[] | undefined) ?? [],
      reports: Object.fromEntries(
        Object.entries((a.reports as Record<string, Record<string, unknown>> | null) ?? {}).map(([id, f]) => [
          id,
          { date: iso(f.date), parties: ((f.parties as string[] | null) ?? []).map(String), place: f.place ? String(f.place) : null, status: ((f.status as string[] | null) ?? []).map(String) },
        ]),
      ),
      mentions: ((a.mentions as string[] | null) ?? []).map(String),
      candidates: ((a.candidates as Array<Record<string, unknown>> | null) ?? []).map((c) => ({ kind: String(c.kind), subject: String(c.subject), parties: ((c.parties as string[] | null) ?? []).map(String), date: iso(c.date) })),
    })),
  };
}

/**
 * A part's manifest read from its text, checked against the article files in its folder: a YAML error, an entry
 * that names no file there, a file named twice, and an article no entry labels are each a diagnostic with the
 * manifest's line. A manifest that does not parse has no articles.
 */
export function readManifest(text: string, path: string, files: readonly string[]): { articles: LabelledArticle[]; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const diagnostics = doc.errors.map((e) => diagnostic(path, "error", e.message.split("\n")[0]!, "eval-manifest", e.linePos?.[0]?.line ?? 1, e.linePos?.[0]?.col ?? 1));
  if (diagnostics.length) return { articles: [], diagnostics };
  const list = doc.get("articles");
  if (!isSeq(list)) return { articles: [], diagnostics: [diagnostic(path, "error", "the manifest has no list of articles", "eval-manifest")] };
  const articles = normaliseManifest(doc.toJS()).articles;
  const present = new Set(files.filter((f) => f.endsWith(".txt")));
  const seen = new Set<string>();
  articles.forEach((a, i) => {
    const entry = list.items[i];
    const line = lineCounter.linePos((isMap(entry) && (entry.get("file", true) as { range?: [number, number, number] } | undefined)?.range?.[0]) || 0).line;
    if (!present.has(a.file)) diagnostics.push(diagnostic(path, "error", `the entry names ${a.file}, which is not in the folder`, "eval-manifest", line));
    else if (seen.has(a.file)) diagnostics.push(diagnostic(path, "error", `${a.file} is labelled twice`, "eval-manifest", line));
    seen.add(a.file);
  });
  for (const file of [...present].sort()) if (!seen.has(file)) diagnostics.push(diagnostic(path, "error", `${file} has no entry: every article is labelled`, "eval-manifest"));
  return { articles, diagnostics };
}

export interface AgreementScore {
  agreement: string;
  truePositives: number;
  falseNegatives: number;
  falseLinks: number;
  precision: number;
  recall: number;
}

export interface FactCheck {
  file: string;
  agreement: string;
  kind: "date" | "place" | "status" | "parties";
  stated: string;
  labelled: string;
  right: boolean;
  quote: string;
}

export interface SplitScore {
  articles: number;
  /** `held`: the missed links whose article the review queue holds for the analyst (a near call for that agreement, or the article among the sources no brief cites). */
  links: { expected: number; made: number; truePositives: number; falseLinks: number; missed: number; held: number; recall: number };
  perAgreement: AgreementScore[];
  falseLinks: Array<{ file: string; agreement: string; difficulties: string[] }>;
  missed: Array<{ file: string; agreement: string; difficulties: string[]; held: boolean }>;
  /** `wrongIn`: the difficulty tags of the articles with a wrong fact, so a split not tuned on can report classes. */
  facts: { stated: number; right: number; accuracy: number; wrong: FactCheck[]; wrongIn: string[] };
  candidates: { labelled: number; found: number; matched: number; list: Array<Candidate & { file: string }> };
}

/** Whether a stated date agrees with the label at the precision both give. */
export function datesAgree(stated: string, labelled: string | null): boolean {
  if (!labelled) return false;
  const n = Math.min(stated.length, labelled.length);
  return stated.slice(0, n) === labelled.slice(0, n);
}

/**
 * Scores one split's labelled articles against the links and candidates a build made (keyed by seed file name);
 * `held` says whether the build's review queue puts an article before the analyst for an agreement.
 */
export function scoreSplit(articles: readonly LabelledArticle[], links: ReadonlyArray<Link & { file: string }>, candidates: ReadonlyArray<Candidate & { file: string }>, agreements: readonly string[], gazetteer: readonly Entity[], held: (file: string, agreement: string) => boolean = () => false): SplitScore {
  const per = new Map(agreements.map((a) => [a, { tp: 0, fn: 0, fp: 0 }]));
  const falseLinks: SplitScore["falseLinks"] = [];
  const missed: SplitScore["missed"] = [];
  const checks: FactCheck[] = [];
  let expected = 0;
  let made = 0;
  const files = new Set(articles.map((a) => a.file));
  for (const article of articles) {
    const predicted = new Set(links.filter((l) => l.file === article.file).map((l) => l.agreement as string));
    for (const a of agreements) {
      const counts = per.get(a)!;
      const reported = a in article.reports;
      const mentioned = article.mentions.includes(a);
      if (reported) expected += 1;
      if (predicted.has(a)) made += 1;
      if (reported && predicted.has(a)) counts.tp += 1;
      else if (reported) {
        counts.fn += 1;
        missed.push({ file: article.file, agreement: a, difficulties: article.difficulties ?? [], held: held(article.file, a) });
      } else if (predicted.has(a) && !mentioned) {
        counts.fp += 1;
        falseLinks.push({ file: article.file, agreement: a, difficulties: article.difficulties ?? [] });
      }
    }
    for (const link of links.filter((l) => l.file === article.file)) {
      const label = article.reports[link.agreement];
      if (!label) continue;
      checks.push(...checkFacts(article.file, link, label, gazetteer));
    }
  }
  const perAgreement = agreements.map((a) => {
    const c = per.get(a)!;
    return { agreement: a, truePositives: c.tp, falseNegatives: c.fn, falseLinks: c.fp, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
  });
  const tp = perAgreement.reduce((s, a) => s + a.truePositives, 0);
  const found = candidates.filter((c) => files.has(c.file));
  const labelled = articles.flatMap((a) => a.candidates.map((c) => ({ ...c, file: a.file })));
  const matched = labelled.filter((l) => found.some((f) => f.file === l.file && l.parties.every((p) => f.parties.includes(p as never) || f.parties.some((fp) => partOf(fp, p, gazetteer))))).length;
  const right = checks.filter((c) => c.right).length;
  return {
    articles: articles.length,
    links: { expected, made, truePositives: tp, falseLinks: falseLinks.length, missed: missed.length, held: missed.filter((m) => m.held).length, recall: ratio(tp, expected) },
    perAgreement,
    falseLinks,
    missed,
    facts: {
      stated: checks.length,
      right,
      accuracy: ratio(right, checks.length),
      wrong: checks.filter((c) => !c.right),
      wrongIn: [...new Set(articles.filter((a) => checks.some((c) => !c.right && c.file === a.file)).flatMap((a) => a.difficulties ?? []))],
    },
    candidates: { labelled: labelled.length, found: found.length, matched, list: found },
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** True when `id` is `label` or a body of the state `label` names (the GNA for "libya"), or `label` a body of `id`'s state. */
function partOf(id: string, label: string, gazetteer: readonly Entity[]): boolean {
  const e = gazetteer.find((x) => x.id === id);
  const l = gazetteer.find((x) => x.id === label);
  return e?.part_of === label || l?.part_of === id || (e?.within ?? []).includes(label as never) || (l?.within ?? []).includes(id as never);
}

function names(id: string, gazetteer: readonly Entity[]): string[] {
  const e = gazetteer.find((x) => x.id === id);
  return e ? [e.name, ...e.variants].map((n) => n.toLowerCase()) : [id.toLowerCase()];
}

/**
 * Whether a stated status is one the label gives. An act the label says was ratified or contested was signed: "the
 * deal signed in 2019, which Greece rejects" states both, though labels often keep only the news of the sentence. Not
 * where the label says it is still to be signed.
 */
function statusAgrees(stated: string, labelled: readonly string[]): boolean {
  if (labelled.includes(stated)) return true;
  return stated === "signed" && !labelled.includes("to be signed") && labelled.some((l) => l === "ratified" || l === "contested");
}

/** Every fact a link states, checked against the article's label for that agreement. */
export function checkFacts(file: string, link: Link, label: LabelledFacts, gazetteer: readonly Entity[]): FactCheck[] {
  const out: FactCheck[] = [];
  const at = (kind: FactCheck["kind"], stated: string, labelled: string, right: boolean, quote: string) => out.push({ file, agreement: link.agreement, kind, stated, labelled, right, quote });
  for (const d of link.facts.dates) {
    // A date worked out from the article's own date (a sidecar's, say) cannot be checked against a label taken from the text alone.
    if (d.inferred && !label.date) continue;
    at("date", d.value.iso, label.date ?? "none", datesAgree(d.value.iso, label.date), d.quote);
  }
  for (const p of link.facts.places) at("place", p.value, label.place ?? "none", Boolean(label.place && names(p.value, gazetteer).includes(label.place.toLowerCase())), p.quote);
  for (const s of link.facts.statuses) at("status", s.value, label.status.join(", ") || "none", statusAgrees(s.value, label.status), s.quote);
  for (const p of link.facts.parties) {
    const ok = p.value.every((v) => label.parties.includes(v) || label.parties.some((l) => partOf(v, l, gazetteer)));
    at("parties", p.value.join(", "), label.parties.join(", ") || "none", ok, p.quote);
  }
  return out;
}
