/**
 * Structured JSON logs (pino) on standard error, readable (pino-pretty) when it is a terminal.
 * Secrets never reach a log line: known secret fields are redacted, and tokens found in
 * free text are masked.
 */
import pino, { type Logger } from "pino";

export type { Logger };

/** Field paths whose values are secrets. */
const REDACT = [
  "token", "botToken", "appToken", "signingSecret", "password", "secret", "authorization",
  "*.token", "*.botToken", "*.appToken", "*.signingSecret", "*.password", "*.secret", "*.authorization",
  "headers.authorization", "req.headers.authorization", "config.slack.botToken", "config.slack.appToken",
  "config.slack.signingSecret", "config.discord.token",
];

/** Masks Slack and Discord tokens that appear inside a message. */
export function maskSecrets(text: string): string {
  return text
    .replace(/\bx(?:oxb|oxp|oxa|app|oxe)-[A-Za-z0-9-]+/g, "[secret]")
    .replace(/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}\b/g, "[secret]");
}

export function createLogger(level = process.env.LOG_LEVEL ?? "info", pretty = Boolean(process.stderr.isTTY)): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: REDACT, censor: "[secret]" },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === "string" ? maskSecrets(a) : a)) as Parameters<typeof method>);
      },
    },
  };
  if (pretty) return pino(options, pino.transport({ target: "pino-pretty", options: { destination: 2, colorize: true } }));
  return pino(options, pino.destination(2));
}

/** The process's logger. */
export const log: Logger = createLogger();
