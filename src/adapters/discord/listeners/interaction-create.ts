/**
 * Slash commands: run the registry command through `dispatch` and reply with its embed (and the
 * Right / Wrong buttons under an answer), within Discord's 3-second window (a deferred reply
 * first when the answer may take longer). Clicks on those buttons go to listeners/feedback.ts.
 */
import { MessageFlags, type ChatInputCommandInteraction, type Interaction } from "discord.js";
import { findCommand, type CommandContext, type CommandResult } from "../../../../commands/index.js";
import { log } from "../../../log.js";
import { dispatch } from "../../dispatch.js";
import { inputFromInteraction, wantsPrivateReply } from "../commands.js";
import { replyPayload } from "../render.js";
import { feedbackFor } from "../../../feedback/vote.js";
import { isFeedbackInteraction, onFeedback } from "./feedback.js";

/** Commands that never touch the corpus and so answer at once, without a deferred reply. */
const ANSWERS_AT_ONCE = new Set(["help"]);

async function run(interaction: ChatInputCommandInteraction, ctx: CommandContext, apiUrl?: string): Promise<CommandResult> {
  const command = findCommand(interaction.commandName);
  if (!command) return { kind: "error", message: `Unknown command /${interaction.commandName}. Try /help.` };
  return dispatch(command.name, inputFromInteraction(command, interaction, apiUrl), ctx, {
    platform: "discord",
    workspaceId: interaction.guildId ?? undefined,
    channelId: interaction.channelId ?? undefined,
  });
}

/**
 * Answers one interaction. Never throws: a failed reply is logged with the interaction id.
 * `apiUrl` is the configured REST base, whose host may serve attachments (tests, proxies).
 */
export async function onInteractionCreate(interaction: Interaction, ctx: CommandContext, apiUrl?: string): Promise<void> {
  if ((interaction.isButton() || interaction.isStringSelectMenu()) && isFeedbackInteraction(interaction)) {
    await onFeedback(interaction, ctx).catch((err: unknown) => log.error({ err, interactionId: interaction.id, customId: interaction.customId }, "discord: could not answer a feedback click"));
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  const flags = wantsPrivateReply(interaction) ? MessageFlags.Ephemeral : undefined;
  try {
    if (ANSWERS_AT_ONCE.has(interaction.commandName)) {
      const result = await run(interaction, ctx, apiUrl);
      await interaction.reply({ ...replyPayload(result), flags });
    } else {
      // The core may take longer than Discord's 3 seconds on a large corpus: acknowledge first.
      await interaction.deferReply({ flags });
      const result = await run(interaction, ctx, apiUrl);
      await interaction.editReply(replyPayload(result, { feedback: feedbackFor(result) }));
    }
  } catch (err) {
    log.error({ err, interactionId: interaction.id, command: interaction.commandName }, "discord: could not reply to interaction");
  }
}
