/**
 * @mentions and direct messages: the text after the mention is a question for /ask; a bare
 * mention gets /help; a message with attachments and the word "add" adds them (/add, editors
 * only). Exactly one reply per message, to that message, pinging nobody, with Right / Wrong
 * buttons under an answer.
 */
import { PermissionFlagsBits, type Message } from "discord.js";
import type { CommandContext, CommandInput } from "../../../../commands/index.js";
import { discordFile } from "../files.js";
import { log } from "../../../log.js";
import { dispatch } from "../../dispatch.js";
import { replyPayload } from "../render.js";
import { feedbackFor } from "../../../feedback/vote.js";

/** The question in a message: its text without the mentions of the bot. */
export function questionOf(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").replace(/\s+/g, " ").trim();
}

/** Whether a message is addressed to the bot: a direct message, or one that mentions it by name. */
function isAddressedTo(message: Message, botId: string): boolean {
  if (message.author.bot || message.author.id === botId) return false;
  return !message.inGuild() || message.mentions.users.has(botId);
}

/** Whether the author may manage the server (which makes them an editor); false when that cannot be known. */
function managesServer(message: Message): boolean {
  try {
    return message.member?.permissions.has(PermissionFlagsBits.ManageGuild) ?? false;
  } catch {
    return false; // the guild's roles are not cached
  }
}

/** The command a message runs, and its input: attachments with "add" are documents to add. */
function commandOf(message: Message, question: string, apiUrl?: string): { name: string; input: CommandInput } {
  const requester = { platform: "discord" as const, userId: message.author.id, place: message.channelId, managesServer: managesServer(message) };
  const add = /^add\b\s*(.*)$/is.exec(question);
  if (add && message.attachments.size) {
    const files = [...message.attachments.values()].map((a) => discordFile(a, apiUrl));
    return { name: "add", input: { text: add[1]?.trim() ?? "", userId: message.author.id, requester, files } };
  }
  return { name: question ? "ask" : "help", input: { text: question, userId: message.author.id, requester } };
}

/** Answers one message when it is addressed to the bot. Never throws. `apiUrl`: see onInteractionCreate. */
export async function onMessageCreate(message: Message, ctx: CommandContext, apiUrl?: string): Promise<void> {
  const botId = message.client.user.id;
  if (!isAddressedTo(message, botId)) return;
  const question = questionOf(message.content, botId);
  const { name, input } = commandOf(message, question, apiUrl);
  const result = await dispatch(name, input, ctx, { platform: "discord", workspaceId: message.guildId ?? undefined, channelId: message.channelId });
  try {
    await message.reply(replyPayload(result, { feedback: feedbackFor(result) }));
  } catch (err) {
    log.error({ err, messageId: message.id, channelId: message.channelId }, "discord: could not reply to message");
  }
}
