// The extract stage: reads every source once, weighs each act it reports against each agreement, and assembles one brief per reported agreement, with the links' evidence and the review queue.
import type { Agreement, DossierData } from "../catalogue.ts";
import type { Brief, CitingBrief } from "../brief-schema.ts";
import { shiftMonths } from "../dates.ts";
import { diagnostic } from "../diagnostics.ts";
import { whyNotCited, type Candidate, type Link, type Review, type Weighing } from "../evidence.ts";
import type { Diagnostic, Source } from "../model.ts";
import { assembleBrief, findRelated } from "./brief.ts";
import { alsoSpelled } from "./entities.ts";
import { recogniser, together } from "./links.ts";
import { memoContext, readEach, type ExtractMemo } from "./memo.ts";
import { keepPinsInBuild } from "./pins.ts";
import { readingContext, readSource, type SourceReading } from "./reading.ts";
import { unreportedBrief } from "./unreported.ts";

export interface Extracted {
  briefs: Brief[];
  readings: SourceReading[];
  /** Every source cited in a brief, with the passages and evidence that link it, and the facts they state. */
  links: Link[];
  review: Review;
  /** For each source id, the briefs that cite it: as reporting the agreement, or as related reporting only. */
  citedIn: Map<string, CitingBrief[]>;
  /** For each source id, the "also spelled" entries for the names on its page. */
  spellings: Map<string, string[]>;
  /** The gazetteer's name of each party the review queue's acts name. */
  names: Map<string, string>;
  diagnostics: Diagnostic[];
}

export interface ExtractOptions {
  /** The path that diagnostics about the catalogue name when the data carries no locations. */
  catalogue?: string;
  /** A renamed source's former ids, each to its current one: the analyst's pins may still name a former id. */
  renamed?: ReadonlyMap<string, string>;
  /** The build date (ISO day): no article in the build was written more than a year after it. */
  buildDate?: string;
  /** Kept between the builds of one process: sources whose content is unchanged are not read or weighed again. */
  memo?: ExtractMemo;
  /** The seeds folder as messages name it (`seeds`): the notes on sources no brief cites point into it. */
  seedsFolder?: string;
}

export function extractDossier(sources: readonly Source[], dossierData: DossierData, options: ExtractOptions = {}): Extracted {
  const catalogue = options.catalogue ?? "content/_data/agreements.yaml";
  const pins = keepPinsInBuild(dossierData.catalogue, new Map(sources.map((s) => [s.id as string, s])), dossierData.locations, catalogue, options.renamed);
  const data: DossierData = { ...dossierData, catalogue: pins.catalogue };
  const diagnostics: Diagnostic[] = [...pins.diagnostics];
  /** Where the catalogue writes the agreement at `index`, for messages about it. */
  const at = (index: number) => dossierData.locations?.get(dossierData.catalogue.agreements[index]!) ?? { file: catalogue, line: 1, column: 1 };
  const latest = options.buildDate && shiftMonths(options.buildDate, 12);
  const ctx = options.memo ? memoContext(options.memo, data, latest) : readingContext(data, latest);
  const recognise = recogniser(data.catalogue.agreements, ctx);
  const each = readEach(sources, options.memo, (source) => {
    const reading = readSource(source, ctx);
    return { reading, recognised: recognise(reading) };
  });
  const readings = each.map((e) => e.reading);
  const byId = new Map(readings.map((r) => [r.source.id as string, r]));
  const { links, review } = together(each.map((e) => e.recognised));
  const perParagraph = new Map<string, number>();
  for (const link of links) for (const w of link.passages) perParagraph.set(`${w.source}#${w.paragraph}`, (perParagraph.get(`${w.source}#${w.paragraph}`) ?? 0) + 1);
  const shared = new Set([...perParagraph].filter(([, n]) => n > 1).map(([k]) => k));
  const related = findRelated(readings, data);
  const briefs: Brief[] = [];
  for (const [index, agreement] of data.catalogue.agreements.entries()) {
    const own = links.filter((l) => l.agreement === agreement.id);
    if (!own.length) {
      const where = at(index);
      diagnostics.push(diagnostic(where.file, "warning", `agreement "${agreement.id}": no source in this build reports it; its brief says so and shows only what the catalogue supplies`, "brief-unreported", where.line, where.column));
      briefs.push(unreportedBrief(agreement, data));
      continue;
    }
    const brief = assembleBrief({ agreement, links: own, shared, readings: byId, neighbours: neighboursOf(agreement, links, data.catalogue.agreements), related, data });
    if (!brief.agreement_date) {
      const where = at(index);
      diagnostics.push(diagnostic(where.file, "warning", `agreement "${agreement.id}": no source dates it and the catalogue gives no analyst date (\`date:\`); its brief says the date is not known`, "brief-date", where.line, where.column));
    }
    briefs.push(brief);
  }
  // A related brief that this build does not write (no source reports it) would be a broken link.
  const written = new Set(briefs.map((b) => b.id));
  for (const brief of briefs) brief.related_briefs = brief.related_briefs.filter((r) => written.has(r.id));
  const citedIn = new Map<string, CitingBrief[]>();
  const linkOf = new Map(links.map((l) => [`${l.agreement}|${l.source}`, l]));
  for (const brief of briefs) {
    const relatedOnly = brief.related.map((r) => r.source).filter((id) => !brief.sources.includes(id));
    for (const id of [...brief.sources, ...new Set(relatedOnly)]) {
      const link = linkOf.get(`${brief.id}|${id}`);
      // Strongest first: the page shows the best score in its summary.
      const why = (link?.passages ?? []).map(({ paragraph, score, evidence }) => ({ paragraph, score, evidence })).sort((a, b) => b.score - a.score);
      citedIn.set(id, [...(citedIn.get(id) ?? []), { id: brief.id, title: brief.title, related: !brief.sources.includes(id), why }]);
    }
  }
  const spellings = new Map(readings.map((r) => [r.source.id as string, alsoSpelled(r.paragraphs.flatMap((p) => p.entities.filter((m) => m.named).map((m) => m.entity)), data.gazetteer)]));
  const named = new Map(data.gazetteer.map((e) => [e.id as string, e.name]));
  const names = new Map(review.candidates.flatMap((c) => c.parties).map((id) => [id as string, named.get(id) ?? id]));
  // A source a brief cites as related reporting has its place, though it reports no agreement.
  const unplaced = review.unplaced.filter((u) => !citedIn.has(u.source));
  const folder = options.seedsFolder ?? "seeds";
  diagnostics.push(...placementProblems(sources, data.catalogue.agreements, folder));
  diagnostics.push(...uncitedNotes(readings.map((r) => r.source).filter((s) => !citedIn.has(s.id)), { ...review, unplaced }, folder, data.catalogue.agreements));
  return { briefs, readings, links: links.filter((l) => written.has(l.agreement)), review: { ...review, unplaced }, citedIn, spellings, names, diagnostics };
}

