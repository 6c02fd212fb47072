import { suite } from "uvu";
import * as assert from "uvu/assert";
import { escapeXml, textWidth, wrapText } from "../../scripts/glance/text.ts";
import { assignLanes, dateLine, dodge, timelineSvg, TIMELINE } from "../../scripts/glance/timeline-svg.ts";
import { CompactPath, locatorMapSvg, MAP, placeLabel } from "../../scripts/glance/map-svg.ts";
import { timelineEvents } from "../../scripts/glance/events.ts";
import { glanceInput } from "../helpers/glance-input.ts";

const esc = suite("escapeXml()");
esc("should make markup and quotes text", () => {
  assert.is(escapeXml(`<a href="x">&</a>`), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
});
esc.run();

const width = suite("textWidth()");
width("should measure with Helvetica's widths, wider for bold and for capitals, and handle letters outside Latin-1", () => {
  assert.ok(textWidth("MMMM", 10) > textWidth("iiii", 10) * 2);
  assert.ok(textWidth("Ankara", 11, "bold") > textWidth("Ankara", 11));
  assert.ok(Math.abs(textWidth("Kalın", 10) - textWidth("Kalin", 10)) < 0.01);
  assert.ok(textWidth("Çavuşoğlu", 10) > 0);
});
width.run();

const wrap = suite("wrapText()");
wrap("should break at words into lines that fit, and end cut text with an ellipsis", () => {
  const lines = wrapText("Security and military cooperation memorandum of understanding signed in Istanbul", 120, 11, 2);
  assert.is(lines.length, 2);
  for (const line of lines) assert.ok(textWidth(line, 11) <= 120, line);
  assert.match(lines[1]!, /…$/);
  assert.equal(wrapText("Short label", 200, 11, 2), ["Short label"]);
});
wrap("should cut a single word too long for the line", () => {
  const [line] = wrapText("Supercalifragilisticexpialidocious", 60, 11, 1);
  assert.ok(textWidth(line!, 11) <= 60 && line!.endsWith("…"), line);
});
wrap.run();

const lines = suite("dateLine()");
lines("should say the date at its precision, a range, and how it is known", () => {
  assert.is(dateLine({ date: { iso: "2019-11-27", precision: "day" }, dating: "stated" }), "27 November 2019");
  assert.is(dateLine({ date: { iso: "2025-05", precision: "month" }, dating: "inferred" }), "May 2025 · inferred");
  assert.is(dateLine({ date: { iso: "2019", precision: "year" }, until: { iso: "2020", precision: "year" }, dating: "analyst" }), "2019–2020 · analyst’s date");
});
lines.run();

const dodgeSuite = suite("dodge()");
dodgeSuite("should keep labels where they want to be when they do not collide", () => {
  assert.equal(dodge([{ want: 10, height: 20 }, { want: 100, height: 20 }], 5, 0), [10, 100]);
});
dodgeSuite("should spread colliding labels around where they want to be, never above the top", () => {
  const tops = dodge([{ want: 50, height: 20 }, { want: 50, height: 20 }, { want: 50, height: 20 }], 5, 0);
  assert.equal(tops, [25, 50, 75]);
  assert.equal(dodge([{ want: 0, height: 20 }, { want: 0, height: 20 }], 5, 2), [2, 27]);
});
dodgeSuite.run();

const lanes = suite("assignLanes()");
lanes("should give overlapping marks different lanes and reuse a lane once it is free", () => {
  assert.equal(assignLanes([{ y0: 0, y1: 100 }, { y0: 10, y1: 20 }, { y0: 50, y1: 60 }, { y0: 200, y1: 210 }]), [0, 1, 1, 0]);
});
lanes.run();

const chart = suite("timelineSvg()");
chart("should draw one linked group per event, a point for a day and a bar for a year or a range, and its labels inside the frame", () => {
  const { events } = timelineEvents(glanceInput());
  const svg = timelineSvg(events, { current: "mou-2019" });
  assert.is((svg.match(/<g class="event /g) ?? []).length, events.length);
  for (const e of events) assert.ok(svg.includes(`data-event="${e.id}"><a href="${e.href}" tabindex="-1">`), e.id);
  assert.match(svg, /class="event agreement stated current" data-event="agreement-mou-2019"><a[^>]*><title>[^<]*<\/title><circle class="mark"/);
  assert.match(svg, /data-event="reported-a-news-p2-1"><a[^>]*><title>[^<]*<\/title><rect class="mark"/);
  const height = Number(/viewBox="0 0 320 (\d+)"/.exec(svg)![1]);
  for (const m of svg.matchAll(/<tspan class="when" x="([\d.]+)" y="([\d.]+)"/g)) assert.ok(Number(m[2]) > 0 && Number(m[2]) < height);
  for (const group of svg.matchAll(/<g class="event ([a-z]+)[^"]*"[\s\S]*?<\/g>/g)) {
    for (const m of group[0].matchAll(/<tspan x="([\d.]+)" y="[\d.]+">([^<]*)<\/tspan>/g)) {
      assert.ok(Number(m[1]) + textWidth(m[2]!.replace(/&[a-z]+;/g, "&"), TIMELINE.labelSize, group[1] === "agreement" ? "bold" : "normal") <= TIMELINE.width, m[2]);
    }
  }
  assert.match(svg, /aria-hidden="true"/);
});
chart("should be empty without events, and the same for the same events", () => {
  assert.is(timelineSvg([]), "");
  const { events } = timelineEvents(glanceInput());
  assert.is(timelineSvg(events), timelineSvg(events));
});
chart.run();

const label = suite("placeLabel()");
label("should put a label to the right of its mark, else elsewhere around it, never over another or outside the frame", () => {
  const right = placeLabel(100, 100, 40, 11, [])!;
  assert.is(right.anchor, "start");
  const moved = placeLabel(100, 100, 40, 11, [right.box])!;
  assert.not.equal(moved.box, right.box);
  assert.ok(moved.box.x1 <= right.box.x0 || moved.box.x0 >= right.box.x1 || moved.box.y1 <= right.box.y0 || moved.box.y0 >= right.box.y1);
  const edge = placeLabel(MAP.width - 5, 100, 40, 11, [])!;
  assert.ok(edge.box.x1 <= MAP.width);
});
label.run();

const map = suite("locatorMapSvg()");
map("should mark and label each place, label states in the dossier's spelling, shade the parties, and stay under 30 kB", () => {
  const { svg, missing } = locatorMapSvg(
    [{ id: "tripoli", name: "Tripoli", coords: [13.1913, 32.8872] }, { id: "ankara", name: "Ankara", coords: [32.8597, 39.9334] }],
    [{ id: "turkiye", name: "Türkiye", variants: ["Türkiye", "Turkey"], emphasis: true }, { id: "libya", name: "Libya", variants: ["Libya"], emphasis: false }],
    "A map",
  );
  assert.equal(missing, []);
  for (const id of ["tripoli", "ankara"]) {
    assert.match(svg, new RegExp(`<circle class="place-mark" data-place="${id}"`));
    assert.match(svg, new RegExp(`<text class="place-label" data-place="${id}"[^>]*>`));
  }
  assert.match(svg, /<text class="state-label" data-state="turkiye"[^>]*>TÜRKIYE<\/text>/);
  assert.not.match(svg, />TURKEY</);
  assert.match(svg, /class="country party" data-state="turkiye"/);
  assert.match(svg, /role="img" aria-label="A map"/);
  assert.ok(Buffer.byteLength(svg) < 30_000, `${Buffer.byteLength(svg)} bytes`);
});
map("should report a place outside the region instead of drawing it off the map", () => {
  const { svg, missing } = locatorMapSvg([{ id: "london", name: "London", coords: [-0.12, 51.5] }], [], "A map");
  assert.equal(missing, ["london"]);
  assert.not.match(svg, /London/);
});
map.run();

const compact = suite("CompactPath");
compact("should write each ring as a whole-unit move and relative steps, dropping steps and rings that round to nothing", () => {
  const path = new CompactPath();
  path.moveTo(10.2, 20.4);
  path.lineTo(13.4, 20.6);
  path.lineTo(13.45, 20.7);
  path.lineTo(11, 25);
  path.closePath();
  path.moveTo(50, 50);
  path.lineTo(50.2, 50.1);
  path.closePath();
  path.moveTo(0, 0);
  path.lineTo(-2, 3);
  path.lineTo(-2, 1);
  path.closePath();
  assert.is(path.result(), "M10 20l3 1-2 4zM0 0l-2 3 0-2z");
  assert.is(path.result(), "");
});
compact.run();
