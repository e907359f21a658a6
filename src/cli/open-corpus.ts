/**
 * Opens a corpus for a command-line tool: from the index snapshot when it matches, reporting
 * skipped files on standard error. Returns undefined (after saying why) when there is nothing to
 * answer from, so the tool exits 2 as the contract says.
 */
import type { QueryEngine } from "../core/engine.js";
import { loadEngine } from "../core/snapshot/index.js";

export async function openCorpus(tool: string, dir: string): Promise<QueryEngine | undefined> {
  let engine: QueryEngine;
  try {
    const loaded = await loadEngine(dir, { cacheDir: process.env.CACHE_DIR || undefined });
    engine = loaded.engine;
    if (loaded.warning) process.stderr.write(`${tool}: ${loaded.warning}\n`);
  } catch (err) {
    process.stderr.write(`${tool}: cannot read the corpus folder ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
    return undefined;
  }
  for (const s of engine.report.skipped) process.stderr.write(`${tool}: skipped ${s.file}: ${s.reason}\n`);
  if (engine.report.documents === 0) {
    process.stderr.write(`${tool}: no readable documents in ${dir}\n`);
    return undefined;
  }
  return engine;
}
