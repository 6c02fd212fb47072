// The locator map as inline SVG, drawn at build time from Natural Earth's world-atlas, clipped and simplified to the region.
import { createRequire } from "node:module";
import { geoBounds, geoConicConformal, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry, MultiLineString, MultiPolygon as GeoMultiPolygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import { escapeXml, textWidth } from "./text.ts";

/** A point the map marks: a gazetteer place with its coordinates. */
export interface MapPlace {
  id: string;
  name: string;
  /** [longitude, latitude] in degrees. */
  coords: [number, number];
}

/** A state the map may label, with the names the map data might give it. */
export interface MapState {
  id: string;
  /** The dossier's spelling, shown on the map. */
  name: string;
  /** Every spelling of it, one of which may be the map data's own name. */
  variants: string[];
  /** Drawn emphasised: a party to the agreements shown. */
  emphasis: boolean;
}

/** Libya, Türkiye and the eastern Mediterranean: [west, south, east, north] in degrees. */
export const REGION = { west: 9, south: 19, east: 45.5, north: 42.6 } as const;
export const MAP = { width: 360, height: 270, placeSize: 11, stateSize: 10, markRadius: 3.5 } as const;

type CountryProps = { name: string };
interface Region {
  /** Each country, for the parties' shading and the states' labels. */
  countries: Array<Feature<Geometry, CountryProps>>;
  /** All their land as one shape, and the borders between them as lines: each arc drawn once. */
  land: GeoMultiPolygon;
  borders: MultiLineString;
}
let cachedRegion: Region | undefined;

/** The countries that reach into the region, simplified once per process (Natural Earth 1:50m). */
function region(): Region {
  if (cachedRegion) return cachedRegion;
  const atlas = createRequire(import.meta.url)("world-atlas/countries-50m.json") as Topology<{ countries: GeometryCollection<CountryProps> }>;
  // presimplify writes weights into the arcs: work on a copy, so the shared module object stays as published.
  const topology = simplify(presimplify(structuredClone(atlas), sphericalTriangleArea), 3e-6) as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const margin = 3;
  const geometries = topology.objects.countries.geometries
    .filter((g) => {
      const [[w, s], [e, n]] = geoBounds(feature(topology, g));
      return w <= REGION.east + margin && e >= REGION.west - margin && s <= REGION.north + margin && n >= REGION.south - margin;
    })
    .sort((a, b) => ((a.properties as CountryProps).name < (b.properties as CountryProps).name ? -1 : 1));
  const collection: GeometryCollection<CountryProps> = { type: "GeometryCollection", geometries };
  cachedRegion = {
    countries: geometries.map((g) => feature(topology, g) as Feature<Geometry, CountryProps>),
    land: merge(topology, geometries as Array<Polygon | MultiPolygon>),
    borders: mesh(topology, collection, (a, b) => a !== b),
  };
  return cachedRegion;
}

/** A conic conformal projection fitted to the region and clipped to the map's frame. */
function regionProjection(): GeoProjection {
  const { west, south, east, north } = REGION;
  const frame: Feature<Geometry> = {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiPoint", coordinates: [[west, south], [east, south], [west, north], [east, north], [(west + east) / 2, north], [(west + east) / 2, south]] },
  };
  return geoConicConformal().parallels([25, 40]).rotate([-(west + east) / 2, 0]).fitExtent([[0, 0], [MAP.width, MAP.height]], frame).clipExtent([[0, 0], [MAP.width, MAP.height]]);
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
const inside = (a: Box, pad: number) => a.x0 >= pad && a.y0 >= pad && a.x1 <= MAP.width - pad && a.y1 <= MAP.height - pad;

/** Where a place's label goes: the first spot around its mark that is inside the frame and clear of everything placed. */
export function placeLabel(x: number, y: number, width: number, size: number, taken: readonly Box[]): { x: number; y: number; anchor: "start" | "end" | "middle"; box: Box } | undefined {
  const h = size;
  const candidates: Array<{ dx: number; dy: number; anchor: "start" | "end" | "middle" }> = [];
  for (const d of [6, 12, 20]) {
    candidates.push(
      { dx: d, dy: h / 3, anchor: "start" },
      { dx: -d, dy: h / 3, anchor: "end" },
      { dx: 0, dy: -d, anchor: "middle" },
      { dx: 0, dy: d + h * 0.8, anchor: "middle" },
      { dx: d * 0.7, dy: -d * 0.7, anchor: "start" },
      { dx: d * 0.7, dy: d * 0.7 + h * 0.7, anchor: "start" },
      { dx: -d * 0.7, dy: -d * 0.7, anchor: "end" },
      { dx: -d * 0.7, dy: d * 0.7 + h * 0.7, anchor: "end" },
    );
  }
  for (const c of candidates) {
    const lx = x + c.dx;
    const ly = y + c.dy;
    const x0 = c.anchor === "start" ? lx : c.anchor === "end" ? lx - width : lx - width / 2;
    const box = { x0, y0: ly - h * 0.8, x1: x0 + width, y1: ly + h * 0.25 };
    if (inside(box, 2) && !taken.some((t) => overlap(t, box))) return { x: lx, y: ly, anchor: c.anchor, box };
  }
  return undefined;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A d3 path context that writes SVG path data in whole viewBox units, each ring as one absolute move and then relative
 * steps with the `l` left implied: the land is the same on every brief, and this spells it in about half the bytes of
 * d3's absolute output (gzipped). Steps that round to nothing are dropped, and a ring that rounds to a point with them.
 */
export class CompactPath {
  #parts: string[] = [];
  #ring: string[] = [];
  #x = 0;
  #y = 0;
  #start: [number, number] = [0, 0];

  moveTo(x: number, y: number): void {
    this.#flush();
    this.#x = Math.round(x);
    this.#y = Math.round(y);
    this.#start = [this.#x, this.#y];
  }

  lineTo(x: number, y: number): void {
    const [nx, ny] = [Math.round(x), Math.round(y)];
    const [dx, dy] = [nx - this.#x, ny - this.#y];
    if (!dx && !dy) return;
    // Numbers run together where a minus sign can part them.
    const pair = `${dx}${dy < 0 ? "" : " "}${dy}`;
    this.#ring.push(this.#ring.length && dx >= 0 ? ` ${pair}` : pair);
    [this.#x, this.#y] = [nx, ny];
  }

  closePath(): void {
    if (this.#ring.length) this.#ring.push("z");
    this.#flush();
    [this.#x, this.#y] = this.#start;
  }

  beginPath(): void {}

  arc(): void {}

  #flush(): void {
    // Two steps at least: a ring of one step is a line to nowhere at this scale.
    if (this.#ring.filter((s) => s !== "z").length >= 2) this.#parts.push(`M${this.#start[0]} ${this.#start[1]}l${this.#ring.join("")}`);
    this.#ring = [];
  }

  /** The path data written so far, and a fresh start. */
  result(): string {
    this.#flush();
    const d = this.#parts.join("");
    this.#parts = [];
    return d;
  }
}

/**
 * The map: land and borders, the states labelled in the dossier's spelling (a party's filled), and a mark and label
 * for each place. A place that falls outside the frame is left off and reported in `missing`.
 */
export function locatorMapSvg(places: readonly MapPlace[], states: readonly MapState[], title: string): { svg: string; missing: string[] } {
  const projection = regionProjection();
  const context = new CompactPath();
  const path = geoPath(projection, context);
  const { countries, land: landShape, borders } = region();
  const stateOf = (f: Feature<Geometry, CountryProps>) => states.find((s) => s.variants.includes(f.properties.name) || s.name === f.properties.name);
  const taken: Box[] = [];
  const marks: string[] = [];
  const labels: string[] = [];
  const missing: string[] = [];
  const shown = [...places].sort((a, b) => a.coords[1] - b.coords[1] || a.coords[0] - b.coords[0] || (a.id < b.id ? -1 : 1));
  const points = shown.map((p) => ({ place: p, at: projection(p.coords) }));
  for (const { at } of points) if (at) taken.push({ x0: at[0] - MAP.markRadius, y0: at[1] - MAP.markRadius, x1: at[0] + MAP.markRadius, y1: at[1] + MAP.markRadius });
  for (const { place, at } of points) {
    if (!at || at[0] < 0 || at[1] < 0 || at[0] > MAP.width || at[1] > MAP.height) {
      missing.push(place.id);
      continue;
    }
    const width = textWidth(place.name, MAP.placeSize, "bold");
    const spot = placeLabel(at[0], at[1], width, MAP.placeSize, taken);
    marks.push(`<circle class="place-mark" data-place="${escapeXml(place.id)}" cx="${r1(at[0])}" cy="${r1(at[1])}" r="${MAP.markRadius}"/>`);
    if (!spot) {
      missing.push(place.id);
      continue;
    }
    taken.push(spot.box);
    labels.push(`<text class="place-label" data-place="${escapeXml(place.id)}" x="${r1(spot.x)}" y="${r1(spot.y)}" text-anchor="${spot.anchor}">${escapeXml(place.name)}</text>`);
  }
  const d = (shape: Parameters<typeof path>[0]) => {
    path(shape);
    return context.result();
  };
  // The land once, the parties shaded over it, then the borders: every coast and border drawn once, bar the parties'.
  const land = [`<path class="country" d="${d(landShape)}"/>`];
  const stateLabels: string[] = [];
  for (const f of countries) {
    const state = stateOf(f);
    if (state?.emphasis) {
      const outline = d(f);
      if (outline) land.push(`<path class="country party" data-state="${escapeXml(state.id)}" d="${outline}"/>`);
    }
    if (!state || path.area(f) < 900) continue;
    const [cx, cy] = path.centroid(f);
    const text = state.name.toLocaleUpperCase("en");
    const width = textWidth(text, MAP.stateSize) + text.length * 1.2;
    for (const dy of [0, 14, -14, 28, -28]) {
      const box = { x0: cx - width / 2, y0: cy + dy - MAP.stateSize * 0.8, x1: cx + width / 2, y1: cy + dy + MAP.stateSize * 0.25 };
      if (!inside(box, 2) || taken.some((t) => overlap(t, box))) continue;
      taken.push(box);
      stateLabels.push(`<text class="state-label" data-state="${escapeXml(state.id)}" x="${r1(cx)}" y="${r1(cy + dy)}" text-anchor="middle">${escapeXml(text)}</text>`);
      break;
    }
  }
  const svg = [
    `<svg class="glance-map" viewBox="0 0 ${MAP.width} ${MAP.height}" width="${MAP.width}" height="${MAP.height}" role="img" aria-label="${escapeXml(title)}">`,
    `<rect class="sea" width="${MAP.width}" height="${MAP.height}"/>`,
    `<g class="land">${land.join("")}<path class="borders" d="${d(borders)}"/></g>`,
    `<g class="states">${stateLabels.join("")}</g>`,
    `<g class="places">${marks.join("")}${labels.join("")}</g>`,
    `</svg>`,
  ].join("\n");
  return { svg, missing };
}
