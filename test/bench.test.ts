import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ARTICLES_PATH } from "../bench/articles.js";
import { articleQuestions, seededRandom, withTypo } from "../bench/questions.js";
import { percentiles } from "../bench/stats.js";
import { drawChart } from "../bench/chart.js";
import { checkTargets, withinShare } from "../bench/targets.js";
import { failures } from "../bench/score.js";
import { botHeapFlags, heapFlags } from "../bench/heap.js";
import type { BenchResult } from "../bench/result.js";
import type { Answer } from "../src/core/types.js";
import { PROJECT_ROOT } from "../src/paths.js";

test("the benchmark runs end to end on 100 articles and prints one JSON object", { skip: !existsSync(ARTICLES_PATH) && "articles not present" }, () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", "bench/run.ts", "--json", "--docs", "100", "--questions", "40", "--soak", "2000"], {
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
  for (const p of [r.answerMs, r.answerBesideFloorMs, r.floorMs, r.soak!.answerMs]) assert.ok(p.p50 <= p.p95 && p.p95 <= p.p99);
  assert.ok(r.snapshotBytes > 0 && r.rssMB > 0 && r.loadMs >= 0 && r.buildMs > 0);
  assert.equal(typeof r.cpu, "string");
  assert.deepEqual(r.heapFlags, botHeapFlags(), "the start and the soak run with the bot's heap flags");
  // The snapshot was prepared in the build, so the start has every value and the report.
  assert.equal(r.prepared, true);
  assert.ok(r.preparedSnapshotBytes > r.snapshotBytes);
  // The soak: 2,000 answers, memory sampled twice, fresh questions among them.
  assert.equal(r.soak!.answers, 2000);
  assert.equal(r.soak!.rssMBBy1000.length, 2);
  assert.ok(r.soak!.fresh > 0);
  assert.ok(r.articleSourceCited > 0 && r.articleSourceCited <= r.articleQuestions);
  assert.equal(r.seedsAloneCorrect !== null, r.seedsDevCorrect !== null);
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

test("the chart draws one line per series in two panels, three with a soak", () => {
  const result = (articles: number, p50: number) =>
    ({ articles, answerMs: { p50, p95: 2 * p50, p99: 3 * p50 }, floorMs: { p50: p50 / 2, p95: p50, p99: p50 }, rssMB: 100 + articles / 100 }) as unknown as BenchResult;
  const svg = drawChart([result(1000, 2), result(4000, 4), result(15444, 8)]);
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal(svg.match(/<polyline /g)?.length, 4);
  assert.equal(svg.match(/<circle /g)?.length, 12);
  assert.match(svg, />15444</);
  // A soak adds a third panel: RSS and heap every 1,000 answers.
  const soaked = { ...result(15444, 8), soak: { rssMBBy1000: [300, 310, 305], heapUsedMBBy1000: [150, 160, 155] } } as unknown as BenchResult;
  const withSoak = drawChart([result(1000, 2), soaked]);
  assert.equal(withSoak.match(/<polyline /g)?.length, 6);
  assert.match(withSoak, />answers</);
});

test("the soak's memory is stable when its last five samples are within 10% of each other", () => {
  assert.equal(withinShare([500, 520, 540, 530, 545], 0.1), true);
  assert.equal(withinShare([400, 520, 540, 530, 545], 0.1), false);
  assert.equal(withinShare([], 0.1), false);
  const result = {
    rssMB: 300,
    loadMs: 900,
    buildMs: 12_000,
    answerMs: { p50: 10, p95: 30, p99: 50 },
    answerBesideFloorMs: { p50: 11, p95: 30, p99: 50 },
    floorMs: { p50: 6, p95: 40, p99: 90 },
    seedsDevCorrect: 8,
    seedsAloneCorrect: 8,
    seedsDevTotal: 19,
    soak: { rssMB: 560, rssMBBy1000: [500, 650, 540, 530, 545, 550] },
  } as unknown as BenchResult;
  const met = Object.fromEntries(checkTargets(result).map((t) => [t.name, t.met]));
  assert.deepEqual(met, {
    "RSS after load": true,
    "start from snapshot": true,
    "build from text": true,
    "answer p50 / floor p50": true,
    "answer p99": true,
    "seeds dev: articles vs alone": true,
    "soak RSS": true,
    "soak: last five samples": false,
  });
});

test("the bot runs with a capped V8 heap, the same in npm start and start:prod, and the benchmark's soak measures it", () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const flags = botHeapFlags();
  assert.equal(flags.length, 2);
  assert.match(flags[0]!, /^--max-old-space-size=\d+$/);
  assert.match(flags[1]!, /^--max-semi-space-size=\d+$/);
  assert.deepEqual(heapFlags(pkg.scripts["start:prod"]!), flags);
  assert.deepEqual(heapFlags("node --max-old-space-size=512 --import tsx src/main.ts"), ["--max-old-space-size=512"]);
});
