/**
 * In an archive of unrelated stories: which stories' values are weighed against each other
 * (src/core/answer/story-choice.ts), and the rarity a sentence is judged by (rarity.ts).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { storyCandidates } from "../src/core/answer/story-choice.js";
import { rarityAmong, weightedShare } from "../src/core/answer/rarity.js";
import type { Candidate, CandidateSearch } from "../src/core/answer/candidates.js";
import type { Evidence } from "../src/core/answer/evidence.js";
import type { QuestionAnalysis } from "../src/core/question/analyze.js";
import type { SentenceRef } from "../src/core/types.js";

/** A sentence naming the whole subject and stating the relation right by the value, or one naming a part of it far from it. */
function evidence(strong: boolean): Evidence {
  return {
    headNamed: strong, questionNumbers: 1, subjectNamed: strong ? 1 : 0.3, reference: strong ? "named" : "partial",
    documentSubject: strong ? 1 : 0.5, lead: 0, asksRelation: true, relation: strong ? 1 : 0, nearRelation: 0,
    statesRelation: strong, kindFit: 1, guessedKind: !strong, toRelation: strong ? 1 : 0.25, toSubject: strong ? 1 : 0.25,
    answersByItself: false, agent: false, otherLifeEvent: false, rangeEnd: false, placeFit: 1, prose: 1,
    governedByRelation: strong, otherEvent: false, questionInContext: strong ? 1 : 0.3, echo: 0, fittingPreposition: strong,
    unknownRelation: 0, beforeSubject: false, asModifier: false, sameKindInSentence: 1, relationOfSubject: strong,
    relationOfOther: false, inferredYear: false, yearless: false,
  };
}

let sentenceId = 0;
function candidate(docId: string, value: string, strong: boolean): Candidate {
  const sentence: SentenceRef = { id: sentenceId++, docId, position: 0, text: `${value} reported it.` };
  return { claim: { type: "organization", value, normalized: value, start: 0, end: value.length }, sentence, score: strong ? 1 : 0.2, evidence: evidence(strong) };
}

const question = { answerType: "organization", asksList: false } as QuestionAnalysis;
const docsOf = (candidates: readonly Candidate[]) => [...new Set(candidates.map((c) => c.sentence.docId))].sort();

test("a story told by several documents answers alone: a less sure, more on-subject story's values are no rivals", () => {
  const found: CandidateSearch = {
    candidates: [candidate("other", "Tronc", false), candidate("seed1", "Washington Post", true), candidate("seed2", "Washington Post", true)],
    withheld: [],
    subjectFound: true,
    passages: [],
    stories: [["other"], ["seed1", "seed2"]],
  };
  assert.deepEqual(docsOf(storyCandidates(question, found).candidates), ["seed1", "seed2"]);
});

test("a value of one document is weighed against every more on-subject story read", () => {
  const found: CandidateSearch = {
    candidates: [candidate("other", "Tronc", false), candidate("lone", "Washington Post", true)],
    withheld: [],
    subjectFound: true,
    passages: [],
    stories: [["other"], ["lone"]],
  };
  assert.deepEqual(docsOf(storyCandidates(question, found).candidates), ["lone", "other"]);
});

test("no stories told apart: every candidate is weighed", () => {
  const candidates = [candidate("a", "Tronc", false), candidate("b", "Washington Post", true)];
  assert.equal(storyCandidates(question, { candidates, withheld: [], subjectFound: true, passages: [] }).candidates.length, 2);
});

test("rarity among sentences follows the index's formula, and a word they never use is unknown", () => {
  // "memo signed", "memo obtained", "memo leaked": three sentences.
  const rarity = rarityAmong(3, new Map([["memo", 3], ["obtained", 1]]));
  assert.equal(rarity.weight("memo"), Math.log(1 + 3 / 4));
  assert.equal(rarity.weight("obtained"), Math.log(1 + 3 / 2));
  assert.equal(rarity.has("newspaper"), false);
  // Among these sentences "memo" says little: a sentence naming only the memo holds a small share of "obtained memo".
  const share = weightedShare(rarity, ["memo", "obtained"], (t) => t === "memo");
  assert.ok(share < 0.4, `share ${share}`);
});

test("counted over a whole corpus, the rarity is the index's", async () => {
  const { QueryEngine } = await import("../src/core/engine.js");
  const { DEFAULT_CORPUS_DIR } = await import("../src/paths.js");
  const engine = await QueryEngine.load(DEFAULT_CORPUS_DIR);
  const terms = [...new Set(engine.index.sentences.flatMap((s) => engine.terms(s).map((t) => t.term)))];
  const rarity = rarityAmong(engine.index.sentences.length, engine.termCounts(engine.index.sentences, [...terms, "zzyzx"]));
  for (const t of terms) assert.equal(rarity.weight(t), engine.index.weight(t), t);
  assert.equal(rarity.has("zzyzx"), false);
});
