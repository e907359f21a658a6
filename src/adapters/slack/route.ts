/**
 * What a Slack user typed, turned into a command from the registry: `/ask sources`,
 * `/ask conflicts Finland`, `/ask help`, or (anything else) a question for `ask`. The same rule
 * serves the slash command, mentions and direct messages, so each can reach every command.
 */
import { findCommand, type CommandContext, type CommandResult, type Requester } from "../../../commands/index.js";
import { dispatch } from "../dispatch.js";
import { fromSlackText } from "./escape.js";

/** A registry command and the free text it gets. */
export interface Routed {
  command: string;
  text: string;
  /** In a share button's value: the logged answer to post again, so votes on the copy count for it. */
  answerId?: string;
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

/**
 * What a slash command runs: the registry command of its own name when it has one (`/report 30`,
 * for a workspace that adds /report), else its text routed like a message (`/ask report 30`).
 */
export function routeSlash(slashCommand: string, slackText: string): Routed {
  const named = findCommand(slashCommand);
  if (named && named.name !== "ask") return { command: named.name, text: fromSlackText(slackText) };
  return routeText(slackText);
}

/** Who asked in Slack, and where. */
export interface SlackAsker {
  userId?: string;
  teamId?: string;
  channelId?: string;
}

/** The asker as the editors list knows them (for /add, /remove and /report), with the channel asked in. */
export function slackRequester(asker: SlackAsker): Requester | undefined {
  return asker.userId ? { platform: "slack", userId: asker.userId, place: asker.channelId } : undefined;
}

/** Runs a routed command for a Slack user. Never throws (see dispatch). */
export function runRouted(routed: Routed, asker: SlackAsker, ctx: CommandContext): Promise<CommandResult> {
  const input = { text: routed.text, userId: asker.userId, requester: slackRequester(asker) };
  return dispatch(routed.command, input, ctx, { platform: "slack", workspaceId: asker.teamId, channelId: asker.channelId });
}

/** Whether a result is worth a "Share in channel" button (help and errors are not). */
export function isShareable(result: CommandResult): boolean {
  return result.kind === "answer" || result.kind === "sources" || result.kind === "conflicts";
}

/** Packs a routed command into a button value, so sharing can run it again (or post its logged answer). */
export function encodeRouted(routed: Routed): string {
  return JSON.stringify(routed.answerId ? [routed.command, routed.text, routed.answerId] : [routed.command, routed.text]);
}

/** An answer id as newAnswerId makes them (URL-safe base64), bounded. */
const ANSWER_ID = /^[\w-]{1,64}$/;

/** Reads a button value back; undefined when it is not one of ours. */
export function decodeRouted(value: string | undefined): Routed | undefined {
  try {
    const parsed: unknown = JSON.parse(value ?? "");
    if (!Array.isArray(parsed) || (parsed.length !== 2 && parsed.length !== 3)) return undefined;
    const [command, text, answerId] = parsed as unknown[];
    if (typeof command !== "string" || typeof text !== "string" || !findCommand(command)) return undefined;
    if (answerId === undefined) return { command, text };
    if (typeof answerId === "string" && ANSWER_ID.test(answerId)) return { command, text, answerId };
  } catch {
    // not JSON: not a value this app made
  }
  return undefined;
}
