/**
 * The benchmark's second half, run in a fresh process so that the build's garbage does not count:
 * starts the engine from the snapshot with `loadEngine` (as the bot does), measures the start and
 * the memory, then times every question through `engine.ask` and through the bare minisearch
 * search, and scores the seeds' dev questions. Prints one JSON object.
 *   node --expose-gc --import tsx bench/start.ts CORPUS_DIR CACHE_DIR QUESTIONS.json [GOLD.jsonl]
 */
import { readFileSync } from "node:fs";
import { loadEngine } from "../src/core/snapshot/index.js";
import type { Answer } from "../src/core/types.js";
import type { BenchQuestion } from "./questions.js";
import { failures, readGold } from "./score.js";
import { percentiles, rssMB, timeEach, type Percentiles } from "./stats.js";

export interface StartResult {
  from: "snapshot" | "built";
  warning?: string;
  loadMs: number;
  /** After load and one full garbage collection: what the loaded engine keeps. */
  rssMB: number;
  /** After load, before any collection. */
  rssBeforeGcMB: number;
  heapUsedMB: number;
  questions: number;
  answerMs: Percentiles;
  searchMs: Percentiles;
  /** Per kind of question, the answer p50 (article, typo, seeds-dev). */
  answerP50ByKind: Record<string, number>;
  rssAfterAnswersMB: number;
  statusCounts: Record<string, number>;
  seedsDevCorrect: number | null;
  seedsDevTotal: number | null;
  seedsDevFailures: { q: string; why: string[] }[];
}

async function main(): Promise<void> {
  const [corpusDir, cacheDir, questionsFile, goldFile] = process.argv.slice(2);
  if (!corpusDir || !cacheDir || !questionsFile) throw new Error("usage: start.ts CORPUS_DIR CACHE_DIR QUESTIONS.json [GOLD.jsonl]");
  const questions = JSON.parse(readFileSync(questionsFile, "utf8")) as BenchQuestion[];

  const started = performance.now();
  const { engine, from, warning } = await loadEngine(corpusDir, { cacheDir, write: false });
  const loadMs = Math.round(performance.now() - started);
  const rssBeforeGcMB = rssMB();
  (globalThis as { gc?: () => void }).gc?.();
  const afterLoad = { rssMB: rssMB(), heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6) };

  const answers = new Map<string, Answer>();
  const answerTimes = timeEach(questions, ({ q }) => answers.set(q, engine.ask(q)));
  const searchTimes = timeEach(questions, ({ q }) => engine.index.bareSearch(q));

  const byKind: Record<string, number[]> = {};
  questions.forEach(({ kind }, i) => (byKind[kind] ??= []).push(answerTimes[i]!));
  const statusCounts: Record<string, number> = {};
  for (const a of answers.values()) statusCounts[a.status] = (statusCounts[a.status] ?? 0) + 1;

  const gold = goldFile ? readGold(goldFile) : [];
  const seedsDevFailures = gold
    .map((g) => ({ q: g.q, why: failures(g, answers.get(g.q) ?? engine.ask(g.q)) }))
    .filter((f) => f.why.length > 0);

  const result: StartResult = {
    from,
    warning,
    loadMs,
    ...afterLoad,
    rssBeforeGcMB,
    questions: questions.length,
    answerMs: percentiles(answerTimes),
    searchMs: percentiles(searchTimes),
    answerP50ByKind: Object.fromEntries(Object.entries(byKind).map(([k, t]) => [k, percentiles(t).p50])),
    rssAfterAnswersMB: rssMB(),
    statusCounts,
    seedsDevCorrect: goldFile ? gold.length - seedsDevFailures.length : null,
    seedsDevTotal: goldFile ? gold.length : null,
    seedsDevFailures,
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

main().catch((err) => {
  process.stderr.write(`bench start: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
