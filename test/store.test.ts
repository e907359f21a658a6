/** The compact layout a snapshot keeps: caches bounded by bytes, text once, values and terms in typed arrays. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { BoundedCache } from "../src/core/cache.js";

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
