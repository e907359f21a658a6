/**
 * Writes the index snapshot of a corpus, so the bot and the ask command start without rebuilding:
 *   npm run index -- [--corpus DIR] [--force]
 * Without --force an up-to-date snapshot is kept. Exit 0 on success, 2 on a usage error or an
 * unreadable corpus.
 */
import { stat } from "node:fs/promises";
import { loadEngine } from "../core/snapshot/index.js";
import { DEFAULT_CORPUS_DIR } from "../paths.js";
import { runTool, usage } from "./run.js";

const USAGE = "usage: npm run index -- [--corpus DIR] [--force]";

export function parseIndexArgs(argv: readonly string[]): { corpus: string; force: boolean } | string {
  let corpus = DEFAULT_CORPUS_DIR;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--corpus") {
      const dir = argv[++i];
      if (!dir) return "--corpus needs a folder";
      corpus = dir;
    } else if (a.startsWith("--corpus=")) corpus = a.slice("--corpus=".length);
    else if (a === "--force") force = true;
    else if (a === "--help" || a === "-h") return "help";
    else return `unknown argument ${a}`;
  }
  return { corpus, force };
}

async function main(): Promise<number> {
  const args = parseIndexArgs(process.argv.slice(2));
  if (typeof args === "string") return usage("index", args, USAGE);
  const started = performance.now();
  let loaded;
  try {
    loaded = await loadEngine(args.corpus, { rebuild: args.force });
  } catch (err) {
    process.stderr.write(`index: cannot read the corpus folder ${args.corpus} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
    return 2;
  }
  const { engine, from, warning, snapshot } = loaded;
  if (warning) process.stderr.write(`index: ${warning}\n`);
  for (const s of engine.report.skipped) process.stderr.write(`index: skipped ${s.file}: ${s.reason}\n`);
  const bytes = (await stat(snapshot).catch(() => null))?.size;
  const ms = Math.round(performance.now() - started);
  const what = from === "snapshot" ? "up to date" : bytes === undefined ? "built, not written" : "written";
  process.stdout.write(
    `${engine.report.documents} documents, ${engine.report.sentences} sentences: snapshot ${what}` +
      `${bytes === undefined ? "" : ` (${(bytes / 1e6).toFixed(1)} MB, ${snapshot})`} in ${ms} ms\n`,
  );
  return 0;
}

runTool("index", main);
