/**
 * The speed benchmark (issue 6): the seeds plus real news articles as one corpus.
 *   npm run bench                               # all 15,444 articles, a table for people
 *   npm run --silent bench -- --json            # one JSON object on stdout
 *   npm run bench -- --docs 1000                # the first 1,000 articles only
 *   npm run bench -- --sizes 1000,4000,15444    # one fresh run per size; saves bench/results/
 *                                               # and draws bench/chart.svg
 * Options: --questions N (questions made from the articles, default 400, plus N/4 with typos);
 * --soak N (after the timed questions, N more answers with memory sampled every 1,000: the timed
 * questions cycled between fresh ones made from the articles).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../src/paths.js";
import { ARTICLES_PATH } from "./articles.js";
import { buildBench } from "./build.js";
import { drawChart } from "./chart.js";
import type { BenchResult } from "./result.js";
import type { StartResult } from "./start.js";
import { checkTargets } from "./targets.js";
import { botHeapFlags } from "./heap.js";
import { runTool, usage } from "../src/cli/run.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const GOLD_FILE = resolve(PROJECT_ROOT, "..", "shared", "eval", "seeds-dev.jsonl");
const RESULTS_DIR = join(HERE, "results");
const USAGE = "usage: npm run bench -- [--json] [--docs N | --sizes N,N,...] [--questions N] [--soak N]";

interface BenchArgs {
  json: boolean;
  docs: number;
  sizes?: number[];
  questions: number;
  soak: number;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs | string {
  const args: BenchArgs = { json: false, docs: Infinity, questions: 400, soak: 0 };
  const count = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") args.json = true;
    else if (a === "--docs" || a === "--questions" || a === "--soak") {
      const n = count(argv[++i]);
      if (n === undefined) return `${a} needs a whole number`;
      if (a === "--docs") args.docs = n;
      else if (a === "--soak") args.soak = n;
      else args.questions = n;
    } else if (a === "--sizes") {
      const sizes = (argv[++i] ?? "").split(",").map(count);
      if (sizes.length === 0 || sizes.some((n) => n === undefined)) return "--sizes needs whole numbers separated by commas";
      args.sizes = sizes as number[];
    } else if (a === "--help" || a === "-h") return "help";
    else return `unknown argument ${a}`;
  }
  return args;
}

/**
 * Runs the start half in a fresh process and returns its JSON. The process gets the bot's heap
 * flags (package.json's `start`), so that the start, the answers and the soak measure the memory
 * and the garbage collections the bot has.
 */
function measureStart(corpusDir: string, cacheDir: string, questionsFile: string, soak: number, goldFile?: string): StartResult {
  const script = join(HERE, "start.ts");
  const run = spawnSync(process.execPath, [...botHeapFlags(), "--expose-gc", "--import", "tsx", script, corpusDir, cacheDir, questionsFile, String(soak), ...(goldFile ? [goldFile] : [])], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the start measurement failed: ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout) as StartResult;
}

/** One complete run at one corpus size. */
async function runOnce(docs: number, questions: number, soak: number): Promise<BenchResult> {
  const goldFile = existsSync(GOLD_FILE) ? GOLD_FILE : undefined;
  const built = await buildBench({ docs, questions, soak, goldFile });
  try {
    const { from, warning, ...start } = measureStart(built.corpusDir, built.cacheDir, built.questionsFile, soak, goldFile);
    return {
      date: new Date().toISOString(),
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      node: process.version,
      heapFlags: botHeapFlags(),
      articles: built.articles,
      documents: built.documents,
      sentences: built.sentences,
      buildMs: built.parseMs + built.indexMs,
      parseMs: built.parseMs,
      indexMs: built.indexMs,
      snapshotBytes: built.snapshotBytes,
      snapshotWriteMs: built.snapshotWriteMs,
      prepareMs: built.prepareMs,
      preparedSnapshotBytes: built.preparedSnapshotBytes,
      buildRssMB: built.buildRssMB,
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      startedFrom: from,
      ...(warning ? { startWarning: warning } : {}),
      ...start,
    };
  } finally {
    await rm(built.workDir, { recursive: true, force: true });
  }
}

