/** Corpus loading: the seeds' metadata, lines that are not the article, sentence splitting. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCorpus } from "../src/core/corpus/load.js";
import { parseDocument } from "../src/core/corpus/parse.js";
import { splitSentences } from "../src/core/corpus/segment.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import { termsOf } from "../src/core/search/terms.js";

test("the seeds load with their metadata, without tag lines or an unrelated headline", async () => {
  const { documents, skipped } = await loadCorpus(DEFAULT_CORPUS_DIR);
  assert.equal(documents.length, 5);
  assert.deepEqual(skipped, []);
  const d002 = documents.find((d) => d.id === "002_66dc29c4fc3a0db3")!;
  assert.equal(d002.outlet, "KPBI Palm Beach International");
  assert.equal(d002.date, "2025-12-20");
  assert.match(d002.title, /^Trump's Mine Policy Reversal/);
  assert.ok(!d002.sentences.some((s) => s.includes("militaryminepoliticsusaweapons")));
  assert.ok(!d002.sentences.some((s) => s.startsWith("Dec 20, 2025")), "the dateline is metadata, not a statement");
  const d004 = documents.find((d) => d.id === "004_16e8bccd99b2617a")!;
  assert.ok(!d004.sentences.some((s) => s.includes("Black Hawk")), "004's last line is another story's headline");
  const d003 = documents.find((d) => d.id === "003_1f58ea47367c2ee6")!;
  assert.ok(d003.title.length <= 101 && d003.title.startsWith("In a significant shift"));
});

test("a real segmenter: U.S. and Dec. do not end sentences", () => {
  assert.deepEqual(splitSentences("In a shift in U.S. defense policy, the ban was lifted. The memo is dated Dec. 2, 2025. It was reviewed."), [
    "In a shift in U.S. defense policy, the ban was lifted.",
    "The memo is dated Dec. 2, 2025.",
    "It was reviewed.",
  ]);
});

test("front matter sets title, outlet, date and url", async () => {
  const doc = (await parseDocument("x", "x.md", "---\ntitle: A title\noutlet: The Paper\ndate: 2024-05-06\nurl: https://example.org/a\n---\nFirst sentence here. Second one.\n"))!;
  assert.equal(doc.title, "A title");
  assert.equal(doc.outlet, "The Paper");
  assert.equal(doc.date, "2024-05-06");
  assert.equal(doc.url, "https://example.org/a");
  assert.deepEqual(doc.sentences, ["First sentence here.", "Second one."]);
});

test("terms meet across wordings: memo/memorandum, withdrew/withdrawal, anti-personnel/antipersonnel, signed/signing", () => {
  const same = (a: string, b: string) => assert.deepEqual(termsOf(a), termsOf(b), `${a} / ${b}`);
  same("memo", "memorandum");
  same("withdrew", "withdrawal");
  same("signed", "signing");
  assert.ok(termsOf("anti-personnel").includes(termsOf("antipersonnel")[0]!));
  assert.deepEqual(termsOf("the of and when"), []);
});

test("a list's lead-in is the paragraph's last sentence: the sentences before it stand alone", async () => {
  const text = "# All-hands\n\nRuth walked through the move to the new office on Harbour Street. Key points:\n\n- Moving day is Saturday, May 9.\n- Floors 4 and 5.\n";
  const doc = (await parseDocument("x", "x.md", text))!;
  assert.ok(doc.sentences.includes("Ruth walked through the move to the new office on Harbour Street."), doc.sentences.join(" | "));
  assert.ok(doc.sentences.includes("Key points: Moving day is Saturday, May 9."), doc.sentences.join(" | "));
  assert.ok(!doc.sentences.some((s) => s.startsWith("Ruth") && s.includes("Moving day")), "the paragraph is not glued to every item");
});
