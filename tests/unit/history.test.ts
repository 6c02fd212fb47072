import { suite } from "uvu";
import * as assert from "uvu/assert";
import { briefState, changesByDate, describeChange, diffStates, formatHistory, parseHistory, updateHistory, type BriefState, type Change, type History } from "../../scripts/history.ts";
import { brief, cite } from "../helpers/glance-input.ts";

const ref = (id: string, title: string) => ({ id, title, outlet: null, published: null, precision: null, url: null, file: `${id}.txt`, grade: "F6", rationale: "r", origin: "o" });
const DATE_QUOTE = cite("a", "p1", "Signed on 27 November 2019.");
const mou = brief("mou", {
  sources: ["a"],
  source_refs: [ref("a", "First report")],
  claims: [{ id: "date", label: "Date", value: "27 November 2019", provenance: "text", citations: [DATE_QUOTE] }],
  differences: [
    { kind: "framing", text: "A uses loaded words: “illegal”.", citations: [DATE_QUOTE], more_citations: [] },
    { kind: "date", text: "27 November 2019 from A; but 28 November 2019 from B.", citations: [DATE_QUOTE], more_citations: [] },
  ],
});
const state = (over: Partial<BriefState> = {}): BriefState => ({ ...briefState(mou), ...over });

const snapshot = suite("briefState()");
snapshot("should keep a brief's sources, facts, open discrepancies (not framing) and a digest of its assessment", () => {
  const s = briefState(mou);
  assert.equal(s.sources, { a: "First report" });
  assert.equal(s.facts, { date: { label: "Date", value: "27 November 2019" } });
  assert.equal(Object.keys(s.discrepancies), ["date"]);
  assert.equal(s.assessment.confidence, "moderate");
  assert.match(s.assessment.digest, /^[0-9a-f]{16}$/);
  assert.is.not(briefState({ ...mou, summary: "Edited." }).assessment.digest, s.assessment.digest);
});
snapshot.run();

const diff = suite("diffStates()");
diff("should list new and dropped sources, changed facts, discrepancies opened or resolved, and assessment edits, in that order", () => {
  const after = state({
    sources: { b: "Second report" },
    facts: { date: { label: "Date", value: "28 November 2019" }, "fact:place": { label: "Place", value: "Istanbul" } },
    discrepancies: { place: "Istanbul from A; but Ankara from B." },
    assessment: { digest: "0".repeat(16), confidence: "high" },
  });
  assert.equal(diffStates(state(), after, "2026-02-01").map((c) => [c.kind, c.subject, c.from, c.to]), [
    ["source-removed", "a", null, null],
    ["source-added", "b", null, null],
    ["fact-changed", "date", "27 November 2019", "28 November 2019"],
    ["fact-added", "fact:place", null, "Istanbul"],
    ["discrepancy-resolved", "date", "27 November 2019 from A; but 28 November 2019 from B.", null],
    ["discrepancy-opened", "place", null, "Istanbul from A; but Ankara from B."],
    ["assessment-edited", "assessment", "moderate", "high"],
  ]);
});
diff("should say a signatories discrepancy by its label, opened and resolved", () => {
  const text = "For Libya: Fayez Al-Sarraj from A; but Salam Al-Namroush from B.";
  const opened = diffStates(state(), state({ discrepancies: { ...state().discrepancies, signatories: text } }), "2026-02-01");
  assert.equal(opened.map((c) => [c.kind, c.subject, c.label, c.to]), [["discrepancy-opened", "signatories", "signatories", text]]);
  assert.is(describeChange(opened[0]!), `Sources now differ on the signatories: ${text}`);
  const resolved = diffStates(state({ discrepancies: { signatories: text } }), state({ discrepancies: {} }), "2026-02-01");
  assert.equal(resolved.map((c) => [c.kind, c.label]), [["discrepancy-resolved", "signatories"]]);
});
diff("should find nothing between a state and itself", () => {
  assert.equal(diffStates(state(), state(), "2026-02-01"), []);
});
diff.run();

