/**
 * Bolt's log lines, sent to the project's logger (pino on stderr, secrets masked), so Slack
 * messages appear beside everything else and never show a token.
 */
import { LogLevel, type Logger } from "@slack/bolt";
import { log } from "../../log.js";

type Method = "debug" | "info" | "warn" | "error";

/** A Bolt `Logger` writing through the project's logger. */
export function boltLogger(): Logger {
  const out = log.child({ platform: "slack" });
  let level = LogLevel.INFO;
  const write =
    (method: Method) =>
    (...msg: unknown[]): void => {
      const err = msg.find((m): m is Error => m instanceof Error);
      const text = msg.filter((m) => m !== err).map((m) => (typeof m === "string" ? m : JSON.stringify(m))).join(" ");
      if (err) out[method]({ err }, text || err.message);
      else out[method](text);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    // The project's LOG_LEVEL decides what is written; Bolt's level is kept only for Bolt to read back.
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
