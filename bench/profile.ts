/**
 * Where the answer path spends its time: builds the seeds plus N articles in memory (or starts
 * from the snapshot of a corpus folder, `--corpus DIR`, prepared as the bot prepares it), then
 * profiles `engine.ask` over the benchmark's questions with the V8 CPU profiler, and prints the
 * functions with the most time (self, and total including what they call), by file.
 *   node --import tsx bench/profile.ts [--docs N | --corpus DIR [--cache DIR]] [--questions N] [--top N]
 *     [--ask "a question" ...]   (profiles only these, each asked once, after the usual warm-up)
 */
import { Session } from "node:inspector/promises";
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseFiles, sourceId } from "../src/core/corpus/load.js";
import { readCorpusFolder, type RawFile } from "../src/core/corpus/read.js";
import { loadEngine, prepareSnapshot } from "../src/core/snapshot/index.js";
import { QueryEngine } from "../src/core/engine.js";
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT } from "../src/paths.js";
import { readArticles } from "./articles.js";
import { articleQuestions } from "./questions.js";
import { readGold } from "./score.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Self and total milliseconds per function (by name, file and line), from a CPU profile. */
function summarize(profile: CpuProfile): { name: string; self: number; total: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.startsWith("file://") ? relative(PROJECT_ROOT, new URL(n.callFrame.url).pathname) : n.callFrame.url || "(native)";
    return `${n.callFrame.functionName || "(anonymous)"} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set<string>(); // a recursive function counts once per sample
    for (let n: ProfileNode | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const l = label(n);
      if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + ms);
      seen.add(l);
    }
  });
  return [...total].map(([name, t]) => ({ name, self: self.get(name) ?? 0, total: t }));
}

const text = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function main(): Promise<void> {
  const docs = option("--docs", 15_444);
  const top = option("--top", 25);
  const corpus = text("--corpus");
  let engine: QueryEngine;
  let articles: RawFile[];
  if (corpus) {
    const loaded = await loadEngine(corpus, { cacheDir: text("--cache") });
    const prepared = await prepareSnapshot(loaded);
    process.stdout.write(`${loaded.from}, preparation ${prepared.outcome} (${prepared.ms} ms)\n`);
    engine = loaded.engine;
    articles = engine.documents.filter((d) => !d.file.startsWith("0")).map((d) => ({ file: d.file, text: "" }));
  } else {
    articles = await readArticles(docs);
    const seeds = await readCorpusFolder(DEFAULT_CORPUS_DIR);
    const { documents } = parseFiles([...seeds.files, ...articles]);
    engine = QueryEngine.fromDocuments(documents, { dir: "profile" });
  }
  const goldFile = resolve(PROJECT_ROOT, "..", "shared", "eval", "seeds-dev.jsonl");
  const questions = [
    ...(existsSync(goldFile) ? readGold(goldFile).map((g) => g.q) : []),
    ...articleQuestions(articles, (f) => engine.document(sourceId(f.file))?.sentences ?? [], option("--questions", 200)).map((q) => q.q),
  ];
  for (const q of questions.slice(0, 10)) engine.ask(q); // warm up
  const asked = process.argv.flatMap((a, i) => (process.argv[i - 1] === "--ask" ? [a] : []));
  if (asked.length) questions.splice(0, questions.length, ...asked);
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const started = performance.now();
  for (const q of questions) engine.ask(q);
  const wall = performance.now() - started;
  const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
  session.disconnect();
  const rows = summarize(profile).filter((r) => !r.name.startsWith("(root)") && !r.name.startsWith("(program)"));
  const per = (ms: number) => (ms / questions.length).toFixed(2).padStart(8);
  process.stdout.write(`${questions.length} questions, ${(wall / questions.length).toFixed(1)} ms each on average\n`);
  process.stdout.write(`\nby total time (ms per question, including callees):\n`);
  for (const r of [...rows].sort((a, b) => b.total - a.total).slice(0, top)) process.stdout.write(`${per(r.total)}  ${r.name}\n`);
  process.stdout.write(`\nby self time (ms per question):\n`);
  for (const r of [...rows].sort((a, b) => b.self - a.self).slice(0, top)) process.stdout.write(`${per(r.self)}  ${r.name}\n`);
}

main().catch((err) => {
  process.stderr.write(`profile: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
