/**
 * What a Slack user typed, turned into a command from the registry: `/ask sources`,
 * `/ask conflicts Finland`, `/ask help`, or (anything else) a question for `ask`. The same rule
 * serves the slash command, mentions and direct messages, so each can reach every command.
 */
import { findCommand, type CommandContext, type CommandResult } from "../../../commands/index.js";
import { dispatch } from "../dispatch.js";
import { fromSlackText } from "./escape.js";

/** A registry command and the free text it gets. */
export interface Routed {
  command: string;
  text: string;
}

/** Routes Slack-formatted text ("sources", "conflicts Finland", "when was the memo signed"). */
export function routeText(slackText: string): Routed {
  const text = fromSlackText(slackText);
  if (!text) return { command: "help", text: "" };
  const [first = "", ...rest] = text.split(" ");
  const named = findCommand(first);
  const remainder = rest.join(" ");
  // A command that takes no text only counts when it stands alone: "help me find the date" is a question.
  if (named && (named.options.length > 0 || !remainder)) return { command: named.name, text: remainder };
  return { command: "ask", text };
}

/** Runs a routed command for a Slack user (`place`: the channel asked in). Never throws (see dispatch). */
export function runRouted(routed: Routed, userId: string | undefined, ctx: CommandContext, place?: string): Promise<CommandResult> {
  const requester = userId ? { platform: "slack" as const, userId, place } : undefined;
  return dispatch(routed.command, { text: routed.text, userId: userId && `slack:${userId}`, requester }, ctx, { platform: "slack" });
}

/** Whether a result is worth a "Share in channel" button (help and errors are not). */
export function isShareable(result: CommandResult): boolean {
  return result.kind === "answer" || result.kind === "sources" || result.kind === "conflicts";
}

/** Packs a routed command into a button value, so sharing can run it again. */
export function encodeRouted(routed: Routed): string {
  return JSON.stringify([routed.command, routed.text]);
}

/** Reads a button value back; undefined when it is not one of ours. */
export function decodeRouted(value: string | undefined): Routed | undefined {
  try {
    const parsed: unknown = JSON.parse(value ?? "");
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string" && findCommand(parsed[0])) {
      return { command: parsed[0], text: parsed[1] };
    }
  } catch {
    // not JSON: not a value this app made
  }
  return undefined;
}
