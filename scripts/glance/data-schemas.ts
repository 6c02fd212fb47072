// The documented schemas of the open data under /data/: published beside the files, checked in the tests, and shown on /data/.

type Schema = Record<string, unknown>;

const str = (description: string): Schema => ({ type: "string", description });
const strOrNull = (description: string): Schema => ({ type: ["string", "null"], description });
const isoDate = (description: string): Schema => ({ type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description });
const precision: Schema = { enum: ["day", "month", "year"], description: "How precise the date is: a day, a month or a year." };
const list = (items: Schema, description: string): Schema => ({ type: "array", items, description });
const object = (properties: Record<string, Schema>, description: string, optional: string[] = []): Schema => ({
  type: "object",
  description,
  additionalProperties: false,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});

const citation = object(
  {
    source: str("The source's id: its page is /sources/<id>/."),
    paragraph: { type: "string", pattern: "^p\\d+$", description: "The paragraph's id within the source, e.g. p3." },
    quote: str("The exact words of the paragraph the statement rests on."),
    passage_url: str("The passage's address in the dossier."),
  },
  "A passage of a source: the evidence for a statement.",
);

const reliability = (description: string): Schema => ({ enum: ["A", "B", "C", "D", "E", "F"], description });

const origin = object(
  { name: str("An outlet's name, or source:<id> for an article whose outlet is not known."), reliability: reliability("That origin's source-reliability letter.") },
  "An independent origin of the fact's words.",
);

const citedPassage = object(
  {
    ...(citation.properties as Record<string, Schema>),
    source_reliability: reliability("The source's own reliability letter (A–F), from its outlet's grade or the analyst's sidecar; F when it cannot be judged."),
    origin: {
      anyOf: [origin, { type: "null" }],
      description: "The independent origin this passage counts as (a reprint counts as its original); null when its source is not in the build.",
    },
  },
  "A passage of a source that a fact rests on, with how reliable the source is.",
);

const envelope = (name: string, title: string, key: string, item: Schema, extra: Record<string, Schema> = {}): Schema => ({
  $schema: "http://json-schema.org/draft-07/schema#",
  title,
  description: `${title}. Published as /data/${name}.json; this schema as /data/schema/${name}.schema.json.`,
  type: "object",
  additionalProperties: false,
  required: ["schema", "title", key, ...Object.keys(extra)],
  properties: {
    schema: str("The address of this schema."),
    title: str("What the file holds."),
    [key]: list(item, `Every ${key.replace(/s$/, "")} in the dossier.`),
    ...extra,
  },
});

export const CLAIMS_SCHEMA = envelope(
  "claims",
  "Key facts of every brief, with the passages they rest on",
  "claims",
  object(
    {
      brief: str("The brief's id: its page is /briefs/<id>/."),
      brief_title: str("The brief's title."),
      id: str("The fact's id within its brief: date, parties, official:<person>, scope:<tag>, fact:<label>."),
      label: str("What the fact is about: Date, Parties, Official, Scope, Status, Place…"),
      value: str("The fact as the brief states it."),
      provenance: { enum: ["text", "analyst"], description: "text: stated by the sources; analyst: supplied by the analyst, with a note." },
      note: strOrNull("The analyst's note on where the fact comes from, or how a date was worked out."),
      grade: { type: "string", pattern: "^[A-F][1-6]$", description: "The fact's Admiralty badge as the brief prints it: the best source reliability (A–F) among its origins, then its information credibility (1–6)." },
      reliability: reliability("The best source-reliability letter among the origins the fact's words come from (F when none can be judged)."),
      credibility: { type: "integer", minimum: 1, maximum: 6, description: "Information credibility, 1 (confirmed) to 6 (cannot be judged), by the rule on the About page." },
      grade_reason: str("The step of the credibility rule that gave the grade."),
      origins: list(
        origin,
        "The independent origins the fact's passages come from (a copy and its original count once); empty for an analyst's fact.",
      ),
      citations: list(citedPassage, "The passages the fact rests on (for an analyst's fact, the supporting passages, if any)."),
    },
    "One key fact of one brief.",
  ),
);

export const SOURCES_SCHEMA = envelope(
  "sources",
  "Every source article the dossier is built from",
  "sources",
  object(
    {
      id: str("The source's id: its page is /sources/<id>/."),
      title: str("The headline, or the article's opening words when it has none."),
      headline: strOrNull("The headline as given, or null."),
      outlet: strOrNull("The outlet that published it, or null when unknown."),
      author: strOrNull("The byline, or null."),
      published: { anyOf: [isoDate("The publication date at its precision."), { type: "null" }], description: "The publication date, or null when unknown." },
      precision: { anyOf: [precision, { type: "null" }], description: "The precision of `published`." },
      url: strOrNull("The original address, or null."),
      language: str("The article's language (BCP 47)."),
      file: str("The seed file it was read from."),
      sha256: str("SHA-256 of the cleaned text."),
      paragraphs: { type: "integer", minimum: 0, description: "How many addressable paragraphs it has." },
      page_url: str("Its page in the dossier."),
      cited_in: list(object({ brief: str("The citing brief's id."), related_only: { type: "boolean", description: "True when the brief cites it only as related reporting." } }, "A brief that cites the source."), "The briefs that cite it."),
    },
    "One source article.",
  ),
);

const dated = { date: isoDate("When, at its precision."), precision, until: { anyOf: [isoDate("The end of a span the source gives as a range."), { type: "null" }], description: "The end of a range (2019–2020), or null." } };

