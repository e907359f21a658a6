/**
 * Starts crosscheck: loads the corpus, then runs the adapters the configuration asks for — Slack,
 * Discord, or (with neither token set) the terminal chat over the corpus.
 */
import { ConfigError, readConfig } from "./config.js";
import { QueryEngine } from "./core/engine.js";
import { runTerminal } from "./adapters/terminal/chat.js";
import type { CommandContext } from "../commands/index.js";

async function main(): Promise<void> {
  const config = readConfig();
  const engine = await QueryEngine.load(config.corpusDir);
  const ctx: CommandContext = { engine: () => engine };
  const r = engine.report;
  for (const s of r.skipped) process.stderr.write(`crosscheck: skipped ${s.file}: ${s.reason}\n`);
  const summary = `crosscheck: ${r.documents} documents, ${r.sentences} sentences indexed from ${config.corpusDir}.`;
  if (!config.slack && !config.discord) {
    await runTerminal(ctx, { greeting: process.stdin.isTTY ? `${summary} Ask a question (/help, /sources, /quit).` : undefined });
    return;
  }
  process.stderr.write(summary + "\n");
}

main().catch((err) => {
  process.stderr.write(`crosscheck: ${err instanceof ConfigError ? err.message : (err as Error).stack ?? err}\n`);
  process.exitCode = err instanceof ConfigError ? 2 : 1;
});
