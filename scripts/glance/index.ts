// The at-a-glance stage: timeline, locator maps, actor records and open data, all derived from the extracted, cited records.
import { diagnostic } from "../diagnostics.ts";
import { shortLabel, displayTitle } from "../display.ts";
import { dateSpan, formatDate } from "../dates.ts";
import type { Diagnostic } from "../model.ts";
import { ACTOR_KINDS, actorLinks, actorRecords, type Actor } from "./actors.ts";
import { DATA_FILES, schemaFields } from "./data-schemas.ts";
import { timelineEvents, type Timeline, type TimelineEvent } from "./events.ts";
import { mapFigure, timelineFigure, timelinePartsNav } from "./figures.ts";
import type { GlanceInput } from "./inputs.ts";
import { locatorMapSvg, type MapState } from "./map-svg.ts";
import { openDataFiles, type DataFile, type Publish } from "./open-data.ts";
import { mappablePlaces, placesOfBrief, validCoords } from "./places.ts";

export type { GlanceInput, ParagraphRead } from "./inputs.ts";
export type { DataFile, Publish } from "./open-data.ts";

/** What the templates read (Eleventy global data `glance`): ready-made figures, actor pages, name links, data docs. */
export interface GlanceSite {
  /** The home page's figures: its timeline bounded at HOME_OTHER_EVENTS, linking to the whole one when it is cut. */
  home: { timeline: string; map: string };
  /**
   * The timeline's own page (/timeline/): the whole timeline while it has at most TIMELINE_PART_EVENTS events; past
   * that, every agreement with the most reported other events, and a list of the parts that hold them all.
   */
  timeline: string;
  /** The whole timeline in order, TIMELINE_PART_EVENTS events to a page (/timeline/1/…), when it does not fit on one. */
  timelineParts: TimelinePart[];
  briefs: Record<string, { timeline: string; map: string }>;
  actors: Actor[];
  actorGroups: Array<{ kind: string; label: string; actors: Actor[] }>;
  links: Array<{ id: string; url: string; names: string[] }>;
  data: Array<{ file: string; schemaFile: string; title: string; description: string; fields: ReturnType<typeof schemaFields> }>;
}

/** One page of the whole timeline: its events in order, and the dates they run between. */
export interface TimelinePart {
  number: number;
  href: string;
  /** "March 2019 – November 2019", or "undated reports". */
  range: string;
  events: number;
  /** The part's figure, with links to the parts before and after it. */
  html: string;
}

export interface Glance {
  site: GlanceSite;
  timeline: Timeline;
  /** The files under /data/, with addresses made by `publish`. */
  openData(publish: Publish): DataFile[];
  diagnostics: Diagnostic[];
}

const GAZETTEER = "content/_data/gazetteer.yaml";

/** The events a brief's own timeline shows: its agreement and related reporting, and everything within a year of them. */
export function briefWindow(events: readonly TimelineEvent[], briefId: string): TimelineEvent[] {
  const own = events.filter((e) => (e.kind === "agreement" || e.kind === "related") && e.briefs.includes(briefId));
  if (!own.length) return [];
  const shift = (iso: string, years: number) => `${String(Number(iso.slice(0, 4)) + years).padStart(4, "0")}${iso.slice(4)}`;
  const from = shift(own.map((e) => dateSpan(e.date).from).sort()[0]!, -1);
  const to = shift(own.map((e) => dateSpan(e.until ?? e.date).to).sort().at(-1)!, 1);
  return events.filter((e) => dateSpan(e.date).from <= to && dateSpan(e.until ?? e.date).to >= from);
}

