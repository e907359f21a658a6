/** Units and currencies written around numbers, read and converted with the units library. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { convertMeasure, unitAfter } from "../src/core/units/measures.js";
import { currencyAfter, currencyBefore } from "../src/core/units/currency.js";
import { durationLength } from "../src/core/units/durations.js";

test("unit phrases: symbols, words, plurals, squares and speeds; prose words are not units", () => {
  const unit = (after: string) => unitAfter(after)?.unit;
  assert.equal(unit(" feet tall"), "ft");
  assert.equal(unit(" Miles"), "mi");
  assert.equal(unit(" hectares of land"), "hectare");
  assert.equal(unit(" tonnes of grain"), "t");
  assert.equal(unit(" sq ft"), "ft2");
  assert.equal(unit(" square kilometres"), "km2");
  assert.equal(unit(" km/h"), "km/h");
  assert.equal(unit(" kilometres an hour"), "km/h");
  assert.equal(unit(" nautical miles"), "nmi");
  assert.equal(unit(" mph"), "mph");
  assert.equal(unit(" MW of power"), "MW");
  for (const prose of [" in the morning", " points", " cups of flour", " t", " stones", " square meals", " per cent", " minutes"])
    assert.equal(unitAfter(prose), undefined, prose);
});

test("conversion comes from the library; different kinds do not convert", () => {
  assert.ok(Math.abs(convertMeasure(41, "mi", "km")! - 65.98) < 0.01);
  // The library's own "sqft" alias has the scale of a square metre: square feet are read as ft².
  assert.ok(Math.abs(convertMeasure(1000, unitAfter(" sq ft")!.unit, "m2")! - 92.9) < 0.1);
  assert.equal(convertMeasure(41, "mi", "kg"), undefined);
  assert.equal(convertMeasure(1214, "GT", "t"), undefined);
  assert.equal(convertMeasure(1214, "GT", "GT"), 1214);
});

test("currencies: symbols and codes before, names after, not capitals that are words", () => {
  assert.equal(currencyBefore("paid £")?.code, "GBP");
  assert.equal(currencyBefore("paid US$")?.code, "USD");
  assert.equal(currencyBefore("paid C$")?.code, "CAD");
  assert.equal(currencyBefore("costs ¥")?.code, "JPY");
  assert.equal(currencyBefore("costs ₹")?.code, "INR");
  assert.equal(currencyBefore("costs CHF ")?.code, "CHF");
  assert.equal(currencyBefore("the TOP "), undefined);
  assert.equal(currencyBefore("WE SAW ALL "), undefined);
  assert.equal(currencyAfter(" Swiss francs were paid")?.code, "CHF");
  assert.equal(currencyAfter(" Australian dollars")?.code, "AUD");
  assert.equal(currencyAfter(" dollars")?.code, "USD");
  assert.equal(currencyAfter(" won the cup"), undefined);
});

test("ISO 8601 durations have lengths; months and years are calendar lengths", () => {
  assert.equal(durationLength("P2W")!.seconds, durationLength("P14D")!.seconds);
  assert.equal(durationLength("PT34M")!.seconds, 34 * 60);
  assert.ok(durationLength("P3M")!.calendar);
  assert.ok(!durationLength("P90D")!.calendar);
  assert.ok(Math.abs(durationLength("P1M")!.seconds / 86400 - 30.44) < 0.01);
  for (const bad of ["P", "PT", "2 weeks", "P2X"]) assert.equal(durationLength(bad), undefined, bad);
});
