/**
 * Values a sentence gives as replaced (src/core/answer/revisions.ts): "revised from 27 to 34",
 * "up from 900", "originally planned for ten weeks". Invented figures throughout.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { asksFormerValue, isSuperseded } from "../src/core/answer/revisions.js";
import type { Claim } from "../src/core/types.js";

const claim = (text: string, value: string): Claim => {
  const start = text.indexOf(value);
  return { type: "number", value, normalized: value, start, end: start + value.length };
};
const superseded = (text: string, value: string) => isSuperseded(text, claim(text, value));

test("the value a change starts from is replaced; the one it goes to, and a range's ends, are not", () => {
  const revised = "The Tarrow nest count was revised from 27 to 34 after a second survey.";
  assert.equal(superseded(revised, "27"), true);
  assert.equal(superseded(revised, "34"), false);
  const up = "Sales reached 1,200 kettles, up from 900 a year earlier.";
  assert.equal(superseded(up, "900"), true);
  assert.equal(superseded(up, "1,200"), false);
  const moved = "The opening was pushed back from 9 March to 16 March.";
  assert.equal(superseded(moved, "9 March"), true);
  assert.equal(superseded(moved, "16 March"), false);
  assert.equal(superseded("Amos Quell ruled from 1670 to 1723.", "1670"), false, "a range, no change");
  assert.equal(superseded("The line runs from Harbor Station to Millbrook.", "Harbor Station"), false);
});

test("what a value was at first is replaced; 'previously' describing something else says nothing", () => {
  assert.equal(superseded("The dig was originally planned for ten weeks.", "ten weeks"), true);
  assert.equal(superseded("The coins were initially estimated at 900.", "900"), true);
  assert.equal(superseded("It is set out in a previously unreleased memo dated 2 May 2025.", "2 May 2025"), false);
});

test("a question asks for the value before it changed only in so many words", () => {
  assert.ok(asksFormerValue("how long was the dig originally meant to take"));
  assert.ok(asksFormerValue("what was the nest count before it was revised"));
  assert.ok(!asksFormerValue("whats the updated nest count after they went back through old records"));
  assert.ok(!asksFormerValue("what did the council decide before the vote"));
});
