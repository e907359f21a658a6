/**
 * The terminal chat: the bot in a shell. Lines starting with "/" run a command from `commands/`;
 * anything else is a question for /ask. When standard input is not a terminal, it answers each
 * line and exits at the end of input (`echo "who signed the memo?" | npm start`).
 */
import { createInterface } from "node:readline";
import { commands, findCommand, type CommandContext, type CommandResult } from "../../../commands/index.js";
import { dispatch } from "../dispatch.js";
import { renderText } from "../../render/text.js";

export interface TerminalOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Show a prompt and a greeting (default: when input is a terminal). */
  interactive?: boolean;
  greeting?: string;
}

/** Whoever types in the terminal runs the bot, and so is an editor (`/report`). */
const OPERATOR = { userId: "terminal", editor: true } as const;

/** Runs one line of chat and returns the text to show; undefined for an empty line. */
export async function runLine(line: string, ctx: CommandContext): Promise<string | undefined> {
  const text = line.trim();
  if (!text) return undefined;
  let result: CommandResult;
  if (text.startsWith("/")) {
    const [name = "", ...rest] = text.split(/\s+/);
    const command = findCommand(name);
    if (!command) return `Unknown command ${name}. Commands: ${commands.map((c) => `/${c.name}`).join(", ")}, /quit.`;
    result = await dispatch(command.name, { text: rest.join(" "), ...OPERATOR }, ctx, { platform: "terminal" });
  } else {
    result = await dispatch("ask", { text, ...OPERATOR }, ctx, { platform: "terminal" });
  }
  return renderText(result);
}

/** A running terminal chat: `done` settles at /quit, end of input or `stop()`. */
export interface TerminalChat {
  done: Promise<void>;
  stop(): Promise<void>;
}

/** Starts the chat; it runs until /quit, end of input, Ctrl+C or `stop()`. */
export function startTerminal(ctx: CommandContext, options: TerminalOptions = {}): TerminalChat {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean((input as NodeJS.ReadStream).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  // Ctrl+C in a raw terminal reaches readline, not the process: end the chat like /quit.
  rl.on("SIGINT", () => rl.close());
  const done = (async () => {
    if (options.greeting) output.write(options.greeting + "\n");
    if (interactive) {
      rl.setPrompt("> ");
      rl.prompt();
    }
    for await (const line of rl) {
      if (/^\/(quit|exit)\b/i.test(line.trim())) break;
      try {
        const reply = await runLine(line, ctx);
        if (reply) output.write(reply + "\n");
      } catch (err) {
        output.write(`✗ Something went wrong: ${(err as Error).message}\n`);
      }
      if (interactive) rl.prompt();
    }
    rl.close();
  })();
  return {
    done,
    stop: async () => {
      rl.close();
      await done;
    },
  };
}

/** Runs the chat until /quit or end of input. */
export async function runTerminal(ctx: CommandContext, options: TerminalOptions = {}): Promise<void> {
  await startTerminal(ctx, options).done;
}
