/** The benchmark's result: one JSON object per run (`npm run --silent bench -- --json`). */
import type { StartResult } from "./start.js";

export interface BenchResult extends Omit<StartResult, "from" | "warning"> {
  date: string;
  cpu: string;
  cores: number;
  node: string;
  /** The V8 heap flags the start and the soak ran with: the bot's (package.json's `start`). */
  heapFlags: string[];
  /** News articles in the corpus (the seeds come on top). */
  articles: number;
  documents: number;
  sentences: number;
  /** Index from text: parse + segment (parseMs) and index (indexMs). */
  buildMs: number;
  parseMs: number;
  indexMs: number;
  snapshotBytes: number;
  snapshotWriteMs: number;
  /** Every sentence's values and the disagreement report, computed in the background and kept in the snapshot. */
  prepareMs: number;
  preparedSnapshotBytes: number;
  /** `uptime`'s load averages (1, 5, 15 minutes) when the run ended: how busy the machine was. */
  loadAverage: number[];
  /** Resident memory of the building process once the index is built. */
  buildRssMB: number;
  startedFrom: StartResult["from"];
  startWarning?: string;
}
