import { suite } from "uvu";
import * as assert from "uvu/assert";
import { extractDossier } from "../../scripts/extract/index.ts";
import { extractMemo, memoContext, readEach, sourceKey } from "../../scripts/extract/memo.ts";
import type { Recognised } from "../../scripts/extract/links.ts";
import type { SourceReading } from "../../scripts/extract/reading.ts";
import type { Source } from "../../scripts/model.ts";
import { dossierData, makeSource } from "../helpers/sources.ts";

const data = await dossierData();
const signed = makeSource("signed", ["Turkey and the GNA signed two memoranda in Istanbul on 27 November 2019, one on security and military cooperation and one on maritime jurisdiction."], { published: { iso: "2019-11-28", precision: "day" } });
const gnu = makeSource("gnu", ["Libya and Turkiye signed an agreement on 11 July to boost military cooperation."], { published: { iso: "2025-07-11", precision: "day" } });
const flights = makeSource("flights", ["Turkish Airlines resumed flights to Benghazi."]);
const edited = (source: Source, line: string): Source => ({ ...source, paragraphs: [...source.paragraphs, { id: `p${source.paragraphs.length + 1}` as never, text: line, line: 9 }] });

/** A stand-in for reading and recognising: records which sources were worked out. */
function counting() {
  const worked: string[] = [];
  const work = (source: Source) => {
    worked.push(source.id);
    return { reading: { source } as SourceReading, recognised: { links: [], review: { near: [], candidates: [], unplaced: [] } } as Recognised };
  };
  return { worked, work };
}

const each = suite("readEach()");
each("should work out every source once, then take the unchanged ones from the memo", () => {
  const memo = extractMemo();
  const { worked, work } = counting();
  const first = readEach([signed, gnu], memo, work);
  const again = readEach([signed, edited(gnu, "Güler signed for Türkiye.")], memo, work);
  assert.equal(worked, ["signed", "gnu", "gnu"]);
  assert.is(again[0], first[0], "the kept reading itself");
  assert.equal(memo.last, { read: 1, kept: 1 });
});
each("should keep only the sources of the last build", () => {
  const memo = extractMemo();
  const { worked, work } = counting();
  readEach([signed, gnu], memo, work);
  readEach([signed], memo, work);
  readEach([signed, gnu], memo, work);
  assert.equal(worked, ["signed", "gnu", "gnu"]);
  assert.is(memo.sources.size, 2);
});
each("should work out every source when there is no memo", () => {
  const { worked, work } = counting();
  readEach([signed, gnu], undefined, work);
  readEach([signed, gnu], undefined, work);
  assert.equal(worked, ["signed", "gnu", "signed", "gnu"]);
});
each.run();

const key = suite("sourceKey()");
key("should change with the text, the metadata or the address of a source, and only then", () => {
  assert.is(sourceKey(gnu), sourceKey(structuredClone(gnu)));
  assert.is.not(sourceKey(gnu), sourceKey(edited(gnu, "More.")));
  assert.is.not(sourceKey(gnu), sourceKey({ ...gnu, meta: { ...gnu.meta, published: { value: { iso: "2025-07-12", precision: "day" }, from: "sidecar" } } }));
  assert.is.not(sourceKey(gnu), sourceKey({ ...gnu, id: "gnu-renamed" as never }));
});
key.run();

const context = suite("memoContext()");
context("should keep its context and sources while the data, catalogue and latest date stay the same", () => {
  const memo = extractMemo();
  const ctx = memoContext(memo, data, "2027-01-01");
  memo.sources.set("x", {} as never);
  assert.is(memoContext(memo, { ...data, catalogue: structuredClone(data.catalogue) }, "2027-01-01"), ctx);
  assert.is(memo.sources.size, 1);
});
context("should forget every kept source when the catalogue, the data or the latest date changes", () => {
  const memo = extractMemo();
  const ctx = memoContext(memo, data, "2027-01-01");
  const forgets = (next: () => unknown) => {
    memo.sources.set("x", {} as never);
    next();
    return memo.sources.size === 0;
  };
  const renamed = { ...data.catalogue, agreements: data.catalogue.agreements.map((a, i) => (i ? a : { ...a, title: `${a.title} (renamed)` })) };
  assert.ok(forgets(() => memoContext(memo, { ...data, catalogue: renamed }, "2027-01-01")), "a catalogue edit");
  assert.ok(forgets(() => memoContext(memo, { ...data, catalogue: renamed }, "2028-01-01")), "another build date");
  assert.ok(forgets(() => memoContext(memo, { ...data, catalogue: renamed, gazetteer: [...data.gazetteer] }, "2028-01-01")), "another gazetteer");
  assert.is.not(memoContext(memo, data, "2027-01-01"), ctx);
});
context.run();

const extract = suite("extractDossier() with a memo");
extract("should give, after one source is edited, what a build without a memo gives", () => {
  const memo = extractMemo();
  const plain = (x: ReturnType<typeof extractDossier>) => JSON.stringify({ briefs: x.briefs, links: x.links, review: x.review, cited: [...x.citedIn], diagnostics: x.diagnostics });
  extractDossier([signed, gnu, flights], data, { memo, buildDate: "2026-01-01" });
  const next = [signed, edited(gnu, "The agreement was signed in Ankara by Güler and al-Zoubi."), flights];
  const warm = extractDossier(next, data, { memo, buildDate: "2026-01-01" });
  assert.equal(memo.last, { read: 1, kept: 2 });
  assert.ok(warm.links.length >= 3, "the edited and the kept sources are linked");
  assert.is(plain(warm), plain(extractDossier(next, data, { buildDate: "2026-01-01" })));
  // Twice from the memo, the same again: nothing a build does changes what the memo keeps.
  assert.is(plain(extractDossier(next, data, { memo, buildDate: "2026-01-01" })), plain(warm));
});
extract.run();
