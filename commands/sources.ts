import type { Command } from "./types.js";

/** `/sources`: the documents the bot answers from, with their metadata. */
export const sources: Command = {
  name: "sources",
  description: "List the documents crosscheck answers from, with outlet, date and where each stands, and the files skipped and why.",
  options: [],
  examples: [],
  execute(_input, ctx) {
    const engine = ctx.engine();
    return { kind: "sources", sources: engine.sources(), skipped: engine.report.skipped.length, skippedFiles: engine.report.skipped };
  },
};
