/**
 * The benchmark's first half: builds the index of the seeds plus the first N articles from their
 * text, writes the corpus to a temporary folder outside the project (so the start can go through
 * `loadEngine` exactly as the bot does), writes its snapshot, prepares it as a bot does in the
 * background after its first start (every sentence's values and the disagreement report, kept in
 * the snapshot), and makes the questions: the timed set, and fresh ones for the soak.
 */
import { mkdir, mkdtemp, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFiles } from "../src/core/corpus/load.js";
import { readCorpusFolder, type RawFile } from "../src/core/corpus/read.js";
import { QueryEngine } from "../src/core/engine.js";
import { corpusFingerprint, prepareSnapshot, saveSnapshot, snapshotPath } from "../src/core/snapshot/index.js";
import { sourceId } from "../src/core/corpus/load.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import { readArticles } from "./articles.js";
import { articleQuestions, type BenchQuestion } from "./questions.js";
import { readGold } from "./score.js";
import { rssMB } from "./stats.js";

export interface BuiltBench {
  /** The temporary folder holding corpus/, cache/ and questions.json; the caller removes it. */
  workDir: string;
  corpusDir: string;
  cacheDir: string;
  questionsFile: string;
  articles: number;
  documents: number;
  sentences: number;
  parseMs: number;
  indexMs: number;
  snapshotBytes: number;
  snapshotWriteMs: number;
  /** The background preparation: values of every sentence and the disagreement report. */
  prepareMs: number;
  /** The snapshot once prepared. */
  preparedSnapshotBytes: number;
  buildRssMB: number;
  questions: number;
}

/** What the start process reads: the timed questions, and fresh ones for the soak. */
export interface QuestionsFile {
  questions: BenchQuestion[];
  fresh: BenchQuestion[];
}

const byName = (a: RawFile, b: RawFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Writes the files into a folder, a few hundred at a time. */
async function writeCorpus(dir: string, files: readonly RawFile[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < files.length; i += 500)
    await Promise.all(files.slice(i, i + 500).map((f) => writeFile(join(dir, f.file), f.text)));
}

/** Builds, snapshots and prepares questions for a corpus of the seeds plus `docs` articles. */
export async function buildBench(options: { docs: number; questions: number; soak: number; goldFile?: string }): Promise<BuiltBench> {
  const articles = await readArticles(options.docs);
  const seeds = await readCorpusFolder(DEFAULT_CORPUS_DIR);
  // Name order, as the corpus reader lists a folder, so the snapshot matches a build from the folder.
  const files = [...seeds.files, ...articles].sort(byName);

  const workDir = await mkdtemp(join(tmpdir(), "crosscheck-bench-"));
  const corpusDir = join(workDir, "corpus");
  const cacheDir = join(workDir, "cache");
  await writeCorpus(corpusDir, files);

  let started = performance.now();
  const { documents, skipped } = parseFiles(files, [...seeds.skipped]);
  const parseMs = Math.round(performance.now() - started);
  started = performance.now();
  const engine = QueryEngine.fromDocuments(documents, { dir: corpusDir, skipped });
  const indexMs = Math.round(performance.now() - started);
  const buildRssMB = rssMB();

  const key = await corpusFingerprint(corpusDir);
  const snapshot = snapshotPath(corpusDir, cacheDir);
  started = performance.now();
  const snapshotBytes = await saveSnapshot(engine, key, snapshot);
  const snapshotWriteMs = Math.round(performance.now() - started);

  const gold = options.goldFile ? readGold(options.goldFile) : [];
  const sentencesOf = (file: RawFile) => engine.document(sourceId(file.file))?.sentences ?? [];
  const questions: BenchQuestion[] = [
    ...gold.map(({ q }) => ({ q, kind: "seeds-dev" as const })),
    ...articleQuestions(articles, sentencesOf, options.questions),
  ];
  // The soak asks these between the timed ones, so that its caches keep meeting new sentences.
  const fresh = articleQuestions(articles, sentencesOf, Math.ceil(options.soak / 2), 7, new Set(questions.map((q) => q.q)));
  const questionsFile = join(workDir, "questions.json");
  await writeFile(questionsFile, JSON.stringify({ questions, fresh } satisfies QuestionsFile));

  const prepared = await prepareSnapshot({ engine, snapshot, key });
  if (prepared.warning) throw new Error(prepared.warning);
  const preparedSnapshotBytes = (await stat(snapshot)).size;

  return {
    workDir,
    corpusDir,
    cacheDir,
    questionsFile,
    articles: articles.length,
    documents: documents.length,
    sentences: engine.index.sentences.length,
    parseMs,
    indexMs,
    snapshotBytes,
    snapshotWriteMs,
    prepareMs: prepared.ms,
    preparedSnapshotBytes,
    buildRssMB,
    questions: questions.length,
  };
}
