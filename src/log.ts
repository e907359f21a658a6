/**
 * Structured JSON logs (pino) on standard error, readable (pino-pretty) when it is a terminal.
 * Secrets never reach a log line: fields named like secrets are replaced, token-shaped text is
 * masked wherever it appears (messages, nested fields, error messages and stacks), and so is
 * every secret value the configuration registered (a signing secret has no recognisable shape).
 */
import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

const CENSOR = "[secret]";
/** Field names whose values are secrets, at any depth. */
const SECRET_KEY = /token|secret|password|passwd|authorization|cookie|api[-_]?key|credential/i;
/** Slack tokens (xoxb-, xapp-, …) and Discord bot tokens (three dot-separated base64 parts). */
const TOKEN_PATTERNS = [/\bx(?:oxb|oxp|oxa|app|oxe|oxr)-[A-Za-z0-9-]+/g, /\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}\b/g];
/** Shorter values are not registered: masking "abc" everywhere would garble logs, not protect. */
const MIN_SECRET_LENGTH = 8;
const MAX_DEPTH = 6;

const knownSecrets = new Set<string>();

/** Registers secret values (tokens from the configuration) so that they are masked wherever they appear. */
export function registerSecrets(values: Iterable<string | undefined>): void {
  for (const value of values) if (value && value.length >= MIN_SECRET_LENGTH) knownSecrets.add(value);
}

/** Masks Slack and Discord tokens, and every registered secret, that appear inside a text. */
export function maskSecrets(text: string): string {
  let out = text;
  for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, CENSOR);
  for (const secret of knownSecrets) if (out.includes(secret)) out = out.split(secret).join(CENSOR);
  return out;
}

/** A copy of a logged value with secrets masked, errors included (message, stack, and fields such as a response's data). */
function maskValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskSecrets(value);
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return value;
  if (value instanceof Error) {
    // A copy of the same class, so the log still says TypeError or WebAPIPlatformError.
    const copy = Object.create(Object.getPrototypeOf(value) as object) as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(value)) copy[key] = maskValue((value as unknown as Record<string, unknown>)[key], depth + 1);
    return copy;
  }
  if (Array.isArray(value)) return value.map((v) => maskValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEY.test(key) && v !== undefined && v !== null && v !== "" ? CENSOR : maskValue(v, depth + 1);
  return out;
}

export interface LoggerOptions {
  level?: string;
  /** Human-readable lines instead of JSON (default: when standard error is a terminal). */
  pretty?: boolean;
  /** Readable lines of one line each (no indented fields below), as the terminal chat shows them. */
  singleLine?: boolean;
  /** Where lines go (default: standard error). Tests pass a stream to read them back. */
  destination?: DestinationStream | NodeJS.WritableStream;
}

/** Creates a logger that masks secrets in every line, in JSON and in pretty form alike. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const { level = process.env.LOG_LEVEL ?? "info", pretty: readable = Boolean(process.stderr.isTTY) } = options;
  const pinoOptions: pino.LoggerOptions = {
    level,
    formatters: {
      log: (object) => maskValue(object) as Record<string, unknown>,
      bindings: (bindings) => maskValue(bindings) as Record<string, unknown>,
    },
    hooks: {
      // The message and its format arguments are not part of the object masked above. A leading
      // object (or error) is masked by the formatter; it stays whole so pino still sees an error,
      // but an error's message, which pino would use as the line's message, is masked here.
      logMethod(args, method) {
        const masked: unknown[] = args.map((a, i) => (i === 0 && typeof a !== "string" ? a : maskValue(a)));
        if (args.length === 1 && args[0] instanceof Error) masked.push(maskSecrets(args[0].message));
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
  };
  const destination = options.destination ?? 2;
  const logger = readable
    ? pino(pinoOptions, pretty({ destination, colorize: options.destination === undefined, sync: true, singleLine: options.singleLine ?? false, ignore: "pid,hostname" }))
    : pino(pinoOptions, typeof destination === "number" ? pino.destination(destination) : destination);
  return maskChildBindings(logger);
}

/** pino does not run the bindings formatter for children, so their bindings are masked on the way in. */
function maskChildBindings(logger: Logger): Logger {
  const child = logger.child;
  // Children inherit from the root logger, so this one override covers grandchildren too.
  logger.child = function (this: Logger, bindings, options) {
    return child.call(this, maskValue(bindings) as typeof bindings, options);
  } as typeof logger.child;
  return logger;
}

/** The process's logger. Replaced once at start by `useLogger` (a log file, the terminal chat's lines). */
export let log: Logger = createLogger();

/** Replaces the process's logger; modules read `log` when they log, so they all follow. */
export function useLogger(options: LoggerOptions): Logger {
  log = createLogger(options);
  return log;
}
