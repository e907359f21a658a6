/**
 * The terminal chat: the bot in a shell. Lines starting with "/" run a command from `commands/`;
 * anything else is a question for /ask. When standard input is not a terminal, it answers each
 * line and exits at the end of input (`echo "who signed the memo?" | npm start`).
 */
import { createInterface } from "node:readline";
import { commands, findCommand, type CommandContext, type CommandInput, type CommandResult, type Requester } from "../../../commands/index.js";
import { localFile, pathAndTitle } from "./files.js";
import { dispatch } from "../dispatch.js";
import { renderText } from "../../render/text.js";

export interface TerminalOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Show a prompt and a greeting (default: when input is a terminal). */
  interactive?: boolean;
  greeting?: string;
}

/** The terminal's one user: the operator at the keyboard, who runs the bot and so is an editor (/add, /remove, /report). */
const OPERATOR: Requester = { platform: "terminal", userId: "terminal" };

/** A command's input from the rest of its line: `/add` reads a path (and a title) into a file. */
function inputFor(command: string, rest: string): CommandInput {
  if (command !== "add") return { text: rest, userId: "terminal", requester: OPERATOR };
  const { path, title } = pathAndTitle(rest);
  return { text: title, userId: "terminal", requester: OPERATOR, files: path ? [localFile(path)] : [] };
}

/** Runs one line of chat and returns the text to show; undefined for an empty line. */
export async function runLine(line: string, ctx: CommandContext): Promise<string | undefined> {
  const text = line.trim();
  if (!text) return undefined;
  let result: CommandResult;
  if (text.startsWith("/")) {
    const name = text.split(/\s/, 1)[0] ?? "";
    const command = findCommand(name);
    if (!command) return `Unknown command ${name}. Commands: ${commands.map((c) => `/${c.name}`).join(", ")}, /quit.`;
    result = await dispatch(command.name, inputFor(command.name, text.slice(name.length)), ctx, { platform: "terminal" });
  } else {
    result = await dispatch("ask", inputFor("ask", text), ctx, { platform: "terminal" });
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
