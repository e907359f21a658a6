import { nounsOfVerb } from "../src/core/lexicon/wordnet.js";
for (const w of process.argv.slice(2)) console.log(w, JSON.stringify(nounsOfVerb(w)));
