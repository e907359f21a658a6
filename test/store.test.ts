/** The compact layout a snapshot keeps: caches bounded by bytes, text once, values and terms in typed arrays. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { BoundedCache } from "../src/core/cache.js";
import { ClaimTable } from "../src/core/corpus/claim-table.js";
import { packCorpus, sentenceTable, unpackCorpus } from "../src/core/corpus/layout.js";
import { SentenceIndex } from "../src/core/search/index.js";
import { TermTable } from "../src/core/search/term-table.js";
import { normalizeTerm, positionedTerms } from "../src/core/search/terms.js";
import { SectionReader, SectionWriter } from "../src/core/snapshot/sections.js";
import type { Claim, CorpusDocument } from "../src/core/types.js";

test("a cache holds at most its bytes, whatever the number of entries, and keeps what is in use", () => {
  const cache = new BoundedCache<number, string>(10_000, (_, v) => v.length);
  for (let i = 0; i < 1_000; i++) cache.set(i, "x".repeat(100));
  assert.ok(cache.bytes <= 10_000, `${cache.bytes} bytes`);
  assert.ok(cache.size < 100);
  // An entry used while others come in stays.
  cache.set(-1, "kept");
  for (let i = 0; i < 1_000; i++) {
    cache.set(1_000 + i, "y".repeat(100));
    assert.equal(cache.get(-1), "kept");
  }
  // One entry larger than half the budget is not kept at all.
  cache.set(-2, "z".repeat(20_000));
  assert.equal(cache.get(-2), undefined);
  assert.equal(cache.remember(-3, () => "made"), "made");
  assert.equal(cache.get(-3), "made");
});

test("the claim table gives back every field of every claim, whatever fields a claim has", () => {
  const table = new ClaimTable(4);
  const claims: Claim[] = [
    { type: "number", value: "nearly 2,000 people", normalized: "2000", start: 3, end: 22, qualifier: "nearly", unit: "people" },
    { type: "person", value: "Pete Hegseth", normalized: "pete hegseth", start: 30, end: 42, guessed: true },
  ];
  // A field the table does not know of, and values JSON cannot say.
  const odd = { type: "date", value: "2025", normalized: "2025", start: 0, end: 4, extra: { deep: [1, 2] }, none: undefined, ratio: Infinity } as unknown as Claim;
  table.set(0, "numbers", claims);
  table.set(0, "dates", [odd]);
  table.set(1, "numbers", []);
  assert.deepEqual(table.get(0, "numbers"), claims);
  assert.deepEqual(table.get(0, "dates"), [odd]);
  assert.deepEqual(table.get(1, "numbers"), []);
  assert.equal(table.get(2, "numbers"), undefined, "not extracted yet");
  assert.equal(table.complete, false);
  // Each reader gets its own objects.
  (table.get(0, "dates")![0] as unknown as { extra: { deep: number[] } }).extra.deep.push(3);
  assert.deepEqual(table.get(0, "dates"), [odd]);

  const back = ClaimTable.unpack(structuredClone(table.pack()), 4);
  assert.deepEqual(back.get(0, "numbers"), claims);
  assert.deepEqual(back.get(0, "dates"), [odd]);
  assert.equal(back.get(2, "names"), undefined);
  back.set(2, "names", [claims[1]!]);
  assert.deepEqual(back.get(2, "names"), [claims[1]]);
  assert.throws(() => ClaimTable.unpack(table.pack(), 5), /another corpus/);
});

test("the corpus layout keeps each document's text once and gives every sentence, location and metadata back", () => {
  const documents: CorpusDocument[] = [
    { id: "a", file: "a.pdf", title: "Ä title", outlet: "The Paper", date: "2024-05-06", author: "A. Writer", sentences: ["First “quoted” sentence — with ünïcode.", "Second one."], locations: [{ page: 1 }, null] },
    { id: "b", file: "sub/b.md", title: "B", url: "https://example.org/b", sentences: ["Only one, 日本語 too.", "Two."], locations: [{ headings: ["Pricing", "Plans"] }, { headings: ["Pricing", "Plans"] }] },
    { id: "c", file: "c.txt", title: "C", sentences: ["No location here.", "Nor here."] },
  ];
  const packed = packCorpus(documents);
  assert.deepEqual(packed.locations, [{ page: 1 }, { headings: ["Pricing", "Plans"] }], "each distinct location once");
  const { documents: docs, sentences } = unpackCorpus(structuredClone(packed));
  const plain = <T extends object>(o: T, keys: (keyof T)[]) => Object.fromEntries(keys.map((k) => [k, o[k]]).filter(([, v]) => v !== undefined));
  const sentenceKeys = ["id", "docId", "position", "text"] as const;
  assert.deepEqual(sentences.map((x) => plain(x, [...sentenceKeys])), sentenceTable(documents).map((x) => plain(x, [...sentenceKeys])));
  assert.equal(sentences[0]!.text, "First “quoted” sentence — with ünïcode.");
  const docKeys = ["id", "file", "title", "outlet", "date", "url", "author", "sentences", "locations"] as const;
  for (const [i, d] of docs.entries()) assert.deepEqual(plain(d, [...docKeys]), plain(documents[i]!, [...docKeys]));
  assert.equal("outlet" in docs[2]!, false, "no metadata a document lacks");
  // The text is kept once, as UTF-8: no string per sentence until one is read.
  assert.equal(packed.text.byteLength, Buffer.byteLength(documents.flatMap((d) => d.sentences.map((x) => `${x}\n`)).join("")));
  assert.equal(JSON.stringify(sentences[0]), JSON.stringify({ id: 0, docId: "a", position: 0 }), "the corpus behind a sentence is not part of it");
  // Without a single location, nothing is written for them.
  assert.equal(packCorpus([documents[2]!]).locations, undefined);
  assert.throws(() => unpackCorpus({ ...packed, sentenceBytes: packed.sentenceBytes.subarray(1) }), /does not fit/);
});

test("sections: typed arrays are read into their own memory, other values as JSON, Maps and Sets when asked", () => {
  const writer = new SectionWriter();
  writer.json("odd", "x"); // leaves the next section unaligned unless padded
  writer.object("parts", { name: "p", counts: new Uint32Array([1, 2, 3]), deeper: { f: new Uint16Array([7]), g: new Uint8Array([9, 9]) } });
  writer.json("tagged", { standing: new Map([["a", 1]]), seen: new Set([2]) }, true);
  const body = writer.body();
  const file = Buffer.concat([Buffer.alloc(8), body]);
  const reader = SectionReader.fromBuffer(file, 8, writer.table);
  const parts = reader.object<{ name: string; counts: Uint32Array; deeper: { f: Uint16Array; g: Uint8Array } }>("parts");
  assert.equal(parts.name, "p");
  assert.deepEqual([...parts.counts], [1, 2, 3]);
  assert.notEqual(parts.counts.buffer, file.buffer, "its own memory, not a view of the file");
  assert.deepEqual([...parts.deeper.f], [7]);
  assert.deepEqual([...parts.deeper.g], [9, 9]);
  assert.deepEqual(reader.json("tagged", true), { standing: new Map([["a", 1]]), seen: new Set([2]) });
  assert.throws(() => SectionReader.fromBuffer(file.subarray(0, file.length - 4), 8, writer.table), /outside the file/);
  assert.throws(() => reader.typed("odd"), /JSON/);
});

test("the vocabulary says which documents hold a term, in a sentence or in the title, without a search", () => {
  const documents: CorpusDocument[] = [
    { id: "d1", file: "d1.txt", title: "Landmine memo", sentences: ["The memo was signed on December 2."] },
    { id: "d2", file: "d2.txt", title: "Finland", sentences: ["Finland withdrew from the treaty.", "The memo is cited."] },
    { id: "d3", file: "d3.txt", title: "Other", sentences: ["Nothing about it."] },
  ];
  const index = SentenceIndex.build(documents);
  const holders = (term: string) => documents.filter((d) => index.documentHas(d.id, term)).map((d) => d.id);
  assert.deepEqual(holders("memo"), ["d1", "d2"]);
  assert.deepEqual(holders("landmin"), ["d1"], "a title word");
  assert.deepEqual(holders("finland"), ["d2"]);
  assert.deepEqual(holders("absent"), []);
  assert.equal(index.has("landmin"), false, "a title word is not in any sentence");
  assert.equal(index.termFrequency.get("memo"), 2);
  const back = SentenceIndex.unpack(structuredClone(index.pack()), documents, sentenceTable(documents));
  assert.deepEqual(new Map(back.termFrequency), new Map(index.termFrequency));
  assert.deepEqual(documents.map((d) => back.documentHas(d.id, "memo")), [true, true, false]);
  assert.deepEqual(back.find(["memo", "sign"], 10), index.find(["memo", "sign"], 10));
});

test("the term table gives back each sentence's terms and positions, also terms the vocabulary lacks", () => {
  const documents: CorpusDocument[] = [{ id: "d", file: "d.txt", title: "T", sentences: ["The memo was signed.", "Finland withdrew.", "x"] }];
  const index = SentenceIndex.build(documents);
  const table = new TermTable(3, index.vocabulary, 1);
  const first = positionedTerms(documents[0]!.sentences[0]!);
  table.set(0, first);
  table.set(1, [{ term: "unheardof", position: 0 }, { term: "finland", position: 1 }]);
  table.set(2, [{ term: "far", position: 70_000 }]); // past 16 bits: not kept
  assert.deepEqual(table.get(0), first);
  assert.deepEqual(table.get(1), [{ term: "unheardof", position: 0 }, { term: "finland", position: 1 }]);
  assert.equal(table.get(2), undefined);
  assert.equal(table.complete, false);
  const back = TermTable.unpack(structuredClone(table.pack()), 3, index.vocabulary);
  assert.deepEqual(back.get(0), first);
  assert.deepEqual(back.get(1), table.get(1));
  assert.equal(back.get(2), undefined);
  back.set(2, []);
  assert.equal(back.complete, true);
  assert.throws(() => TermTable.unpack(table.pack(), 4, index.vocabulary), /another corpus/);
});

test("a misspelling is read as the word that restores a letter, not a shorter stem", () => {
  const documents = [{ id: "a", file: "a.txt", title: "Board", sentences: ["The audit committee met.", "We commit to it.", "They commit funds.", "Both commit today."] }];
  const index = SentenceIndex.build(documents);
  // "commitee" stems to "commite": "committe" restores the lost "t"; "commit", more frequent, drops the "e".
  assert.equal(index.correct(normalizeTerm("commitee")!), normalizeTerm("committee"));
  assert.equal(index.correct(normalizeTerm("presdient")!), normalizeTerm("presdient"), "nothing near: the term itself");
});
