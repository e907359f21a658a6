/**
 * The command registry: every chat command, declared once. Adapters look commands up here and
 * never declare their own.
 */
import { add } from "./add.js";
import { ask } from "./ask.js";
import { conflicts } from "./conflicts.js";
import { makeHelp } from "./help.js";
import { remove } from "./remove.js";
import { report } from "./report.js";
import { sources } from "./sources.js";
import type { Command } from "./types.js";

export type {
  AddOutcome,
  Command,
  CommandContext,
  CommandInput,
  CommandResult,
  CommandOption,
  CorpusLibrary,
  Editors,
  HelpLine,
  IncomingFile,
  RemoveOutcome,
  Requester,
} from "./types.js";

const help = makeHelp(() => commands);

/** All commands, in the order /help lists them. */
export const commands: readonly Command[] = [ask, sources, conflicts, add, remove, report, help];

/** Finds a command by name ("ask", "/ask", "ASK"). */
export function findCommand(name: string): Command | undefined {
  const wanted = name.trim().replace(/^\//, "").toLowerCase();
  return commands.find((c) => c.name === wanted);
}
