/**
 * The V8 heap flags the bot runs with, read from package.json's `start` script (`start:prod` and
 * the Dockerfile's CMD carry the same, test/bench.test.ts and test/docker.test.ts check it), so
 * the benchmark's start and soak measure the memory the bot would have. See docs/performance.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/paths.js";

/** The `--max-old-space-size=N` (and any other V8 heap size flag) of an npm script's command. */
export function heapFlags(command: string): string[] {
  return command.match(/--max-(?:old|semi)-space-size=\d+/g) ?? [];
}

/** The heap flags of package.json's `start` script. */
export function botHeapFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  return heapFlags(pkg.scripts.start ?? "");
}
