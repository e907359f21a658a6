/**
 * The Discord adapter: logs in to the gateway and answers slash commands and @mentions with the
 * registry commands. Runs alone or beside Slack in the same process.
 */
import { Events } from "discord.js";
import type { CommandContext } from "../../../commands/index.js";
import type { Config } from "../../config.js";
import { log } from "../../log.js";
import { createDiscordClient } from "./client.js";
import { onInteractionCreate } from "./listeners/interaction-create.js";
import { onMessageCreate } from "./listeners/message-create.js";

export interface RunningDiscord {
  /** Disconnects from Discord. */
  stop(): Promise<void>;
}

/**
 * Connects to Discord with `config.discord` and starts answering. Resolves once the gateway
 * session is open; rejects when the token is refused. Gateway disconnects after that are
 * survived: discord.js resumes or reconnects, and they are only logged.
 */
export async function startDiscord(config: Config, ctx: CommandContext): Promise<RunningDiscord> {
  if (!config.discord) throw new Error("startDiscord needs config.discord (set DISCORD_TOKEN).");
  const client = createDiscordClient(config.discord);
  let stopping = false;

  const apiUrl = config.discord.apiUrl;
  client.on(Events.InteractionCreate, (interaction) => void onInteractionCreate(interaction, ctx, apiUrl));
  client.on(Events.MessageCreate, (message) => void onMessageCreate(message, ctx, apiUrl));

  // Without an 'error' listener an emitted error would end the process.
  client.on(Events.Error, (err) => log.error({ err }, "discord: client error"));
  client.on(Events.Warn, (message) => log.warn({ platform: "discord" }, message));
  client.on(Events.ShardError, (err, shardId) => log.warn({ err, shardId }, "discord: gateway connection error"));
  client.on(Events.ShardDisconnect, (event, shardId) => log.warn({ code: event.code, shardId }, "discord: gateway disconnected for good"));
  // discord.js reports its own shutdown as a reconnect too; only a real one is worth a line.
  client.on(Events.ShardReconnecting, (shardId) => stopping || log.info({ shardId }, "discord: gateway reconnecting"));
  client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, "discord: gateway resumed"));
  client.once(Events.ClientReady, (ready) =>
    log.info({ user: ready.user.tag, applicationId: ready.application.id, guilds: ready.guilds.cache.size }, "discord: ready"),
  );

  await client.login(config.discord.token);
  return {
    async stop() {
      stopping = true;
      await client.destroy();
    },
  };
}
