import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BriefNotes } from "../../scripts/generate/brief-notes.ts";
import type { Citation } from "../../scripts/model.ts";

const cite = (source: string, paragraph: string, quote: string): Citation => ({ source: source as Citation["source"], paragraph: paragraph as Citation["paragraph"], quote });
const A1 = cite("a", "p1", "Ankara and Tripoli signed the memorandum.");
const A2 = cite("a", "p2", "It covers training.");
const B1 = cite("b", "p1", "Ankara and Tripoli signed the memorandum.");
const C4 = cite("c", "p4", "The deal was announced on Thursday.");

const fact = suite("BriefNotes.fact()");

fact("should number a fact's first three citations by paragraph, in the order met, and count the rest by source", () => {
  const notes = new BriefNotes();
  assert.equal(notes.fact([A2, A1, B1, C4, cite("d", "p1", "More.")]), { numbers: [1, 2, 3], morePassages: 2, moreSources: 2 });
  assert.equal(notes.fact([C4, A1]), { numbers: [4, 2], morePassages: 0, moreSources: 0 });
});

fact("should fold a later citation of a shown paragraph into its note instead of counting it as more", () => {
  const notes = new BriefNotes();
  const other = cite("a", "p1", "Critics objected.");
  assert.equal(notes.fact([A1, A2, B1, other]), { numbers: [1, 2, 3], morePassages: 0, moreSources: 0 });
  assert.equal(notes.list()[0]!.quotes, [A1.quote, other.quote]);
});

fact("should show fewer notes per fact once the page has its budget of notes: those already open, or the single best", () => {
  const notes = new BriefNotes();
  assert.equal(notes.fact([A1, A2], 3, 2), { numbers: [1, 2], morePassages: 0, moreSources: 0 });
  // The budget is spent: of the best three, only the ones with a note already are shown.
  assert.equal(notes.fact([C4, A2, B1], 3, 2), { numbers: [2], morePassages: 2, moreSources: 2 });
  // None of them has a note: the best one opens one.
  assert.equal(notes.fact([C4, B1], 3, 2), { numbers: [3], morePassages: 1, moreSources: 1 });
  // None of the best three has a note, but a later citation has: it serves, and no note is opened.
  const D1 = cite("d", "p1", "Signed in Istanbul.");
  assert.equal(notes.fact([D1, cite("e", "p1", "E."), cite("f", "p1", "F."), A1], 3, 2), { numbers: [1], morePassages: 3, moreSources: 3 });
});

fact.run();

const list = suite("BriefNotes.list()");

list("should quote each words once: a span inside a longer quote, and words an earlier note gives, are not repeated", () => {
  const notes = new BriefNotes();
  notes.cite(cite("a", "p1", "Ankara"));
  notes.cite(A1);
  notes.cite(B1);
  notes.cite(C4);
  assert.equal(notes.list().map((n) => [n.number, n.quotes, n.sameAs]), [
    [1, [A1.quote], []],
    [2, [], [1]],
    [3, [C4.quote], []],
  ]);
});

list.run();
