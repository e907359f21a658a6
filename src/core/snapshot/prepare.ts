/**
 * Preparing a corpus in the background: every sentence's values extracted and the disagreement
 * report built, then kept in the snapshot, so that the next start answers without extracting
 * anything and `/conflicts` is instant. Done once per state of the corpus.
 *
 * Up to PREPARE_LIMIT sentences (`engine.prepareLimit`) the engine does it in slices of a few milliseconds between
 * questions. Past it, the report alone is many seconds of one computation (its steps are not
 * exposed), so a worker thread does everything from the snapshot file and hands back the values
 * and the report: questions never wait for it, and it runs on another core.
 */
import { open, readFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { QueryEngine } from "../engine.js";
import { ClaimTable } from "../corpus/claim-table.js";
import { TermTable } from "../search/term-table.js";
import { NameWordTable } from "../question/name-words.js";
import { amendSnapshot, decodeHeader, MAX_HEADER, SnapshotError } from "./format.js";
import { writeFileAtomic } from "./store.js";
import { preparedCodeKey } from "./code-key.js";
import type { WorkerResult, WorkerTask } from "./prepare-worker.js";

export interface PrepareResult {
  /** "prepared": done now; "already": the snapshot held it; "aborted": the signal fired first. */
  outcome: "prepared" | "already" | "aborted";
  ms: number;
  /** Why the snapshot could not keep what was prepared (the engine still has it). */
  warning?: string;
}

/** An engine with the snapshot it was loaded from or written to. */
export interface SnapshotEngine {
  engine: QueryEngine;
  snapshot: string;
  key: string;
}

/**
 * Prepares the engine in the background and adds what it computed to its snapshot. Never
 * throws for a snapshot it cannot write; throws when the preparation itself fails.
 */
export async function prepareSnapshot(
  loaded: SnapshotEngine,
  options: { signal?: AbortSignal; sliceMs?: number } = {},
): Promise<PrepareResult> {
  const { engine, snapshot, key } = loaded;
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  if (engine.prepared) {
    // Prepared by use (every value read, the report asked for): the snapshot may not have it yet.
    if (await holdsPrepared(snapshot, key)) return { outcome: "already", ms: 0 };
    return { outcome: "prepared", ms: ms(), warning: await amend(snapshot, key, engine) };
  }
  engine.preparing = true;
  try {
    if (engine.index.sentences.length <= engine.prepareLimit) {
      if (!(await engine.prepare({ signal: options.signal, sliceMs: options.sliceMs }))) return { outcome: "aborted", ms: ms() };
      const warning = await amend(snapshot, key, engine);
      return { outcome: "prepared", ms: ms(), warning };
    }
    const result = await inWorker({ snapshot, key }, options.signal);
    if (!result) return { outcome: "aborted", ms: ms() };
    const sentences = engine.index.sentences.length;
    engine.adopt({
      claims: ClaimTable.unpack(result.claims, sentences),
      terms: TermTable.unpack(result.terms, sentences, engine.index.vocabulary),
      disagreements: result.disagreements,
      names: NameWordTable.unpack(result.names),
    });
    return { outcome: "prepared", ms: ms(), warning: result.warning };
  } finally {
    engine.preparing = false;
  }
}

/** True when the snapshot file for `key` already holds every value and the report. */
async function holdsPrepared(path: string, key: string): Promise<boolean> {
  try {
    const handle = await open(path);
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(MAX_HEADER), 0, MAX_HEADER, 0);
      const { header } = decodeHeader(buffer.subarray(0, bytesRead));
      const { claims, terms, report, names } = header.prepared ?? {};
      return header.key === key && header.preparedBy === preparedCodeKey() && claims === true && terms === true && report === true && names === true;
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** Adds the engine's values and report to its snapshot file; a reason when it could not. */
async function amend(path: string, key: string, engine: QueryEngine): Promise<string | undefined> {
  try {
    await writeFileAtomic(path, amendSnapshot(await readFile(path), key, engine.preparedParts()));
    return undefined;
  } catch (err) {
    // Another corpus state was written meanwhile, or the file is gone: it is not ours to change.
    if (err instanceof SnapshotError) return `snapshot ${path} not updated: ${err.message}`;
    return `snapshot ${path} not updated (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
}

/**
 * Runs the preparation in a worker thread; undefined when aborted. Under tsx (the sources run as
 * TypeScript) the worker registers tsx itself: a worker does not inherit the loader.
 */
function inWorker(task: WorkerTask, signal?: AbortSignal): Promise<WorkerResult | undefined> {
  const asTypeScript = import.meta.url.endsWith(".ts");
  const script = new URL(asTypeScript ? "./prepare-worker.ts" : "./prepare-worker.js", import.meta.url);
  const worker = asTypeScript
    ? new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`, { eval: true, workerData: task })
    : new Worker(script, { workerData: task });
  return new Promise((resolve, reject) => {
    const abort = () => void worker.terminate().then(() => resolve(undefined));
    if (signal?.aborted) return abort();
    signal?.addEventListener("abort", abort, { once: true });
    worker.once("message", (result: WorkerResult) => {
      signal?.removeEventListener("abort", abort);
      resolve(result);
    });
    worker.once("error", (err) => {
      signal?.removeEventListener("abort", abort);
      reject(err);
    });
    worker.once("exit", (code) => {
      signal?.removeEventListener("abort", abort);
      // After a message this changes nothing; without one, the worker died.
      if (code !== 0) reject(new Error(`the preparation worker exited with code ${code}`));
      else resolve(undefined);
    });
  });
}
