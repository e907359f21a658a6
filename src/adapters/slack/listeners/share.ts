/**
 * The "Share in channel" button under a private answer: posts the answer publicly in the same
 * conversation and removes the private copy. A logged answer is posted as it was given, with its
 * votes, and keeps its id, so votes on the shared copy count for that answer. Otherwise (the log
 * is off, or the answer was purged) the answer is worked out again from the button's value:
 * private messages are not sent back with the click.
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { CommandContext } from "../../../../commands/index.js";
import { feedbackFor } from "../../../feedback/vote.js";
import { renderSlack, SHARE_ACTION_ID, type SlackMessage } from "../render.js";
import { decodeRouted, runRouted, type Routed, type SlackAsker } from "../route.js";

async function sharedMessage(routed: Routed, asker: SlackAsker, ctx: CommandContext): Promise<SlackMessage> {
  const logged = routed.answerId ? ctx.questionLog?.find(routed.answerId) : undefined;
  if (logged && ctx.questionLog) {
    const result = { kind: "answer" as const, answer: logged.answer, answerId: logged.id };
    const feedback = feedbackFor(result);
    return renderSlack(result, { feedback: feedback && { ...feedback, tally: ctx.questionLog.tally(logged.id) } });
  }
  const result = await runRouted(routed, asker, ctx);
  return renderSlack(result, { feedback: feedbackFor(result) });
}

export function registerShareButton(app: App, ctx: CommandContext): void {
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION_ID, async ({ ack, action, body, respond }) => {
    await ack();
    const routed = decodeRouted(action.value);
    if (!routed) return;
    const message = await sharedMessage(routed, { userId: body.user.id, teamId: body.team?.id, channelId: body.channel?.id }, ctx);
    await respond({ response_type: "in_channel", replace_original: false, ...message });
    await respond({ delete_original: true });
  });
}
