/** Developer aid: memory after starting from the snapshot (run with --expose-gc). */
import { loadEngine } from "../src/core/snapshot/index.js";
const dir = process.argv[2]!;
const t = performance.now();
const { engine, from } = await loadEngine(dir);
const ms = performance.now() - t;
(globalThis as { gc?: () => void }).gc?.();
const m = process.memoryUsage();
console.log(from, `${Math.round(ms)} ms`, `rss ${Math.round(m.rss / 1e6)} heap ${Math.round(m.heapUsed / 1e6)} external ${Math.round(m.external / 1e6)} arrayBuffers ${Math.round(m.arrayBuffers / 1e6)}`, engine.report.sentences);
