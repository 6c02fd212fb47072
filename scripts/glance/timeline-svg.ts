// The timeline as inline SVG, drawn at build time: time runs down a d3 UTC scale, marks in lanes, labels dodged to the right.
import { scaleUtc } from "d3-scale";
import { utcYear } from "d3-time";
import { dateSpan, formatDate } from "../dates.ts";
import type { TimelineEvent } from "./events.ts";
import { escapeXml, wrapText } from "./text.ts";

export interface TimelineOptions {
  /** The brief whose agreement is drawn emphasised (its own page). */
  current?: string;
  /** An id prefix, so two charts on one page never share element ids. */
  idPrefix?: string;
}

/** Layout constants, in viewBox units: 320 wide, so text stays legible when a phone shows the chart at its width. */
export const TIMELINE = { width: 320, top: 14, bottom: 14, axisX: 36, laneX: 48, laneGap: 11, labelGap: 14, right: 6, yearHeight: 30, dateSize: 9, labelSize: 11, lineHeight: 13, blockGap: 7, maxLines: 2 } as const;

interface Placed {
  event: TimelineEvent;
  y0: number;
  y1: number;
  lane: number;
  lines: string[];
  dateLine: string;
  top: number;
  height: number;
}

/** The date as the chart's small first line says it: `27 Nov 2019 · inferred`. */
export function dateLine(event: Pick<TimelineEvent, "date" | "until" | "dating">): string {
  const when = event.until ? `${formatDate(event.date)}–${formatDate(event.until)}` : formatDate(event.date);
  const how = event.dating === "stated" ? "" : event.dating === "inferred" ? " · inferred" : " · analyst’s date";
  return `${when}${how}`;
}

