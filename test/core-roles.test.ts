/**
 * Offices beside names (src/core/answer/roles.ts): asked "who is the CFO", which people a sentence
 * gives that office, and which it gives another; and who comes into a post or leaves it
 * (tenure.ts). Invented people and companies throughout.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { askedOffice, officeOf } from "../src/core/answer/roles.js";
import { asksNewHolder, tenureOf } from "../src/core/answer/tenure.js";
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

test("a person coming into a post or leaving it, as the sentence says beside the name", () => {
  const tenure = (text: string, name: string) => tenureOf(text, person(text, name));
  assert.equal(tenure("Brannock Tools said head of quality Ilse Varga will step down.", "Ilse Varga"), "outgoing");
  assert.equal(tenure("Ilse Varga, its head of quality since 2019, would step down in June.", "Ilse Varga"), "outgoing");
  assert.equal(tenure("She will be replaced on 1 June by Tomas Reyel, who joins from Kestel.", "Tomas Reyel"), "incoming");
  assert.equal(tenure("Tomas Reyel takes over as chief quality officer.", "Tomas Reyel"), "incoming");
  assert.equal(tenure("Tomas Reyel replaced Ilse Varga as head of quality.", "Tomas Reyel"), "incoming");
  assert.equal(tenure("Tomas Reyel replaced Ilse Varga as head of quality.", "Ilse Varga"), "outgoing");
  assert.equal(tenure("Ilse Varga was replaced by Tomas Reyel.", "Ilse Varga"), "outgoing");
  assert.equal(tenure("Ilse Varga was replaced by Tomas Reyel.", "Tomas Reyel"), "incoming");
  assert.equal(tenure("The board thanked the outgoing CFO, Ilse Varga, and welcomed Tomas Reyel.", "Ilse Varga"), "outgoing");
  assert.equal(tenure("The board thanked the outgoing CFO, Ilse Varga, and welcomed Tomas Reyel.", "Tomas Reyel"), "incoming");
  assert.equal(tenure("Ilse Varga is head of quality at Brannock Tools.", "Ilse Varga"), undefined);
  assert.ok(asksNewHolder("who's the new head of quality"));
  assert.ok(!asksNewHolder('Who is the artist of the album "Brand New Me"?'), "a quoted title's word asks nothing");
  assert.ok(!asksNewHolder("who is the mayor of New Haven"), "nor a name's");
});
