/** Developer aid: shows how the core reads a question, what its candidates' evidence is, and the answer. */
import { QueryEngine } from "../src/core/engine.js";
import { pickPerSource, rateValues, scoreCandidates } from "../src/core/answer/aggregate.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";

const args = process.argv.slice(2);
const corpusAt = args.indexOf("--corpus");
const dir = corpusAt >= 0 ? args.splice(corpusAt, 2)[1]! : DEFAULT_CORPUS_DIR;
const verbose = args.includes("-v") ? (args.splice(args.indexOf("-v"), 1), true) : false;
const engine = await QueryEngine.load(dir);
const short = (f: Record<string, number>) =>
  Object.entries(f)
    .filter(([, v]) => v !== 0)
    .map(([k, v]) => `${k}=${Math.round(v * 100) / 100}`)
    .join(" ");
for (const question of args) {
  const { q, found } = engine.candidatesFor(question);
  console.log(`\n${question}\n  type=${q.answerType} focus=${q.focus} unit=${q.unit} list=${q.asksList ?? false} subject=${q.subjectTerms} names=${q.nameTerms} relation=${q.relationTerms}`);
  const scored = scoreCandidates(q.answerType, found.candidates, undefined, q.asksList === true).sort((a, b) => b.logit - a.logit);
  const picks = new Set(pickPerSource(q.answerType, scored));
  for (const c of scored.slice(0, verbose ? 20 : 10))
    console.log(`  ${c.logit.toFixed(2).padStart(6)}${picks.has(c) ? "*" : " "}${c.sentence.docId.slice(0, 14).padEnd(14)} ${c.claim.type}${c.claim.guessed ? "?" : ""} ${JSON.stringify(c.claim.value)} → ${c.claim.normalized} | ${c.sentence.text.slice(0, 100)}${verbose ? `\n          ${short(c.features)}` : ""}`);
  for (const r of rateValues(q.answerType, found.candidates)) console.log(`  value ${r.group.normalized} ${r.confidence.toFixed(2)} [${r.group.members.map((m) => m.sentence.docId.slice(0, 12)).join(",")}]`);
  const a = engine.ask(question);
  console.log(`  => ${a.status} ${a.answers.map((x) => `${x.normalized} (${x.confidence}) [${x.sources.map((s) => s.id.slice(0, 12)).join(",")}]`).join(" | ")}`);
  if (a.passages) for (const p of a.passages) console.log(`     passage ${p.id}: ${p.snippet.slice(0, 100)}`);
}