/** Events a brief's own timeline shows at most, and undated reports it lists: the dossier's full timeline has them all. */
export const BRIEF_TIMELINE_EVENTS = 10;
export const BRIEF_UNDATED_EVENTS = 5;
/** Events the home page's timeline shows at most beside every agreement, and undated reports it lists. */
export const HOME_OTHER_EVENTS = 30;
export const HOME_UNDATED_EVENTS = 10;
/** Where the whole timeline is published, and the passages each of its events links (timeline.json has them all). */
export const TIMELINE_PAGE = "/timeline/";
export const TIMELINE_PAGE_EVIDENCE = 5;
/** Events on one page of the timeline: past this, /timeline/ shows the most reported and the parts hold them all. */
export const TIMELINE_PART_EVENTS = 200;
/** Events the timeline page's chart shows beside every agreement, when the parts hold the rest. */
export const TIMELINE_OVERVIEW_EVENTS = 60;

/** The address of part `n` of the whole timeline. */
export function timelinePartAddress(n: number): string {
  return `${TIMELINE_PAGE}${n}/`;
}

/**
 * The whole timeline cut into pages of at most `size` events, oldest first, then the undated reports; none when it fits
 * on one page. Each part says the dates it runs between.
 */
export function timelineParts(timeline: Timeline, size = TIMELINE_PART_EVENTS): Array<{ range: string; events: TimelineEvent[]; undated: Timeline["undated"] }> {
  if (timeline.events.length + timeline.undated.length <= size) return [];
  const parts: Array<{ range: string; events: TimelineEvent[]; undated: Timeline["undated"] }> = [];
  for (let i = 0; i < timeline.events.length; i += size) {
    const events = timeline.events.slice(i, i + size);
    const [from, to] = [formatDate(events[0]!.date), formatDate(events.at(-1)!.until ?? events.at(-1)!.date)];
    parts.push({ range: from === to ? from : `${from} – ${to}`, events, undated: [] });
  }
  for (let i = 0; i < timeline.undated.length; i += size) parts.push({ range: "undated reports", events: [], undated: timeline.undated.slice(i, i + size) });
  return parts;
}

const EVENT_RANK: Record<TimelineEvent["kind"], number> = { agreement: 0, related: 1, reported: 2 };

/**
 * At most `max` of a brief's window, in their order: its own agreement, then other agreements, its related reporting,
 * then the reported acts nearest its agreement, so the page stays short however many sources report around it.
 */
