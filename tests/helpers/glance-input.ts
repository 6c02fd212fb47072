// A small, hand-made input for the at-a-glance stage: two sources, two briefs, a few gazetteer entries, names and dates.
import type { Brief } from "../../scripts/brief-schema.ts";
import type { Entity } from "../../scripts/catalogue.ts";
import type { GlanceInput, ParagraphRead } from "../../scripts/glance/inputs.ts";
import type { Citation, Paragraph, ParagraphId, Source, SourceId } from "../../scripts/model.ts";

export function cite(source: string, paragraph: string, quote: string): Citation {
  return { source: source as SourceId, paragraph: paragraph as ParagraphId, quote };
}

export function source(id: string, paragraphs: string[], meta: Partial<Source["meta"]> = {}): Source {
  return {
    id: id as SourceId,
    file: `${id}.txt`,
    digest: "0".repeat(64),
    meta: { credits: [], acknowledgedUnknown: [], ...meta },
    paragraphs: paragraphs.map((text, i): Paragraph => ({ id: `p${i + 1}` as ParagraphId, text, line: i + 1 })),
    removed: [],
  };
}

export function brief(id: string, over: Partial<Brief> = {}): Brief {
  return {
    id,
    title: `Title of ${id}`,
    short_title: `Short ${id}`,
    kind: "agreement",
    aliases: [],
    parties: [],
    officials: [],
    agreement_date: { iso: "2019-11-27", precision: "day", provenance: "text", inferred: false, note: null },
    year: "2019",
    place: null,
    status: "signed",
    scope_tags: [],
    sources: [],
    corroboration: 1,
    summary: "Summary.",
    context: "Context.",
    assessment: { confidence: "moderate", basis: null },
    claims: [],
    quotes: [],
    differences: [],
    related: [],
    related_briefs: [],
    source_refs: [],
    also_spelled: [],
    ...over,
  };
}

export const GAZETTEER: Entity[] = [
  { id: "turkiye", name: "Türkiye", kind: "state", variants: ["Türkiye", "Turkiye", "Turkey"] },
  { id: "libya", name: "Libya", kind: "state", variants: ["Libya"] },
  { id: "gna", name: "Government of National Accord (GNA)", kind: "government", from: "2015-12", to: "2021-03", speaks_for: "libya", part_of: "libya", variants: ["Government of National Accord", "GNA"] },
  { id: "gnu", name: "Government of National Unity (GNU)", kind: "government", from: "2021-03", speaks_for: "libya", part_of: "libya", variants: ["Government of National Unity", "GNU"] },
  { id: "khalifa-haftar", name: "Khalifa Haftar", kind: "person", role: "Commander", variants: ["Khalifa Haftar", "Khalifa Hifter", "Haftar", "Hifter"] },
  { id: "hulusi-akar", name: "Hulusi Akar", kind: "person", role: "Minister of National Defence of Türkiye", from: "2018-07", to: "2023-06", acts_for: "turkiye", variants: ["Hulusi Akar", "Akar"] },
  { id: "tripoli", name: "Tripoli", kind: "place", coords: [13.1913, 32.8872], stands_for: "libya", variants: ["Tripoli"] },
  { id: "ankara", name: "Ankara", kind: "place", coords: [32.8597, 39.9334], variants: ["Ankara"] },
  { id: "atlantis", name: "Atlantis", kind: "place", variants: ["Atlantis"] },
] as Entity[];

