/**
 * Slash commands (`/ask` in the manifest, `/report` for editors; any name works): acknowledged at
 * once, then answered through the response URL, visible only to the asker, with Right / Wrong
 * buttons under answers and a button to share them.
 */
import type { App } from "@slack/bolt";
import type { CommandContext } from "../../../../commands/index.js";
import { feedbackFor } from "../../../feedback/vote.js";
import { renderSlack } from "../render.js";
import { encodeRouted, isShareable, routeSlash, runRouted } from "../route.js";

export function registerSlashCommand(app: App, ctx: CommandContext): void {
  // Every slash command routed to this app leads to the whole registry: `/ask sources`, `/ask help`…
  app.command(/.*/, async ({ command, ack, respond }) => {
    await ack();
    const routed = routeSlash(command.command, command.text);
    const result = await runRouted(routed, { userId: command.user_id, teamId: command.team_id, channelId: command.channel_id }, ctx);
    const feedback = feedbackFor(result);
    const message = renderSlack(result, {
      slashCommand: command.command,
      // Sharing a logged answer posts that answer, so votes on the shared copy count for it.
      shareValue: isShareable(result) ? encodeRouted(feedback ? { ...routed, answerId: feedback.answerId } : routed) : undefined,
      feedback,
    });
    await respond({ response_type: "ephemeral", ...message });
  });
}
