/**
 * What the question log costs (issue 15), on real answers from the seeds in a temporary folder:
 *   npm run bench:log                 # a table for people
 *   npm run --silent bench:log -- --json
 * Measures: the time `record` adds to an answer (it only queues), one answer's write (the
 * transaction that follows the reply), a vote, the start-up check and the report over a log of
 * --rows N answers (default 10,000), and the bytes an answer takes on disk.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryEngine } from "../src/core/engine.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import { createLogger } from "../src/log.js";
import { QuestionLog } from "../src/storage/question-log.js";
import { DATABASE_FILE, openLogDatabase } from "../src/storage/database.js";
import { editorReport } from "../src/feedback/report.js";
import type { Answer } from "../src/core/types.js";
import { percentiles, type Percentiles } from "./stats.js";

const QUESTIONS = [
  "when was the memo signed",
  "who signed the memo",
  "When did Finland withdraw from the Ottawa Convention?",
  "How many people were killed by landmines in 2024?",
  "who won the 1987 world cup",
  "what did the memo say about Korea",
];

interface LogBench {
  rows: number;
  recordUs: Percentiles;
  writeOneUs: Percentiles;
  voteUs: Percentiles;
  openCheckMs: number;
  reportMs: number;
  bytesPerAnswer: number;
}

function timeUs(work: () => void): number {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1000;
}

async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes("--json");
  const rowsArg = argv[argv.indexOf("--rows") + 1];
  const rows = argv.includes("--rows") && rowsArg && /^\d+$/.test(rowsArg) ? Number(rowsArg) : 10_000;
  const engine = await QueryEngine.load(DEFAULT_CORPUS_DIR);
  const answers: Answer[] = QUESTIONS.map((q) => engine.ask(q));
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-bench-log-"));
  const logger = createLogger({ level: "silent" });
  try {
    const questionLog = QuestionLog.open({ dir, retentionDays: 90, logger });
    const record = (i: number) => questionLog.record({ platform: "slack", workspaceId: "T0001", channelId: "C0001", userId: "U0001", answer: answers[i % answers.length]!, tookMs: 12.3, corpus: "f".repeat(64) });
    const recordUs: number[] = [];
    const writeOneUs: number[] = [];
    // One answer at a time, as a quiet bot writes them: the queueing, then the write after the reply.
    for (let i = 0; i < 2000; i++) {
      recordUs.push(timeUs(() => record(i)));
      writeOneUs.push(timeUs(() => questionLog.flush()));
    }
    // The rest in bursts, to reach the size the report and the start-up check are measured at.
    for (let i = 2000; i < rows; i++) {
      record(i);
      if (i % 100 === 0) questionLog.flush();
    }
    questionLog.flush();
    const ids = (questionLog.database!.prepare("SELECT id FROM answers LIMIT 2000").all() as { id: string }[]).map((r) => r.id);
    const voteUs = ids.map((id, i) => timeUs(() => questionLog.vote(id, `slack:U${i % 7}`, i % 3 ? "right" : "wrong")));
    let reportMs = performance.now();
    editorReport(questionLog.database!, 7);
    reportMs = performance.now() - reportMs;
    questionLog.close();
    let openCheckMs = performance.now();
    openLogDatabase(dir).db.close();
    openCheckMs = performance.now() - openCheckMs;
    const result: LogBench = {
      rows,
      recordUs: percentiles(recordUs),
      writeOneUs: percentiles(writeOneUs),
      voteUs: percentiles(voteUs),
      openCheckMs,
      reportMs,
      bytesPerAnswer: Math.round(statSync(join(dir, DATABASE_FILE)).size / rows),
    };
    if (json) process.stdout.write(JSON.stringify(result) + "\n");
    else {
      const us = (p: Percentiles) => `${p.p50.toFixed(0)} / ${p.p95.toFixed(0)} / ${p.p99.toFixed(0)} µs`;
      process.stdout.write(
        [
          `question log, ${rows.toLocaleString("en")} answers (p50 / p95 / p99):`,
          `  record (added to an answer, queue only)  ${us(result.recordUs)}`,
          `  write one answer (after the reply)       ${us(result.writeOneUs)}`,
          `  vote (upsert + tally)                    ${us(result.voteUs)}`,
          `  open with quick_check                    ${result.openCheckMs.toFixed(0)} ms`,
          `  report, last 7 days                      ${result.reportMs.toFixed(0)} ms`,
          `  disk per answer                          ${result.bytesPerAnswer} bytes`,
        ].join("\n") + "\n",
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