/** Finds each gazetteer name in a paragraph, as recognition would (exact case here, which the fixtures use). */
function namesIn(text: string): ParagraphRead["names"] {
  const out: ParagraphRead["names"] = [];
  for (const e of GAZETTEER) {
    for (const v of [...e.variants].sort((a, b) => b.length - a.length)) {
      for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
        if (out.some((n) => at < n.end && at + v.length > n.start)) continue;
        out.push({ entity: e.id, text: v, start: at, end: at + v.length, named: true });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Year mentions and two spelled-out dates, resolved as recognition would. */
function datesIn(text: string): ParagraphRead["dates"] {
  const out: ParagraphRead["dates"] = [];
  for (const m of text.matchAll(/\b(?:Nov\. 27, 2019|11 July|(?:19|20)\d\d)\b/g)) {
    const words = m[0];
    const date = words === "Nov. 27, 2019" ? { iso: "2019-11-27", precision: "day" as const } : words === "11 July" ? { iso: "2025-07-11", precision: "day" as const } : { iso: words, precision: "year" as const };
    if (out.some((d) => m.index! < d.end && m.index! + words.length > d.start)) continue;
    out.push({ text: words, start: m.index!, end: m.index! + words.length, date, inferred: words === "11 July" });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function readAll(sources: readonly Source[]): ParagraphRead[] {
  return sources.flatMap((s) => s.paragraphs.map((p) => ({ source: s.id, paragraph: p.id, names: namesIn(p.text), dates: datesIn(p.text) })));
}

const A = source("a-news", [
  "On Nov. 27, 2019, Ankara and Tripoli signed a memorandum with the GNA.",
  "Turkish support halted Khalifa Hifter's 2019–2020 offensive on the capital. Akar visited Tripoli.",
], { outlet: { value: "A News", from: "sidecar" }, published: { value: { iso: "2025-07-11", precision: "day" }, from: "text" }, author: { value: "Jane Doe", from: "text" }, url: { value: "https://example.org/a", from: "text" } });
const B = source("b-daily", [
  "Libya and Turkiye signed an agreement on 11 July, years after the 2011 fall of the old regime.",
  "The campaign of Haftar in 2019–2020 failed. Akar visited the troops.",
]);

/** Two briefs: a 2019 memorandum dated by A, and a 2025 agreement dated by B (inferred), with related reporting by B. */
export function glanceInput(): GlanceInput {
  const mou = brief("mou-2019", {
    parties: [{ id: "turkiye", name: "Türkiye" }, { id: "gna", name: "Government of National Accord (GNA)" }],
    sources: ["a-news"],
    claims: [{ id: "date", label: "Date", value: "27 November 2019", provenance: "text", citations: [cite("a-news", "p1", "On Nov. 27, 2019, Ankara and Tripoli signed a memorandum with the GNA.")] }],
    quotes: [{ source: "a-news", title: "A", citations: [cite("a-news", "p1", "On Nov. 27, 2019, Ankara and Tripoli signed a memorandum with the GNA.")] }],
    source_refs: [{ id: "a-news", title: "A", outlet: "A News", published: "2025-07-11", precision: "day", url: "https://example.org/a", file: "a-news.txt", grade: "C3", rationale: "A News: test.", origin: "A News" }],
  });
  const gnu = brief("gnu-2025", {
    short_title: "GNU agreement",
    agreement_date: { iso: "2025-07-11", precision: "day", provenance: "text", inferred: true, note: "Inferred from “11 July”." },
    year: "2025",
    parties: [{ id: "turkiye", name: "Türkiye" }, { id: "gnu", name: "Government of National Unity (GNU)" }],
    sources: ["b-daily"],
    place: { value: "Ankara", provenance: "text" },
    officials: [{ id: "hulusi-akar", name: "Hulusi Akar", role: "Minister", side: "Türkiye", named_as: "Akar", title_in_source: "Defence Minister" }],
    claims: [
      { id: "date", label: "Date", value: "11 July 2025", provenance: "text", citations: [cite("b-daily", "p1", "Libya and Turkiye signed an agreement on 11 July, years after the 2011 fall of the old regime.")] },
      { id: "official:hulusi-akar", label: "Official", value: "Hulusi Akar", provenance: "text", citations: [cite("b-daily", "p2", "Akar visited the troops.")] },
    ],
    related: [
      { id: "akar-visit", title: "Akar visits Tripoli", note: "A visit.", source: "a-news", source_title: "A", source_label: "A", citations: [cite("a-news", "p2", "Akar visited Tripoli.")] },
      { id: "troops-visit", title: "Akar visits the troops", note: "Undated.", source: "b-daily", source_title: "B", source_label: "B", citations: [cite("b-daily", "p2", "Akar visited the troops.")] },
    ],
    source_refs: [{ id: "b-daily", title: "B", outlet: null, published: null, precision: null, url: null, file: "b-daily.txt", grade: "F6", rationale: "Cannot be judged: the outlet is not known.", origin: "its own (outlet not known)" }],
  });
  const sources = [A, B];
  return { sources, briefs: [mou, gnu], gazetteer: GAZETTEER, paragraphs: readAll(sources) };
}
