/** Reading a question: the answer type, the noun asked for, subject and relation words. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeQuestion } from "../src/core/question/analyze.js";

test("the answer type comes from the wh-phrase's head", () => {
  const cases: [string, string][] = [
    ["when was the memo signed", "date"],
    ["In what year was the Ottawa Convention signed?", "date"],
    ["How many days does the Pentagon have to draft the new policy?", "number"],
    ["How long does the Pentagon have to review the policy?", "duration"],
    ["Who signed the memo?", "person"],
    ["Which newspaper obtained the memo?", "organization"],
    ["Where were anti-personnel mines allowed?", "place"],
    ["What is the population of Pilzno?", "number"],
    ["What sport is Justin Thomas associated with?", "text"],
    ["What political party was Ada Pell affiliated with?", "text"],
  ];
  for (const [q, type] of cases) assert.equal(analyzeQuestion(q).answerType, type, q);
});

test("\"What is the X of Y\": X is asked for, Y is the subject", () => {
  const a = analyzeQuestion("What is the profession of Kim So-yeong?");
  assert.equal(a.focus, "profession");
  assert.ok(a.relationTerms.includes("profess"), JSON.stringify(a));
  assert.ok(a.subjectTerms.includes("kim") && a.subjectTerms.includes("soyeong"), JSON.stringify(a));
  assert.equal(analyzeQuestion("What is the medium of Musketeer?").focus, "medium");
  assert.equal(analyzeQuestion("What is the type of institution of Hollins College?").focus, "institution");
});

test("a noun asked for ends at a participle or preposition after an article; a quoted title is no noun asked for", () => {
  assert.equal(analyzeQuestion("What is the primary instrument played by Orvo Lann?").focus, "instrument");
  assert.equal(analyzeQuestion("What is the historical period associated with the Pell Mill?").focus, "period");
  assert.equal(analyzeQuestion('What is "The 1990"?').focus, undefined);
  const known = analyzeQuestion("What is Orvo Lann known for?");
  assert.ok(known.subjectTerms.includes("lann"), JSON.stringify(known));
});

test("a capitalized word past the first is part of the subject's name, whatever the tagger thinks", () => {
  const a = analyzeQuestion("When was Carl Roth born?");
  assert.deepEqual(a.nameTerms.sort(), ["carl", "roth"]);
  assert.ok(!a.subjectTerms.includes("bear") && a.relationTerms.includes("bear"));
});
