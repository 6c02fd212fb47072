// Stable addresses: each source keeps the id it was first built with, recorded in `<seeds>/.addresses.yaml`; a
// renamed id leaves its old address behind as a redirect.
import { Document, LineCounter, parseDocument, visit } from "yaml";
import { positionIn } from "../data-check.ts";
import { schemaProblems } from "../data-schema.ts";
import { compareStrings, diagnostic } from "../diagnostics.ts";
import type { Diagnostic, Source, SourceId } from "../model.ts";

/** The register's file name inside the seeds folder: hidden, so it is never read as a seed. */
export const ADDRESS_FILE = ".addresses.yaml";

export interface AddressEntry {
  /** The source's address: `/sources/<id>/`. */
  id: SourceId;
  /** The first 16 hex digits of the SHA-256 of the cleaned text, to follow a seed whose file is renamed. */
  digest?: string;
  /** Every id the source has had, oldest first, the current one last. */
  history: SourceId[];
}

/** Seed file name → its address. */
export type AddressRegister = Map<string, AddressEntry>;

/** An old address that now leads to a source's current one. */
export interface Redirect {
  from: SourceId;
  to: SourceId;
}

const HEADER = `# The address of every source: its page is /sources/<id>/. Written by \`npm run build\`; commit this file.
# An address is fixed the first time a seed is built, so metadata added later (a headline or a date in a sidecar)
# does not move it. To rename a source, change its \`id\` here (or give \`id:\` in its sidecar): the build adds the
# new id to \`history\`, and every earlier address there becomes a redirect to the current one. Do not delete
# entries: a deleted entry's address could be given to another source.
`;

/** Reads the register; problems are errors at their line, and a register with any problem is never rewritten. */
export function parseAddresses(text: string | undefined, shown: string): { register: AddressRegister; diagnostics: Diagnostic[]; usable: boolean } {
  const register: AddressRegister = new Map();
  if (text === undefined) return { register, diagnostics: [], usable: true };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const diagnostics = doc.errors.map((error) => {
      const at = lines.linePos(error.pos[0]);
      return diagnostic(shown, "error", `invalid YAML: ${error.message.split("\n")[0]}; no recorded address is used until it is fixed, and the file is not rewritten`, "address-register", at.line, at.col);
    });
    return { register, diagnostics, usable: false };
  }
  const value = doc.toJS() as Record<string, { id: string; digest?: string; history?: string[] }> | null;
  const problems = schemaProblems("addresses", value);
  const diagnostics = problems.map((p) => {
    const at = positionIn(doc, lines, p.path, p.key);
    const seed = typeof p.path[0] === "string" ? `the entry for "${p.path[0]}"` : "the file";
    const field = p.path.length > 1 ? `: \`${p.path.slice(1).join(".")}\`` : "";
    return diagnostic(shown, "error", `${seed}${field} ${p.message}; that entry is not used until it is fixed, and the file is not rewritten`, "address-register", at.line, at.column);
  });
  const broken = new Set(problems.map((p) => p.path[0]));
  for (const [seed, entry] of Object.entries(value ?? {})) {
    if (broken.has(seed) || (problems.length && !problems.every((p) => typeof p.path[0] === "string"))) continue;
    const id = entry.id as SourceId;
    const history = (entry.history ?? []) as SourceId[];
    register.set(seed, { id, ...(entry.digest ? { digest: entry.digest } : {}), history: history.length ? history : [id] });
  }
  return { register, diagnostics, usable: problems.length === 0 };
}

/** The register as the build writes it: seeds in code-point order, the same text for the same register. */
export function formatAddresses(register: AddressRegister): string {
  const entries = [...register].sort(([a], [b]) => compareStrings(a, b));
  if (!entries.length) return HEADER;
  const doc = new Document(Object.fromEntries(entries.map(([seed, e]) => [seed, { id: e.id, ...(e.digest ? { digest: e.digest } : {}), history: e.history }])));
  // Histories on one line each: `history: [old-id, new-id]`.
  visit(doc, { Seq: (_key, node) => void (node.flow = true) });
  return HEADER + doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export interface Addressed {
  sources: Source[];
  register: AddressRegister;
  redirects: Redirect[];
  /** Seeds that got an address for the first time in this build. */
  recorded: string[];
  diagnostics: Diagnostic[];
}

const shortDigest = (source: Source) => source.digest.slice(0, 16);

/**
 * Gives every source its address: the sidecar's `id:` when there is one, else the one the register holds for its seed
 * (found by file name, or by text digest when the file was renamed), else the id made from its headline and date,
 * kept apart from every address any source has had. Sources come in file-name order; the register comes back updated.
 */
export function assignAddresses(sources: readonly Source[], register: AddressRegister, shown: string): Addressed {
  const present = new Set(sources.map((s) => s.file));
  const next: AddressRegister = new Map(register);
  const diagnostics: Diagnostic[] = [];
  const recorded: string[] = [];
  // Every address any seed has had belongs to that seed: a new source never takes one.
  const owner = new Map<string, string>();
  for (const [seed, entry] of register) for (const id of [...entry.history, entry.id]) if (!owner.has(id)) owner.set(id, seed);
  const byDigest = new Map<string, string>();
  for (const [seed, entry] of register) if (entry.digest && !present.has(seed)) byDigest.set(entry.digest, seed);
  const current = new Map<string, string>();
  const out: Source[] = [];
  for (const source of sources) {
    const seed = source.file;
    // The seed's entry: under its name, or under the name it had when its text was last seen.
    let entrySeed: string | undefined = register.has(seed) ? seed : byDigest.get(shortDigest(source));
    const entry = entrySeed === undefined ? undefined : register.get(entrySeed);
    if (entrySeed !== undefined && entrySeed !== seed) {
      next.delete(entrySeed);
      byDigest.delete(shortDigest(source));
    }
    entrySeed ??= seed;
    const taken = (id: string) => current.has(id) || (owner.get(id) !== undefined && owner.get(id) !== entrySeed);
    const requested = source.meta.id?.value as SourceId | undefined;
    let id = requested ?? entry?.id ?? source.id;
    if (taken(id)) {
      const fallback = entry && !taken(entry.id) ? entry.id : unique(source.id, source.digest, taken);
      if (requested || entry) {
        const where = requested ? `${shown.slice(0, shown.length - ADDRESS_FILE.length)}${seed}.meta.yaml` : shown;
        diagnostics.push(diagnostic(where, "error", `"${id}" is already the address of ${current.get(id) ?? owner.get(id)}; ${seed} keeps "${fallback}" until one of them is renamed`, "address-taken"));
      }
      id = fallback;
    }
    current.set(id, seed);
    if (!entry) recorded.push(seed);
    next.set(seed, { id, digest: shortDigest(source), history: [...(entry?.history ?? []).filter((h) => h !== id), id] });
    out.push({ ...source, id });
  }
  const redirects: Redirect[] = [];
  for (const source of out) {
    const entry = next.get(source.file)!;
    for (const former of entry.history) if (former !== source.id && !current.has(former)) redirects.push({ from: former, to: source.id });
  }
  redirects.sort((a, b) => compareStrings(a.from, b.from));
  return { sources: out, register: next, redirects, recorded, diagnostics };
}

/** The id, or with enough of the text's digest appended to be free. */
function unique(id: SourceId, digest: string, taken: (id: string) => boolean): SourceId {
  if (!taken(id)) return id;
  for (let n = 8; n < digest.length; n += 4) if (!taken(`${id}-${digest.slice(0, n)}`)) return `${id}-${digest.slice(0, n)}` as SourceId;
  return `${id}-${digest}` as SourceId;
}
