import { suite } from "uvu";
import * as assert from "uvu/assert";
import { checkBriefData } from "../../scripts/brief-schema.ts";
import { briefFrontMatter, briefPage } from "../../scripts/generate/brief-page.ts";
import { readFrontMatter } from "../../scripts/front-matter.ts";
import { unreportedBrief } from "../../scripts/extract/unreported.ts";
import { dossierData } from "../helpers/sources.ts";

const data = await dossierData();
const agreement = (id: string) => data.catalogue.agreements.find((a) => a.id === id)!;

const unreported = suite("unreportedBrief()");

unreported("should give an agreement no source reports a brief with no sources, no date and the catalogue's words", () => {
  const brief = unreportedBrief(agreement("mou-2019-security"), data);
  assert.equal([brief.sources, brief.quotes, brief.claims, brief.agreement_date, brief.year, brief.corroboration], [[], [], [], null, null, 0]);
  assert.is(brief.summary, agreement("mou-2019-security").summary);
  assert.equal(brief.parties.map((p) => p.id), ["turkiye", "gna"]);
  assert.equal(checkBriefData("b.md", briefFrontMatter(brief)), []);
});

unreported("should keep the analyst's date and facts, with their pinned quotes", () => {
  const brief = unreportedBrief(agreement("qatar-tripartite-2020"), data);
  assert.equal(brief.agreement_date, { iso: "2020-08-17", precision: "day", provenance: "analyst", inferred: false, note: agreement("qatar-tripartite-2020").date!.note });
  assert.equal(brief.claims.map((c) => [c.id, c.provenance, c.citations.length]), [["date", "analyst", 1], ["fact:place", "analyst", 1]]);
  assert.equal(brief.place, { value: "Tripoli", provenance: "analyst" });
});

unreported("should say on the page, before anything else, that no source reports it", () => {
  const { content } = readFrontMatter(briefPage(unreportedBrief(agreement("mou-2019-security"), data)).text);
  const summary = content.slice(content.indexOf("## Assessment"), content.indexOf("## What was agreed"));
  assert.match(summary, "**No source in this build reports this agreement.**");
  assert.match(content, "## What was agreed\n\nThe sources in this build do not say what the agreement covers.");
  assert.match(content, "## Status\n\n**Signed** (the catalogue's status). No source in this build states its status.");
  assert.match(content, "No source reports this agreement; there is nothing to compare.");
});

unreported.run();
