/**
 * The Right / Wrong buttons under answers, and the menu of sources that a Wrong vote opens,
 * privately. Every click is acknowledged first (Slack allows 3 seconds), then recorded, and the
 * answer is redrawn with the new tally through the click's response URL: one vote per person,
 * a second click changes it.
 */
import type { App, BlockAction, ButtonAction, StaticSelectAction } from "@slack/bolt";
import type { CommandContext } from "../../../../commands/index.js";
import { castBlame, castVote } from "../../../feedback/vote.js";
import { BLAME_ACTION_ID, renderBlameMenu, renderSlack, VOTE_ACTION_IDS } from "../render.js";
import { encodeRouted } from "../route.js";

/** One voter per Slack user, kept apart from Discord users with the same id. */
const voterOf = (userId: string) => `slack:${userId}`;

export function registerFeedback(app: App, ctx: CommandContext): void {
  for (const verdict of ["right", "wrong"] as const) {
    app.action<BlockAction<ButtonAction>>(VOTE_ACTION_IDS[verdict], async ({ ack, action, body, respond }) => {
      await ack();
      const outcome = castVote(ctx.questionLog, action.value ?? "", voterOf(body.user.id), verdict);
      if (!outcome.ok) {
        await respond({ response_type: "ephemeral", replace_original: false, text: outcome.message });
        return;
      }
      const { logged, tally } = outcome;
      // A private answer (the slash command's) keeps its share button; a posted one never had one.
      const isPrivate = (body.container as { is_ephemeral?: boolean } | undefined)?.is_ephemeral === true;
      const shareValue = isPrivate ? encodeRouted({ command: "ask", text: logged.answer.question, answerId: logged.id }) : undefined;
      const result = { kind: "answer" as const, answer: logged.answer, answerId: logged.id };
      await respond({ replace_original: true, ...renderSlack(result, { feedback: { answerId: logged.id, tally }, shareValue }) });
      if (outcome.choices.length) await respond({ response_type: "ephemeral", replace_original: false, ...renderBlameMenu(logged.id, outcome.choices) });
    });
  }

  app.action<BlockAction<StaticSelectAction>>(BLAME_ACTION_ID, async ({ ack, action, body, respond }) => {
    await ack();
    const [answerId = "", key = ""] = (action.selected_option?.value ?? "").split(":");
    await respond({ replace_original: true, text: castBlame(ctx.questionLog, answerId, voterOf(body.user.id), key) });
  });
}
