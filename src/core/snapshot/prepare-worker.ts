/**
 * The background preparation of a large corpus, in a worker thread (see prepare.ts): reads the
 * snapshot, extracts every sentence's values and terms, builds the disagreement report, writes
 * them into the snapshot, and posts them back to the engine that answers.
 */
import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { QueryEngine } from "../engine.js";
import { withWordCache } from "../search/terms.js";
import type { PackedClaims } from "../corpus/claim-table.js";
import type { PackedTerms } from "../search/term-table.js";
import type { DisagreementReport } from "../report/index.js";
import { amendSnapshot, readSnapshot, SnapshotError } from "./format.js";
import { writeFileAtomic } from "./store.js";

export interface WorkerTask {
  snapshot: string;
  key: string;
}

export interface WorkerResult {
  claims: PackedClaims;
  terms: PackedTerms;
  disagreements: DisagreementReport;
  /** Why the snapshot could not keep them. */
  warning?: string;
}

async function run({ snapshot, key }: WorkerTask): Promise<WorkerResult> {
  const parts = readSnapshot(snapshot, key);
  const engine = new QueryEngine(parts.documents, parts.index, parts.report, parts);
  engine.warmUp();
  withWordCache(() => {
    engine.extractAll();
    engine.conflicts(); // builds the report
  });
  const { claims, terms, disagreements } = engine.preparedParts();
  let warning: string | undefined;
  try {
    await writeFileAtomic(snapshot, amendSnapshot(await readFile(snapshot), key, { claims, terms, disagreements }));
  } catch (err) {
    warning = `snapshot ${snapshot} not updated: ${err instanceof SnapshotError ? err.message : ((err as NodeJS.ErrnoException).code ?? (err as Error).message)}`;
  }
  return { claims: claims!.pack(), terms: terms!.pack(), disagreements: disagreements!, warning };
}

if (parentPort) run(workerData as WorkerTask).then((result) => parentPort!.postMessage(result));
