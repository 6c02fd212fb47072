import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readDateline } from "../../scripts/ingest/dateline.ts";

const dateline = suite("readDateline()");
dateline("should read where a wire story was filed and by which agency", () => {
  assert.equal(readDateline("TRIPOLI, Libya (AA) – Libya's deputy defense minister announced"), { place: "TRIPOLI, Libya", agency: "AA", text: "TRIPOLI, Libya (AA)" });
  assert.equal(readDateline("ISTANBUL (Reuters) - Turkey said"), { place: "ISTANBUL", agency: "Reuters", text: "ISTANBUL (Reuters)" });
  assert.equal(readDateline("ANKARA-Anadolu Agency"), { place: "ANKARA", agency: "Anadolu Agency", text: "ANKARA-Anadolu Agency" });
  assert.equal(readDateline("ISTANBUL — Maj. Gen. Saddam Haftar"), { place: "ISTANBUL", text: "ISTANBUL" });
});
dateline("should read the day a dateline gives whole, and no day from one without a year", () => {
  assert.equal(readDateline("ATHENS, Dec 10, 2019 (AFP) - Greek officials met on Tuesday."), { place: "ATHENS, Dec 10, 2019", agency: "AFP", text: "ATHENS, Dec 10, 2019 (AFP)", date: { iso: "2019-12-10", precision: "day" } });
  assert.is(readDateline("ISTANBUL, Nov 28 (Reuters) - Turkey said")?.date, undefined);
  // A place in ordinary capitals with a whole date, as Spanish, Italian and German wires print it.
  assert.equal(readDateline("Ankara, 26.12.2019 (EFE) - Turkey will send troops."), { place: "Ankara", agency: "EFE", text: "Ankara, 26.12.2019 (EFE)", date: { iso: "2019-12-26", precision: "day" } });
  assert.equal(readDateline("[Libya, 4 January 2020] – The House met today."), { place: "Libya", text: "[Libya, 4 January 2020]", date: { iso: "2020-01-04", precision: "day" } });
  assert.equal(readDateline("Tripoli, 26 December 2019 (AFP) – The GNA said.")?.date, { iso: "2019-12-26", precision: "day" });
  assert.equal(readDateline("Ankara, December 26, 2019 - Turkey said.")?.date, { iso: "2019-12-26", precision: "day" });
  // The agency may stand between two dashes, as Agenzia Nova prints it.
  assert.equal(readDateline("Rome, 18 Jul 2020 - (Agenzia Nova) - Turkey is in the process of concluding a new agreement."), { place: "Rome", agency: "Agenzia Nova", text: "Rome, 18 Jul 2020 - (Agenzia Nova)", date: { iso: "2020-07-18", precision: "day" } });
  // Without a whole date, a place in ordinary capitals opens a sentence like any other.
  assert.is(readDateline("Ankara, Tripoli - and Doha too."), undefined);
});
dateline("should not take an ordinary sentence or an acronym for a dateline", () => {
  assert.is(readDateline("The UN said - something"), undefined);
  assert.is(readDateline("NATO - led forces"), undefined);
});
dateline("should read a date that comes first, with the place in capitals in brackets ('December 26, 2019 (KHARTOUM) –')", () => {
  assert.equal(readDateline("December 26, 2019 (KHARTOUM) – Turkish President Recep Tayyip Erdogan on Thursday announced"), { place: "KHARTOUM", text: "December 26, 2019 (KHARTOUM)", date: { iso: "2019-12-26", precision: "day" } });
  assert.equal(readDateline("26 December 2019 (TRIPOLI) - The government said")?.date, { iso: "2019-12-26", precision: "day" });
  // A sentence that opens with a date is no dateline.
  assert.is(readDateline("December 26, 2019 was the day the troops left (see below)."), undefined);
});
dateline("should read the outlet and the day in one bracket after the place ('CAIRO (UrduPoint News / Sputnik - 18th August, 2020)')", () => {
  assert.equal(readDateline("MOSCOW (UrduPoint News / Sputnik - 31st December, 2019) The League of Arab States is convening a meeting"), { place: "MOSCOW", agency: "UrduPoint News / Sputnik", text: "MOSCOW (UrduPoint News / Sputnik - 31st December, 2019)", date: { iso: "2019-12-31", precision: "day" } });
  assert.equal(readDateline("ANKARA (Agency, 05 December 2019) – The Turkish parliament on Thursday approved")?.date, { iso: "2019-12-05", precision: "day" });
  // A bracket with no whole day is no date; one that is no month is no day either.
  assert.is(readDateline("ANKARA (UrduPoint News / Sputnik - 5th December) The Turkish parliament")?.date, undefined);
  assert.is(readDateline("ANKARA (Room - 5 Tuesday, 2019) The Turkish parliament")?.date, undefined);
});
dateline.run();
