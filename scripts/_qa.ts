import { QueryEngine } from "../src/core/engine.js";
import { readFileSync } from "node:fs";
const [gold, corpus] = process.argv.slice(2);
const engine = await QueryEngine.load(corpus!);
for (const l of readFileSync(gold!, "utf8").split("\n").filter(Boolean)) {
  const g = JSON.parse(l); const { q } = engine.candidatesFor(g.q);
  console.log(`${(g.cat ?? "").padEnd(12)} ${q.answerType.padEnd(12)} ${String(q.focus ?? "").padEnd(12)} ${q.asksList ? "L" : " "}${q.asksPassages ? "P" : " "} ${g.q.slice(0, 70).padEnd(70)} | s=${q.subjectTerms} n=${q.nameTerms} r=${q.relationTerms}`);
}
