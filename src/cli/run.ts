/** What every command-line tool does alike: read arguments, run, print, exit with the contract's codes. */
import { DEFAULT_CORPUS_DIR } from "../paths.js";

/** A tool's arguments: its switches, the corpus folder, and the free words (a question, a topic). */
export interface ToolArgs {
  switches: string[];
  corpus: string;
  text?: string;
}

/**
 * Reads `[--switch…] [--corpus DIR] [words…]`. Returns a usage error as a string ("help" when
 * help was asked for).
 */
export function parseToolArgs(argv: readonly string[], allowed: readonly string[]): ToolArgs | string {
  const switches: string[] = [];
  let corpus = DEFAULT_CORPUS_DIR;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (allowed.includes(a)) switches.push(a);
    else if (a === "--corpus") {
      const dir = argv[++i];
      if (!dir) return "--corpus needs a folder";
      corpus = dir;
    } else if (a.startsWith("--corpus=")) corpus = a.slice("--corpus=".length);
    else if (a === "--help" || a === "-h") return "help";
    else if (a.startsWith("--")) return `unknown option ${a}`;
    else words.push(a);
  }
  return { switches, corpus, text: words.join(" ").trim() || undefined };
}

/** Runs a tool's main function: its number is the exit code; a crash says why and exits `crashCode`. */
export function runTool(tool: string, main: () => Promise<number>, crashCode = 2): void {
  main().then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(`${tool}: ${(err as Error).message}\n`);
      process.exitCode = crashCode;
    },
  );
}

/** Prints the usage for --help (exit 0) or the argument error with the usage (exit 2). */
export function usage(tool: string, problem: string, text: string): number {
  process.stderr.write(problem === "help" ? `${text}\n` : `${tool}: ${problem}\n${text}\n`);
  return problem === "help" ? 0 : 2;
}

/** Writes a line to standard output, waiting when the pipe is full (a reader slower than us). */
export function writeLine(line: string): Promise<void> {
  return new Promise((resolve) => (process.stdout.write(line + "\n") ? resolve() : process.stdout.once("drain", resolve)));
}
