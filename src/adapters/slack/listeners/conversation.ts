/**
 * Questions asked in conversation: an @mention in a channel is answered in the message's thread,
 * a direct message in the DM, with Right / Wrong buttons under the answer. Slack sends both
 * `app_mention` and `message` for one mention and retries deliveries, so each question is
 * claimed once before it is answered. Messages from bots, this one included, are never answered.
 * The editors' report, asked for in a channel, is shown only to the editor who asked.
 */
import type { App, webApi } from "@slack/bolt";
import type { CommandContext } from "../../../../commands/index.js";
import { log } from "../../../log.js";
import { DeliveryMemory } from "../dedupe.js";
import { feedbackFor } from "../../../feedback/vote.js";
import { renderSlack } from "../render.js";
import { routeText, runRouted } from "../route.js";
import { withSlowSignal } from "../signal.js";
import { fromSlackText } from "../escape.js";
import { asksToAdd } from "../files.js";

/** One question as it arrived, wherever it came from. */
interface Question {
  eventId: string;
  channel: string;
  /** The asking message's timestamp: its id within the channel. */
  ts: string;
  /** Where to answer: the thread to reply in, or undefined for the conversation itself. */
  threadTs?: string;
  text: string;
  user: string;
  /** The Slack team (workspace) it came from. */
  teamId?: string;
  /** A direct message: only the asker and the bot see the conversation. */
  direct: boolean;
}

/** The emoji reaction shown on a question whose answer takes a while. */
const WORKING_REACTION = "eyes";

export function registerConversation(app: App, ctx: CommandContext, memory = new DeliveryMemory()): void {
  const answer = (q: Question, client: webApi.WebClient) => answerOnce(q, client, ctx, memory);

  app.event("app_mention", async ({ event, body, context, client }) => {
    if (event.bot_id || !event.user || event.user === context.botUserId) return;
    // A mention that hands over files to add is the upload listener's.
    if (asksToAdd(fromSlackText(event.text), (event as { files?: unknown[] }).files)) return;
    await answer({ eventId: body.event_id, channel: event.channel, ts: event.ts, threadTs: event.thread_ts ?? event.ts, text: event.text, user: event.user, teamId: body.team_id, direct: false }, client);
  });

  app.message(async ({ message, body, context, client }) => {
    // Edits, joins, bot posts and the like carry a subtype; only plain messages from people are questions.
    if (message.subtype !== undefined || message.bot_id || !message.user || message.user === context.botUserId) return;
    const direct = message.channel_type === "im";
    const mentioned = Boolean(context.botUserId) && (message.text ?? "").includes(`<@${context.botUserId}>`);
    if (!direct && !mentioned) return;
    const threadTs = direct ? message.thread_ts : (message.thread_ts ?? message.ts);
    await answer({ eventId: body.event_id, channel: message.channel, ts: message.ts, threadTs, text: message.text ?? "", user: message.user, teamId: body.team_id, direct }, client);
  });
}

async function answerOnce(q: Question, client: webApi.WebClient, ctx: CommandContext, memory: DeliveryMemory): Promise<void> {
  // Claimed before any await, so a retry or the twin event arriving meanwhile is dropped.
  if (!memory.claim([`event:${q.eventId}`, `message:${q.channel}:${q.ts}`])) return;
  const reaction = { channel: q.channel, timestamp: q.ts, name: WORKING_REACTION };
  const { value: result, signal } = await withSlowSignal(
    () => runRouted(routeText(q.text), { userId: q.user, teamId: q.teamId, channelId: q.channel }, ctx),
    () => client.reactions.add(reaction),
  );
  const message = renderSlack(result, { feedback: feedbackFor(result) });
  // The report lists what others asked, in DMs too: in a channel only the editor sees it.
  if (result.kind === "report" && !q.direct) await client.chat.postEphemeral({ channel: q.channel, user: q.user, thread_ts: q.threadTs, ...message });
  else await client.chat.postMessage({ channel: q.channel, thread_ts: q.threadTs, ...message });
  if (signal && (await signal)) {
    await client.reactions.remove(reaction).catch((err: unknown) => log.warn({ err, platform: "slack" }, "could not remove the working reaction"));
  }
}
