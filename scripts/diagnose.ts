/**
 * Developer aid: where the core loses each expected value of a gold set, question by question:
 * its source never read, its value never extracted, extracted but not its source's pick, or
 * picked but below the listing threshold.
 *
 *   npx tsx scripts/diagnose.ts GOLD.jsonl CORPUS [--lines]
 */
import { QueryEngine } from "../src/core/engine.js";
import { pickPerSource, rateValues, scoreCandidates } from "../src/core/answer/aggregate.js";
import { MODEL } from "../src/core/answer/model.js";
import { matches, readGold } from "./lib/gold.js";

const [goldPath, corpus] = process.argv.slice(2);
const lines = process.argv.includes("--lines");
const engine = await QueryEngine.load(corpus!);
const tally: Record<string, number> = {};
for (const g of readGold(goldPath!)) {
  const { q, found } = engine.candidatesFor(g.q);
  const scored = scoreCandidates(q.answerType, found.candidates, undefined, q.asksList === true);
  const picks = pickPerSource(q.answerType, scored);
  const rated = rateValues(q.answerType, found.candidates);
  for (const v of g.expect.values ?? []) {
    const inSource = (docId: string) => !v.sources?.length || v.sources.some((p) => docId === p || docId.startsWith(`${p}_`));
    const hit = (c: { claim: { value: string; normalized: string } }) => matches(c.claim, v.any);
    let stage: string;
    if (!found.candidates.some((c) => inSource(c.sentence.docId))) stage = "source not read";
    else if (!found.candidates.some((c) => inSource(c.sentence.docId) && hit(c))) stage = "not extracted";
    else if (!picks.some((c) => inSource(c.sentence.docId) && hit(c))) stage = "not picked";
    else if (!rated.some((r) => r.confidence >= MODEL.thresholds.list && matches({ value: r.group.members[0]!.claim.value, normalized: r.group.normalized }, v.any))) stage = "below threshold";
    else stage = "answered";
    tally[stage] = (tally[stage] ?? 0) + 1;
    tally[`${stage} (${q.answerType})`] = (tally[`${stage} (${q.answerType})`] ?? 0) + 1;
    if (lines && stage !== "answered") console.log(`${stage.padEnd(16)} ${q.answerType.padEnd(12)} ${JSON.stringify(g.q)} want ${v.any[0]}`);
  }
}
console.log(Object.fromEntries(Object.entries(tally).sort()));
