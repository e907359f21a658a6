/** The conflict rules: which stated values can both be true. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compatible, comparableOf, morePrecise, sameName } from "../src/core/answer/compare.js";
import { findNumbers } from "../src/core/extract/numbers.js";

const v = (normalized: string, approximate = false) => ({ normalized, approximate });

test("dates: a less precise date is compatible with a more precise one inside it", () => {
  assert.ok(compatible("date", v("2025-07"), v("2025")));
  assert.ok(compatible("date", v("2025-07-15"), v("2025-07")));
  assert.ok(!compatible("date", v("2025-12-02"), v("2025-01-15")));
  assert.ok(!compatible("date", v("2024-07"), v("2025-07")));
  assert.ok(!compatible("date", v("1997"), v("1999")));
});

test("dates: a year-less day meets the full date of that day only", () => {
  assert.ok(compatible("date", v("--12-04"), v("2025-12-04")));
  assert.ok(compatible("date", v("2025-12-04"), v("--12-04")));
  assert.ok(compatible("date", v("--12-04"), v("2025-12")));
  assert.ok(compatible("date", v("--12-04"), v("2025")));
  assert.ok(!compatible("date", v("--12-04"), v("2025-12-01")));
  assert.ok(!compatible("date", v("--12-04"), v("2025-11")));
  assert.ok(!compatible("date", v("--12-04"), v("--12-05")));
  assert.equal(morePrecise("date", "--12-04", "2025-12-04"), "2025-12-04");
  assert.equal(morePrecise("date", "2025-12", "2025"), "2025-12");
});

test("durations: one length of time in other units is one value", () => {
  assert.ok(compatible("duration", v("P2W"), v("P14D")), "two weeks = 14 days = a fortnight");
  assert.ok(compatible("duration", v("P1Y"), v("P12M")));
  assert.ok(compatible("duration", v("PT90M"), v("PT1.5H")));
  assert.ok(compatible("duration", v("P3M"), v("P90D")), "three months is about 90 days");
  assert.ok(compatible("duration", v("P9M"), v("P270D")));
  assert.ok(!compatible("duration", v("P90D"), v("P91D")), "days against days are exact");
  assert.ok(!compatible("duration", v("P3M"), v("P4M")));
  assert.ok(!compatible("duration", v("P1M"), v("P4W")), "28 days is more than 5% short of a month");
  assert.ok(!compatible("duration", v("P2W"), v("P10D")));
  assert.ok(compatible("duration", v("P3M", true), v("P100D")), "about three months, 100 days");
});

/** What the comparer sees of the first number claim in a sentence. */
const claimed = (sentence: string) => comparableOf(findNumbers(sentence).find((c) => c.type === "number")!);

test("measures: equal after conversion, within the rounding of the figures", () => {
  assert.ok(compatible("number", claimed("The trail is 41 miles long."), claimed("The trail is 66 km long.")));
  assert.ok(compatible("number", claimed("The mast is 1,140 ft tall."), claimed("The mast is 347 m tall.")));
  assert.ok(compatible("number", claimed("The park covers 120 sq mi."), claimed("The park covers 312 km².")));
  assert.ok(compatible("number", claimed("The ferry made 14 knots."), claimed("The ferry made 26 km/h.")));
  assert.ok(compatible("number", claimed("The mast is 1,000 ft tall."), claimed("The mast is 300 m tall.")), "round figures are rounded");
  assert.ok(!compatible("number", claimed("The trail is 41 miles long."), claimed("The trail is 60 km long.")));
  assert.ok(!compatible("number", claimed("The trail is 10 miles long."), claimed("The trail is 20 km long.")));
  assert.ok(!compatible("number", claimed("The trail is 41 miles long."), claimed("The trail is 43 miles long.")), "same unit, different amounts");
  assert.ok(!compatible("number", claimed("The load is 41 miles away."), claimed("The load is 41 kg.")), "a length is not a weight");
  assert.ok(!compatible("number", claimed("The ship was 1,214 gross tons."), claimed("The ship was 1,214 tonnes.")), "tonnage is not weight");
});

test("money: one amount however it is written; ranks are exact", () => {
  assert.ok(compatible("number", claimed("Sales reached $1.2k."), claimed("Sales reached $1,200.")));
  assert.ok(compatible("number", claimed("The club paid £8.5m."), claimed("The club paid £8.5 million.")));
  assert.ok(!compatible("number", claimed("The club paid £8.5m."), claimed("The club paid £9.5m.")));
  assert.ok(compatible("number", claimed("The plan costs $12/month."), claimed("The plan costs $144 per year.")));
  assert.ok(!compatible("number", claimed("The plan costs $12/month."), claimed("The plan costs $12 a year.")));
  assert.ok(compatible("number", claimed("Harlow finished 5th in the table."), claimed("Harlow finished fifth.")));
  assert.ok(!compatible("number", claimed("Harlow finished 5th in the table."), claimed("Harlow finished 6th in the table.")));
  assert.ok(!compatible("number", { normalized: "5", ordinal: true, approximate: true }, { normalized: "5.4", approximate: true }), "no hedging makes a rank close");
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
