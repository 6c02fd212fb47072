// The hostile-seed corpus: the small text fixtures in tests/fixtures/hostile/ plus the cases git should not hold
// (binary, 10 MB, odd names, symlinks, exact bytes), written into a seeds folder, each with the outcome it must have.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_SEED_BYTES } from "../../scripts/ingest/decode.ts";
import type { Severity } from "../../scripts/model.ts";
import { buildSite, DOSSIER_DATA, REPO, type BuiltSite } from "./build.ts";

export const FIXTURES = join(REPO, "tests/fixtures/hostile");

export interface ExpectedDiagnostic {
  rule: string;
  severity: Severity;
  /** Set when the diagnostic is about another file than the seed, e.g. its sidecar. */
  file?: string;
  line?: number;
  column?: number;
}

export interface HostileCase {
  /** File name in the seeds folder. */
  name: string;
  /** What the case is about. */
  why: string;
  /** Generated content; otherwise the file is copied from tests/fixtures/hostile/. */
  bytes?: Uint8Array;
  /** A symbolic link to this target (relative to the seeds folder) instead of a file. */
  linkTo?: string;
  /** True when the seed must get a source page. */
  accepted: boolean;
  /** Every diagnostic the case must produce, apart from "meta-missing" (most fixtures have no sidecar). */
  expect: ExpectedDiagnostic[];
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const concat = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));
// A whole 1×1 PNG: signature, IHDR, IDAT, IEND.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const turkish = (city: string) => `Kalın bir anlaşma\n\nTürkiye ve Libya, ${city}'ta güvenlik işbirliği anlaşması imzaladı.\n`;
const PROSE = "Turkish and Libyan officials met in Tripoli to discuss the maritime memorandum and its consequences. ";

/** Text that makes a careless regular expression backtrack, and ordinary prose of the same length to compare with. */
export const PATHOLOGICAL: Record<string, string> = {
  "stars.txt": `${"*".repeat(70_000)}\n`,
  "quotes.txt": `${'"'.repeat(20_000)}\n\n${'"a '.repeat(10_000)}\n`,
  "nested-quotes.txt": `${"> ".repeat(20_000)}deep\n\n${">".repeat(30_000)}\n`,
};

export function normalProse(length: number): string {
  const sentences = PROSE.repeat(Math.ceil(length / PROSE.length)).slice(0, length - 1);
  return `${sentences.trimEnd()}\n`;
}

const fixture = (name: string, why: string, accepted: boolean, expect: ExpectedDiagnostic[] = []): HostileCase => ({ name, why, accepted, expect });

