import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { EntityId } from "../../scripts/catalogue.ts";
import { abbreviationsDefined, alsoSpelled, coveredEntities, entityClosure, findEntities, findGovernmentHeads, findTitledPeople, withAbbreviations } from "../../scripts/extract/entities.ts";
import { fixtureContext } from "../helpers/recognition.ts";
import { dossierData } from "../helpers/sources.ts";

const { gazetteer } = await dossierData();
const id = (s: string) => s as EntityId;

const find = suite("findEntities()");
find("should find every spelling of a name, whatever its diacritics", () => {
  const text = "Türkiye, Turkiye and Turkey; Hifter, Hafter and Haftar; Gadhafi and Qaddafi; Ibrahim Kalin and Kalın.";
  const found = findEntities(text, gazetteer).map((m) => `${m.entity}:${m.text}`);
  assert.equal(found, [
    "turkiye:Türkiye", "turkiye:Turkiye", "turkiye:Turkey",
    "khalifa-haftar:Hifter", "khalifa-haftar:Hafter", "khalifa-haftar:Haftar",
    "muammar-gaddafi:Gadhafi", "muammar-gaddafi:Qaddafi",
    "ibrahim-kalin:Ibrahim Kalin", "ibrahim-kalin:Kalın",
  ]);
});
find("should keep Saddam Haftar apart from Khalifa Haftar, and the GNA apart from the GNU", () => {
  const found = findEntities("Saddam Haftar, son of Khalifa Haftar; the GNA, then the Government of National Unity", gazetteer).map((m) => m.entity);
  assert.equal(found, ["saddam-haftar", "khalifa-haftar", "gna", "gnu"]);
});
find("should take a name over a description whose last word starts it", () => {
  const found = (text: string) => findEntities(text, gazetteer).map((m) => `${m.entity}:${m.text}`);
  assert.equal(found("Libya's internationally recognised Government of National Accord (GNA)"), ["libya:Libya", "gna:Government of National Accord", "gna:GNA"]);
  // A description that no name runs on from stays what it is.
  assert.equal(found("the internationally recognised government in Tripoli"), ["libya:internationally recognised government", "tripoli:Tripoli"]);
});
find.run();

const closure = suite("entityClosure()");
closure("should count a government for its state and a capital for its state", () => {
  assert.equal(entityClosure(id("gnu"), gazetteer), ["gnu", "libya"]);
  assert.equal(entityClosure(id("ankara"), gazetteer), ["ankara", "turkiye"]);
});
closure.run();

const covered = suite("coveredEntities()");
covered("should include the states behind the bodies mentioned", () => {
  const set = coveredEntities(findEntities("Ankara and the LNA", gazetteer), gazetteer);
  assert.equal([...set].sort(), ["ankara", "libya", "lna", "turkiye"]);
});
covered.run();

const titled = suite("findTitledPeople()");
titled("should find people named with their office before or after the name, as the source writes it", () => {
  const text = "Turkish Minister of National Defense Yasar Guler met Saddam Haftar, Chief of Staff of the LNA Ground Forces, and his Qatari counterpart Mohammad Al-Attiyah.";
  assert.equal(findTitledPeople(text, gazetteer).map((t) => [t.mention.entity, t.title]), [
    ["yasar-guler", "Turkish Minister of National Defense"],
    ["saddam-haftar", "Chief of Staff of the LNA Ground Forces"],
    ["khalid-al-attiyah", "Qatari counterpart"],
  ]);
});
titled("should read an office before a surname the gazetteer knows, past a given name it does not spell so ('Prime Minister Abdulhamid Dbeiba')", () => {
  assert.equal(findTitledPeople("The Libyan Prime Minister Abdulhamid Dbeiba goes to Turkey very often.", gazetteer).map((t) => [t.mention.entity, t.title]), [["abdul-hamid-dbeibah", "Libyan Prime Minister"]]);
  // Not past a word that is not a name.
  assert.equal(findTitledPeople("The Prime Minister and Dbeiba met.", gazetteer).map((t) => t.mention.entity), []);
});
titled("should read an office set before the name with a comma (“the Libyan foreign minister, Najla Mangoush”), not a list's last office", () => {
  const text = "Erdogan repeated to the Libyan foreign minister, Najla Mangoush, and to Turkey's foreign minister, Mevlut Cavusoglu, that nothing had changed.";
  assert.equal(findTitledPeople(text, gazetteer).map((t) => [t.mention.entity, t.title]), [
    ["najla-mangoush", "Libyan foreign minister"],
    ["mevlut-cavusoglu", "foreign minister"],
  ]);
  assert.equal(findTitledPeople("He met a foreign minister, Najla Mangoush and others.", gazetteer), []);
});
titled("should read an office after the name with its nationality (“, the Libyan Minister of Foreign Affairs”), and not a former one", () => {
  const text = "declared Najla Mangoush, the Libyan Minister of Foreign Affairs, beside Mevlut Cavusoglu, the former Minister of Foreign Affairs.";
  assert.equal(findTitledPeople(text, gazetteer).map((t) => [t.mention.entity, t.title]), [["najla-mangoush", "Libyan Minister of Foreign Affairs"]]);
});
titled("should read an office joined to a second one before the name", () => {
  const text = "The Prime Minister and Minister of Defence Abdul Hamid Dbeibah met the Turkish delegation.";
  assert.equal(findTitledPeople(text, gazetteer).map((t) => [t.mention.entity, t.title]), [["abdul-hamid-dbeibah", "Prime Minister"]]);
});
titled("should not make an official of someone named without an office", () => {
  assert.equal(findTitledPeople("son of powerful military commander Khalifa Haftar", gazetteer), []);
});
titled.run();

