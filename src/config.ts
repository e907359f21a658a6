/**
 * Settings from the environment (and `.env`, through dotenv), read and checked once at start.
 * Which adapters run follows from which tokens are set (or from ADAPTERS); a contradictory or
 * incomplete set stops the start with one sentence naming the variable to set or fix.
 * `.env.example` documents every variable.
 */
import { config as loadDotenv } from "dotenv";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_CORPUS_DIR, DEFAULT_DATA_DIR } from "./paths.js";
import { MAX_QUESTION_LENGTH } from "./core/question/validate.js";

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

/** The chat front ends crosscheck can run. */
export const ADAPTER_NAMES = ["terminal", "slack", "discord"] as const;
export type AdapterName = (typeof ADAPTER_NAMES)[number];

/** How the corpus folder is watched for changes: events (inotify), polling (network or Docker Desktop mounts), or not at all. */
export const CORPUS_WATCH_MODES = ["on", "poll", "off"] as const;
export type CorpusWatchMode = (typeof CORPUS_WATCH_MODES)[number];

/**
 * The checked configuration. readConfig fills every field; the few marked optional have the
 * defaults noted, so code (and tests) building a Config by hand can leave them out.
 */
export interface Config {
  corpusDir: string;
  /** Default "on". */
  corpusWatch?: CorpusWatchMode;
  /** Where index snapshots are kept (default: the project's .crosscheck-cache). */
  cacheDir?: string;
  /** Port of the HTTP server (Slack HTTP mode, or the health server otherwise). */
  port: number;
  /** Interface to listen on; undefined means all interfaces (what a container needs). */
  host?: string;
  logLevel: string;
  /** Run the terminal chat on standard input and output (default false). */
  terminal?: boolean;
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Questions one user may ask a minute. */
  rateLimitPerMinute: number;
  /** Longest question accepted, in characters (at most the core's own limit, which is the default). */
  maxQuestionLength?: number;
  /**
   * The people who keep the documents (CORPUS_EDITORS): Slack and Discord user ids that may add and
   * remove documents from chat and read /report (default none).
   */
  editors?: string[];
  /** Largest document accepted from chat, in bytes (default 20 MB). */
  maxUploadBytes?: number;
  /** Where log lines go instead of standard error (LOG_FILE), e.g. to keep the terminal chat clean. */
  logFile?: string;
  /** Folder of the question log, crosscheck.db (default: the project's .data/). */
  dataDir?: string;
  /** Keep the question log and feedback (default true; LOG_QUESTIONS=off turns both off). */
  logQuestions?: boolean;
  /** Days a logged answer and its votes are kept (default 90). */
  logRetentionDays?: number;
}

/** Default and largest size of a document added from chat, in MB (the readers take PDFs and Word files up to 32 MB). */
export const DEFAULT_UPLOAD_MAX_MB = 20;
const MAX_UPLOAD_MAX_MB = 32;

export class ConfigError extends Error {}

/** How long answers are kept unless LOG_RETENTION_DAYS says otherwise: a quarter, long enough to see trends. */
export const DEFAULT_LOG_RETENTION_DAYS = 90;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** The secret values of a configuration, for the logger to mask. */
export function secretsOf(config: Config): string[] {
  return [config.slack?.botToken, config.slack?.appToken, config.slack?.signingSecret, config.discord?.token].filter((s): s is string => Boolean(s));
}

type Env = NodeJS.ProcessEnv;

const read = (env: Env, name: string): string | undefined => (env[name] ?? "").trim() || undefined;

