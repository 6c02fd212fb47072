import { suite } from "uvu";
import * as assert from "uvu/assert";
import { assignAddresses, formatAddresses, parseAddresses, type AddressRegister } from "../../scripts/ingest/addresses.ts";
import { formatDiagnostic } from "../../scripts/diagnostics.ts";
import type { Source, SourceId } from "../../scripts/model.ts";
import { makeSource } from "../helpers/sources.ts";

const REGISTER = "seeds/.addresses.yaml";
/** A source as ingest proposes it: `id` from its headline and date, `file` its seed, `digest` its text's hash. */
function source(file: string, proposed: string, digest: string, sidecarId?: string): Source {
  const s = makeSource(proposed, ["Text."]);
  return { ...s, file, digest: digest.padEnd(64, "0"), meta: { ...s.meta, ...(sidecarId ? { id: { value: sidecarId, from: "sidecar" as const, line: 1 } } : {}) } };
}
const entry = (id: string, digest: string, history = [id]) => ({ id: id as SourceId, digest: digest.padEnd(16, "0"), history: history as SourceId[] });

const assign = suite("assignAddresses()");

assign("should record a new source under the id its headline and date give", () => {
  const { sources, register, recorded, redirects } = assignAddresses([source("a.txt", "2025-07-11-deal", "aa")], new Map(), REGISTER);
  assert.is(sources[0]!.id, "2025-07-11-deal");
  assert.equal(register.get("a.txt"), entry("2025-07-11-deal", "aa"));
  assert.equal([recorded, redirects], [["a.txt"], []]);
});

assign("should keep a recorded address when later metadata would give another id", () => {
  const register: AddressRegister = new Map([["a.txt", entry("deal-signed", "aa")]]);
  const { sources, recorded, redirects } = assignAddresses([source("a.txt", "2022-10-03-a-new-headline", "aa")], register, REGISTER);
  assert.is(sources[0]!.id, "deal-signed");
  assert.equal([recorded, redirects], [[], []]);
});

assign("should make an id renamed by hand the address, and redirect the old one to it", () => {
  const register: AddressRegister = new Map([["a.txt", entry("new-name", "aa", ["old-name"])]]);
  const { sources, register: next, redirects } = assignAddresses([source("a.txt", "whatever", "aa")], register, REGISTER);
  assert.is(sources[0]!.id, "new-name");
  assert.equal(next.get("a.txt")!.history, ["old-name", "new-name"]);
  assert.equal(redirects, [{ from: "old-name", to: "new-name" }]);
});

assign("should rename a source by its sidecar's id, keeping the old address as a redirect", () => {
  const register: AddressRegister = new Map([["a.txt", entry("old-name", "aa")]]);
  const { sources, redirects } = assignAddresses([source("a.txt", "whatever", "aa", "chosen-name")], register, REGISTER);
  assert.is(sources[0]!.id, "chosen-name");
  assert.equal(redirects, [{ from: "old-name", to: "chosen-name" }]);
});

assign("should follow a seed whose file was renamed, by its text", () => {
  const register: AddressRegister = new Map([["old.txt", entry("kept", "bb")]]);
  const { sources, register: next } = assignAddresses([source("new.txt", "whatever", "bb")], register, REGISTER);
  assert.is(sources[0]!.id, "kept");
  assert.equal([...next.keys()], ["new.txt"]);
});

assign("should never give a new source an address another seed has or had, whatever their order", () => {
  const register: AddressRegister = new Map([["gone.txt", entry("deal", "cc", ["deal-2019", "deal"])]]);
  const { sources } = assignAddresses([source("a.txt", "deal", "aa"), source("b.txt", "deal-2019", "bb"), source("c.txt", "deal", "dd")], register, REGISTER);
  assert.equal(sources.map((s) => s.id), ["deal-aa000000", "deal-2019-bb000000", "deal-dd000000"]);
});

assign("should refuse a sidecar id that is another source's address, naming both", () => {
  const register: AddressRegister = new Map([["a.txt", entry("first", "aa")], ["b.txt", entry("second", "bb")]]);
  const { sources, diagnostics } = assignAddresses([source("a.txt", "x", "aa"), source("b.txt", "y", "bb", "first")], register, REGISTER);
  assert.equal(sources.map((s) => s.id), ["first", "second"]);
  assert.equal(diagnostics.map(formatDiagnostic), ['seeds/b.txt.meta.yaml:1:1: error "first" is already the address of a.txt; b.txt keeps "second" until one of them is renamed [address-taken]']);
});

assign("should keep the entries of seeds that are gone, so their addresses stay reserved", () => {
  const register: AddressRegister = new Map([["gone.txt", entry("gone", "cc")]]);
  assert.ok(assignAddresses([source("a.txt", "a", "aa")], register, REGISTER).register.has("gone.txt"));
});

assign.run();

const format = suite("formatAddresses()");

format("should write the register in seed order, with a header saying how to rename, and read back the same", () => {
  const register: AddressRegister = new Map([["b.txt", entry("bee", "bb", ["old-bee", "bee"])], ["a.txt", entry("ay", "aa")]]);
  const text = formatAddresses(register);
  assert.match(text, /^# The address of every source: its page is \/sources\/<id>\/\. Written by `npm run build`; commit this file\./);
  assert.ok(text.endsWith("a.txt:\n  id: ay\n  digest: aa00000000000000\n  history: [ay]\nb.txt:\n  id: bee\n  digest: bb00000000000000\n  history: [old-bee, bee]\n"), text);
  assert.equal(parseAddresses(text, REGISTER).register, new Map([...register].sort()));
});

format.run();

const parse = suite("parseAddresses()");

parse("should report a broken entry at its line, use the others, and forbid rewriting the file", () => {
  const { register, diagnostics, usable } = parseAddresses("a.txt:\n  id: Not An Id\nb.txt:\n  id: fine\n", REGISTER);
  assert.equal([...register.keys()], ["b.txt"]);
  assert.is(usable, false);
  assert.equal(diagnostics.map(formatDiagnostic), [
    'seeds/.addresses.yaml:2:7: error the entry for "a.txt": `id` must be an id of lower-case letters, digits and single hyphens, such as gnu-2025, not "Not An Id"; that entry is not used until it is fixed, and the file is not rewritten [address-register]',
  ]);
});

parse("should treat a missing or empty register as empty", () => {
  assert.equal(parseAddresses(undefined, REGISTER), { register: new Map(), diagnostics: [], usable: true });
  assert.equal(parseAddresses("# nothing yet\n", REGISTER).register, new Map());
});

parse.run();
