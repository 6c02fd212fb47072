// The timeline and the map as HTML figures: the SVG, a legend, and a text alternative that lists the same things.
import { formatDate } from "../dates.ts";
import type { TimelineEvent, UndatedEvent } from "./events.ts";
import { timelineSvg } from "./timeline-svg.ts";
import { escapeXml as esc } from "./text.ts";
import type { MapPlace } from "./map-svg.ts";

const DATING_WORDS: Record<TimelineEvent["dating"], string> = { stated: "date stated in the source", inferred: "date inferred from the source", analyst: "date supplied by the analyst" };
const KIND_WORDS: Record<TimelineEvent["kind"], string> = { agreement: "agreement", related: "related reporting", reported: "reported by a source" };

/** A source's short name in the lists: its outlet, or the opening words of its title. */
export type SourceLabels = ReadonlyMap<string, string>;

/** The passages an event rests on, each once (two quotes from one paragraph are one link), the first `max` linked. */
function evidenceLinks(e: Pick<TimelineEvent, "evidence">, labels: SourceLabels, max = Number.POSITIVE_INFINITY): string {
  const passages = [...new Map(e.evidence.map((c) => [c.href, c])).values()];
  const links = passages.slice(0, max).map((c) => `<a href="${esc(c.href)}">${esc(labels.get(c.source) ?? c.source)}, ${esc(c.paragraph)}</a>`).join("; ");
  return passages.length > max ? `${links} and ${passages.length - max} more` : links;
}

/** HTML's datetime takes one date, not a range: a span gives its start there and its end in data-until. */
function timeAttributes(e: TimelineEvent): string {
  return e.until ? `datetime="${esc(e.date.iso)}" data-until="${esc(e.until.iso)}"` : `datetime="${esc(e.date.iso)}"`;
}

const LEGEND = `<ul class="glance-legend">
<li><svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><circle class="swatch agreement stated" cx="6" cy="6" r="4.5"/></svg> a day</li>
<li><svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><rect class="swatch agreement stated" x="2" y="0.5" width="8" height="11" rx="2"/></svg> a month or a year</li>
<li><svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><circle class="swatch agreement stated" cx="6" cy="6" r="4.5"/></svg> filled: date stated by a source</li>
<li><svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><circle class="swatch agreement inferred" cx="6" cy="6" r="4.5"/></svg> hollow: inferred from a source</li>
<li><svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><circle class="swatch agreement analyst" cx="6" cy="6" r="4.5"/></svg> dashed: supplied by the analyst</li>
<li><svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><circle class="swatch reported stated" cx="6" cy="6" r="4.5"/></svg> grey: an act a source reports; <strong>bold</strong> labels are agreements</li>
</ul>`;

export interface TimelineFigureOptions {
  /** Unique on its page: prefixes the figure's element ids. */
  id: string;
  heading: string;
  /** The brief whose own agreement is emphasised. */
  current?: string;
  /** Said before the list: what the chart covers. */
  scope: string;
  /** Source links shown per event (all by default); the rest are counted. */
  maxEvidence?: number;
  /** Undated reports left out of the list, counted after it. */
  moreUndated?: number;
  /** Where the whole timeline is, when this figure shows only part of it: a link after the list. */
  whole?: { href: string; events: number; undated: number };
}

