import type { Command } from "./types.js";

/** `/conflicts [topic]`: every fact on which the sources disagree, optionally about one topic. */
export const conflicts: Command = {
  name: "conflicts",
  description: "List every fact on which the sources disagree (optionally only those about a topic).",
  options: [{ name: "topic", description: "Only disagreements about this word or phrase", type: "string", required: false, maxLength: 200 }],
  examples: ["", "Finland"],
  execute(input, ctx) {
    const topic = input.text.trim() || undefined;
    return { kind: "conflicts", report: ctx.engine().conflicts(topic), topic };
  },
};
