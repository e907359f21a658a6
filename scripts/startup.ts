/** Developer aid: where the time of a start from the snapshot goes (npx tsx scripts/startup.ts DIR). */
import { readFileSync } from "node:fs";
import { corpusFingerprint, snapshotPath } from "../src/core/snapshot/index.js";
import { decodeSnapshot } from "../src/core/snapshot/format.js";
import { QueryEngine } from "../src/core/engine.js";
const dir = process.argv[2]!;
let t = performance.now();
const lap = (what: string) => {
  const now = performance.now();
  console.log(`${what.padEnd(28)} ${Math.round(now - t)} ms`);
  t = now;
};
const key = await corpusFingerprint(dir);
lap("corpus fingerprint");
const bytes = readFileSync(snapshotPath(dir, process.env.CACHE_DIR || undefined));
lap(`read file (${(bytes.length / 1e6).toFixed(1)} MB)`);
const parts = decodeSnapshot(bytes, key);
lap("decode (checksum, text, index)");
new QueryEngine(parts.documents, parts.index, parts.report, parts);
lap("engine");