/** A whole number within bounds, or the default when unset. */
function integer(env: Env, name: string, fallback: number, min: number, max: number, what: string): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new ConfigError(`${name} must be ${what} (${min}-${max}), not "${raw}".`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = (read(env, name) ?? fallback).toLowerCase();
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, not "${raw}".`);
  return raw as T;
}

function url(env: Env, name: string): string | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol)) throw new ConfigError(`${name} must be an http(s) URL, not "${raw}".`);
  return raw;
}

function snowflake(env: Env, name: string): string | undefined {
  const raw = read(env, name);
  if (raw !== undefined && !/^\d{5,25}$/.test(raw)) throw new ConfigError(`${name} must be a Discord id (digits only), not "${raw}".`);
  return raw;
}

/** A platform's token; refuses its companion variables set without it (a half-done setup). */
function token(env: Env, name: string, companions: readonly string[]): string | undefined {
  const value = read(env, name);
  const orphan = companions.find((c) => read(env, c) !== undefined);
  if (!value && orphan) throw new ConfigError(`Set ${name} too: ${orphan} is set without it.`);
  return value;
}

function readSlack(env: Env): SlackConfig | undefined {
  const botToken = token(env, "SLACK_BOT_TOKEN", ["SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"]);
  const appToken = read(env, "SLACK_APP_TOKEN");
  const signingSecret = read(env, "SLACK_SIGNING_SECRET");
  const apiUrl = url(env, "SLACK_API_URL");
  if (!botToken) return undefined;
  // Never echo a token back: the message may end up in a log.
  if (!botToken.startsWith("xoxb-")) throw new ConfigError("SLACK_BOT_TOKEN must be a bot token starting with xoxb-.");
  if (appToken && !appToken.startsWith("xapp-")) throw new ConfigError("SLACK_APP_TOKEN must be an app-level token starting with xapp-.");
  if (!appToken && !signingSecret) throw new ConfigError("Set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) to run the Slack bot.");
  return { botToken, appToken, signingSecret, apiUrl };
}

function readDiscord(env: Env): DiscordConfig | undefined {
  const clientId = snowflake(env, "DISCORD_CLIENT_ID");
  const guildId = snowflake(env, "DISCORD_GUILD_ID");
  const apiUrl = url(env, "DISCORD_API_URL");
  const botToken = token(env, "DISCORD_TOKEN", ["DISCORD_CLIENT_ID", "DISCORD_GUILD_ID"]);
  if (!botToken) return undefined;
  if (/\s/.test(botToken)) throw new ConfigError("DISCORD_TOKEN must be the bot token from the Discord developer portal (Bot → Reset Token), without spaces.");
  return { token: botToken, clientId, guildId, apiUrl };
}

/** The adapters to run: ADAPTERS when set (each must have its credentials), else what the tokens allow, else the terminal. */
function readAdapters(env: Env, slack: SlackConfig | undefined, discord: DiscordConfig | undefined): Set<AdapterName> {
  const raw = read(env, "ADAPTERS");
  if (raw === undefined) {
    const fromTokens = new Set<AdapterName>();
    if (slack) fromTokens.add("slack");
    if (discord) fromTokens.add("discord");
    return fromTokens.size ? fromTokens : new Set(["terminal"]);
  }
  const names = raw.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const unknown = names.find((n) => !(ADAPTER_NAMES as readonly string[]).includes(n));
  if (unknown !== undefined || names.length === 0) throw new ConfigError(`ADAPTERS must list some of ${ADAPTER_NAMES.join(", ")}, not "${raw}".`);
  const chosen = new Set(names as AdapterName[]);
  if (chosen.has("slack") && !slack) throw new ConfigError("Set SLACK_BOT_TOKEN: ADAPTERS includes slack.");
  if (chosen.has("discord") && !discord) throw new ConfigError("Set DISCORD_TOKEN: ADAPTERS includes discord.");
  return chosen;
}

function readCorpusDir(env: Env): string {
  const dir = resolve(read(env, "CORPUS_DIR") ?? DEFAULT_CORPUS_DIR);
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    throw new ConfigError(`CORPUS_DIR must be a folder of documents; ${dir} does not exist.`);
  }
  if (!isFolder) throw new ConfigError(`CORPUS_DIR must be a folder of documents; ${dir} is a file.`);
  return dir;
}

/** A Slack member id (U…, or W… on Enterprise Grid) or a Discord user id (a snowflake). */
const CHAT_USER_ID = /^(?:[UW][A-Z0-9]{2,20}|\d{5,25})$/;

/**
 * CORPUS_EDITORS: the people who keep the documents, as Slack member ids and Discord user ids
 * separated by commas or spaces. Editors may add and remove documents from chat (`/add`,
 * `/remove`) and read the report of what people asked (`/report`).
 */
export function readCorpusEditors(env: Env): string[] {
  const ids = (read(env, "CORPUS_EDITORS") ?? "").split(/[\s,]+/).filter(Boolean);
  const bad = ids.find((id) => !CHAT_USER_ID.test(id));
  if (bad !== undefined) throw new ConfigError(`CORPUS_EDITORS must list Slack member ids (U0123ABCD) and Discord user ids (digits), separated by commas, not "${bad.slice(0, 40)}".`);
  return [...new Set(ids)];
}

/** Reads the configuration from an environment (default: process.env after loading `.env`). Throws ConfigError. */
export function readConfig(env: Env = loadEnv()): Config {
  const slackFound = readSlack(env);
  const discordFound = readDiscord(env);
  const adapters = readAdapters(env, slackFound, discordFound);
  return {
    corpusDir: readCorpusDir(env),
    corpusWatch: oneOf(env, "CORPUS_WATCH", CORPUS_WATCH_MODES, "on"),
    cacheDir: read(env, "CACHE_DIR"),
    port: integer(env, "PORT", 3000, 0, 65535, "a port number"),
    host: read(env, "HOST"),
    // The terminal chat alone shows warnings and errors only, so log lines do not crowd the answers.
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, adapters.size === 1 && adapters.has("terminal") ? "warn" : "info"),
    terminal: adapters.has("terminal"),
    slack: adapters.has("slack") ? slackFound : undefined,
    discord: adapters.has("discord") ? discordFound : undefined,
    rateLimitPerMinute: integer(env, "RATE_LIMIT_PER_MINUTE", 10, 1, 10_000, "questions a user may ask a minute"),
    maxQuestionLength: integer(env, "MAX_QUESTION_LENGTH", MAX_QUESTION_LENGTH, 1, MAX_QUESTION_LENGTH, "a length in characters"),
    editors: readCorpusEditors(env),
    maxUploadBytes: integer(env, "UPLOAD_MAX_MB", DEFAULT_UPLOAD_MAX_MB, 1, MAX_UPLOAD_MAX_MB, "a size in megabytes") * 1024 * 1024,
    logFile: read(env, "LOG_FILE"),
    dataDir: resolve(read(env, "DATA_DIR") ?? DEFAULT_DATA_DIR),
    logQuestions: oneOf(env, "LOG_QUESTIONS", ["on", "off"], "on") === "on",
    // Ten years: a bound that catches a typo (900000) without limiting any real policy.
    logRetentionDays: integer(env, "LOG_RETENTION_DAYS", DEFAULT_LOG_RETENTION_DAYS, 1, 3650, "a number of days"),
  };
}

/** Loads `.env` (when present) without overriding variables already set. */
function loadEnv(): Env {
  loadDotenv({ quiet: true });
  return process.env;
}
