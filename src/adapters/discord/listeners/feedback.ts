/**
 * Clicks on the Right / Wrong buttons and choices in the menu of sources. A vote updates the
 * message it was cast on in the same response (within Discord's 3-second window: recording it
 * takes well under a millisecond), so the tally shows at once; a Wrong vote then asks, privately,
 * which source is wrong. One vote per person per answer; a second click changes it.
 */
import { MessageFlags, type ButtonInteraction, type StringSelectMenuInteraction } from "discord.js";
import type { CommandContext } from "../../../../commands/index.js";
import { BLAME_PROMPT, castBlame, castVote } from "../../../feedback/vote.js";
import { blameRow, feedbackRow, parseBlameId, parseVoteId } from "../feedback.js";
import { NO_MENTIONS } from "../render.js";

/** One voter per Discord user, kept apart from Slack users. */
const voterOf = (userId: string) => `discord:${userId}`;

/** Whether an interaction is a click this module answers. */
export function isFeedbackInteraction(interaction: ButtonInteraction | StringSelectMenuInteraction): boolean {
  return interaction.isButton() ? parseVoteId(interaction.customId) !== undefined : parseBlameId(interaction.customId) !== undefined;
}

export async function onFeedback(interaction: ButtonInteraction | StringSelectMenuInteraction, ctx: CommandContext): Promise<void> {
  const voter = voterOf(interaction.user.id);
  if (interaction.isButton()) {
    const vote = parseVoteId(interaction.customId);
    if (!vote) return;
    const outcome = castVote(ctx.questionLog, vote.answerId, voter, vote.verdict);
    if (!outcome.ok) {
      await interaction.reply({ content: outcome.message, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    await interaction.update({ components: [feedbackRow({ answerId: vote.answerId, tally: outcome.tally })], allowedMentions: NO_MENTIONS });
    if (outcome.choices.length) {
      await interaction.followUp({ content: BLAME_PROMPT, components: [blameRow(vote.answerId, outcome.choices)], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
    return;
  }
  const answerId = parseBlameId(interaction.customId);
  if (!answerId) return;
  const content = castBlame(ctx.questionLog, answerId, voter, interaction.values[0] ?? "");
  await interaction.update({ content, components: [], allowedMentions: NO_MENTIONS });
}
