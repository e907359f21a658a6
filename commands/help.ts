import type { Command, HelpLine } from "./types.js";

/** `/help`: what to ask and which commands exist. The list is filled in by the registry. */
export function makeHelp(all: () => readonly Command[]): Command {
  return {
    name: "help",
    description: "Show what crosscheck can answer and how to ask.",
    options: [],
    examples: [],
    execute() {
      const lines: HelpLine[] = all().map((c) => ({
        usage: `/${c.name}${c.options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join("")}`,
        description: c.description + (c.examples.filter(Boolean).length ? ` e.g. ${c.examples.filter(Boolean).map((e) => `"${e}"`).join(", ")}` : ""),
      }));
      lines.push({
        usage: "What to ask",
        description:
          "Fact questions about the documents: when (dates), how many / how long (numbers, durations), who, which organisation, where, or what. Every source that states the answer is quoted; when sources disagree you are told.",
      });
      return { kind: "help", lines };
    },
  };
}
