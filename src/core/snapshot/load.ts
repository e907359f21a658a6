/**
 * Starting the engine from a snapshot: `loadEngine(dir)` uses the corpus's snapshot when it
 * matches the folder and the code, and otherwise builds the index from the text and rewrites the
 * snapshot. A stale or damaged snapshot is never used, only reported.
 */
import { QueryEngine } from "../engine.js";
import { corpusFingerprint } from "./fingerprint.js";
import { checkKey, encodeSnapshot, readSnapshot, SnapshotError } from "./format.js";
import { snapshotPath, writeFileAtomic } from "./store.js";

export interface LoadEngineOptions {
  /** Folder for snapshots (default: the project's .crosscheck-cache/). */
  cacheDir?: string;
  /** Build from the text even when the snapshot matches (the snapshot is rewritten). */
  rebuild?: boolean;
  /** Write the snapshot after building (default true). */
  write?: boolean;
}

export interface LoadedEngine {
  engine: QueryEngine;
  from: "snapshot" | "built";
  /** Why the snapshot was not used, or could not be written; for the operator's log. */
  warning?: string;
  /** The snapshot file used or written. */
  snapshot: string;
  /** The corpus fingerprint the engine was built or loaded for. */
  key: string;
}

/** Writes the snapshot of an engine built from the corpus whose fingerprint is `key`. */
export async function saveSnapshot(engine: QueryEngine, key: string, path: string): Promise<number> {
  const bytes = encodeSnapshot(key, { documents: engine.documents, index: engine.index, report: engine.report, ...engine.preparedParts() });
  await writeFileAtomic(path, bytes);
  return bytes.length;
}

/**
 * Reads and checks a snapshot, for the corpus whose fingerprint `key` will give; undefined with no
 * warning when there is none yet.
 */
async function trySnapshot(path: string, key: Promise<string>): Promise<{ engine?: QueryEngine; warning?: string }> {
  try {
    // Read while the fingerprint is still being taken (its files are stat'ed in a worker), then checked against it.
    const { documents, index, report, header, ...prepared } = readSnapshot(path, undefined);
    checkKey(header, await key);
    return { engine: new QueryEngine(documents, index, report, prepared) };
  } catch (err) {
    if (err instanceof SnapshotError) return { warning: `snapshot ${path} not used: ${err.message}; rebuilt the index` };
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return {};
    if (code) return { warning: `snapshot ${path} could not be read (${code}); rebuilt the index` };
    throw err;
  }
}

/**
 * The engine of a corpus folder, from its snapshot when that matches, else built from the text
 * (and the snapshot rewritten). Throws, like `QueryEngine.load`, only when the folder cannot be read.
 */
export async function loadEngine(dir: string, options: LoadEngineOptions = {}): Promise<LoadedEngine> {
  // The key is taken before the files are read: if they change meanwhile, the next start sees a
  // different key and rebuilds, rather than trusting a snapshot of a mix.
  const fingerprint = corpusFingerprint(dir);
  // Handled below; this keeps a folder that cannot be read from counting as unhandled meanwhile.
  fingerprint.catch(() => undefined);
  const path = snapshotPath(dir, options.cacheDir);
  const found = options.rebuild ? {} : await trySnapshot(path, fingerprint);
  const key = await fingerprint;
  if (found.engine) return { engine: found.engine, from: "snapshot", snapshot: path, key };
  const engine = await QueryEngine.load(dir);
  let warning = found.warning;
  if (options.write !== false) {
    try {
      await saveSnapshot(engine, key, path);
    } catch (err) {
      const why = `snapshot ${path} could not be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
      warning = warning ? `${warning}; ${why}` : why;
    }
  }
  return { engine, from: "built", warning, snapshot: path, key };
}
