/** The conflict rules: which stated values can both be true. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compatible, sameName } from "../src/core/answer/compare.js";

const v = (normalized: string, approximate = false) => ({ normalized, approximate });

test("dates: a less precise date is compatible with a more precise one inside it", () => {
  assert.ok(compatible("date", v("2025-07"), v("2025")));
  assert.ok(compatible("date", v("2025-07-15"), v("2025-07")));
  assert.ok(!compatible("date", v("2025-12-02"), v("2025-01-15")));
  assert.ok(!compatible("date", v("2024-07"), v("2025-07")));
  assert.ok(!compatible("date", v("1997"), v("1999")));
});

test("numbers: equal, or close when either is approximate", () => {
  assert.ok(compatible("number", v("2000", true), v("2000", true)));
  assert.ok(compatible("number", v("2000", true), v("1950")));
  assert.ok(!compatible("number", v("2000"), v("1950")));
  assert.ok(!compatible("number", v("3559"), v("10000", true)));
});

test("names: shortened and full forms of one person are compatible", () => {
  assert.ok(sameName("Pete Hegseth", "Peter Hegseth", "person"));
  assert.ok(sameName("Hegseth", "Peter Hegseth", "person"));
  assert.ok(!sameName("Mahesh Bhatt", "Raj Kapoor", "person"));
  assert.ok(!sameName("Peter Hegseth", "Peter Parker", "person"));
});

test("organizations: acronyms and articles", () => {
  assert.ok(sameName("UN", "United Nations", "organization"));
  assert.ok(sameName("U.N.", "United Nations", "organization"));
  assert.ok(sameName("Washington Post", "The Washington Post", "organization"));
  assert.ok(!sameName("Washington Post", "New York Times", "organization"));
});

test("free text: one phrase's words include the other's, or it is a conflict", () => {
  assert.ok(compatible("text", v("novel"), v("novel by scottish author muriel spark")));
  assert.ok(!compatible("text", v("novel by muriel spark"), v("film by muriel spark")));
});
