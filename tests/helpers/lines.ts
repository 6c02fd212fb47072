// Builds the Line records that ingest steps take, from plain text, for unit tests.
import type { Line } from "../../scripts/ingest/normalise.ts";

export function linesOf(text: string): Line[] {
  return text.split("\n").map((t, i) => ({ line: i + 1, text: t.trim() }));
}
