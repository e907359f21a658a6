/**
 * `npm run eval:conflicts`: how well the disagreement report (`/conflicts`) finds the
 * disagreements planted in each gold set's corpus (eval/NAME/conflicts.jsonl), and how many of
 * the items it lists are real. An item finds a planted disagreement when one of its answers
 * matches each planted value and cites one of that value's sources.
 *
 * Also printed: how many of the gold's own conflict questions (written by people) the query core
 * itself answers as a disagreement. The report keeps only disagreements the core stands behind,
 * so that is about the most it can find on a corpus, however well it words its questions.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { QueryEngine } from "../src/core/engine.js";
import type { ConflictItem } from "../src/core/types.js";
import { goldSets, matches, readGold, type GoldValue } from "./lib/gold.js";

interface Planted {
  topic: string;
  values: GoldValue[];
}

const verbose = process.argv.includes("--items");
const cites = (sources: readonly { id: string }[], prefixes?: readonly string[]) =>
  !prefixes?.length || sources.some((s) => prefixes.some((p) => s.id === p || s.id.startsWith(`${p}_`)));
const finds = (item: ConflictItem, p: Planted) =>
  p.values.every((v) => item.answers.some((a) => matches(a, v.any) && cites(a.sources, v.sources))) &&
  p.values.length >= 2;

for (const set of goldSets()) {
  const file = join(dirname(set.gold), "conflicts.jsonl");
  if (!existsSync(file)) continue;
  const planted = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Planted);
  const engine = await QueryEngine.load(set.corpus);
  const items = engine.conflicts().conflicts;
  const found = planted.filter((p) => items.some((i) => finds(i, p)));
  const real = items.filter((i) => planted.some((p) => finds(i, p)));
  const asked = readGold(set.gold).filter((g) => g.expect.conflict === true);
  const core = asked.filter((g) => engine.rate(g.q).conflict).length;
  console.log(`${set.name.padEnd(16)} planted found ${found.length}/${planted.length}, items real ${real.length}/${items.length}; the core's own verdict on the gold's conflict questions: ${core}/${asked.length}`);
  if (verbose) {
    for (const i of items) console.log(`  ${real.includes(i) ? "+" : "-"} ${i.topic} (${i.answerType}): ${i.answers.map((a) => `${a.normalized} [${a.sources.map((s) => s.id).join(",")}]`).join(" vs ")}`);
    for (const p of planted.filter((x) => !found.includes(x))) console.log(`  missed: ${p.topic}`);
  }
}
