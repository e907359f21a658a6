/** What every command-line tool does alike: run, print, and exit with the contract's codes. */

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
