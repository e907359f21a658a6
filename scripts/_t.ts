import { tagWords } from "../src/core/question/tags.js";
import { questionForm } from "../src/core/question/form.js";
for (const q of process.argv.slice(2)) { const t = tagWords(q); console.log(q, JSON.stringify(questionForm(t)), t.map((w) => `${w.word}${w.verb ? "/V" : ""}${w.noun ? "/N" : ""}${w.adjective ? "/A" : ""}${w.name ? "/NAME" : ""}`).join(" ")); }
