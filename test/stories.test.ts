/**
 * Stories (src/core/answer/stories.ts): documents whose passages share the rarer words of one
 * event tell one story; documents that only share the question's words tell different ones.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { storiesOf } from "../src/core/answer/stories.js";
import type { SentenceRef } from "../src/core/types.js";

const passage = (docId: string, words: string) => ({
  s: { id: 0, docId, position: 0, text: words } as SentenceRef,
  terms: words.split(" ").map((term, position) => ({ term, position })),
});

test("documents sharing an event's rarer words are one story; the question's words do not count", () => {
  const passages = [
    passage("a1", "memo signed hegseth landmine pentagon ottawa"),
    passage("a2", "memo hegseth landmine ottawa treaty ukraine"),
    passage("b1", "memo signed nunes committee fisa surveillance"),
    passage("b2", "memo nunes fisa committee release"),
    passage("c1", "memo signed school board budget"),
  ];
  const stories = storiesOf(["a1", "b1", "a2", "c1", "b2"], passages, new Set(["memo", "signed"]), () => 1);
  assert.deepEqual(stories, [["a1", "a2"], ["b1", "b2"], ["c1"]]);
});

test("one story, or one document, is no choice of stories", () => {
  const passages = [passage("a1", "hegseth landmine pentagon"), passage("a2", "hegseth landmine ottawa")];
  assert.equal(storiesOf(["a1", "a2"], passages, new Set(), () => 1), undefined);
  assert.equal(storiesOf(["a1"], passages, new Set(), () => 1), undefined);
});
