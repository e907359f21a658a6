/**
 * The slash command (`/ask` in the manifest; any name works): acknowledged at once, then answered
 * through the response URL, visible only to the asker, with a button to share the answer.
 */
import type { App } from "@slack/bolt";
import type { CommandContext } from "../../../../commands/index.js";
import { renderSlack } from "../render.js";
import { encodeRouted, isShareable, routeText, runRouted } from "../route.js";

export function registerSlashCommand(app: App, ctx: CommandContext): void {
  // Every slash command routed to this app leads to the whole registry: `/ask sources`, `/ask help`…
  app.command(/.*/, async ({ command, ack, respond }) => {
    await ack();
    const routed = routeText(command.text);
    const result = await runRouted(routed, command.user_id, ctx, command.channel_id);
    const message = renderSlack(result, {
      slashCommand: command.command,
      shareValue: isShareable(result) ? encodeRouted(routed) : undefined,
    });
    await respond({ response_type: "ephemeral", ...message });
  });
}
