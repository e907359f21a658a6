/** Kinds of things from WordNet, and finding them in a sentence. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { kindsOf } from "../src/core/lexicon/wordnet.js";
import { findKinds } from "../src/core/extract/text.js";

test("WordNet knows the kinds of a sport and of a language, not of a word too general to help", () => {
  const sports = kindsOf("sport");
  assert.ok(sports, "sport is a category");
  for (const s of ["golf", "ice hockey", "baseball", "cricket", "boxing"]) assert.ok(sports.has(s), s);
  assert.ok(!sports.has("sport"), "a noun is not its own kind");
  assert.ok(kindsOf("language")?.has("telugu"));
  assert.equal(kindsOf("thing"), undefined, "everything is a thing: no category");
  assert.equal(kindsOf("zzxqv"), undefined, "an unknown word is no category");
});

test("a sentence's kinds: longest match first, never overlapping, as written", () => {
  const sports = kindsOf("sport")!;
  const found = findKinds("He played ice hockey for Boston before a season at the Rinkven International Golf Club.", sports);
  assert.deepEqual(found.map((c) => c.value), ["ice hockey", "Golf"]);
  assert.deepEqual(found.map((c) => c.normalized), ["ice hockey", "golf"]);
});
