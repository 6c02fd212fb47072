// The places each brief names, for its locator map: gazetteer places in the passages it quotes, its place fact and its own text.
import type { Brief } from "../brief-schema.ts";
import type { Entity } from "../catalogue.ts";
import { findTerms } from "../fold.ts";
import { namedInBrief } from "./actors.ts";
import type { GlanceInput } from "./inputs.ts";
import type { MapPlace } from "./map-svg.ts";

/** The gazetteer's places with coordinates, as the map marks them. */
export function mappablePlaces(gazetteer: readonly Entity[]): MapPlace[] {
  return gazetteer.filter((e) => e.kind === "place" && validCoords(e.coords)).map((e) => ({ id: e.id, name: e.name, coords: [Number(e.coords![0]), Number(e.coords![1])] }));
}

export function validCoords(coords: unknown): coords is [number, number] {
  return Array.isArray(coords) && coords.length === 2 && coords.every((n) => typeof n === "number" && Number.isFinite(n)) && Math.abs(coords[0]) <= 180 && Math.abs(coords[1]) <= 90;
}

/** The ids of the places a brief names, in gazetteer order: in its quoted passages, its place fact, summary or context. */
export function placesOfBrief(input: GlanceInput, b: Brief): string[] {
  const named = namedInBrief(input, b);
  const own = [b.place?.value ?? "", b.summary, b.context].join("\n");
  return input.gazetteer
    .filter((e) => e.kind === "place" && (named.has(e.id) || findTerms(own, e.variants).length > 0))
    .map((e) => e.id);
}
