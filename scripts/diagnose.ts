/** Developer aid: where the core loses RAMDocs-style gold answers (retrieval, extraction, or choice). */
import { readFileSync } from "node:fs";
import { QueryEngine } from "../src/core/engine.js";
import { analyzeQuestion } from "../src/core/question/analyze.js";
import { findCandidates } from "../src/core/answer/candidates.js";
import { aggregate, bestPerSource } from "../src/core/answer/aggregate.js";

const [goldPath, corpus] = process.argv.slice(2);
const engine = await QueryEngine.load(corpus!);
const gold = readFileSync(goldPath!, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const tally: Record<string, number> = {};
const byType: Record<string, [number, number]> = {};
const bump = (k: string) => (tally[k] = (tally[k] ?? 0) + 1);
for (const g of gold) {
  const q = analyzeQuestion(g.q);
  engine.correctSpelling(q);
  const found = findCandidates(q, engine);
  const picks = bestPerSource(q.answerType, found.candidates);
  const final = aggregate(q.answerType, found.candidates, (id) => engine.document(id)).answers;
  for (const v of g.expect.values ?? []) {
    const alts: string[] = v.any.map((a: string) => a.toLowerCase());
    const hit = (c: { claim: { value: string; normalized: string } }) => alts.some((a) => c.claim.value.toLowerCase().includes(a) || c.claim.normalized.toLowerCase().includes(a));
    const inSources = (docId: string) => v.sources.includes(docId);
    const bt = (byType[q.answerType] ??= [0, 0]);
    bt[1]++;
    if (!v.sources.some((id: string) => found.candidates.some((c) => c.sentence.docId === id) || engine.sentencesOf(id).length === 0)) {
      const read = v.sources.some((id: string) => engine.sentencesOf(id).some((s) => alts.some((a) => s.text.toLowerCase().includes(a))));
      bump(read ? "source not read (value is in its text)" : "source not read, value not in text");
    } else if (!found.candidates.some((c) => inSources(c.sentence.docId) && hit(c))) bump(`not extracted (${q.answerType})`);
    else if (!picks.some((c) => inSources(c.sentence.docId) && hit(c))) bump(`extracted, not picked (${q.answerType})`);
    else if (!final.some((a) => a.sources.some((s) => inSources(s.id)) && alts.some((x) => a.value.toLowerCase().includes(x) || a.normalized.toLowerCase().includes(x)))) bump(`picked, dropped by the floor (${q.answerType})`);
    else { bump("answered"); bt[0]++; }
  }
}
console.log(tally);
console.log(byType);
