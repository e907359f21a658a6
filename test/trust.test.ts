/**
 * Answers a reader can trust, on invented entities: the question read whole, evidence about the
 * right subject, lists, passages, strict conflicts with the newest source named, and confidence
 * that means what it says on a question set never used to fit the model.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryEngine } from "../src/core/engine.js";
import { analyzeQuestion } from "../src/core/question/analyze.js";
import { renderSlack } from "../src/adapters/slack/render.js";
import { renderEmbed } from "../src/adapters/discord/render.js";
import { renderAnswer } from "../src/render/text.js";
import type { Answer } from "../src/core/types.js";
import { isRight, readGold, ROOT } from "../scripts/lib/gold.js";

/** Three reports on an invented battery plant: two disagree on its opening day, all agree on the rest. */
const REPORTS: Record<string, string> = {
  "harbour-gazette.md": `---
title: Velmora Harbour Gazette on the Quillfeather plant
date: 2026-02-10
---
The Quillfeather battery plant in Velmora opened on June 15, 2025, after two years of building.
The plant's manager is Ilse Brandt.
Quillfeather ships cells to Norway, Chile and Kenya.
The town council had approved the site in March 2022.
Workers at the plant have a probation period of two weeks.
`,
  "velmora-weekly.md": `---
title: Velmora Weekly reports on Quillfeather
date: 2025-09-01
---
Quillfeather opened its Velmora battery plant on June 2, 2025.
The plant employs 340 people, according to Ilse Brandt, who manages it.
New staff at the plant serve a 14-day probation period.
The Harrow plant nearby opened on April 4, 2019.
Residents say the plant changed the town because it brought jobs and traffic.
`,
  "trade-notes.md": `---
title: Trade notes on battery makers
date: 2026-01-05
---
Quillfeather exports battery cells to Norway, Chile and Kenya.
Its Velmora plant is the company's largest.
Analysts expect demand for the cells to grow because electric buses are spreading.
`,
};

