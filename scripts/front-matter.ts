// Writes and reads front matter with gray-matter, YAML only: the JavaScript engines are switched off on every call.
import matter from "gray-matter";

function refuseJavaScript(): never {
  throw new Error("JavaScript front matter is disabled in this project");
}

/** Options for every gray-matter call: YAML only, and a fresh call each time (gray-matter caches by content otherwise). */
export const FRONT_MATTER_OPTIONS = {
  language: "yaml",
  engines: { js: refuseJavaScript, javascript: refuseJavaScript },
} as const;

export function withFrontMatter(data: Record<string, unknown>, body: string): string {
  // Handed a string, matter.stringify first parses it as front matter: a body opening with `---` lost its first
  // block (merged into the data), and one opening with `---js` reached the JavaScript engine. A file object is not parsed.
  const file = { content: body, data: {} };
  return matter.stringify(file as never, data, FRONT_MATTER_OPTIONS as never);
}

export function readFrontMatter(text: string): { data: Record<string, unknown>; content: string } {
  // An options object defeats gray-matter's cache, which would otherwise share results between calls.
  const parsed = matter(text, { ...FRONT_MATTER_OPTIONS } as never);
  return { data: parsed.data, content: parsed.content };
}
