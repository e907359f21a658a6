/** Developer aid: time each question the first time it is asked, after start-up and warm-up. */
import { readFileSync } from "node:fs";
import { loadEngine } from "../src/core/snapshot/index.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
const { engine } = await loadEngine(process.argv[3] ?? DEFAULT_CORPUS_DIR);
engine.warmUp();
if (process.argv.includes("--prepared")) console.log(`prepared: ${await engine.prepare()}`);
const questions = readFileSync(process.argv[2]!, "utf8").split("\n").filter(Boolean);
for (const q of [...new Set(questions)]) {
  const t = performance.now();
  const a = engine.ask(q);
  console.log(`${(performance.now() - t).toFixed(1)} ms  ${a.status.padEnd(9)} ${q}`);
}
