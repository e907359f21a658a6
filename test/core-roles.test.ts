/**
 * Offices beside names (src/core/answer/roles.ts): asked "who is the CFO", which people a sentence
 * gives that office, and which it gives another. Invented people and companies throughout.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { askedOffice, officeOf } from "../src/core/answer/roles.js";
import type { Claim } from "../src/core/types.js";

const person = (text: string, name: string): Claim => {
  const start = text.indexOf(name);
  return { type: "person", value: name, normalized: name, start, end: start + name.length };
};
/** For each sentence and name: [given the office asked, given another]. */
const judge = (question: string, focus: string, cases: readonly [string, string, boolean, boolean][], writtenOut?: string[], names: string[] = []) => {
  const office = askedOffice(question, focus, writtenOut, names)!;
  assert.ok(office, "the question asks a person by office");
  for (const [text, name, asked, other] of cases) {
    const claim = person(text, name);
    const held = officeOf(text, claim, office);
    assert.deepEqual([held === "asked", held === "other"], [asked, other], `${name} in: ${text}`);
  }
};

test("an office beside a name, in brackets, after a comma, before it or after 'as', is that person's", () => {
  judge("who is the cfo", "cfo", [
    ["Present: Greta Sunde (CFO), Per Aasen (COO), Lina Holm (observer).", "Greta Sunde", true, false],
    ["Present: Greta Sunde (CFO), Per Aasen (COO), Lina Holm (observer).", "Per Aasen", false, true],
    ["Present: Greta Sunde (CFO), Per Aasen (COO), Lina Holm (observer).", "Lina Holm", false, true],
    ["Per Aasen, Chief Operating Officer.", "Per Aasen", false, true],
    ["Greta Sunde, Chief Financial Officer (since May 2026).", "Greta Sunde", true, false],
    ["CFO Greta Sunde signed the accounts.", "Greta Sunde", true, false],
    ["The firm announced the appointment of Greta Sunde as Chief Financial Officer.", "Greta Sunde", true, false],
    ["Ola introduced Greta Sunde, who joins as CFO on Monday.", "Greta Sunde", true, false],
    ["Resolved: that Greta Sunde be appointed Chief Financial Officer of the company.", "Greta Sunde", true, false],
    // An office after a preposition is another's; a name after a verb is no title's.
    ["Reporting to the CFO: Ida Brekke, Director of Communications.", "Ida Brekke", false, true],
    ["The board thanked the outgoing CFO and welcomed Greta Sunde.", "Greta Sunde", false, false],
    // A place in brackets is no office.
    ["Greta Sunde (Bergen) opened the meeting.", "Greta Sunde", false, false],
  ], ["chief", "financi", "offic"]);
});

test("an office with other words of its own is another office; a name's words and qualifiers are not such words", () => {
  judge("who's the new project manager", "manager", [
    ["Cc: Rolf Dahle, City Manager.", "Rolf Dahle", false, true],
    ["The tramway's project manager, Anton Berg, said the depot would open late.", "Anton Berg", true, false],
    ["Interim project manager Anton Berg spoke.", "Anton Berg", true, false],
    ["Local manager Anton Berg spoke.", "Anton Berg", false, false],
  ]);
  judge("who's the marlow heath manager", "manager", [
    ["\"Nobody thought so,\" said manager Fiona Garrity, who took over in December.", "Fiona Garrity", true, false],
    ["Marlow Heath manager Fiona Garrity spoke.", "Fiona Garrity", true, false],
    ["Dunmore manager Patrick Hume was gracious.", "Patrick Hume", false, false],
  ], undefined, ["marlow", "heath"]);
  judge("who was the resident engineer on the bridge", "engineer", [
    ["The bridge was the work of the local engineer Josiah Harrow.", "Josiah Harrow", false, false],
    ["William Pike, the resident engineer, kept the site diary.", "William Pike", true, false],
  ]);
});

test("only a question asking a person by office has one", () => {
  assert.equal(askedOffice("who signed the memo", undefined, undefined), undefined);
  assert.equal(askedOffice("which bridge is longest", "bridge", undefined), undefined);
});

test("asked who is the one, a noun the lexicon files as a thing is an office all the same: the clinical lead", () => {
  const office = askedOffice("who is the clinical lead for the new wing", "lead", undefined);
  assert.ok(office);
  const text = "Dr. Ines Vahl, the wing's clinical lead, thanked the staff.";
  assert.equal(officeOf(text, person(text, "Ines Vahl"), office), "asked");
  // Elsewhere such a noun asks for no office: "which lead is longest" asks about a thing.
  assert.equal(askedOffice("which lead did they use", "lead", undefined), undefined);
});