/** The timeline figure: caption, legend, chart, and the same events as an ordered list (with the undated ones after). */
export function timelineFigure(events: readonly TimelineEvent[], undated: readonly UndatedEvent[], labels: SourceLabels, o: TimelineFigureOptions): string {
  if (!events.length && !undated.length) return "";
  const items = events.map((e) => {
    const note = e.note ? ` <span class="glance-note">${esc(e.note)}</span>` : "";
    const passages = new Set(e.evidence.map((c) => c.href)).size;
    const sources = passages ? ` <span class="glance-evidence">Source${passages > 1 ? "s" : ""}: ${evidenceLinks(e, labels, o.maxEvidence)}.</span>` : "";
    const when = e.until ? `${formatDate(e.date)}–${formatDate(e.until)}` : formatDate(e.date);
    return `<li data-event="${esc(e.id)}"><time ${timeAttributes(e)}>${esc(when)}</time> (${esc(DATING_WORDS[e.dating])}; ${esc(KIND_WORDS[e.kind])}): <a href="${esc(e.href)}">${esc(e.kind === "reported" ? e.label : e.title)}</a>.${sources}${note}</li>`;
  });
  const undatedList = undated.length
    ? `<p class="glance-undated-intro">Not on the chart, because no source dates them:</p>\n<ul class="glance-undated">${undated.map((u) => `<li data-event="${esc(u.id)}"><a href="${esc(u.href)}">${esc(u.title)}</a>. <span class="glance-note">${esc(u.note)}</span>${u.evidence.length ? ` <span class="glance-evidence">Source: ${evidenceLinks(u, labels, o.maxEvidence)}.</span>` : ""}</li>`).join("\n")}</ul>${o.moreUndated ? `\n<p class="glance-undated-more">And ${o.moreUndated} more undated report${o.moreUndated === 1 ? "" : "s"}: the dossier's full timeline lists them all.</p>` : ""}`
    : "";
  const whole = o.whole
    ? `\n<p class="glance-whole"><a href="${esc(o.whole.href)}">The full timeline</a>: all ${o.whole.events} dated event${o.whole.events === 1 ? "" : "s"}${o.whole.undated ? ` and ${o.whole.undated} undated report${o.whole.undated === 1 ? "" : "s"}` : ""}.</p>`
    : "";
  const firstYear = events[0]?.date.iso.slice(0, 4) ?? "";
  const lastYear = events.reduce((y, e) => ((e.until ?? e.date).iso.slice(0, 4) > y ? (e.until ?? e.date).iso.slice(0, 4) : y), firstYear);
  const years = firstYear === lastYear ? firstYear : `${firstYear}–${lastYear}`;
  return `<figure class="glance glance-timeline-figure" id="${esc(o.id)}" aria-labelledby="${esc(o.id)}-caption">
<figcaption id="${esc(o.id)}-caption"><span class="glance-heading">${esc(o.heading)}</span> ${events.length} dated event${events.length === 1 ? "" : "s"}${years ? `, ${years}` : ""}. ${esc(o.scope)}</figcaption>
${LEGEND}
<div class="glance-chart">${timelineSvg(events, { current: o.current })}</div>
<details class="glance-list no-print"><summary>The timeline as a list</summary>
<ol>
${items.join("\n")}
</ol>
${undatedList}
</details>${whole}
</figure>`;
}

/**
 * The timeline's parts, each with its dates and count: on the timeline's page as a list; on a part's own page
 * (`current`, counted from 0) as links to the parts before and after it, the overview and, folded, every part.
 */
export function timelinePartsNav(parts: ReadonlyArray<{ href: string; range: string; events: number }>, overview: string, current?: number): string {
  const item = (p: (typeof parts)[number], i: number) =>
    i === current ? `<li aria-current="page">Part ${i + 1}: ${esc(p.range)} (${p.events})</li>` : `<li><a href="${esc(p.href)}">Part ${i + 1}: ${esc(p.range)}</a> (${p.events})</li>`;
  const list = `<ol>${parts.map(item).join("")}</ol>`;
  if (current === undefined) return `<nav class="glance-parts" aria-label="Parts of the timeline"><p>The whole timeline, in ${parts.length} parts:</p>${list}</nav>`;
  const steps = [
    current > 0 ? `<a href="${esc(parts[current - 1]!.href)}" rel="prev">← Part ${current}: ${esc(parts[current - 1]!.range)}</a>` : "",
    current < parts.length - 1 ? `<a href="${esc(parts[current + 1]!.href)}" rel="next">Part ${current + 2}: ${esc(parts[current + 1]!.range)} →</a>` : "",
    `<a href="${esc(overview)}">Overview</a>`,
  ].filter(Boolean).join(" · ");
  return `<nav class="glance-parts" aria-label="Parts of the timeline"><p>${steps}</p><details><summary>All ${parts.length} parts</summary>${list}</details></nav>`;
}

export interface MapFigureOptions {
  id: string;
  heading: string;
  scope: string;
}

/** The map figure: caption, the SVG, and the places as a list with their coordinates and the briefs that name them. */
export function mapFigure(svg: string, places: readonly MapPlace[], namedIn: ReadonlyMap<string, Array<{ id: string; title: string }>>, o: MapFigureOptions): string {
  if (!places.length) return "";
  const items = places.map((p) => {
    const briefs = namedIn.get(p.id) ?? [];
    const [lon, lat] = p.coords;
    const coords = `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? "N" : "S"}, ${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? "E" : "W"}`;
    return `<li data-place="${esc(p.id)}">${esc(p.name)} <span class="glance-note">(${coords})</span>${briefs.length ? `: named in ${briefs.map((b) => `<a href="/briefs/${esc(b.id)}/">${esc(b.title)}</a>`).join("; ")}` : ""}</li>`;
  });
  return `<figure class="glance glance-map-figure" id="${esc(o.id)}" aria-labelledby="${esc(o.id)}-caption">
<figcaption id="${esc(o.id)}-caption"><span class="glance-heading">${esc(o.heading)}</span> ${esc(o.scope)}</figcaption>
<div class="glance-chart">${svg}</div>
<details class="glance-list no-print"><summary>The places on the map as a list</summary>
<ul>
${items.join("\n")}
</ul>
</details>
</figure>`;
}
