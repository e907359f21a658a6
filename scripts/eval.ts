/**
 * `npm run eval [-- NAME…] [--fails]`: scores every gold set (scripts/lib/gold.ts) with
 * ../shared/eval/score.mjs, the reference scorer, and prints one line of figures per set.
 * `--fails` lists each failed question, except in the held-out sets ("holdout-…"): reading
 * those would make them development sets. Name one to see its failures anyway.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { goldSets, ROOT } from "./lib/gold.js";

const args = process.argv.slice(2);
const fails = args.includes("--fails");
const names = args.filter((a) => !a.startsWith("--"));
const scorer = join(ROOT, "../shared/eval/score.mjs");
for (const set of goldSets()) {
  if (names.length && !names.some((n) => set.name.startsWith(n))) continue;
  const run = spawnSync("node", [scorer, set.gold, "--corpus", set.corpus, ...(fails ? [] : ["--quiet"])], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const out = run.stdout.trim().split("\n");
  const pick = (prefix: string) => out.find((l) => l.startsWith(prefix))?.replace(prefix, "").trim() ?? "?";
  const showFails = fails && (!set.name.startsWith("holdout") || names.length > 0);
  if (showFails) for (const l of out.filter((l) => l.startsWith("FAIL"))) console.log(`${set.name}: ${l}`);
  console.log(`${set.name.padEnd(16)} ${pick("questions:").padEnd(16)} ${pick("trust:")} | conflicts ${pick("conflicts:")}`);
}
