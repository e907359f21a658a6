import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { ARTICLES_PATH } from "../bench/articles.js";
import { articleQuestions, seededRandom, withTypo } from "../bench/questions.js";
import { percentiles } from "../bench/stats.js";
import { drawChart } from "../bench/chart.js";
import { failures } from "../bench/score.js";
import type { BenchResult } from "../bench/result.js";
import type { Answer } from "../src/core/types.js";
import { PROJECT_ROOT } from "../src/paths.js";

test("the benchmark runs end to end on 100 articles and prints one JSON object", { skip: !existsSync(ARTICLES_PATH) && "articles not present" }, () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", "bench/run.ts", "--json", "--docs", "100", "--questions", "40"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split("\n");
  assert.equal(lines.length, 1);
  const r = JSON.parse(lines[0]!) as BenchResult;
  assert.equal(r.articles, 100);
  assert.ok(r.documents >= 100 && r.sentences > r.documents);
  assert.equal(r.startedFrom, "snapshot", r.startWarning);
  assert.ok(r.questions >= 40);
  for (const p of [r.answerMs, r.searchMs]) assert.ok(p.p50 <= p.p95 && p.p95 <= p.p99);
  assert.ok(r.snapshotBytes > 0 && r.rssMB > 0 && r.loadMs >= 0 && r.buildMs > 0);
  assert.equal(typeof r.cpu, "string");
});

const article = (id: string, text: string) => ({ file: `${id}.txt`, text });
const SENTENCES: Record<string, string[]> = {
  "a.txt": ["The bridge over the river was opened in march 2019 after years of delays.", "Officials said the toll would stay at two dollars for residents."],
  "b.txt": ["At least 23 people were hurt when the storm hit the coast on tuesday night."],
};

test("questions come from the articles' sentences, deterministically, with typo copies", () => {
  const files = [article("a", ""), article("b", "")];
  const make = () => articleQuestions(files, (f) => SENTENCES[f.file] ?? [], 3, 7);
  const questions = make();
  assert.deepEqual(make(), questions);
  const asked = questions.filter((q) => q.kind === "article").map((q) => q.q);
  assert.ok(asked.length >= 2);
  for (const q of asked) assert.match(q, /^(When|How many|Who said) .+\?$/);
  assert.ok(asked.some((q) => q.startsWith("How many people")));
  assert.ok(questions.some((q) => q.kind === "typo"));
});

test("a typo changes exactly one long word by one edit", () => {
  const random = seededRandom(1);
  for (let i = 0; i < 50; i++) {
    const q = "When was the bridge opened after years of delays?";
    const typo = withTypo(q, random);
    const a = q.split(" ");
    const b = typo.split(" ");
    const changed = a.filter((w, k) => w !== b[k]);
    assert.equal(changed.length, 1);
    assert.ok(changed[0]!.length >= 5);
  }
});

test("percentiles use the nearest rank", () => {
  const samples = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.deepEqual(percentiles(samples), { p50: 50, p95: 95, p99: 99 });
  assert.deepEqual(percentiles([]), { p50: 0, p95: 0, p99: 0 });
});

test("seeds dev scoring follows score.mjs: values on cited sources, top answer, concise values", () => {
  const answer: Answer = {
    question: "q",
    status: "conflict",
    conflict: true,
    answerType: "date",
    answers: [
      { value: "December 2, 2025", normalized: "2025-12-02", sources: [{ id: "003_1f58", title: "t", snippet: "s" }] },
      { value: "x".repeat(81) + " 2025-01-15", normalized: "y".repeat(81), sources: [{ id: "004_16e8", title: "t", snippet: "s" }] },
    ],
    warnings: [],
  };
  assert.deepEqual(failures({ q: "q", expect: { status: "answered", conflict: true, values: [{ any: ["2025-12-02"], sources: ["003"] }] } }, answer), []);
  assert.equal(failures({ q: "q", expect: { values: [{ any: ["2025-12-02"], sources: ["004"] }] } }, answer).length, 1);
  // A long value does not count, however much it contains.
  assert.equal(failures({ q: "q", expect: { values: [{ any: ["2025-01-15"] }] } }, answer).length, 1);
  assert.equal(failures({ q: "q", expect: { conflict: false } }, answer).length, 1);
  assert.equal(failures({ q: "q", expect: { status: "not_found" } }, answer).length, 1);
});

test("the chart draws one line per series in two panels", () => {
  const result = (articles: number, p50: number) =>
    ({ articles, answerMs: { p50, p95: 2 * p50, p99: 3 * p50 }, searchMs: { p50: p50 / 2, p95: p50, p99: p50 }, rssMB: 100 + articles / 100 }) as BenchResult;
  const svg = drawChart([result(1000, 2), result(4000, 4), result(15444, 8)]);
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal(svg.match(/<polyline /g)?.length, 4);
  assert.equal(svg.match(/<circle /g)?.length, 12);
  assert.match(svg, />15444</);
});
