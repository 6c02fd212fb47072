import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatDiagnostic } from "../../scripts/diagnostics.ts";
import { ingestAll } from "../../scripts/ingest/index.ts";
import { displayTitle } from "../../scripts/display.ts";
import { ingestSeed } from "../../scripts/ingest/ingest-seed.ts";
import type { Outlet } from "../../scripts/catalogue.ts";
import type { SeedFile } from "../../scripts/model.ts";
import { readOutlets } from "../../scripts/data.ts";
import { DOSSIER_DATA, DOSSIER_SEEDS } from "../helpers/build.ts";

const outlets: Outlet[] = await readOutlets(DOSSIER_DATA);
const seed = (name: string, text: string, sidecar?: string): SeedFile => ({
  path: `seeds/${name}`,
  name,
  bytes: new TextEncoder().encode(text),
  sidecar: sidecar === undefined ? undefined : { path: `seeds/${name}.meta.yaml`, text: sidecar },
});
/** A seed of the frozen dossier (tests/fixtures/dossier/seeds). */
const realSeed = (name: string): SeedFile => ({ path: `seeds/${name}`, name, bytes: readFileSync(join(DOSSIER_SEEDS, name)) });

const one = suite("ingestSeed()");

one("should take the headline from below a site's name and a menu set apart by wide gaps, not the menu", () => {
  const { source } = ingestSeed(seed("menu.txt", "Agenzia Nova\nPolitica  Economia  Difesa  Energia  Mediterraneo  Africa\n\nLibya-Turkey: talks soon on putting the hydrocarbons memorandum into practice\n\nTechnical teams of the Libyan government and of Turkey should meet in the coming weeks.\n"), outlets);
  assert.equal([source?.meta.headline?.value, source?.paragraphs.map((p) => p.text)], ["Libya-Turkey: talks soon on putting the hydrocarbons memorandum into practice", ["Technical teams of the Libyan government and of Turkey should meet in the coming weeks."]]);
});
one("should name the outlet from a masthead that is a known outlet's name, and take the headline from below its navigation", () => {
  const { source } = ingestSeed(seed("masthead.txt", "DAILY SABAH\nBusiness › Economy\n\nTürkiye, Libya sign deals on contractor receivables\n\nTürkiye and Libya have signed two agreements.\n"), outlets);
  assert.equal([source!.meta.outlet?.value, source!.meta.headline?.value, source!.meta.author], ["Daily Sabah", "Türkiye, Libya sign deals on contractor receivables", undefined]);
  assert.equal(source!.paragraphs.map((p) => p.text), ["Türkiye and Libya have signed two agreements."]);
});

one("should date a wire story by its dateline when nothing else dates it", () => {
  const { source } = ingestSeed(seed("wire.txt", "Greece watches Libya\n\nATHENS, Dec 10, 2019 (AFP) - Greek officials met on Tuesday.\n"), outlets);
  assert.equal([source!.meta.published?.value, source!.meta.published?.from, source!.meta.agency?.value], [{ iso: "2019-12-10", precision: "day" }, "text", "Agence France-Presse"]);
  const sidecar = ingestSeed(seed("wire.txt", "Greece watches Libya\n\nATHENS, Dec 10, 2019 (AFP) - Greek officials met.\n", "published: 2019-12-11\n"), outlets);
  assert.is(sidecar.source!.meta.published?.value.iso, "2019-12-11");
});

one("should date a story by a dateline past the site's menu and a headline the header left in the body, and by none in later prose", () => {
  const text = "Al Marsad\nHome › Politics › Libya\n\nHoR annuls Libya-Turkish agreement\n\n[Libya, 4 January 2020] – The House of Representatives met today in Benghazi.\n";
  const { source } = ingestSeed(seed("menu.txt", text), outlets);
  assert.equal([source!.meta.published?.value, source!.meta.published?.line], [{ iso: "2020-01-04", precision: "day" }, 6]);
  // A dateline-like opening of a later paragraph, after prose, dates nothing.
  const later = ingestSeed(seed("later.txt", "Al Marsad\n\nThe House met in Benghazi.\n\nTripoli, 4 January 2020 – The GNA replied.\n"), outlets);
  assert.is(later.source!.meta.published, undefined);
});

one("should turn seed 000 into a dated Cradle article of nine paragraphs with its furniture set aside", () => {
  const { source, diagnostics } = ingestSeed(realSeed("000_d0f4694276c6028d.txt"), outlets);
  assert.equal(diagnostics, []);
  assert.is(source!.id, "2025-07-11-turkiye-inks-deal-with-libya-to-deepen-military");
  assert.is(source!.meta.outlet?.value, "The Cradle");
  assert.equal(source!.meta.credits.map((c) => c.value), ["Al-Monitor"]);
  assert.is(source!.paragraphs.length, 9);
  assert.is(source!.removed.length, 19);
  assert.equal(source!.meta.relays?.map((r) => [r.kind, r.outlet, r.by ?? r.paragraph]), [["reprint", "The Cradle", "Kurdistan Center for Democracy in the Middle East"], ["attribution", "Al-Monitor", "p5"]]);
});

one("should note, naming the file, each metadata field the text does not give: a note, never a warning", () => {
  const { diagnostics } = ingestSeed(seed("bare.txt", "Libya's council met on Thursday.\nIt praised cooperation."), outlets);
  assert.equal(diagnostics.map((d) => formatDiagnostic(d).split(";")[0]), [
    "seeds/bare.txt:1:1: info the text gives no headline",
    "seeds/bare.txt:1:1: info the text gives no outlet",
    "seeds/bare.txt:1:1: info the text gives no publication date",
    "seeds/bare.txt:1:1: info the text gives no original URL",
    "seeds/bare.txt:1:1: info the text gives no author or byline",
  ]);
});

