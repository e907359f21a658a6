import { analyzeQuestion } from "../src/core/question/analyze.js";
import { tagWords } from "../src/core/question/tags.js";
const names = new Set(["dunmore", "port", "saltley", "asante-boateng"]);
const a = analyzeQuestion("how much did dunmore pay port saltley for asante-boateng", { isNameWord: (w) => names.has(w.toLowerCase()) });
console.log(a.question, a.focus);
console.log(tagWords(a.question).map((w) => `${w.word}${w.verb ? "/V" : ""}${w.noun ? "/N" : ""}${w.adjective ? "/A" : ""}${w.name ? "/NAME" : ""}`).join(" "));
