import { readFileSync } from "node:fs";
import { QueryEngine } from "../src/core/engine.js";
import { analyzeQuestion } from "../src/core/question/analyze.js";
import { findCandidates } from "../src/core/answer/candidates.js";
const engine = await QueryEngine.load("/tmp/rd/corpus");
const gold = readFileSync("/tmp/rd/gold.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
let n = 0;
const want = process.argv[2] ?? "text";
for (const g of gold) {
  const q = analyzeQuestion(g.q);
  if (q.answerType !== want) continue;
  engine.correctSpelling(q);
  const found = findCandidates(q, engine);
  for (const v of g.expect.values ?? []) {
    const alts: string[] = v.any.map((a: string) => a.toLowerCase());
    const hit = (c: any) => alts.some((a) => c.claim.value.toLowerCase().includes(a) || c.claim.normalized.toLowerCase().includes(a));
    if (!found.candidates.some((c) => v.sources.includes(c.sentence.docId))) continue;
    if (found.candidates.some((c) => v.sources.includes(c.sentence.docId) && hit(c))) continue;
    const sent = v.sources.flatMap((id: string) => engine.sentencesOf(id)).find((s: any) => alts.some((a) => s.text.toLowerCase().includes(a)));
    if (n++ % 3 === 0 && n < 80) console.log(`${g.q} [${alts[0]}] focus=${q.focus}\n   ${sent?.text.slice(0, 160)}`);
  }
}