export function nearestEvents(events: readonly TimelineEvent[], briefId: string, max = BRIEF_TIMELINE_EVENTS): TimelineEvent[] {
  if (events.length <= max) return [...events];
  const own = events.find((e) => e.kind === "agreement" && e.briefs.includes(briefId)) ?? events.find((e) => e.briefs.includes(briefId));
  const centre = own ? Date.parse(dateSpan(own.date).from) : 0;
  const rank = (e: TimelineEvent) => (e === own ? -1 : EVENT_RANK[e.kind]);
  const away = (e: TimelineEvent) => Math.abs(Date.parse(dateSpan(e.date).from) - centre);
  const kept = new Set([...events].sort((a, b) => rank(a) - rank(b) || away(a) - away(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, max));
  return events.filter((e) => kept.has(e));
}

/**
 * The home page's share of the timeline: every agreement, then at most `max` other events: related reporting before
 * reported acts, then those the most passages report, then those nearest an agreement; in the timeline's order. At
 * 1,000 articles the whole timeline is 1,600 events and 2 MB of page.
 */
export function homeEvents(events: readonly TimelineEvent[], max = HOME_OTHER_EVENTS): TimelineEvent[] {
  const others = events.filter((e) => e.kind !== "agreement");
  if (others.length <= max) return [...events];
  const agreements = events.filter((e) => e.kind === "agreement").map((e) => Date.parse(dateSpan(e.date).from));
  // Each event's sort keys, worked out once rather than at every comparison.
  const keys = new Map(
    others.map((e) => {
      const at = Date.parse(dateSpan(e.date).from);
      return [e, { rank: EVENT_RANK[e.kind], passages: new Set(e.evidence.map((c) => c.href)).size, away: Math.min(Infinity, ...agreements.map((t) => Math.abs(at - t))) }];
    }),
  );
  const order = (a: TimelineEvent, b: TimelineEvent) => {
    const [x, y] = [keys.get(a)!, keys.get(b)!];
    return x.rank - y.rank || y.passages - x.passages || x.away - y.away || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
  const kept = new Set([...others].sort(order).slice(0, max));
  return events.filter((e) => e.kind === "agreement" || kept.has(e));
}

export function glanceDossier(input: GlanceInput): Glance {
  const diagnostics: Diagnostic[] = [];
  const timeline = timelineEvents(input);
  const actors = actorRecords(input);
  const labels = new Map(input.sources.map((s) => [s.id as string, shortLabel({ outlet: s.meta.outlet?.value ?? null, title: displayTitle(s) })]));
  const byId = new Map(input.gazetteer.map((e) => [e.id as string, e]));
  const stateOf = (id: string): string | undefined => {
    for (let e = byId.get(id), seen = 0; e && seen < 10; e = byId.get(e.part_of ?? e.stands_for ?? ""), seen += 1) if (e.kind === "state") return e.id;
    return undefined;
  };
  const states = (parties: ReadonlySet<string>): MapState[] =>
    input.gazetteer.filter((e) => e.kind === "state").map((e) => ({ id: e.id, name: e.name, variants: e.variants, emphasis: parties.has(e.id) }));
  const places = mappablePlaces(input.gazetteer);
  const briefPlaces = new Map(input.briefs.map((b) => [b.id, placesOfBrief(input, b)]));
  for (const [briefId, ids] of briefPlaces) {
    for (const id of ids) {
      if (!validCoords(byId.get(id)?.coords)) diagnostics.push(diagnostic(GAZETTEER, "warning", `place "${id}" is named in brief ${briefId} but has no coords: [longitude, latitude]; it is left off the maps`, "glance-coords"));
    }
  }
  const namedIn = new Map<string, Array<{ id: string; title: string }>>();
  for (const b of input.briefs) for (const id of briefPlaces.get(b.id)!) namedIn.set(id, [...(namedIn.get(id) ?? []), { id: b.id, title: b.title }]);
  const partyStates = (briefs: typeof input.briefs) => new Set(briefs.flatMap((b) => b.parties.map((p) => stateOf(p.id)).filter((s): s is string => Boolean(s))));
  const map = (ids: readonly string[], parties: ReadonlySet<string>, id: string, heading: string, scope: string) => {
    const shown = places.filter((p) => ids.includes(p.id));
    if (!shown.length) return "";
    const title = `Locator map of Libya, Türkiye and the eastern Mediterranean marking ${shown.map((p) => p.name).join(", ")}`;
    const { svg, missing } = locatorMapSvg(shown, states(parties), title);
    for (const m of missing) diagnostics.push(diagnostic(GAZETTEER, "warning", `place "${m}" could not be marked and labelled on the map ${id}: its coords fall outside the region or its label has no room`, "glance-map"));
    return mapFigure(svg, shown, namedIn, { id, heading, scope });
  };
  const allPlaces = [...new Set([...briefPlaces.values()].flat())];
  const everything = "Every agreement the briefs cover, the related reporting they carry and the dated acts the sources report; each links to its brief or source passage.";
  // Made only where it is shown: at thousands of events, the whole timeline on one page would be megabytes.
  let whole: string | undefined;
  const wholeTimeline = () => (whole ??= timelineFigure(timeline.events, timeline.undated, labels, { id: "timeline", heading: "Timeline.", scope: everything, maxEvidence: TIMELINE_PAGE_EVIDENCE }));
  const cutInto = timelineParts(timeline);
  const partLinks = cutInto.map((p, i) => ({ href: timelinePartAddress(i + 1), range: p.range, events: p.events.length + p.undated.length }));
  const parts: TimelinePart[] = cutInto.map((p, i) => ({
    number: i + 1,
    ...partLinks[i]!,
    html: `${timelinePartsNav(partLinks, TIMELINE_PAGE, i)}\n${timelineFigure(p.events, p.undated, labels, {
      id: "timeline",
      heading: `Timeline, part ${i + 1} of ${cutInto.length}.`,
      scope: p.events.length ? `Every event from ${p.range}, in order; each links to its brief or source passage.` : "Reports the briefs carry that no source dates.",
      maxEvidence: TIMELINE_PAGE_EVIDENCE,
    })}`,
  }));
  const overview = homeEvents(timeline.events, TIMELINE_OVERVIEW_EVENTS);
  const timelinePage = parts.length
    ? `${timelineFigure(overview, [], labels, {
        id: "timeline",
        heading: "Timeline.",
        scope: `Every agreement the briefs cover, with the ${overview.length - timeline.events.filter((e) => e.kind === "agreement").length} other dated events the most passages report; the parts below hold all ${timeline.events.length} dated events${timeline.undated.length ? ` and ${timeline.undated.length} undated reports` : ""}, in order.`,
        maxEvidence: TIMELINE_PAGE_EVIDENCE,
      })}\n${timelinePartsNav(partLinks, TIMELINE_PAGE)}`
    : wholeTimeline();
  const shown = homeEvents(timeline.events);
  const cut = shown.length < timeline.events.length || timeline.undated.length > HOME_UNDATED_EVENTS;
  const agreementCount = timeline.events.filter((e) => e.kind === "agreement").length;
  const home = {
    timeline: cut
      ? timelineFigure(shown, timeline.undated.slice(0, HOME_UNDATED_EVENTS), labels, {
          id: "timeline",
          heading: "Timeline.",
          scope: `Every agreement the briefs cover, with the ${shown.length - agreementCount} of the ${timeline.events.length - agreementCount} other dated events the most passages report (the related reporting the briefs carry first, then the acts the sources report); each links to its brief or source passage.`,
          maxEvidence: 3,
          moreUndated: Math.max(0, timeline.undated.length - HOME_UNDATED_EVENTS),
          whole: { href: TIMELINE_PAGE, events: timeline.events.length, undated: timeline.undated.length },
        })
      : wholeTimeline(),
    map: map(allPlaces, partyStates(input.briefs), "map", "Map.", "The places the briefs name; Libya and Türkiye are shaded."),
  };
  const briefs: GlanceSite["briefs"] = {};
  for (const b of input.briefs) {
    const window = briefWindow(timeline.events, b.id);
    const events = nearestEvents(window, b.id);
    const undated = timeline.undated.filter((u) => u.briefs.includes(b.id));
    const scope = events.length < window.length
      ? `This agreement (in bold) and the ${events.length} events nearest it of the ${window.length} within a year of it and of its related reporting; the dossier's full timeline shows them all.`
      : "This agreement (in bold) and every event within a year of it and of its related reporting.";
    briefs[b.id] = {
      timeline: timelineFigure(events, undated.slice(0, BRIEF_UNDATED_EVENTS), labels, {
        id: `timeline-${b.id}`,
        heading: "When.",
        current: b.id,
        scope,
        maxEvidence: 3,
        moreUndated: Math.max(0, undated.length - BRIEF_UNDATED_EVENTS),
        ...(events.length < window.length || undated.length > BRIEF_UNDATED_EVENTS ? { whole: { href: TIMELINE_PAGE, events: timeline.events.length, undated: timeline.undated.length } } : {}),
      }),
      map: map(briefPlaces.get(b.id)!, partyStates([b]), `map-${b.id}`, "Where.", "The places this brief names."),
    };
  }
  const site: GlanceSite = {
    home,
    timeline: timelinePage,
    timelineParts: parts,
    briefs,
    actors,
    actorGroups: ACTOR_KINDS.map((k) => ({ kind: k.kind, label: k.label, actors: actors.filter((a) => a.kind === k.kind) })).filter((g) => g.actors.length),
    links: actorLinks(actors, input.gazetteer),
    data: DATA_FILES.map((f) => ({ file: f.file, schemaFile: f.schemaFile, title: String(f.schema.title), description: String(f.schema.description), fields: schemaFields(f.schema) })),
  };
  return { site, timeline, openData: (publish) => openDataFiles(input, actors, timeline, publish), diagnostics };
}