let engine: QueryEngine;
let dir: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "crosscheck-trust-"));
  for (const [name, text] of Object.entries(REPORTS)) writeFileSync(join(dir, name), text);
  engine = await QueryEngine.load(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const values = (a: Answer) => a.answers.map((x) => x.normalized);
const shown = (a: Answer) => JSON.stringify({ status: a.status, values: values(a), passages: a.passages?.map((p) => p.id) });

test("the kind of answer comes from the whole question: its noun, contractions, possessives, no question mark", () => {
  const cases: [string, string, string?][] = [
    ["what's the date of the landmine memo", "date"],
    ["date of hegseth's memo?", "date"],
    ["what year did the Velmora plant open", "date"],
    ["which paper first reported the memo", "organization", "paper"],
    ["who's the Velmora plant's manager", "person", "manager"],
    ["whats the defense secretary's first name", "person"],
    ["how much did Quillfeather pay for Brightmoor", "number", "amount"],
    ["how long is the saltings bridge", "duration", "length"],
    ["how long's the review period in the memo", "duration", "long"],
    ["what's the date the velmora plant opened", "date", "date"],
    ["is it 2024 or 2025 that the plant opened", "date"],
    ["whats the ticket number for the outage", "text", "id"],
  ];
  for (const [q, type, focus] of cases) {
    const a = analyzeQuestion(q);
    assert.equal(a.answerType, type, q);
    if (focus) assert.equal(a.focus, focus, q);
  }
  // The subject's noun stays the subject's, though English also has it as a verb ("plant", "drill").
  assert.ok(analyzeQuestion("what year did the Velmora plant open").subjectTerms.includes("plant"));
  assert.ok(analyzeQuestion("how long's the warranty on the Velmora drill").subjectTerms.includes("drill"));
  // Lists and passages are read from the question too.
  assert.equal(analyzeQuestion("Which countries have not joined the Ottawa treaty?").asksList, true);
  assert.equal(analyzeQuestion("who are the founders of Quillfeather").asksList, true);
  for (const q of ["why did the Pentagon lift the ban", "what happened at the Velmora plant", "what is Quillfeather"]) assert.equal(analyzeQuestion(q).asksPassages, true, q);
});

test("a question asked inside a request or after a greeting is read as the question itself", () => {
  const read = (q: string) => {
    const a = analyzeQuestion(q);
    return { type: a.answerType, focus: a.focus, subject: [...a.subjectTerms].sort(), relation: [...a.relationTerms].sort() };
  };
  const pairs: [string, string][] = [
    ["can you tell me who the new manager of the Velmora plant is", "who is the new manager of the Velmora plant"],
    ["do you know when the Velmora lease was signed?", "when was the Velmora lease signed"],
    ["any idea where the Quillfeather office is", "where is the Quillfeather office"],
    ["please tell me how many workers Quillfeather has", "how many workers does Quillfeather have"],
    ["I'd like to know which company Ada Pell is coming from", "which company is Ada Pell coming from"],
    ["hey, quick question: what year did the Velmora plant open?", "what year did the Velmora plant open"],
    ["can you tell me until when Ada Pell is staying", "until when is Ada Pell staying"],
    ["do you know the date of the Velmora outage", "the date of the Velmora outage"],
    ["do you know what Ada Pell's salary is", "what is Ada Pell's salary"],
    // Thanks and asides after it say nothing; nor do capitals on every word.
    ["who signed the velmora lease, thanks!", "who signed the velmora lease"],
    ["when did the velmora plant open btw", "when did the velmora plant open"],
    ["WHO SIGNED THE VELMORA LEASE", "who signed the velmora lease"],
    ["Who Signed The Velmora Lease", "who signed the velmora lease"],
  ];
  for (const [wrapped, direct] of pairs) assert.deepEqual(read(wrapped), read(direct), wrapped);
  // A lead-in word is dropped only before punctuation or a question: "Question Time" and "So Solid" are names.
  assert.ok(analyzeQuestion("Question Time host in 2020?").subjectTerms.includes("question"));
  assert.deepEqual(read("hey who signed the velmora lease"), read("who signed the velmora lease"));
  // A topic keeps its command ("tell me about"): the topic is the subject, no value asked.
  assert.deepEqual(read("tell me about the Velmora plant"), { type: "text", focus: undefined, subject: ["plant", "velmora"], relation: [] });
});

test("two confident sources that cannot both be right disagree, and the warning names the newest", () => {
  for (const q of ["When did the Quillfeather plant open?", "what's the date the velmora plant opened", "when did the Quillfeather plant in Velmora open"]) {
    const a = engine.ask(q);
    assert.equal(a.status, "conflict", `${q}: ${shown(a)}`);
    assert.deepEqual(values(a).sort(), ["2025-06-02", "2025-06-15"], q);
    // The Harrow plant's opening is another plant's, though its sentence says "plant opened".
    assert.ok(!values(a).includes("2019-04-04"), q);
    assert.ok(a.warnings.some((w) => /newest source/i.test(w) && w.includes("10 Feb 2026") && w.includes("June 15, 2025")), a.warnings.join("\n"));
  }
  assert.deepEqual(values(engine.ask("when did the Harrow plant open")), ["2019-04-04"]);
});

test("an adjective no source uses does not hide the subject; a name no source uses does", () => {
  // "western" and "enormous" appear in no report: the plant is still the one they speak of.
  assert.deepEqual(values(engine.ask("who is the manager of the western battery plant")), ["Ilse Brandt"]);
  assert.equal(engine.ask("when did the enormous battery plant open").status, "conflict");
  // "Corrandale" is another plant's name: nothing is said of it.
  assert.equal(engine.ask("when did the enormous Corrandale plant open").status, "not_found");
});

test("the same length in other units is one value: two weeks and 14 days agree", () => {
  const a = engine.ask("how long is the probation period for new staff");
  assert.equal(a.status, "answered", shown(a));
  assert.equal(a.answers.length, 1, shown(a));
  assert.deepEqual(a.answers[0]!.sources.map((s) => s.id).sort(), ["harbour-gazette", "velmora-weekly"]);
});

test("every listed value and every citing source carries a confidence in [0, 1], most confident first", () => {
  for (const q of ["When did the Quillfeather plant open?", "who manages the Quillfeather plant?", "how long is the probation period for new staff"]) {
    const a = engine.ask(q);
    assert.ok(a.answers.length > 0, q);
    for (const v of a.answers) {
      assert.ok(v.confidence !== undefined && v.confidence >= 0 && v.confidence <= 1, q);
      for (const s of v.sources) assert.ok(s.confidence !== undefined && s.confidence >= 0 && s.confidence <= 1, q);
    }
    const confidences = a.answers.map((v) => v.confidence!);
    assert.deepEqual(confidences, [...confidences].sort((x, y) => y - x), q);
  }
});

test("a list is one answer: every item of an enumeration, each with its sources, no disagreement", () => {
  const a = engine.ask("Which countries does Quillfeather export cells to?");
  assert.equal(a.status, "answered", shown(a));
  assert.equal(a.conflict, false);
  assert.deepEqual(values(a).sort(), ["Chile", "Kenya", "Norway"]);
  for (const item of a.answers) assert.deepEqual(item.sources.map((s) => s.id).sort(), ["harbour-gazette", "trade-notes"], item.value);
});

test("a question with no single value gets what each source says; one the corpus never speaks of is not_found", () => {
  const why = engine.ask("why did the plant change the town");
  assert.equal(why.status, "passages", shown(why));
  assert.equal(why.answers.length, 0);
  assert.ok(why.passages!.length >= 1 && why.passages!.length <= 5);
  for (const p of why.passages!) assert.ok(engine.document(p.id)!.sentences.includes(p.snippet), "a passage is a source's own sentence");
  assert.ok(why.passages!.some((p) => /because it brought jobs/.test(p.snippet)), shown(why));
  const happened = engine.ask("what happened at the Velmora plant");
  assert.equal(happened.status, "passages", shown(happened));
  assert.equal(new Set(happened.passages!.map((p) => p.id)).size, happened.passages!.length, "one passage per source");
  for (const q of ["who won the 1990 world cup", "what is the capital of Peru"]) {
    const a = engine.ask(q);
    assert.equal(a.status, "not_found", `${q}: ${shown(a)}`);
    assert.equal(a.answers.length, 0);
  }
});

test("calibration: on a question set never used to fit, values given more confidence are right more often, about as often as they say", async () => {
  // eval/holdout-city is kept out of `npm run train`: a fair test of what the numbers mean.
  const set = join(ROOT, "eval", "holdout-city");
  const city = await QueryEngine.load(join(set, "corpus"));
  const rated: { confidence: number; right: boolean }[] = [];
  for (const gold of readGold(join(set, "gold.jsonl"))) for (const r of city.rank(gold.q)) rated.push({ confidence: r.confidence, right: isRight(r, gold) });
  const buckets = [[0, 0.2], [0.2, 0.5], [0.5, 1.01]].map(([lo, hi]) => {
    const inside = rated.filter((r) => r.confidence >= lo! && r.confidence < hi!);
    const mean = inside.reduce((s, r) => s + r.confidence, 0) / inside.length;
    const observed = inside.filter((r) => r.right).length / inside.length;
    return { lo, hi, n: inside.length, mean, observed };
  });
  const table = JSON.stringify(buckets);
  for (const b of buckets) {
    assert.ok(b.n >= 20, `enough values in every bucket: ${table}`);
    // Within 0.2 of what the values claim: 20-odd values per bucket leave that much chance play.
    assert.ok(Math.abs(b.observed - b.mean) <= 0.2, `calibrated: ${table}`);
  }
  assert.ok(buckets[0]!.observed < buckets[1]!.observed && buckets[1]!.observed < buckets[2]!.observed, `more confidence, more often right: ${table}`);
});

test("every adapter says confidence in words and shows the passages view", () => {
  const conflict = engine.ask("When did the Quillfeather plant open?");
  const slack = JSON.stringify(renderSlack({ kind: "answer", answer: conflict }));
  const discord = JSON.stringify(renderEmbed({ kind: "answer", answer: conflict }));
  const text = renderAnswer(conflict);
  for (const out of [slack, discord, text]) assert.match(out, /1 source, (high|medium|low) confidence/, out.slice(0, 400));
  const why = engine.ask("why did the plant change the town");
  for (const out of [JSON.stringify(renderSlack({ kind: "answer", answer: why })), JSON.stringify(renderEmbed({ kind: "answer", answer: why })), renderAnswer(why)]) {
    assert.match(out, /No single answer; here is what each source says/);
    assert.match(out, /because it brought jobs/);
  }
});
