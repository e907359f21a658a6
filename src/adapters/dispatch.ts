/**
 * The one way adapters run a command: find it, run it, and turn any failure into a clear
 * message. Rate limits and other per-request rules belong here, so every platform gets them.
 */
import { findCommand, type CommandContext, type CommandInput, type CommandResult } from "../../commands/index.js";
import { log } from "../log.js";

export interface DispatchOptions {
  /** Where the request came from, for logs ("slack", "discord", "terminal"). */
  platform: string;
}

/** Runs a command by name. Never throws. */
export async function dispatch(name: string, input: CommandInput, ctx: CommandContext, options: DispatchOptions): Promise<CommandResult> {
  const command = findCommand(name);
  if (!command) return { kind: "error", message: `Unknown command "${name}". Try /help.` };
  try {
    return await command.execute(input, ctx);
  } catch (err) {
    log.error({ err, platform: options.platform, command: command.name, userId: input.userId }, "command failed");
    return { kind: "error", message: "Something went wrong while answering; please try again." };
  }
}
