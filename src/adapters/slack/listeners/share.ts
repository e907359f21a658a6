/**
 * The "Share in channel" button under a private answer: posts the answer publicly in the same
 * conversation and removes the private copy. The answer is worked out again from the button's
 * value (private messages are not sent back with the click), which keeps the bot stateless.
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { CommandContext } from "../../../../commands/index.js";
import { renderSlack, SHARE_ACTION_ID } from "../render.js";
import { decodeRouted, runRouted } from "../route.js";

export function registerShareButton(app: App, ctx: CommandContext): void {
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, action, body, respond }) => {
    await ack();
    const routed = decodeRouted(action.value);
    if (!routed) return;
    const result = await runRouted(routed, body.user.id, ctx);
    await respond({ response_type: "in_channel", replace_original: false, ...renderSlack(result) });
    await respond({ delete_original: true });
  });
}
