/**
 * `PackedSearch.scoreExact` scores a search from the packed postings instead of through
 * minisearch; it must give minisearch's results exactly: the same entries, scores to the last
 * bit, matched terms in the same order, and the same order of ties.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { IndexBuilder, kthLargest, PackedSearch } from "../src/core/search/packed.js";

const WORDS = ["memo", "signed", "2024", "4", "7", "mine", "treaty", "said", "the", "finland", "ottawa", "policy", "30", "people"];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

test("scoreExact gives minisearch's search results exactly, ties and matched terms included", () => {
  const next = random(7);
  const pick = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const options = { fields: ["text", "context"], storeFields: [], tokenize: (t: string) => t.split(" "), processTerm: (t: string) => t, searchOptions: { boost: { context: 0.5 } } };
  const builder = new IndexBuilder<{ id: number; text: string; context?: string }>(options);
  for (let id = 0; id < 300; id++) {
    const text = pick(1 + Math.floor(next() * 12)).join(" ");
    // Some entries have headings, some repeat a sentence word for word (ties).
    builder.add(id % 5 === 0 ? { id, text, context: pick(2).join(" ") } : id % 7 === 0 ? { id, text: "memo signed" } : { id, text });
  }
  const search = PackedSearch.open(builder.pack(), options, (shortId) => shortId, (id) => id as number);
  for (let q = 0; q < 200; q++) {
    const terms = [...pick(1 + Math.floor(next() * 5)), ...(q % 9 === 0 ? ["absent"] : [])];
    for (const fields of [undefined, ["text"]]) {
      const expected = search
        .search(terms.join(" "), { tokenize: (t) => t.split(" "), processTerm: (t) => t, prefix: false, fuzzy: false, combineWith: "OR", ...(fields ? { fields } : {}) })
        .map((r) => ({ shortId: r.id as number, score: r.score, terms: r.terms }));
      assert.deepEqual(search.searchExact(terms, fields), expected, terms.join(" "));
      assert.deepEqual(search.searchExact(terms, fields, 10), expected.slice(0, 10), terms.join(" "));
    }
  }
});

test("kthLargest is what sorting and reading k from the end gives, duplicates counted", () => {
  const next = random(11);
  for (let round = 0; round < 500; round++) {
    const values = Float64Array.from({ length: 1 + Math.floor(next() * 200) }, () => Math.floor(next() * 15) / 4);
    const k = 1 + Math.floor(next() * values.length);
    const sorted = Float64Array.from(values).sort();
    assert.equal(kthLargest(values, k), sorted[values.length - k], `k=${k} of ${values.length}`);
  }
  assert.equal(kthLargest(Float64Array.of(3, 1, 2), 4), -Infinity);
});