export const HOSTILE_CASES: HostileCase[] = [
  // Bytes
  fixture("empty.txt", "an empty file", false, [{ rule: "seed-empty", severity: "error" }]),
  fixture("whitespace-only.txt", "spaces, tabs and no-break spaces only", false, [{ rule: "seed-empty", severity: "error" }]),
  { name: "photo.png", why: "PNG bytes under another extension", bytes: PNG, accepted: false, expect: [{ rule: "seed-binary", severity: "error" }] },
  { name: "png-saved-as.txt", why: "PNG bytes named .txt", bytes: PNG, accepted: false, expect: [{ rule: "seed-binary", severity: "error" }] },
  { name: "too-large.txt", why: "a file over 10 MB", bytes: new Uint8Array(MAX_SEED_BYTES + 1).fill(0x61), accepted: false, expect: [{ rule: "seed-too-large", severity: "error" }] },
  { name: "utf16-le.txt", why: "UTF-16 LE with a byte-order mark", bytes: concat([0xff, 0xfe], [...Buffer.from(turkish("Trablus"), "utf16le")]), accepted: true, expect: [] },
  { name: "utf16-be.txt", why: "UTF-16 BE with a byte-order mark", bytes: concat([0xfe, 0xff], [...Buffer.from(turkish("Misrata"), "utf16le").swap16()]), accepted: true, expect: [] },
  {
    name: "windows-1252.txt",
    why: "Windows-1252 text: decoded, with a warning at the first byte that is not UTF-8",
    bytes: concat("Windows-1252 seed\n\nT", [0xfc], "rkiye signed the ", [0x93], "memorandum", [0x94], " in Tripoli ", [0x96], " officials said.\n"),
    accepted: true,
    expect: [{ rule: "seed-encoding", severity: "warning", line: 3, column: 2 }],
  },
  { name: "crlf.txt", why: "Windows line endings", bytes: utf8("CRLF line endings\r\n\r\nThe first paragraph ends here.\r\n\r\nThe second paragraph ends here.\r\n"), accepted: true, expect: [] },
  { name: "lone-cr.txt", why: "old Mac line endings", bytes: utf8("Lone CR line endings\r\rThe first paragraph stops here.\r\rThe second paragraph stops here.\r"), accepted: true, expect: [] },
  {
    name: "nul-bytes.txt",
    why: "stray NUL bytes in text",
    bytes: concat("NUL bytes in a seed\n\nThe minister", [0], " arrived in Misrata", [0], " on Monday, officials said.\n"),
    accepted: true,
    expect: [{ rule: "seed-control-chars", severity: "warning", line: 3, column: 13 }],
  },
  {
    name: "look-alikes.txt",
    why: "Cyrillic and Greek look-alike letters inside English words, as spam reprints write them",
    bytes: utf8("Look-alike letters in a seed\n\nTurk\u0435y s\u0456gned a mar\u0456t\u0456me \u03bfgreement with Libya, officials said.\n"),
    accepted: true,
    expect: [{ rule: "seed-look-alikes", severity: "warning", line: 3, column: 5 }],
  },
  {
    name: "page-source-and-pdf.txt",
    why: "text copied from a page's source and from a PDF: character references, a soft hyphen, ligatures, words hyphenated at line ends, page numbers and running footers",
    bytes: utf8("Copied from a page and a PDF\n\nTurkey&#8217;s memoran\u00ADdum with the Libyan govern-\nment was \uFB01nalised in Istanbul &amp; signed on 27 November. In the same week the two sides signed a\n\nA Briefing Series 2\n\n- 2 -\n\nsecond memorandum, on security.\n\nA Briefing Series 3\n"),
    accepted: true,
    expect: [{ rule: "seed-html-references", severity: "info", line: 3, column: 7 }],
  },
  { name: "long-line.txt", why: "one paragraph of 200,000 characters", bytes: utf8(normalProse(200_000)), accepted: true, expect: [] },
  ...Object.entries(PATHOLOGICAL).map(([name, text]): HostileCase => ({ name, why: "input that makes regular expressions slow", bytes: utf8(text), accepted: true, expect: [] })),
  // Markup and templates
  fixture("markup-in-text.txt", "HTML, Markdown and template syntax in the text", true),
  fixture("front-matter-lookalike.txt", "a block at the top that looks like YAML front matter", true),
  fixture("opens-with-rule.txt", "a body that opens with ---", true),
  fixture("js-front-matter.txt", "a ---js block at the top of a seed (CVE-2022-25863)", true),
  fixture("js-front-matter-sidecar.txt", "a ---js block in a sidecar", true, [{ rule: "sidecar-yaml", severity: "error", file: "js-front-matter-sidecar.txt.meta.yaml" }]),
  fixture("zero-width-and-bidi.txt", "U+200B, U+202E and U+2028", true, [
    { rule: "seed-invisible-chars", severity: "warning", line: 3, column: 9 },
  ]),
  // Names and files
  fixture("article.md", "another extension: Markdown", true),
  fixture("article.html", "another extension: a saved HTML page", true),
  fixture("no-extension", "no extension at all", true),
  { name: "name with spaces.txt", why: "spaces in the name", bytes: utf8("A seed whose name has spaces\n\nIts name is awkward but its text is fine.\n"), accepted: true, expect: [] },
  { name: "Türkçe haber — Trablus.txt".normalize("NFD"), why: "a Unicode name, stored decomposed", bytes: utf8("Türkçe bir haber\n\nAnkara ile Trablus arasında yeni bir görüşme yapıldı.\n"), accepted: true, expect: [] },
  { name: "<img src=x onerror=alert(1)>.txt", why: "markup in the file name", bytes: utf8("A seed with markup in its name\n\nThe file name tries to be an image tag.\n"), accepted: true, expect: [] },
  { name: "line\nbreak.txt", why: "a line break in the file name", bytes: utf8("A seed with a line break in its name\n\nThe file name holds a newline character.\n"), accepted: true, expect: [] },
  { name: ".hidden.txt", why: "a leading dot", bytes: utf8("A hidden seed\n\nThis file is hidden.\n"), accepted: false, expect: [{ rule: "seed-hidden", severity: "info" }] },
  fixture("duplicate-a.txt", "the first of two copies of one article", true),
  fixture("duplicate-b.txt", "the second copy of duplicate-a.txt", false, [{ rule: "seed-duplicate", severity: "warning" }]),
  { name: "inside-link.txt", why: "a symbolic link to another seed in the folder", linkTo: "duplicate-a.txt", accepted: false, expect: [{ rule: "seed-duplicate", severity: "warning" }] },
  { name: "outside-link.txt", why: "a symbolic link out of the seeds folder", linkTo: "../outside/secret.txt", accepted: false, expect: [{ rule: "seed-symlink", severity: "error" }] },
  { name: "dangling-link.txt", why: "a symbolic link to nothing", linkTo: "no-such-file.txt", accepted: false, expect: [{ rule: "seed-symlink", severity: "error" }] },
  fixture("sidecar-bad-yaml.txt", "a sidecar that is not valid YAML", true, [{ rule: "sidecar-yaml", severity: "error", file: "sidecar-bad-yaml.txt.meta.yaml", line: 4, column: 1 }]),
  fixture("sidecar-unknown-field.txt", "a sidecar with an unknown field", true, [{ rule: "sidecar-unknown-field", severity: "warning", file: "sidecar-unknown-field.txt.meta.yaml", line: 2, column: 1 }]),
  fixture("sidecar-bad-date.txt", "a sidecar date that does not parse", true, [{ rule: "sidecar-invalid-date", severity: "warning", file: "sidecar-bad-date.txt.meta.yaml", line: 2, column: 12 }]),
  fixture("sidecar-hostile-values.txt", "a sidecar with a javascript: URL and markup in its values", true, [
    { rule: "sidecar-invalid-value", severity: "warning", file: "sidecar-hostile-values.txt.meta.yaml", line: 2, column: 6 },
    { rule: "sidecar-invalid-value", severity: "warning", file: "sidecar-hostile-values.txt.meta.yaml", line: 3, column: 11 },
    // Its outlet, markup and all, is in no outlets.yaml: the source cannot be graded.
    { rule: "source-grade", severity: "info", file: "sidecar-hostile-values.txt" },
  ]),
  { name: "orphan.txt.meta.yaml", why: "a sidecar with no seed", accepted: false, expect: [{ rule: "sidecar-orphan", severity: "warning" }] },
  // Content
  fixture("no-agreement.txt", "an article that matches no agreement", true),
  fixture("two-agreements.txt", "an article that matches two agreements", true),
];