const event = (withDate: boolean) =>
  object(
    {
      id: str("A stable id."),
      kind: { enum: ["agreement", "related", "reported"], description: "agreement: a brief's agreement; related: related reporting a brief carries; reported: a dated act a source reports." },
      ...(withDate ? { ...dated, dating: { enum: ["stated", "inferred", "analyst"], description: "stated: the source gives the date; inferred: worked out from the source; analyst: supplied by the analyst." } } : {}),
      label: str("A short label."),
      title: str("The brief's title, or the sentence that reports the act."),
      url: str("The brief's page, or the source passage."),
      briefs: list(str("A brief id."), "The briefs the event belongs to."),
      evidence: list(citation, "The passages that report or date it."),
      note: strOrNull("How the date was worked out, or why there is none."),
    },
    withDate ? "One dated event." : "One event no source dates.",
  );

export const TIMELINE_SCHEMA = envelope("timeline", "Every dated event of the dossier, oldest first", "events", event(true), { undated: list(event(false), "Related reporting no source dates: listed, not placed.") });

export const ENTITIES_SCHEMA = envelope(
  "entities",
  "Every actor and place in the dossier's gazetteer, with where the sources name them",
  "entities",
  object(
    {
      id: str("The entity's id."),
      name: str("The dossier's spelling."),
      kind: { enum: ["state", "government", "armed force", "person", "place", "organisation"], description: "What it is." },
      variants: list(str("A spelling."), "Every spelling the gazetteer lists."),
      spellings_in_sources: list(object({ text: str("A spelling as written."), count: { type: "integer", minimum: 1, description: "How many times the sources use it." } }, "A spelling the sources use."), "The spellings the sources use, most used first."),
      role: strOrNull("For a person, the role the gazetteer gives."),
      from: { anyOf: [isoDate("Start of the entity's existence or the person's tenure."), { type: "null" }], description: "When it began, or null." },
      to: { anyOf: [isoDate("End of the entity's existence or the person's tenure."), { type: "null" }], description: "When it ended, or null while it lasts." },
      note: strOrNull("The gazetteer's note."),
      part_of: strOrNull("The state a government or force belongs to."),
      speaks_for: strOrNull("The state a government stands for in its years."),
      acts_for: strOrNull("The body a person acts for."),
      succeeded: strOrNull("The government it succeeded, or null."),
      succeeded_by: strOrNull("The government that succeeded it, or null."),
      coords: { anyOf: [{ type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 }, { type: "null" }], description: "For a place: [longitude, latitude] in degrees." },
      page_url: strOrNull("Its actor page, or null (places and entities the sources do not name have none)."),
      briefs: list(str("A brief id."), "The briefs that name it."),
      passages: list(str("A passage address."), "The source passages that name it."),
    },
    "One gazetteer entity.",
  ),
);

/** CSL-JSON as Zotero reads it: the fields this dossier writes, with the CSL names and shapes. */
export const CSL_SCHEMA: Schema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Sources as CSL-JSON, for Zotero and other reference managers",
  description: "A plain CSL-JSON array (the form Zotero imports), so it carries no `schema` field of its own. Published as /data/sources.csl.json; this schema as /data/schema/sources.csl.schema.json.",
  type: "array",
  items: object(
    {
      id: str("The source's id in the dossier."),
      type: { enum: ["article-newspaper", "article"], description: "CSL item type: a news article, or an article whose outlet is unknown." },
      title: str("The headline, or the opening words."),
      "container-title": str("The outlet."),
      author: list(object({ literal: str("The byline as given.") }, "A CSL name."), "The byline."),
      issued: object({ "date-parts": { type: "array", minItems: 1, maxItems: 1, items: { type: "array", minItems: 1, maxItems: 3, items: { type: "integer" } }, description: "[[year, month, day]] at the date's precision." } }, "The publication date."),
      URL: str("The original address."),
      language: str("The article's language."),
      note: str("Where the source is in the dossier."),
    },
    "One source as a CSL item.",
    ["container-title", "author", "issued", "URL", "language"],
  ),
};

/** Every JSON file under /data/ with its schema; `schemaFile` is under /data/schema/. */
export const DATA_FILES = [
  { file: "claims.json", schemaFile: "claims.schema.json", schema: CLAIMS_SCHEMA },
  { file: "sources.json", schemaFile: "sources.schema.json", schema: SOURCES_SCHEMA },
  { file: "sources.csl.json", schemaFile: "sources.csl.schema.json", schema: CSL_SCHEMA },
  { file: "entities.json", schemaFile: "entities.schema.json", schema: ENTITIES_SCHEMA },
  { file: "timeline.json", schemaFile: "timeline.schema.json", schema: TIMELINE_SCHEMA },
] as const;

/** A schema's fields as rows for the /data/ page: `claims[].citations[].quote`, its type and description. */
export function schemaFields(schema: Schema, path = ""): Array<{ field: string; type: string; description: string }> {
  const rows: Array<{ field: string; type: string; description: string }> = [];
  const typeOf = (s: Schema): string => {
    if (s.enum) return (s.enum as unknown[]).map((v) => JSON.stringify(v)).join(" | ");
    if (s.anyOf) return (s.anyOf as Schema[]).map(typeOf).join(" | ");
    return Array.isArray(s.type) ? s.type.join(" | ") : String(s.type ?? "any");
  };
  const walk = (s: Schema, at: string) => {
    if (s.type === "array" && s.items && (s.items as Schema).type === "object") return walk(s.items as Schema, `${at}[]`);
    const props = s.properties as Record<string, Schema> | undefined;
    if (!props) return;
    for (const [key, sub] of Object.entries(props)) {
      const field = at ? `${at}.${key}` : key;
      rows.push({ field, type: typeOf(sub), description: String(sub.description ?? "") });
      if (sub.type === "object" || (sub.type === "array" && (sub.items as Schema | undefined)?.type === "object")) walk(sub, field);
    }
  };
  walk(schema, path);
  return rows;
}
