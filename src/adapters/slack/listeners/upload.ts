/**
 * Documents handed to the bot: a file shared in a direct message, or in a message that mentions
 * the bot with the word "add". Each runs /add from the registry (editors only) and the reply —
 * what was added and where it disagrees with the documents already there — goes to the thread
 * or the DM. Deliveries are claimed once, as for questions.
 */
import type { App, webApi } from "@slack/bolt";
import type { CommandContext } from "../../../../commands/index.js";
import type { SlackConfig } from "../../../config.js";
import { dispatch } from "../../dispatch.js";
import type { DeliveryMemory } from "../dedupe.js";
import { fromSlackText } from "../escape.js";
import { asksToAdd, slackFile, titleAfterAdd, type SlackFile } from "../files.js";
import { renderSlack } from "../render.js";
import { slackRequester } from "../route.js";
import { withSlowSignal } from "../signal.js";

interface Upload {
  eventId: string;
  channel: string;
  ts: string;
  threadTs?: string;
  user: string;
  title: string;
  files: SlackFile[];
}

export function registerUploads(app: App, ctx: CommandContext, memory: DeliveryMemory, slack: SlackConfig): void {
  const add = (u: Upload, client: webApi.WebClient) => addOnce(u, client, ctx, memory, slack);

  app.event("app_mention", async ({ event, body, context, client }) => {
    const files = (event as { files?: SlackFile[] }).files;
    if (event.bot_id || !event.user || event.user === context.botUserId || !asksToAdd(fromSlackText(event.text), files)) return;
    const title = titleAfterAdd(fromSlackText(event.text));
    await add({ eventId: body.event_id, channel: event.channel, ts: event.ts, threadTs: event.thread_ts ?? event.ts, user: event.user, title, files: files ?? [] }, client);
  });

  app.message(async ({ message, body, context, client }) => {
    if (message.subtype !== "file_share" || !message.user || message.user === context.botUserId || (message as { bot_id?: string }).bot_id) return;
    const text = fromSlackText(message.text ?? "");
    const direct = message.channel_type === "im";
    const mentioned = Boolean(context.botUserId) && (message.text ?? "").includes(`<@${context.botUserId}>`);
    // In a DM every shared file is for the bot; in a channel only when it is asked to add it.
    if (!direct && !(mentioned && asksToAdd(text, message.files))) return;
    const threadTs = direct ? message.thread_ts : (message.thread_ts ?? message.ts);
    await add({ eventId: body.event_id, channel: message.channel, ts: message.ts, threadTs, user: message.user, title: titleAfterAdd(text), files: (message.files ?? []) as SlackFile[] }, client);
  });
}

async function addOnce(u: Upload, client: webApi.WebClient, ctx: CommandContext, memory: DeliveryMemory, slack: SlackConfig): Promise<void> {
  if (!memory.claim([`event:${u.eventId}`, `message:${u.channel}:${u.ts}`])) return;
  const input = {
    text: u.title,
    // The same user id as their questions carry, so one rate limit counts both.
    userId: u.user,
    requester: slackRequester({ userId: u.user, channelId: u.channel }),
    files: u.files.map((f) => slackFile(f, client, slack.botToken, slack.apiUrl)),
  };
  const reaction = { channel: u.channel, timestamp: u.ts, name: "eyes" };
  const { value: result, signal } = await withSlowSignal(() => dispatch("add", input, ctx, { platform: "slack" }), () => client.reactions.add(reaction));
  await client.chat.postMessage({ channel: u.channel, thread_ts: u.threadTs, ...renderSlack(result) });
  if (signal && (await signal)) await client.reactions.remove(reaction).catch(() => undefined);
}
