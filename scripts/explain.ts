/** Developer aid: shows how the core reads a question and scores its candidates. */
import { QueryEngine } from "../src/core/engine.js";
import { analyzeQuestion } from "../src/core/question/analyze.js";
import { findCandidates } from "../src/core/answer/candidates.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";

const args = process.argv.slice(2);
const corpusAt = args.indexOf("--corpus");
const dir = corpusAt >= 0 ? args.splice(corpusAt, 2)[1]! : DEFAULT_CORPUS_DIR;
const engine = await QueryEngine.load(dir);
for (const question of args) {
  const q = analyzeQuestion(question);
  engine.correctSpelling(q);
  console.log(`\n${question}\n  type=${q.answerType} focus=${q.focus} unit=${q.unit} subject=${q.subjectTerms} relation=${q.relationTerms}`);
  const found = findCandidates(q, engine);
  for (const c of found.candidates.sort((a, b) => b.score - a.score).slice(0, 12))
    console.log(`  ${c.score.toFixed(3)}${c.related ? "*" : " "}${c.sentence.docId.slice(0, 6)} ${c.claim.type}${c.claim.guessed ? "?" : ""} ${JSON.stringify(c.claim.value)} → ${c.claim.normalized}  | ${c.sentence.text.slice(0, 90)}`);
  const a = engine.ask(question);
  console.log(`  => ${a.status} ${a.answers.map((x) => `${x.normalized} [${x.sources.map((s) => s.id.slice(0, 3)).join(",")}]`).join(" | ")}`);
}
