/**
 * The benchmark's second half, run in a fresh process so that the build's garbage does not count:
 * 1. starts the engine from the snapshot with `loadEngine` (as the bot does), measures the start
 *    and the memory, and times every question asked for the first time;
 * 2. the soak: N more answers, the timed questions cycled between fresh ones made from the
 *    articles, with memory sampled every 1,000 answers;
 * 3. builds the floor, plain minisearch over the same sentences (stop words dropped, nothing
 *    else), and times every question through `engine.ask` and through the floor, one after the
 *    other, so that both see the same machine at the same moment (last: the floor's index takes
 *    more memory than the engine);
 * 4. scores the seeds' dev questions, among the articles and on the seeds alone.
 * Prints one JSON object.
 *   node --expose-gc --import tsx bench/start.ts CORPUS_DIR CACHE_DIR QUESTIONS.json SOAK [GOLD.jsonl]
 */
import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { eng } from "stopword";
import { loadEngine } from "../src/core/snapshot/index.js";
import { QueryEngine } from "../src/core/engine.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import type { Answer } from "../src/core/types.js";
import type { QuestionsFile } from "./build.js";
import type { BenchQuestion } from "./questions.js";
import { failures, readGold } from "./score.js";
import { percentiles, rssMB, heapUsedMB, type Percentiles } from "./stats.js";

export interface SoakResult {
  answers: number;
  /** At the end of the soak, without forcing a collection: what the process holds. */
  rssMB: number;
  heapUsedMB: number;
  /** Every 1,000 answers. */
  rssMBBy1000: number[];
  heapUsedMBBy1000: number[];
  /** The V8 heap after a full collection at the end: what stays alive. */
  liveHeapMB: number;
  answerMs: Percentiles;
  /** Fresh questions asked (the others are the timed set, cycled). */
  fresh: number;
}

export interface StartResult {
  from: "snapshot" | "built";
  warning?: string;
  loadMs: number;
  /** After load and one full garbage collection: what the loaded engine keeps. */
  rssMB: number;
  /** After load, before any collection. */
  rssBeforeGcMB: number;
  heapUsedMB: number;
  /** Whether the snapshot held every sentence's values and the disagreement report. */
  prepared: boolean;
  questions: number;
  /** Each timed question asked for the first time, right after the start. */
  answerMs: Percentiles;
  /** The same questions asked again after the soak, each one right before the floor's search of it. */
  answerBesideFloorMs: Percentiles;
  /** Plain minisearch (stop words only) over the same sentences and questions: the floor. */
  floorMs: Percentiles;
  floorBuildMs: number;
  /** Per kind of question, the answer p50 (article, typo, seeds-dev). */
  answerP50ByKind: Record<string, number>;
  /** After the timed answers, without forcing a collection. */
  rssAfterAnswersMB: number;
  statusCounts: Record<string, number>;
  /** Article and typo questions whose answer cites the article the question was made from. */
  articleSourceCited: number;
  articleQuestions: number;
  soak?: SoakResult;
  seedsDevCorrect: number | null;
  seedsDevTotal: number | null;
  seedsDevFailures: { q: string; why: string[] }[];
  /** The same questions on the seeds alone: the articles around them must not make them worse. */
  seedsAloneCorrect: number | null;
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Stop words only, as plain minisearch users would set it up. */
const STOP = new Set(eng);

/** Plain minisearch over the engine's sentences. */
function buildFloor(sentences: readonly { id: number; text: string }[]): MiniSearch<{ id: number; text: string }> {
  const floor = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    processTerm: (term) => {
      const t = term.toLowerCase();
      return STOP.has(t) ? null : t;
    },
  });
  floor.addAll(sentences.map(({ id, text }) => ({ id, text })));
  return floor;
}

/** The source ids an answer cites. */
const cited = (a: Answer) => new Set([...a.answers.flatMap((v) => v.sources.map((s) => s.id)), ...(a.passages ?? []).map((p) => p.id)]);

function soak(engine: QueryEngine, timed: readonly BenchQuestion[], fresh: readonly BenchQuestion[], total: number): SoakResult {
  const times: number[] = [];
  const rssBy: number[] = [];
  const heapBy: number[] = [];
  let freshAsked = 0;
  for (let i = 0; i < total; i++) {
    // Every other answer is a question never asked before, while there are some.
    const q = i % 2 && freshAsked < fresh.length ? fresh[freshAsked++]!.q : timed[i % timed.length]!.q;
    const started = performance.now();
    engine.ask(q);
    times.push(performance.now() - started);
    if ((i + 1) % 1000 === 0) {
      rssBy.push(rssMB());
      heapBy.push(heapUsedMB());
    }
  }
  const end = { rssMB: rssMB(), heapUsedMB: heapUsedMB() };
  gc();
  return { answers: total, ...end, rssMBBy1000: rssBy, heapUsedMBBy1000: heapBy, liveHeapMB: heapUsedMB(), answerMs: percentiles(times), fresh: freshAsked };
}

