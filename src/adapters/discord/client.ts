/**
 * The discord.js client crosscheck runs: the fewest gateway intents that deliver what it reads,
 * no mentions by default, and an optional REST base URL (tests, proxies).
 */
import { Client, GatewayIntentBits, Partials } from "discord.js";
import type { DiscordConfig } from "../../config.js";
import { NO_MENTIONS } from "./render.js";

/**
 * Why each intent:
 * - Guilds: the guilds and channels the bot is in, so discord.js can place a message that
 *   mentions the bot (and an interaction) in its channel.
 * - GuildMessages: messages in server channels, where people @mention the bot.
 * - DirectMessages: messages sent to the bot directly, where no mention is needed.
 * Not MessageContent (privileged): Discord includes the text of messages that mention the bot
 * and of direct messages anyway, and the bot reads no others.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

/** Creates the client (not yet logged in). */
export function createDiscordClient(config: DiscordConfig): Client {
  return new Client({
    intents: [...INTENTS],
    // Direct-message channels are not cached before their first message; without this partial
    // discord.js drops messages from them.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: config.apiUrl ? { api: config.apiUrl } : {},
  });
}