const update = suite("updateHistory()");
update("should record a brief seen for the first time once, as first recorded, not each source as new", () => {
  const history = updateHistory({ briefs: {} }, { mou: state() }, "2026-01-01");
  assert.equal(history.briefs.mou!.changes, [{ date: "2026-01-01", kind: "first-recorded", subject: "mou", label: "brief", from: null, to: "1 source, 1 fact" }]);
  assert.equal(history.briefs.mou!.state, state());
});
update("should add dated entries when a brief changes, and nothing when it does not", () => {
  const first = updateHistory({ briefs: {} }, { mou: state() }, "2026-01-01");
  const same = updateHistory(first, { mou: state() }, "2026-03-01");
  assert.is(formatHistory(same), formatHistory(first));
  const changed = updateHistory(first, { mou: state({ sources: { a: "First report", b: "Second report" } }) }, "2026-02-01");
  assert.equal(changed.briefs.mou!.changes.map((c) => [c.date, c.kind, c.subject]), [["2026-01-01", "first-recorded", "mou"], ["2026-02-01", "source-added", "b"]]);
  assert.equal(Object.keys(changed.briefs.mou!.state.sources), ["a", "b"]);
});
update("should keep the record of a brief this build does not write", () => {
  const first = updateHistory({ briefs: {} }, { mou: state(), old: state() }, "2026-01-01");
  assert.equal(Object.keys(updateHistory(first, { mou: state() }, "2026-02-01").briefs).sort(), ["mou", "old"]);
});
update.run();

const format = suite("formatHistory()");
format("should write sorted keys, two-space indents and a final newline, whatever order the record was built in", () => {
  const a: History = { briefs: { z: { state: state(), changes: [] }, a: { changes: [], state: state() } } };
  const b: History = { briefs: { a: { state: state(), changes: [] }, z: { state: state(), changes: [] } } };
  assert.is(formatHistory(a), formatHistory(b));
  assert.ok(formatHistory(a).endsWith("}\n"));
  assert.ok(formatHistory(a).indexOf('"a"') < formatHistory(a).indexOf('"z"'));
  assert.match(formatHistory(a), /^\{\n  "briefs": \{\n    "a": \{\n      "changes": \[\],/);
});
format.run();

const parse = suite("parseHistory()");
parse("should read back what formatHistory writes, and start an empty record when there is no file", () => {
  const history = updateHistory({ briefs: {} }, { mou: state() }, "2026-01-01");
  assert.equal(parseHistory(formatHistory(history), "seeds/.history.json"), { history, usable: true, diagnostics: [] });
  assert.equal(parseHistory(undefined, "seeds/.history.json"), { history: { briefs: {} }, usable: true, diagnostics: [] });
});
parse("should refuse a file that is not a record, with an error naming it, rather than reset it", () => {
  for (const text of ["{ not json", "[]", '{"briefs": {"mou": {"changes": []}}}']) {
    const out = parseHistory(text, "seeds/.history.json");
    assert.is(out.usable, false, text);
    assert.equal(out.diagnostics.map((d) => [d.file, d.severity, d.rule]), [["seeds/.history.json", "error", "history-file"]]);
  }
});
parse.run();

const group = suite("changesByDate()");
group("should group changes by build date, newest first, each date's in recorded order", () => {
  const c = (date: string, subject: string): Change => ({ date, kind: "source-added", subject, label: subject, from: null, to: null });
  assert.equal(changesByDate([c("2026-01-01", "a"), c("2026-02-01", "b"), c("2026-02-01", "c")]).map((g) => [g.date, g.changes.map((x) => x.subject)]), [["2026-02-01", ["b", "c"]], ["2026-01-01", ["a"]]]);
});
group.run();

const words = suite("describeChange()");
words("should say each kind of change in plain words", () => {
  const c = (kind: Change["kind"], label: string, from: string | null, to: string | null) => describeChange({ date: "2026-01-01", kind, subject: "x", label, from, to });
  assert.is(c("first-recorded", "brief", null, "2 sources, 3 facts"), "First recorded, with 2 sources, 3 facts.");
  assert.is(c("source-added", "A title", null, null), "New source: “A title”.");
  assert.is(c("fact-changed", "Date", "2019", "27 November 2019"), "Date changed from 2019 to 27 November 2019.");
  assert.is(c("fact-removed", "Place", "Istanbul", null), "Place no longer stated (was Istanbul).");
  assert.is(c("discrepancy-resolved", "date of signing", "x", null), "Sources no longer differ on the date of signing.");
  assert.is(c("assessment-edited", "assessment", "moderate", "high"), "The assessment was edited; confidence moderate → high.");
  assert.is(c("assessment-edited", "assessment", "low", "low"), "The assessment was edited.");
});
words.run();
