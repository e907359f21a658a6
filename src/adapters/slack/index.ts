/**
 * The Slack adapter: `startSlack` runs the bot in Socket Mode or HTTP mode (see app.ts) with
 * five listeners — the slash command, the share button, the feedback buttons, conversation
 * (mentions and DMs) and uploads (files shared to be added) — all running commands from the one
 * registry through `dispatch`.
 */
import type { CommandContext } from "../../../commands/index.js";
import { ConfigError, type Config } from "../../config.js";
import { log } from "../../log.js";
import { createSlackApp, slackMode, type SlackMode } from "./app.js";
import { registerConversation } from "./listeners/conversation.js";
import { registerFeedback } from "./listeners/feedback.js";
import { registerShareButton } from "./listeners/share.js";
import { registerSlashCommand } from "./listeners/slash.js";
import { registerUploads } from "./listeners/upload.js";
import { DeliveryMemory } from "./dedupe.js";

export { renderSlack } from "./render.js";

/** A running Slack bot. */
export interface SlackBot {
  mode: SlackMode;
  /** The port it listens on, in HTTP mode (useful with PORT=0). */
  port?: number;
  /** Disconnects (Socket Mode) or closes the HTTP server. */
  stop(): Promise<void>;
}

/** Starts the Slack bot described by `config.slack`. Throws ConfigError when Slack refuses the token. */
export async function startSlack(config: Config, ctx: CommandContext): Promise<SlackBot> {
  const slack = config.slack;
  if (!slack) throw new ConfigError("Set SLACK_BOT_TOKEN to run the Slack bot.");
  const mode = slackMode(slack);
  const app = createSlackApp(slack, config.port);
  registerSlashCommand(app, ctx);
  registerShareButton(app, ctx);
  registerFeedback(app, ctx);
  // One memory for questions and uploads: a delivery is taken by one listener, once.
  const memory = new DeliveryMemory();
  registerConversation(app, ctx, memory);
  registerUploads(app, ctx, memory, slack);
  app.error(async (err) => {
    log.error({ err, platform: "slack" }, "a Slack request could not be answered");
  });
  try {
    await app.init();
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (code) throw new ConfigError(`Slack refused SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token from your app's OAuth & Permissions page again.`);
    throw err;
  }
  if (mode === "socket") {
    await app.start();
    log.info({ platform: "slack", mode }, "Slack bot connected (Socket Mode)");
    return { mode, stop: async () => void (await app.stop()) };
  }
  // HOST narrows the interface (127.0.0.1 behind a proxy, in tests); all interfaces otherwise.
  const server = await app.start(config.host ? { port: config.port, host: config.host } : config.port);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log.info({ platform: "slack", mode, port }, `Slack bot listening on port ${port} (POST /slack/events, GET /healthz)`);
  return { mode, port, stop: async () => void (await app.stop()) };
}