/** The first and last day an event covers, as UTC instants (the end is the start of the day after). */
function extent(event: TimelineEvent): [Date, Date] {
  const from = dateSpan(event.date).from;
  const to = dateSpan(event.until ?? event.date).to;
  const end = new Date(`${to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return [new Date(`${from}T00:00:00Z`), end];
}

/**
 * Labels placed as near their marks as they can be without overlapping: each run of labels that would collide is
 * centred on the marks it belongs to (least squares), then kept below `minTop`.
 */
export function dodge(items: ReadonlyArray<{ want: number; height: number }>, gap: number, minTop: number): number[] {
  type Cluster = { first: number; last: number; top: number; height: number; sum: number };
  const clusters: Cluster[] = [];
  items.forEach((item, i) => {
    let c: Cluster = { first: i, last: i, top: Math.max(minTop, item.want), height: item.height, sum: item.want };
    for (let prev = clusters.at(-1); prev && prev.top + prev.height + gap > c.top; prev = clusters.at(-1)) {
      clusters.pop();
      const merged: Cluster = { first: prev.first, last: c.last, top: 0, height: prev.height + gap + c.height, sum: 0 };
      // Each label's wanted top minus its offset inside the merged run, averaged: the run's best top.
      let offset = 0;
      let sum = 0;
      for (let k = merged.first; k <= merged.last; k += 1) {
        sum += items[k]!.want - offset;
        offset += items[k]!.height + gap;
      }
      merged.sum = sum;
      merged.top = Math.max(minTop, sum / (merged.last - merged.first + 1));
      c = merged;
    }
    clusters.push(c);
  });
  const tops: number[] = [];
  for (const c of clusters) {
    let y = c.top;
    for (let k = c.first; k <= c.last; k += 1) {
      tops.push(y);
      y += items[k]!.height + gap;
    }
  }
  return tops;
}

/** Lanes for marks so no two overlap: each mark takes the first lane free at its height. */
export function assignLanes(marks: ReadonlyArray<{ y0: number; y1: number }>, pad = 5): number[] {
  const laneEnds: number[] = [];
  return marks.map((m) => {
    let lane = laneEnds.findIndex((end) => end + pad <= m.y0);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = Math.max(m.y1, m.y0 + pad);
    return lane;
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The whole chart: `<svg>` with a year axis, one linked group per event (mark, leader line, label). */
export function timelineSvg(events: readonly TimelineEvent[], options: TimelineOptions = {}): string {
  const T = TIMELINE;
  if (!events.length) return "";
  const extents = events.map(extent);
  const first = utcYear.floor(new Date(Math.min(...extents.map((e) => e[0].getTime()))));
  const last = utcYear.ceil(new Date(Math.max(...extents.map((e) => e[1].getTime()))));
  const years = Math.max(utcYear.count(first, last), 1);
  // Lanes and label widths first: the wrapped labels decide how tall a year must be for leaders to stay short.
  const draft = scaleUtc().domain([first, last]).range([T.top, T.top + years * T.yearHeight]);
  const laneCount = Math.max(...assignLanes(extents.map(([a, b]) => ({ y0: draft(a), y1: Math.max(draft(b), draft(a) + 9) })))) + 1;
  const labelX = T.laneX + (laneCount - 1) * T.laneGap + 5 + T.labelGap;
  const labelWidth = T.width - T.right - labelX;
  const wrapped = events.map((event) => wrapText(event.label, labelWidth, T.labelSize, T.maxLines, event.kind === "agreement" ? "bold" : "normal"));
  const labelsHeight = wrapped.reduce((sum, lines) => sum + T.dateSize + 2 + lines.length * T.lineHeight + T.blockGap, 0);
  const yearHeight = Math.min(160, Math.max(T.yearHeight, (labelsHeight * 0.85) / years));
  const y = scaleUtc().domain([first, last]).range([T.top, T.top + years * yearHeight]);
  const marks = extents.map(([a, b]) => {
    const y0 = y(a);
    const y1 = y(b);
    return y1 - y0 < 9 ? { y0: (y0 + y1) / 2 - 4.5, y1: (y0 + y1) / 2 + 4.5 } : { y0, y1 };
  });
  const lanes = assignLanes(marks).map((lane) => Math.min(lane, laneCount - 1));
  const placed: Placed[] = events.map((event, i) => {
    const lines = wrapped[i]!;
    const height = T.dateSize + 2 + lines.length * T.lineHeight;
    // A label starts level with its mark: a point's middle, a span's first days.
    const anchor = Math.min((marks[i]!.y0 + marks[i]!.y1) / 2, marks[i]!.y0 + 6);
    return { event, y0: marks[i]!.y0, y1: marks[i]!.y1, lane: lanes[i]!, lines, dateLine: dateLine(event), top: anchor - T.dateSize + 3, height };
  });
  const tops = dodge(placed.map((p) => ({ want: p.top, height: p.height })), T.blockGap, 2);
  placed.forEach((p, i) => (p.top = tops[i]!));
  const axisEnd = y(last);
  const height = Math.ceil(Math.max(axisEnd, ...placed.map((p) => p.top + p.height)) + T.bottom);
  const step = yearHeight * 1 < 16 ? 5 : yearHeight < 28 ? 2 : 1;
  const ticks = y.ticks(utcYear.every(step)!);
  const out: string[] = [];
  out.push(`<svg class="glance-timeline" viewBox="0 0 ${T.width} ${height}" width="${T.width}" height="${height}" aria-hidden="true" focusable="false">`);
  out.push(`<g class="axis"><line x1="${T.axisX + 4}" x2="${T.axisX + 4}" y1="${T.top}" y2="${round(axisEnd)}"/>`);
  for (const t of ticks) {
    const ty = round(y(t));
    out.push(`<line class="tick" x1="${T.axisX}" x2="${T.axisX + 8}" y1="${ty}" y2="${ty}"/><text x="${T.axisX - 3}" y="${round(ty + 3.5)}" text-anchor="end">${t.getUTCFullYear()}</text>`);
  }
  out.push(`</g>`);
  for (const p of placed) {
    const e = p.event;
    const x = T.laneX + p.lane * T.laneGap;
    const classes = ["event", e.kind, e.dating, e.id === `agreement-${options.current}` ? "current" : ""].filter(Boolean).join(" ");
    const mark = e.date.precision === "day" && !e.until
      ? `<circle class="mark" cx="${x}" cy="${round((p.y0 + p.y1) / 2)}" r="4.5"/>`
      : `<rect class="mark" x="${x - 4}" y="${round(p.y0)}" width="8" height="${round(Math.max(p.y1 - p.y0, 3))}" rx="2"/>`;
    const markY = round(Math.min(Math.max(p.top + T.dateSize - 3, p.y0 + 2), p.y1 - 2));
    const textY = p.top + T.dateSize;
    const leader = `<polyline class="leader" points="${x + 5},${markY} ${labelX - 8},${round(textY - 3)} ${labelX - 3},${round(textY - 3)}"/>`;
    const lines = p.lines.map((line, k) => `<tspan x="${labelX}" y="${round(textY + 2 + (k + 1) * T.lineHeight - 1)}">${escapeXml(line)}</tspan>`).join("");
    out.push(
      `<g class="${classes}" data-event="${escapeXml(e.id)}"><a href="${escapeXml(e.href)}" tabindex="-1"><title>${escapeXml(`${p.dateLine}: ${e.kind === "reported" ? e.label : e.title}`)}</title>${mark}${leader}` +
        `<text class="label"><tspan class="when" x="${labelX}" y="${round(textY)}">${escapeXml(p.dateLine)}</tspan>${lines}</text></a></g>`,
    );
  }
  out.push(`</svg>`);
  return out.join("\n");
}
