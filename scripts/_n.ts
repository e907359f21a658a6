import { findNames } from "../src/core/extract/names.js";
for (const s of process.argv.slice(2)) console.log(findNames(s).map((c) => `${c.type}${c.guessed ? "?" : ""}:${c.value}`).join(" | "));