/** Text the symbolic link out of the folder points at: it must never reach the site. */
export const OUTSIDE_SECRET = "SECRET TEXT FROM OUTSIDE THE SEEDS FOLDER";

/**
 * Writes the corpus into `<parent>/seeds` (with `<parent>/outside/secret.txt` beside it) and returns the seeds folder.
 * `reverse` creates the files in the opposite order, which changes the order a small directory lists them in.
 */
export function writeHostileSeeds(parent: string, options: { reverse?: boolean } = {}): string {
  const seeds = join(parent, "seeds");
  mkdirSync(seeds, { recursive: true });
  mkdirSync(join(parent, "outside"), { recursive: true });
  writeFileSync(join(parent, "outside", "secret.txt"), `${OUTSIDE_SECRET}\n\nIt must never be read as a seed.\n`);
  const sidecars = readdirSync(FIXTURES).filter((n) => n.endsWith(".meta.yaml") && !HOSTILE_CASES.some((c) => c.name === n));
  const steps: Array<() => void> = [
    ...HOSTILE_CASES.map((c) => () => {
      const target = join(seeds, c.name);
      if (c.linkTo) symlinkSync(c.linkTo, target);
      else writeFileSync(target, c.bytes ?? readFileSync(join(FIXTURES, c.name)));
    }),
    ...sidecars.map((n) => () => writeFileSync(join(seeds, n), readFileSync(join(FIXTURES, n)))),
  ];
  for (const step of options.reverse ? steps.reverse() : steps) step();
  return seeds;
}

let shared: string | undefined;

/** One corpus per test process, so every site test shares one build of it. */
export function hostileSeeds(): string {
  if (!shared) {
    const parent = mkdtempSync(join(tmpdir(), "hostile-"));
    // It holds a 10 MB file: removed when the test process ends.
    process.once("exit", () => rmSync(parent, { recursive: true, force: true }));
    shared = writeHostileSeeds(parent);
  }
  return shared;
}

/** The hostile corpus built with the frozen dossier's data files (so a new catalogue entry cannot change what it shows); one build per process. */
export function hostileSite(): BuiltSite {
  return buildSite({ seeds: hostileSeeds(), data: DOSSIER_DATA, pdf: "never" });
}