async function main(): Promise<void> {
  const [corpusDir, cacheDir, questionsFile, soakArg, goldFile] = process.argv.slice(2);
  if (!corpusDir || !cacheDir || !questionsFile) throw new Error("usage: start.ts CORPUS_DIR CACHE_DIR QUESTIONS.json SOAK [GOLD.jsonl]");
  const { questions, fresh } = JSON.parse(readFileSync(questionsFile, "utf8")) as QuestionsFile;

  const started = performance.now();
  const { engine, from, warning } = await loadEngine(corpusDir, { cacheDir, write: false });
  const loadMs = Math.round(performance.now() - started);
  const rssBeforeGcMB = rssMB();
  gc();
  const afterLoad = { rssMB: rssMB(), heapUsedMB: heapUsedMB() };
  engine.warmUp();

  // 1. Every timed question, asked for the first time.
  const answers = new Map<string, Answer>();
  const answerTimes: number[] = [];
  const WARM_UP = 20;
  for (const [i, { q }] of [...questions.slice(0, WARM_UP), ...questions].entries()) {
    const t = performance.now();
    const answer = engine.ask(q);
    const ms = performance.now() - t;
    if (i < WARM_UP) continue;
    answers.set(q, answer);
    answerTimes.push(ms);
  }
  const rssAfterAnswersMB = rssMB();

  const byKind: Record<string, number[]> = {};
  questions.forEach(({ kind }, i) => (byKind[kind] ??= []).push(answerTimes[i]!));
  const statusCounts: Record<string, number> = {};
  for (const a of answers.values()) statusCounts[a.status] = (statusCounts[a.status] ?? 0) + 1;
  const fromArticles = questions.filter((q) => q.from);
  const articleSourceCited = fromArticles.filter((q) => cited(answers.get(q.q)!).has(q.from!)).length;

  // 2. The soak, before anything else takes memory in this process.
  const soakAnswers = Number(soakArg ?? 0);
  const soakResult = soakAnswers > 0 ? soak(engine, questions, fresh, soakAnswers) : undefined;

  // 3. The floor, last: its index takes more memory than the engine. Each question goes to the
  // engine and then to the floor, so that both see the machine at the same moment.
  const floorStarted = performance.now();
  const floor = buildFloor(engine.index.sentences);
  const floorBuildMs = Math.round(performance.now() - floorStarted);
  const besideTimes: number[] = [];
  const floorTimes: number[] = [];
  for (const [i, { q }] of [...questions.slice(0, WARM_UP), ...questions].entries()) {
    let t = performance.now();
    engine.ask(q);
    const answerMs = performance.now() - t;
    t = performance.now();
    floor.search(q);
    const floorMs = performance.now() - t;
    if (i < WARM_UP) continue;
    besideTimes.push(answerMs);
    floorTimes.push(floorMs);
  }

  const gold = goldFile ? readGold(goldFile) : [];
  const seedsDevFailures = gold
    .map((g) => ({ q: g.q, why: failures(g, answers.get(g.q) ?? engine.ask(g.q)) }))
    .filter((f) => f.why.length > 0);
  const seedsAlone = gold.length ? await QueryEngine.load(DEFAULT_CORPUS_DIR) : undefined;
  const seedsAloneCorrect = seedsAlone ? gold.filter((g) => failures(g, seedsAlone.ask(g.q)).length === 0).length : null;

  const result: StartResult = {
    from,
    warning,
    loadMs,
    ...afterLoad,
    rssBeforeGcMB,
    prepared: engine.prepared,
    questions: questions.length,
    answerMs: percentiles(answerTimes),
    answerBesideFloorMs: percentiles(besideTimes),
    floorMs: percentiles(floorTimes),
    floorBuildMs,
    answerP50ByKind: Object.fromEntries(Object.entries(byKind).map(([k, t]) => [k, percentiles(t).p50])),
    rssAfterAnswersMB,
    statusCounts,
    articleSourceCited,
    articleQuestions: fromArticles.length,
    ...(soakResult ? { soak: soakResult } : {}),
    seedsDevCorrect: goldFile ? gold.length - seedsDevFailures.length : null,
    seedsDevTotal: goldFile ? gold.length : null,
    seedsDevFailures,
    seedsAloneCorrect,
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

main().catch((err) => {
  process.stderr.write(`bench start: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
