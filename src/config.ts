/**
 * Settings from the environment (and `.env`, through dotenv), read and checked once at start.
 * Which adapters run follows from which tokens are set; a contradictory or incomplete set stops
 * the start with one sentence naming the variable to set.
 */
import { config as loadDotenv } from "dotenv";
import { resolve } from "node:path";
import { DEFAULT_CORPUS_DIR } from "./paths.js";

export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set; HTTP mode (signing secret) otherwise. */
  appToken?: string;
  signingSecret?: string;
  /** Replaces the Web API base URL (proxies, tests). */
  apiUrl?: string;
}

export interface DiscordConfig {
  token: string;
  clientId?: string;
  guildId?: string;
  /** Replaces the REST base URL (tests). */
  apiUrl?: string;
}

export interface Config {
  corpusDir: string;
  port: number;
  logLevel: string;
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Questions one user may ask a minute. */
  rateLimitPerMinute: number;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** Reads the configuration from an environment (default: process.env after loading `.env`). */
export function readConfig(env: NodeJS.ProcessEnv = loadEnv()): Config {
  const get = (name: string) => (env[name] ?? "").trim() || undefined;
  const port = Number(get("PORT") ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number (0-65535), not "${get("PORT")}".`);
  const logLevel = (get("LOG_LEVEL") ?? "info").toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, not "${logLevel}".`);
  const rate = Number(get("RATE_LIMIT_PER_MINUTE") ?? 10);
  if (!Number.isInteger(rate) || rate < 1) throw new ConfigError(`RATE_LIMIT_PER_MINUTE must be a whole number of at least 1, not "${get("RATE_LIMIT_PER_MINUTE")}".`);

  let slack: SlackConfig | undefined;
  const botToken = get("SLACK_BOT_TOKEN");
  const appToken = get("SLACK_APP_TOKEN");
  const signingSecret = get("SLACK_SIGNING_SECRET");
  if (botToken) {
    if (!botToken.startsWith("xoxb-")) throw new ConfigError("SLACK_BOT_TOKEN must be a bot token starting with xoxb-.");
    if (appToken && !appToken.startsWith("xapp-")) throw new ConfigError("SLACK_APP_TOKEN must be an app-level token starting with xapp-.");
    if (!appToken && !signingSecret) throw new ConfigError("Set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) to run the Slack bot.");
    slack = { botToken, appToken, signingSecret, apiUrl: get("SLACK_API_URL") };
  } else if (appToken || signingSecret) {
    throw new ConfigError(`Set SLACK_BOT_TOKEN too: ${appToken ? "SLACK_APP_TOKEN" : "SLACK_SIGNING_SECRET"} is set without it.`);
  }

  let discord: DiscordConfig | undefined;
  const discordToken = get("DISCORD_TOKEN");
  if (discordToken) discord = { token: discordToken, clientId: get("DISCORD_CLIENT_ID"), guildId: get("DISCORD_GUILD_ID"), apiUrl: get("DISCORD_API_URL") };
  else if (get("DISCORD_CLIENT_ID") && get("DISCORD_GUILD_ID")) throw new ConfigError("Set DISCORD_TOKEN too: DISCORD_CLIENT_ID is set without it.");

  return {
    corpusDir: resolve(get("CORPUS_DIR") ?? DEFAULT_CORPUS_DIR),
    port,
    logLevel,
    slack,
    discord,
    rateLimitPerMinute: rate,
  };
}

/** Loads `.env` (when present) without overriding variables already set. */
function loadEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
