/**
 * The `conflicts` command line: every fact on which the sources of a corpus disagree.
 *   npm run --silent conflicts -- [--json] [--corpus DIR] [TOPIC]
 * Exit 0 when the report was made (with or without disagreements); 2 on a usage error or an
 * unreadable corpus, with a one-line reason on stderr.
 */
import { renderConflicts } from "../render/text.js";
import { openCorpus } from "./open-corpus.js";
import { parseToolArgs, runTool, usage, writeLine } from "./run.js";

const USAGE = "usage: npm run --silent conflicts -- [--json] [--corpus DIR] [TOPIC]";

export interface ConflictsArgs {
  json: boolean;
  corpus: string;
  topic?: string;
}

/** Reads the arguments; a string is a usage error ("help" when help was asked for). */
export function parseConflictsArgs(argv: readonly string[]): ConflictsArgs | string {
  const args = parseToolArgs(argv, ["--json"]);
  if (typeof args === "string") return args;
  return { json: args.switches.includes("--json"), corpus: args.corpus, topic: args.text };
}

async function main(): Promise<number> {
  const args = parseConflictsArgs(process.argv.slice(2));
  if (typeof args === "string") return usage("conflicts", args, USAGE);
  const engine = await openCorpus("conflicts", args.corpus);
  if (!engine) return 2;
  const report = engine.conflicts(args.topic);
  const out = args.json ? JSON.stringify(report, null, 2) : renderConflicts(report, args.topic);
  await writeLine(out);
  return 0;
}

// Run only as a program, not when a test imports the argument parser.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").pop()!))
  runTool("conflicts", main);