/**
 * The build's note on each source no brief cites, at the line of the passage that came closest: its best near call,
 * its closest call, or the act it reports that the catalogue lacks; and where the review queue lists it. An article
 * just added and not placed is said so at the build.
 */
function uncitedNotes(sources: readonly Source[], review: Review, folder: string, agreements: readonly Agreement[]): Diagnostic[] {
  const best = new Map<string, Weighing>();
  for (const w of review.near) {
    const held = best.get(w.source);
    if (!w.linked && (!held || w.score > held.score)) best.set(w.source, w);
  }
  const unplaced = new Map(review.unplaced.map((u) => [u.source as string, u.closest]));
  const candidates = new Map<string, Candidate>();
  for (const c of review.candidates) if (!candidates.has(c.source)) candidates.set(c.source, c);
  return sources.flatMap((source) => {
    const file = `${folder}/${source.file}`;
    const near = best.get(source.id);
    const closest = near ?? unplaced.get(source.id);
    const listed = near ? "the review queue lists it among the passages near the threshold (/review/)" : "the review queue lists it under \"Sources no brief cites\" (/review/unplaced/)";
    if (closest) {
      const title = agreements.find((a) => a.id === closest.agreement)?.short_title ?? closest.agreement;
      return [diagnostic(file, "info", `no brief cites this source: its closest call, ${passageNamed(closest.paragraph)}, scored ${closest.score} for ${title}, ${whyNotCited(closest)}; ${listed}`, "source-uncited", lineOf(source, closest.paragraph))];
    }
    const candidate = candidates.get(source.id);
    if (candidate) return [diagnostic(file, "info", `no brief cites this source: ${passageNamed(candidate.paragraph)} reports an act no agreement in the catalogue matches; the review queue lists it among those acts (/review/)`, "source-uncited", lineOf(source, candidate.paragraph))];
    if (unplaced.has(source.id)) return [diagnostic(file, "info", `no brief cites this source, and it names no agreement recognition could weigh; ${listed}`, "source-uncited")];
    return [];
  });
}

/** An analyst's placing (sidecar `cited_in`, `not_cited_in`) that names no agreement of the catalogue, or no paragraph of the article: a warning at its line. */
function placementProblems(sources: readonly Source[], agreements: readonly Agreement[], folder: string): Diagnostic[] {
  const known = new Set(agreements.map((a) => a.id as string));
  return sources.flatMap((source) => {
    const placed = source.meta.placed;
    if (!placed) return [];
    const file = `${folder}/${source.file}.meta.yaml`;
    const paragraphs = new Set(source.paragraphs.map((p) => p.id as string));
    return [...placed.citedIn, ...placed.notCitedIn].flatMap((p) => {
      if (!known.has(p.agreement)) return [diagnostic(file, "warning", `"${p.agreement}" is no agreement of the catalogue (${[...known].join(", ")}); this placing is ignored`, "sidecar-placement", p.line)];
      if (p.paragraph && !paragraphs.has(p.paragraph)) return [diagnostic(file, "warning", `the article has no paragraph "${p.paragraph}" (its paragraphs are p1 to p${source.paragraphs.length}); this placing is ignored`, "sidecar-placement", p.line)];
      return [];
    });
  });
}

/** "paragraph 3", "its headline". */
function passageNamed(paragraph: string): string {
  return paragraph === "headline" || paragraph === "standfirst" ? `its ${paragraph}` : `paragraph ${paragraph.replace(/^p/, "")}`;
}

/** The seed line a passage starts at (a headline or standfirst from the sidecar: the file's first). */
function lineOf(source: Source, paragraph: string): number {
  const head = paragraph === "headline" ? source.meta.headline : paragraph === "standfirst" ? source.meta.standfirst : undefined;
  if (head) return head.from === "text" ? (head.line ?? 1) : 1;
  return source.paragraphs.find((p) => p.id === paragraph)?.line ?? 1;
}

/** Other agreements that a source reporting this one also reports. */
function neighboursOf(agreement: Agreement, links: readonly Link[], all: readonly Agreement[]): Agreement[] {
  const sources = new Set(links.filter((l) => l.agreement === agreement.id).map((l) => l.source));
  return all.filter((a) => a.id !== agreement.id && links.some((l) => l.agreement === a.id && sources.has(l.source)));
}

/** What extraction yields when the data files cannot be used: no briefs (the loader has said why). */
export function noBriefs(): Extracted {
  return { briefs: [], readings: [], links: [], review: { near: [], candidates: [], unplaced: [] }, citedIn: new Map(), spellings: new Map(), names: new Map(), diagnostics: [] };
}
