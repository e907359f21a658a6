/**
 * The `ask` command line (shared/CONTRACT.md):
 *   npm run --silent ask -- [--json | --jsonl] [--corpus DIR] [QUESTION]
 * Exit 0 when answered (any status); 2 on a usage error or an unreadable corpus.
 */
import { createInterface } from "node:readline";
import { renderAnswer } from "../render/text.js";
import { openCorpus } from "./open-corpus.js";
import { parseToolArgs, runTool, usage, writeLine } from "./run.js";

const USAGE = "usage: npm run --silent ask -- [--json | --jsonl] [--corpus DIR] [QUESTION]";

interface AskArgs {
  format: "text" | "json" | "jsonl";
  corpus: string;
  question?: string;
}

export function parseAskArgs(argv: readonly string[]): AskArgs | string {
  const args = parseToolArgs(argv, ["--json", "--jsonl"]);
  if (typeof args === "string") return args;
  if (args.switches.length > 1) return "choose one of --json and --jsonl";
  const format = args.switches[0] === "--json" ? "json" : args.switches[0] === "--jsonl" ? "jsonl" : "text";
  if (format === "jsonl" && args.text) return "--jsonl reads questions from standard input, not the command line";
  return { format, corpus: args.corpus, question: args.text };
}

async function main(): Promise<number> {
  const args = parseAskArgs(process.argv.slice(2));
  if (typeof args === "string") return usage("ask", args, USAGE);
  const engine = await openCorpus("ask", args.corpus);
  if (!engine) return 2;
  if (args.format === "jsonl" || !args.question) {
    if (args.format === "text" && !args.question && process.stdin.isTTY) {
      process.stderr.write(`ask: give a question\n${USAGE}\n`);
      return 2;
    }
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const answer = engine.ask(line);
      await writeLine(args.format === "text" ? renderAnswer(answer) : JSON.stringify(answer));
    }
    return 0;
  }
  const answer = engine.ask(args.question);
  await writeLine(args.format === "json" ? JSON.stringify(answer, null, 2) : renderAnswer(answer));
  return 0;
}

runTool("ask", main);
