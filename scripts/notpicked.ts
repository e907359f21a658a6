import { readFileSync } from "node:fs";
import { QueryEngine } from "../src/core/engine.js";
import { analyzeQuestion } from "../src/core/question/analyze.js";
import { findCandidates } from "../src/core/answer/candidates.js";
import { bestPerSource } from "../src/core/answer/aggregate.js";
const engine = await QueryEngine.load("/tmp/rd/corpus");
const gold = readFileSync("/tmp/rd/gold.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
let n = 0;
for (const g of gold) {
  const q = analyzeQuestion(g.q);
  engine.correctSpelling(q);
  const found = findCandidates(q, engine);
  const picks = bestPerSource(q.answerType, found.candidates);
  for (const v of g.expect.values ?? []) {
    const alts: string[] = v.any.map((a: string) => a.toLowerCase());
    const hit = (c: any) => alts.some((a) => c.claim.value.toLowerCase().includes(a) || c.claim.normalized.toLowerCase().includes(a));
    const good = found.candidates.filter((c) => v.sources.includes(c.sentence.docId) && hit(c));
    if (!good.length || picks.some((c) => v.sources.includes(c.sentence.docId) && hit(c))) continue;
    const g0 = good.sort((a, b) => b.score - a.score)[0]!;
    const p = picks.find((c) => c.sentence.docId === g0.sentence.docId)!;
    if (n++ % 4 === 0 && n < 100) console.log(`${g.q}\n   want ${g0.score.toFixed(3)} ${g0.claim.type} ${JSON.stringify(g0.claim.value)} | ${g0.sentence.text.slice(0, 110)}\n   got  ${p.score.toFixed(3)} ${p.claim.type}${p.claim.guessed ? "?" : ""} ${JSON.stringify(p.claim.value)} | ${p.sentence.text.slice(0, 110)}`);
  }
}
