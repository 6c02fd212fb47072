import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatDiagnostic } from "../../scripts/diagnostics.ts";
import { isWebAddress } from "../../scripts/display.ts";
import { parseSidecar } from "../../scripts/ingest/sidecar.ts";

const parse = suite("parseSidecar()");

parse("should read every known field with the line it came from", () => {
  const { sidecar, diagnostics } = parseSidecar("s.meta.yaml", "outlet: Caliber.Az\npublished: 2025-04\nurl: https://caliber.az/x\nunknown: [author]\n");
  assert.equal(diagnostics, []);
  assert.equal(sidecar.outlet, { value: "Caliber.Az", from: "sidecar", line: 1 });
  assert.equal(sidecar.published?.value, { iso: "2025-04", precision: "month" });
  assert.is(sidecar.url?.line, 3);
  assert.equal(sidecar.unknown, ["author"]);
});

parse("should read the analyst's placing: the briefs to cite the article in, at a paragraph, and those to keep it out of, each with its line", () => {
  const { sidecar, diagnostics } = parseSidecar("s.meta.yaml", "cited_in:\n  mou-2019-maritime: p2\nnot_cited_in: [mou-2019-security]\n");
  assert.equal(diagnostics, []);
  assert.equal(sidecar.citedIn, [{ agreement: "mou-2019-maritime", paragraph: "p2", line: 2 }]);
  assert.equal(sidecar.notCitedIn, [{ agreement: "mou-2019-security", line: 3 }]);
});

parse("should warn at its line about a placing of the wrong shape, and keep what came before it", () => {
  const { sidecar, diagnostics } = parseSidecar("s.meta.yaml", "cited_in:\n  mou-2019-maritime: p2\n  gnu-2025: the third paragraph\nnot_cited_in: mou-2019-security\n");
  assert.equal(diagnostics.map((d) => [d.line, d.severity, d.rule]), [[3, "warning", "sidecar-invalid-value"], [4, "warning", "sidecar-invalid-value"]]);
  assert.match(diagnostics[0]!.message, /"gnu-2025: the third paragraph" is not one/);
  assert.equal(sidecar.citedIn.map((p) => p.agreement), ["mou-2019-maritime"]);
  assert.equal(sidecar.notCitedIn, []);
});

parse("should report invalid YAML as an error with line and column, and ignore the sidecar", () => {
  const { sidecar, diagnostics } = parseSidecar("s.meta.yaml", "outlet: ok\nurl: [unclosed\n");
  assert.is(diagnostics[0]!.severity, "error");
  assert.is(diagnostics[0]!.rule, "sidecar-yaml");
  assert.ok(diagnostics[0]!.line >= 2, formatDiagnostic(diagnostics[0]!));
  assert.is(sidecar.outlet, undefined);
});

parse("should warn about an unknown field at its line and column", () => {
  const { diagnostics } = parseSidecar("s.meta.yaml", "outlet: X\n  \nauthr: Jane\n");
  assert.equal(diagnostics.map(formatDiagnostic), [
    's.meta.yaml:3:1: warning unknown field "authr" ignored; known fields: id, headline, outlet, url, author, language, notes, reliability, rationale, published, unknown, cited_in, not_cited_in [sidecar-unknown-field]',
  ]);
});

parse("should warn about a date that does not parse and leave the date unset", () => {
  const { sidecar, diagnostics } = parseSidecar("s.meta.yaml", "published: 31/02/2025\n");
  assert.is(sidecar.published, undefined);
  assert.equal([diagnostics[0]!.line, diagnostics[0]!.column, diagnostics[0]!.rule], [1, 12, "sidecar-invalid-date"]);
});

parse("should treat YAML tags and anchors as plain data, never as code", () => {
  const { sidecar } = parseSidecar("s.meta.yaml", "notes: !!js/function 'function () { globalThis.pwned = true }'\n");
  assert.is((globalThis as { pwned?: boolean }).pwned, undefined);
  assert.is(sidecar.notes?.value.includes("function"), true);
});

parse("should refuse a url that is not http(s), such as javascript:, and a language that is not a language tag", () => {
  const { sidecar, diagnostics } = parseSidecar("s.meta.yaml", "url: javascript:alert(1)\nlanguage: en\" onload=\"x\n");
  assert.is(sidecar.url, undefined);
  assert.is(sidecar.language, undefined);
  assert.equal(diagnostics.map((d) => [d.line, d.column, d.rule]), [[1, 6, "sidecar-invalid-value"], [2, 11, "sidecar-invalid-value"]]);
  assert.is(parseSidecar("s.meta.yaml", "url: https://example.org/a\nlanguage: ar-LY\n").diagnostics.length, 0);
});

const web = suite("isWebAddress()");

web("should accept absolute http and https addresses and nothing else", () => {
  for (const ok of ["https://example.org/x", "http://example.org", "HTTPS://EXAMPLE.ORG/"]) assert.ok(isWebAddress(ok), ok);
  for (const bad of ["javascript:alert(1)", "data:text/html,x", "//example.org", "https://", "example.org", " javascript:x", "file:///etc/passwd"]) {
    assert.not.ok(isWebAddress(bad), bad);
  }
});

parse.run();
web.run();