one("should note a source graded F when its outlet is confirmed unknown, or named but not graded", () => {
  const unknown = ingestSeed({ ...seed("bare.txt", "Libya's council met on Thursday."), sidecar: { path: "seeds/bare.txt.meta.yaml", text: "unknown: [headline, outlet, published, url, author]\n" } }, outlets);
  assert.equal(unknown.diagnostics.map((d) => `${d.rule}: ${d.message.split(";")[0]}`), ["source-grade: source graded F (cannot be judged): the outlet is not known"]);
  const ungraded = ingestSeed({ ...seed("bare.txt", "Libya's council met on Thursday."), sidecar: { path: "seeds/bare.txt.meta.yaml", text: "outlet: Libya Herald\nunknown: [headline, published, url, author]\n" } }, outlets);
  assert.equal(ungraded.diagnostics.map((d) => `${d.rule}: ${d.message.split(";")[0]}`), ["source-grade: source graded F (cannot be judged): \"Libya Herald\" is not in outlets.yaml"]);
});

one("should let a sidecar supply and override fields, recording that they came from the sidecar", () => {
  const { source, diagnostics } = ingestSeed(
    seed("a.txt", "Headline of the piece\n\nBody text here.\nBy Jane Doe", "outlet: TRT Haber\nauthor: John Roe\npublished: 2025-04\nunknown: [url]\n"),
    outlets,
  );
  assert.equal(diagnostics, []);
  assert.equal(source!.meta.author, { value: "John Roe", from: "sidecar", line: 2 });
  assert.is(source!.meta.published?.value.precision, "month");
  assert.is(source!.id, "2025-04-headline-of-the-piece");
});

one("should keep the text's own headline as its standfirst when the sidecar gives another headline, so that it is still read", () => {
  const { source } = ingestSeed(seed("a.txt", "Greece furious over deal between Turkey and Libya on maritime rights\n\nGreece and Cyprus are livid about the new sea boundary.", "headline: Griekenland woedend over deal tussen Turkije en Libië over maritieme rechten\n"), outlets);
  assert.equal([source!.meta.headline?.value, source!.meta.standfirst?.value, source!.meta.standfirst?.line], ["Griekenland woedend over deal tussen Turkije en Libië over maritieme rechten", "Greece furious over deal between Turkey and Libya on maritime rights", 1]);
  assert.equal(source!.removed, []);
  // The same words (a kicker aside), or a standfirst of the text's own: the text's headline is shown as removed metadata.
  const same = ingestSeed(seed("b.txt", "Die Türkei und Russland kämpfen um Tripolis\n\nBody text here.", "headline: \"Libyen-Krieg: Die Türkei und Russland kämpfen um Tripolis\"\n"), outlets).source!;
  assert.equal([same.meta.standfirst, same.removed], [undefined, [{ text: "Die Türkei und Russland kämpfen um Tripolis", line: 1, reason: "metadata" }]]);
});

one("should date a page that prints no date by the day its pasted address gives, and not by a month alone", () => {
  const dated = ingestSeed(seed("a.txt", "Greece and Cyprus sign a memorandum\n\nhttps://greekcitytimes.com/2020/01/14/greece-and-cyprus-sign-mou/\n\nThe two foreign ministers signed it on Monday, officials said."), outlets);
  assert.equal(dated.source!.meta.published, { value: { iso: "2020-01-14", precision: "day" }, from: "text", line: 3 });
  const monthOnly = ingestSeed(seed("b.txt", "Greece and Cyprus sign a memorandum\n\nhttps://example.com/2020/01/greece-and-cyprus-sign-mou/\n\nThe two foreign ministers signed it on Monday, officials said."), outlets);
  assert.is(monthOnly.source!.meta.published, undefined);
});
one("should refuse a file with no article text", () => {
  const { source, diagnostics } = ingestSeed(seed("blank.txt", " \n\t\n"), outlets);
  assert.is(source, undefined);
  assert.is(diagnostics[0]!.rule, "seed-empty");
});

one.run();

const title = suite("displayTitle()");

title("should use the opening words when there is no headline", () => {
  const { source } = ingestSeed(realSeed("004_df09fb314afb89e3.txt"), outlets);
  assert.is(displayTitle(source!), "Libya's Presidential Council on Thursday underlined the importance of military cooperation between…");
});

title("should skip a rule of --- or a row of *** for the opening words, and fall back to the file name", () => {
  const ruled = ingestSeed(seed("ruled.txt", "---\nOfficials said the memorandum would stand.\n---\n"), outlets).source!;
  assert.is(ruled.meta.headline, undefined);
  assert.is(displayTitle(ruled), "Officials said the memorandum would stand.");
  const stars = ingestSeed(seed("stars.txt", `${"*".repeat(50)}\n`), outlets).source!;
  assert.is(displayTitle(stars), "stars.txt");
  assert.is(stars.id, "stars-txt");
});

title.run();

const all = suite("ingestAll()");

all("should keep one of two seeds with the same text and note the duplicate", () => {
  const text = "A headline\n\nThe same article text.";
  const { sources, diagnostics } = ingestAll([seed("a.txt", text), seed("b.txt", text.replace(/\n/g, "\r\n"))], outlets);
  assert.is(sources.length, 1);
  assert.is(sources[0]!.file, "a.txt");
  const duplicate = diagnostics.find((d) => d.rule === "seed-duplicate");
  assert.is(duplicate?.file, "seeds/b.txt");
  assert.match(duplicate!.message, /a\.txt/);
});

all.run();