const heads = suite("findGovernmentHeads()");
heads("should find a person named as the head of a government, before or after the word, and no one merely named", () => {
  const found = (text: string) => findGovernmentHeads(text, new Map(gazetteer.map((e) => [e.id, e])), findEntities(text, gazetteer)).map((m) => m.entity);
  assert.equal(found("Ankara spoke to the government of Abdulhamid al-Dbeibah in Tripoli."), ["abdul-hamid-dbeibah"]);
  assert.equal(found("The cabinet led by Prime Minister Dbeibah met on Monday."), ["abdul-hamid-dbeibah"]);
  assert.equal(found("Sarraj's government signed the memorandum."), ["fayez-al-sarraj"]);
  assert.equal(found("Dbeibah met Erdogan in Ankara."), []);
});
heads.run();

const spelled = suite("alsoSpelled()");
spelled("should list every other spelling, with ASCII forms a reader can type", () => {
  const [kalin] = alsoSpelled([id("ibrahim-kalin")], gazetteer);
  assert.is(kalin, "İbrahim Kalın: Ibrahim Kalin, Kalın, Kalin");
  assert.ok(alsoSpelled([id("turkiye")], gazetteer)[0]!.includes("Turkiye, Turkey"));
});
spelled.run();

const abbreviations = suite("abbreviationsDefined()");
// (The recognition fixtures' gazetteer: it knows the names the GNA and the GNU both bore.)
const recognition = (await fixtureContext()).data.gazetteer;
const byId = new Map(recognition.map((e) => [e.id, e]));
const read = (text: string) => ({ text, entities: findEntities(text, recognition) });
abbreviations("should take the abbreviation an article gives a body in brackets ('the Government of National Accord (GAN)'), and none it gives two bodies or a person", () => {
  const defined = abbreviationsDefined([read("Ankara backs the interim Government of National Accord (GAN) in Tripoli."), read("Later the GAN signed.")], byId);
  assert.equal([...defined], [["GAN", "gna"]]);
  const twice = abbreviationsDefined([read("The Government of National Accord (GN) met."), read("The Libyan National Army (GN) met.")], byId);
  assert.is(twice.size, 0);
  assert.is(abbreviationsDefined([read("Fayez al-Sarraj (FS) spoke.")], byId).size, 0);
  // A name two bodies bore (the GNA's in translation, the GNU's later) gives its abbreviation to neither.
  assert.is(abbreviationsDefined([read("Ankara came to terms with the Government of National Unity (MBH) in Tripoli.")], byId).size, 0);
});
abbreviations.run();

const withAbbreviated = suite("withAbbreviations()");
withAbbreviated("should add a mention of the body wherever the article uses its abbreviation, as a whole word, and not twice at its definition", () => {
  const defined = new Map([["GAN", id("gna")]]);
  const later = read("After Ankara and the GAN signed two agreements, GANDALF and ORGAN did not.");
  assert.equal(withAbbreviations(later.text, later.entities, defined).map((m) => `${m.entity}:${m.text}`), ["ankara:Ankara", "gna:GAN"]);
  const definition = read("The Government of National Accord (GAN) met.");
  assert.equal(withAbbreviations(definition.text, definition.entities, defined).map((m) => m.text), ["Government of National Accord"]);
});
withAbbreviated.run();
