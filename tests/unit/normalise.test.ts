import { suite } from "uvu";
import * as assert from "uvu/assert";
import { latinLookAlikes, normaliseText } from "../../scripts/ingest/normalise.ts";

const normalise = suite("normaliseText()");

normalise("should treat CRLF, lone CR and U+2028 as line breaks", () => {
  const { lines } = normaliseText("a.txt", "one\r\ntwo\rthree\u2028four");
  assert.equal(lines.map((l) => l.text), ["one", "two", "three", "four"]);
});

normalise("should fold tabs, no-break and repeated spaces and trim each line without changing a word", () => {
  const { lines, diagnostics } = normaliseText("a.txt", "  Türkiye\u00a0and\t\tLibya   signed  ");
  assert.is(lines[0]!.text, "Türkiye and Libya signed");
  assert.equal(diagnostics, []);
});

normalise("should keep the entries of a page's bar set apart by wide gaps apart by a bar ('Politica  Economia  Difesa  Energia'), and fold the gaps of any other line", () => {
  const text = (line: string) => normaliseText("a.txt", line).lines[0]!.text;
  assert.is(text("Politica  Economia  Difesa  Energia  Mediterraneo  Africa"), "Politica | Economia | Difesa | Energia | Mediterraneo | Africa");
  assert.is(text("Home\tLibya\tEconomy\tSport\tPolitics"), "Home | Libya | Economy | Sport | Politics");
  assert.is(text("Sada El Balad  |  Channel  El Balad Sport  Universities  Real Estate"), "Sada El Balad | Channel | El Balad Sport | Universities | Real Estate");
  // Fewer entries, a long one, or a sentence: a line of the article, its spaces folded.
  assert.is(text("Turkey  and  Libya  signed  two  memoranda."), "Turkey and Libya signed two memoranda.");
  assert.is(text("Home  News  Egypt News  Egypt's Sisi announces Cairo Declaration ending Libya dispute"), "Home News Egypt News Egypt's Sisi announces Cairo Declaration ending Libya dispute");
  assert.is(text("Greece  Egypt  Cyprus"), "Greece Egypt Cyprus");
});

normalise("should compose Unicode to NFC", () => {
  const { lines } = normaliseText("a.txt", "Tu\u0308rkiye");
  assert.is(lines[0]!.text, "Türkiye");
});

normalise("should remove zero-width and bidirectional controls with a warning at their line and column", () => {
  const { lines, diagnostics } = normaliseText("a.txt", "fine\nHaf\u200Btar \u202Eevil");
  assert.is(lines[1]!.text, "Haftar evil");
  assert.is(diagnostics.length, 1);
  assert.equal([diagnostics[0]!.line, diagnostics[0]!.column, diagnostics[0]!.rule], [2, 4, "seed-invisible-chars"]);
});

normalise("should drop soft hyphens and spell out print ligatures silently, so the words match", () => {
  const { lines, diagnostics } = normaliseText("a.txt", "The memoran\u00ADdum was \uFB01nalised and rati\uFB01ed: an e\uFB00ective \uFB02ag.");
  assert.is(lines[0]!.text, "The memorandum was finalised and ratified: an effective flag.");
  assert.equal(diagnostics, []);
});

normalise("should decode HTML character references copied from a page's source, with a note at the first one", () => {
  const { lines, diagnostics } = normaliseText("a.txt", "fine\nTurkey&#8217;s&nbsp;deal with Libya &amp; the GNA&#x2019;s &quot;MoU&quot;, not &bogus; or & alone");
  assert.is(lines[1]!.text, "Turkey’s deal with Libya & the GNA’s \"MoU\", not &bogus; or & alone");
  assert.equal(diagnostics.map((d) => [d.severity, d.line, d.column, d.rule]), [["info", 2, 7, "seed-html-references"]]);
  assert.match(diagnostics[0]!.message, "decoded 6 HTML character reference(s)");
});

normalise("should remove NUL bytes with a warning", () => {
  const { lines, diagnostics } = normaliseText("a.txt", "Misr\u0000ata");
  assert.is(lines[0]!.text, "Misrata");
  assert.is(diagnostics[0]!.rule, "seed-control-chars");
});

normalise("should read look-alike letters from other scripts in Latin words as the Latin letters, with a warning at their line and column", () => {
  const { lines, diagnostics } = normaliseText("a.txt", "fine\n  Turk\u0435y s\u0456gned a mar\u0456t\u0456me agreement");
  assert.is(lines[1]!.text, "Turkey signed a maritime agreement");
  assert.equal(diagnostics.map((d) => [d.line, d.column, d.rule]), [[2, 7, "seed-look-alikes"]]);
});

normalise.run();

const lookAlikes = suite("latinLookAlikes()");

lookAlikes("should replace Cyrillic, Greek, Cherokee and Roman-numeral look-alikes inside words written in Latin letters", () => {
  assert.equal(latinLookAlikes("\u13a2he Tr\u0456po\u217ci-base\u217e \u0430dministration"), { text: "The Tripoli-based administration", count: 5, first: { char: "\u13a2", column: 1 } });
});

lookAlikes("should leave words wholly in another script, and Turkish letters, as they are", () => {
  assert.equal(latinLookAlikes("\u039f \u0395\u03c1\u03bd\u03c4\u03bf\u03b3\u03ac\u03bd, \u041c\u043e\u0441\u043a\u0432\u0430, Kal\u0131n, T\u00fcrkiye"), { text: "\u039f \u0395\u03c1\u03bd\u03c4\u03bf\u03b3\u03ac\u03bd, \u041c\u043e\u0441\u043a\u0432\u0430, Kal\u0131n, T\u00fcrkiye", count: 0 });
});

lookAlikes.run();
