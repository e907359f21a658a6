import type { Command } from "./types.js";

/** `/ask <question>`: the answer, with every source that states it and any disagreement. */
export const ask: Command = {
  name: "ask",
  description: "Ask a fact question; get the sentences that answer it from every source, and any disagreement.",
  options: [
    { name: "question", description: "What you want to know, e.g. when was the memo signed", type: "string", required: true, maxLength: 500 },
  ],
  examples: ["when was the memo signed", "who signed the memo?", "when did Finland withdraw from the Ottawa Convention?"],
  execute(input, ctx) {
    return { kind: "answer", answer: ctx.engine().ask(input.text) };
  },
};
