/**
 * @mentions and direct messages: the text after the mention is a question for /ask; a bare
 * mention gets /help. Exactly one reply per message, to that message, pinging nobody, with
 * Right / Wrong buttons under an answer.
 */
import type { Message } from "discord.js";
import type { CommandContext } from "../../../../commands/index.js";
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

/** Answers one message when it is addressed to the bot. Never throws. */
export async function onMessageCreate(message: Message, ctx: CommandContext): Promise<void> {
  const botId = message.client.user.id;
  if (!isAddressedTo(message, botId)) return;
  const question = questionOf(message.content, botId);
  const input = { text: question, userId: message.author.id };
  const result = await dispatch(question ? "ask" : "help", input, ctx, { platform: "discord", workspaceId: message.guildId ?? undefined, channelId: message.channelId });
  try {
    await message.reply(replyPayload(result, { feedback: feedbackFor(result) }));
  } catch (err) {
    log.error({ err, messageId: message.id, channelId: message.channelId }, "discord: could not reply to message");
  }
}
