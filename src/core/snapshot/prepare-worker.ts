/**
 * The background preparation of a large corpus, in a worker thread (see prepare.ts): reads the
 * snapshot, extracts every sentence's values and terms, tells which words are names, builds the
 * disagreement report, writes them into the snapshot, and posts them back to the engine that
 * answers.
 */
import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { QueryEngine } from "../engine.js";
import { withWordCache } from "../search/terms.js";
import type { PackedClaims } from "../corpus/claim-table.js";
import type { PackedTerms } from "../search/term-table.js";
import type { PackedNameWords } from "../question/name-words.js";
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
  names: PackedNameWords;
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
  const { claims, terms, disagreements, names } = engine.preparedParts();
  let warning: string | undefined;
  try {
    await writeFileAtomic(snapshot, amendSnapshot(await readFile(snapshot), key, { claims, terms, disagreements, names }));
  } catch (err) {
    warning = `snapshot ${snapshot} not updated: ${err instanceof SnapshotError ? err.message : ((err as NodeJS.ErrnoException).code ?? (err as Error).message)}`;
  }
  return { claims: claims!.pack(), terms: terms!.pack(), disagreements: disagreements!, names: names!.pack(), warning };
}

if (parentPort) run(workerData as WorkerTask).then((result) => parentPort!.postMessage(result));