/** The result as a table for people, with the targets. */
function renderTable(r: BenchResult): string {
  const ms = (p: { p50: number; p95: number; p99: number }) => `p50 ${p.p50}  p95 ${p.p95}  p99 ${p.p99} ms`;
  const rows: [string, string][] = [
    ["machine", `${r.cpu}, ${r.cores} cores, Node ${r.node}, load average ${r.loadAverage.join(" ")}`],
    ["heap flags (the bot's)", r.heapFlags?.join(" ") || "none"],
    ["corpus", `${r.documents} documents (${r.articles} articles + seeds), ${r.sentences} sentences`],
    ["build from text", `${r.buildMs} ms (parse+segment ${r.parseMs}, index ${r.indexMs})`],
    ["snapshot", `${(r.snapshotBytes / 1e6).toFixed(1)} MB, written in ${r.snapshotWriteMs} ms`],
    ["background preparation", `${r.prepareMs} ms (snapshot then ${(r.preparedSnapshotBytes / 1e6).toFixed(1)} MB)`],
    ["start from snapshot", `${r.loadMs} ms (${r.startedFrom}${r.prepared ? ", prepared" : ""}${r.startWarning ? `: ${r.startWarning}` : ""})`],
    ["RSS after load", `${r.rssMB} MB (${r.rssBeforeGcMB} before GC; ${r.rssAfterAnswersMB} after the timed answers)`],
    ["answer", `${ms(r.answerMs)} over ${r.questions} questions, each asked for the first time`],
    ["answer beside the floor", ms(r.answerBesideFloorMs)],
    ["floor (plain minisearch)", `${ms(r.floorMs)} (built in ${r.floorBuildMs} ms)`],
    ["answer p50 by kind", Object.entries(r.answerP50ByKind).map(([k, v]) => `${k} ${v} ms`).join(", ")],
    ["statuses", Object.entries(r.statusCounts).map(([k, v]) => `${k} ${v}`).join(", ")],
    ["own article cited", `${r.articleSourceCited}/${r.articleQuestions} article and typo questions`],
  ];
  if (r.soak)
    rows.push(
      ["soak", `${r.soak.answers} answers (${r.soak.fresh} fresh): RSS ${r.soak.rssMB} MB, heap ${r.soak.heapUsedMB} MB (${r.soak.liveHeapMB} live), ${ms(r.soak.answerMs)}`],
      ["soak RSS by 1,000", r.soak.rssMBBy1000.join(" ")],
    );
  rows.push(["seeds dev", r.seedsDevCorrect === null ? "gold file not found" : `${r.seedsDevCorrect}/${r.seedsDevTotal} correct among the articles, ${r.seedsAloneCorrect}/${r.seedsDevTotal} on the seeds alone`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  for (const f of r.seedsDevFailures) lines.push(`  FAIL ${JSON.stringify(f.q)}: ${f.why.join("; ")}`);
  lines.push("", "targets (full corpus, 2 cores):");
  for (const t of checkTargets(r)) lines.push(`  ${t.met ? "ok  " : "MISS"} ${t.name.padEnd(30)} ${t.measured.padStart(12)}  (${t.target})`);
  return lines.join("\n");
}

/** Runs each size in its own process (fresh memory), saves the results and draws the chart. */
async function runSizes(sizes: readonly number[], questions: number, soak: number, json: boolean): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  for (const size of sizes) {
    if (!json) process.stderr.write(`bench: ${size} articles…\n`);
    const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--json", "--docs", String(size), "--questions", String(questions), "--soak", String(soak)], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "inherit"],
    });
    if (run.status !== 0) throw new Error(`the run at ${size} articles failed`);
    await writeFile(join(RESULTS_DIR, `articles-${size}.json`), run.stdout);
  }
  const results: BenchResult[] = [];
  for (const name of (await readdir(RESULTS_DIR)).filter((n) => n.endsWith(".json")))
    results.push(JSON.parse(await readFile(join(RESULTS_DIR, name), "utf8")) as BenchResult);
  results.sort((a, b) => a.articles - b.articles);
  await writeFile(join(HERE, "chart.svg"), drawChart(results));
  if (json) process.stdout.write(JSON.stringify(results) + "\n");
  else for (const r of results) process.stdout.write(`\n== ${r.articles} articles ==\n${renderTable(r)}\n`);
}

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (typeof args === "string") return usage("bench", args, USAGE);
  if (!existsSync(ARTICLES_PATH)) {
    process.stderr.write(`bench: the articles are not at ${ARTICLES_PATH} (see docs/performance.md)\n`);
    return 2;
  }
  if (args.sizes) {
    await runSizes(args.sizes, args.questions, args.soak, args.json);
    return 0;
  }
  const result = await runOnce(args.docs, args.questions, args.soak);
  process.stdout.write((args.json ? JSON.stringify(result) : renderTable(result)) + "\n");
  return 0;
}

runTool("bench", main, 1);
