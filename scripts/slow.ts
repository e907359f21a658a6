import { QueryEngine } from "../src/core/engine.js";
import { readArticles } from "../bench/articles.js";
import { articleQuestions } from "../bench/questions.js";
const engine = await QueryEngine.load("/tmp/mn4k");
const arts = await readArticles(4000);
const qs = articleQuestions(arts, (a) => engine.document(a.file.replace(/\.txt$/, ""))?.sentences ?? [], 300);
const times: [number, string, string, number][] = [];
for (const q of qs) { const t = performance.now(); const a = engine.ask(q.q); times.push([performance.now() - t, q.q, a.answerType, a.answers.length]); }
times.sort((a, b) => b[0] - a[0]);
for (const t of times.slice(0, 12)) console.log(t[0].toFixed(1), t[2], t[3], t[1].slice(0, 100));
