import { suite } from "uvu";
import * as assert from "uvu/assert";
import { checkData } from "../../scripts/extract/check-data.ts";
import type { Agreement } from "../../scripts/catalogue.ts";
import { dossierData } from "../helpers/sources.ts";

const data = await dossierData();

const check = suite("checkData()");
check("should accept the dossier's own catalogue, gazetteer and vocabulary", () => {
  assert.equal(checkData(data), []);
});
check("should reject unknown entities, unknown statuses and analyst facts without a note", () => {
  const broken: Agreement = {
    ...data.catalogue.agreements[0]!,
    parties: ["turkiye", "ottoman-empire"] as Agreement["parties"],
    status: "rumoured" as Agreement["status"],
    facts: [{ label: "Place", value: "Istanbul", provenance: "analyst" }],
  };
  const messages = checkData({ ...data, catalogue: { ...data.catalogue, agreements: [broken] } }).map((d) => d.message);
  assert.ok(messages.some((m) => m.includes('names entity "ottoman-empire"')), messages.join("\n"));
  assert.ok(messages.some((m) => m.includes('status "rumoured"')), messages.join("\n"));
  assert.ok(messages.some((m) => m.includes('analyst fact "Place" needs a note')), messages.join("\n"));
});
check.run();
