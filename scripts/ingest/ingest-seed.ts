// One seed's whole ingest, pure: bytes → decoded → normalised → furniture removed → header read → paragraphs → metadata.
import { titleParagraph } from "../display.ts";
import { foldedWords } from "../fold.ts";
import { createHash } from "node:crypto";
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic, Field, PartialDate, SeedFile, Source, SourceMeta } from "../model.ts";
import { decodeSeed } from "./decode.ts";
import { removeFurniture } from "./furniture.ts";
import { readHeader } from "./header.ts";
import { normaliseText } from "./normalise.ts";
import { readDateline } from "./dateline.ts";
import { dateInAddress } from "./date-line.ts";
import { creditedOutlets, outletFromHeadline, outletFromUrl, outletNamed } from "./outlets.ts";
import type { Outlet } from "../catalogue.ts";
import { splitParagraphs } from "./paragraphs.ts";
import { gradeSource } from "./grade.ts";
import { findRelays } from "./relays.ts";
import { EXPECTED_FIELDS, parseSidecar, type Sidecar } from "./sidecar.ts";
import { sourceIdFor } from "./source-id.ts";

export interface IngestResult {
  source?: Source;
  diagnostics: Diagnostic[];
}

// A line the header may have left in the body: a menu or breadcrumb, or a headline; short, and no sentence.
const HEADER_LIKE = /^(?=.{1,240}$)(?!.*[.!?…]["”’)]?$).*$/su;

/** Whether one headline's words hold the other's ("Die Türkei und Russland kämpfen um Tripolis" and "Libyen-Krieg: Die Türkei …"), case, marks and punctuation aside. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => ` ${foldedWords(text)} `;
  return words(a).includes(words(b)) || words(b).includes(words(a));
}

/** The day the page's address gives, where nothing else dates it: "https://example.com/2019/12/05/slug". */
function addressed(url: Field | undefined): Field<PartialDate> | undefined {
  const date = url && dateInAddress(url.value);
  return date && { value: date, from: url.from, ...(url.line !== undefined ? { line: url.line } : {}) };
}

export function ingestSeed(seed: SeedFile, outlets: readonly Outlet[]): IngestResult {
  const decoded = decodeSeed(seed.path, seed.bytes);
  const diagnostics = [...decoded.diagnostics];
  if (decoded.text === undefined) return { diagnostics };
  const normal = normaliseText(seed.path, decoded.text);
  diagnostics.push(...normal.diagnostics);
  const furniture = removeFurniture(normal.lines);
  const header = readHeader(furniture.lines);
  const paragraphs = splitParagraphs(header.lines);
  if (!paragraphs.length) {
    diagnostics.push(diagnostic(seed.path, "error", "no article text: the file is empty or holds only white space or page furniture; seed skipped", "seed-empty"));
    return { diagnostics };
  }
  const sidecarResult = seed.sidecar ? parseSidecar(seed.sidecar.path, seed.sidecar.text) : { sidecar: { unknown: [], citedIn: [], notCitedIn: [] } as Sidecar, diagnostics: [] };
  diagnostics.push(...sidecarResult.diagnostics);
  const sidecar = sidecarResult.sidecar;

  let headline = header.headline;
  let outlet: Field | undefined;
  const removed = [...furniture.removed, ...header.removed];
  if (headline) ({ headline, outlet } = outletFromHeadline(headline, outlets));
  // A headline line that carried the outlet's name, or that the sidecar's headline replaces, is listed as printed, so
  // no character of the seed goes unshown.
  // "Greece furious over deal between Turkey and Libya …" under a sidecar's "Griekenland woedend over deal …": the text's
  // own headline, where the sidecar's replaces it with other words (the original's, often), still heads the text as its
  // standfirst when it has none, so that what the analyst pasted is read and quoted.
  const ownDeck = sidecar.headline && headline && !header.standfirst && !sameWords(headline.value, sidecar.headline.value) ? headline : undefined;
  if (header.headline && !ownDeck && (headline !== header.headline || sidecar.headline)) removed.push({ text: header.headline.value, line: header.headline.line ?? 1, reason: "metadata" });
  if (!outlet && header.url) outlet = outletFromUrl(header.url, outlets);
  // A masthead that is a known outlet's name ("DAILY SABAH") names the outlet.
  const masthead = header.masthead && outletNamed(header.masthead.value, outlets);
  if (!outlet && masthead) outlet = { value: masthead.name, from: "text", line: header.masthead!.line };

  // A wire dateline in the first paragraph ("TRIPOLI, Libya (AA) –") or a line of its own names where and by whom it
  // was filed, and sometimes when ("ATHENS, Dec 10, 2019 (AFP) -").
  // Past a site's menu or breadcrumb and the headline under it, which the header did not take, the first paragraph of
  // prose may hold it still ("Home › Politics › Libya", a headline, then "[Libya, 4 January 2020] – The House…").
  const first = paragraphs.findIndex((p, i) => i > 2 || !HEADER_LIKE.test(p.text));
  const past = first > 0 ? readDateline(paragraphs[first]!.text) : undefined;
  const openingAt = past?.date ? first : 0;
  const opening = openingAt ? past : paragraphs[0] && readDateline(paragraphs[0].text);
  const filed = opening?.date ? { value: opening.date, from: "text" as const, line: paragraphs[openingAt]!.line } : undefined;
  const meta: SourceMeta = {
    ...(sidecar.id ? { id: sidecar.id } : {}),
    headline: sidecar.headline ?? headline,
    standfirst: header.standfirst ?? ownDeck,
    outlet: sidecar.outlet ?? outlet,
    author: sidecar.author ?? header.author,
    published: sidecar.published ?? header.published ?? filed ?? addressed(sidecar.url ?? header.url),
    url: sidecar.url ?? header.url,
    language: sidecar.language,
    notes: sidecar.notes,
    credits: [],
    acknowledgedUnknown: sidecar.unknown,
    ...(sidecar.citedIn.length || sidecar.notCitedIn.length ? { placed: { citedIn: sidecar.citedIn, notCitedIn: sidecar.notCitedIn } } : {}),
  };
  const dateline = header.dateline ?? (opening ? { value: opening.text, from: "text" as const, line: paragraphs[openingAt]!.line } : undefined);
  const agencyName = header.agency ?? opening?.agency;
  if (dateline) meta.dateline = dateline;
  if (agencyName) {
    const known = outletNamed(agencyName.replace(/[\s,|–—-]+$/, ""), outlets);
    meta.agency = { value: known?.name ?? agencyName.replace(/[\s,|–—-]+$/, ""), from: "text", line: dateline?.line ?? header.published?.line };
    if (!meta.outlet && known) meta.outlet = { ...meta.agency, value: known.name };
  }
  meta.credits = creditedOutlets(paragraphs, meta.outlet?.value, outlets);
  meta.relays = findRelays({ paragraphs, removed, outlet: meta.outlet?.value, agency: meta.agency }, outlets);
  const graded = gradeSource({ outlet: meta.outlet, reliability: sidecar.reliability, rationale: sidecar.rationale }, outlets);
  meta.grade = graded.grade;
  // Metadata an article honestly lacks is a note, not a fault of the dossier: it never fails a --strict build.
  for (const name of EXPECTED_FIELDS) {
    if (!meta[name] && !meta.acknowledgedUnknown.includes(name)) {
      const graded = name === "outlet" ? " (until then the source's reliability cannot be judged: F)" : "";
      diagnostics.push(diagnostic(seed.path, "info", `the text gives no ${FIELD_LABEL[name]}; supply it in ${seed.name}.meta.yaml, or list it under "unknown:" there${graded}`, "meta-missing"));
    }
  }
  // An outlet the text does not give is noted above already; the note says the source grades F until then.
  if (graded.unjudged && (meta.outlet || meta.acknowledgedUnknown.includes("outlet"))) diagnostics.push(diagnostic(seed.path, "info", `source graded F (cannot be judged): ${graded.unjudged}; grade the outlet in outlets.yaml, or the article with "reliability:" and "rationale:" in ${seed.name}.meta.yaml`, "source-grade"));
  const text = paragraphs.map((p) => p.text).join("\n\n");
  const digest = createHash("sha256").update(text).digest("hex");
  const title = meta.headline?.value ?? titleParagraph(paragraphs) ?? seed.name;
  const id = (sidecar.id?.value as Source["id"] | undefined) ?? sourceIdFor(title, meta.published?.value);
  removed.sort((a, b) => a.line - b.line);
  return { source: { id, file: seed.name, digest, meta, paragraphs, removed }, diagnostics };
}

const FIELD_LABEL: Record<(typeof EXPECTED_FIELDS)[number], string> = {
  headline: "headline",
  outlet: "outlet",
  published: "publication date",
  url: "original URL",
  author: "author or byline",
};

