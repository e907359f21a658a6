/** Configuration: what each environment starts, which combinations are refused (naming the variable), and that no secret is ever logged. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { ConfigError, readConfig, readCorpusEditors, secretsOf } from "../src/config.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { createLogger, registerSecrets } from "../src/log.js";

const corpus = mkdtempSync(join(tmpdir(), "crosscheck-config-"));
const aFile = join(corpus, "note.txt");
writeFileSync(aFile, "A note.\n");
test.after(() => rmSync(corpus, { recursive: true, force: true }));

const SLACK_BOT = "xoxb-1111-2222-abcdefghijklmnop";
const SLACK_APP = "xapp-1-A111-2222-abcdefabcdef";
const SIGNING = "8f3c2a1b9d7e6f5a4b3c2d1e0f9a8b7c";
const DISCORD = "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123";

const config = (env: Record<string, string>) => readConfig({ CORPUS_DIR: corpus, ...env });

/** Asserts that the environment is refused with one sentence naming `variable`. */
function refused(env: Record<string, string>, variable: string): void {
  assert.throws(
    () => config(env),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
      assert.match(err.message, new RegExp(`\\b${variable}\\b`));
      assert.equal(err.message.split(/[.:;]\s+(?=[A-Z])/).length <= 2, true, `one sentence: ${err.message}`);
      for (const secret of [SLACK_BOT, SLACK_APP, SIGNING, DISCORD]) assert.ok(!err.message.includes(secret), "no secret in the message");
      return true;
    },
  );
}

test("no token: the terminal chat over the corpus, with the documented defaults", () => {
  const c = config({});
  assert.equal(c.terminal, true);
  assert.equal(c.slack, undefined);
  assert.equal(c.discord, undefined);
  assert.equal(c.corpusDir, corpus);
  assert.deepEqual([c.port, c.logLevel, c.rateLimitPerMinute, c.maxQuestionLength, c.corpusWatch], [3000, "warn", 10, 500, "on"], "the terminal chat logs warnings only");
  assert.deepEqual([c.editors, c.maxUploadBytes, c.logFile], [[], 20 * 1024 * 1024, undefined], "nobody edits from chat by default");
});

test("tokens choose the platforms: Slack Socket Mode, Slack HTTP mode, Discord, both", () => {
  const socket = config({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP });
  assert.equal(socket.slack?.appToken, SLACK_APP);
  assert.equal(socket.terminal, false);
  const http = config({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_SIGNING_SECRET: SIGNING, SLACK_API_URL: "http://127.0.0.1:9/api/" });
  assert.deepEqual(http.slack, { botToken: SLACK_BOT, appToken: undefined, signingSecret: SIGNING, apiUrl: "http://127.0.0.1:9/api/" });
  const both = config({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP, DISCORD_TOKEN: DISCORD, DISCORD_CLIENT_ID: "123456789012345678" });
  assert.ok(both.slack && both.discord);
  assert.equal(both.discord.clientId, "123456789012345678");
  assert.deepEqual(secretsOf(both).sort(), [SLACK_BOT, SLACK_APP, DISCORD].sort());
});

test("ADAPTERS picks among the configured platforms and can add the terminal", () => {
  const c = config({ ADAPTERS: "discord, terminal", SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP, DISCORD_TOKEN: DISCORD });
  assert.equal(c.slack, undefined, "Slack is configured but not chosen");
  assert.ok(c.discord);
  assert.equal(c.terminal, true);
});

test("values are read and checked: numbers, levels, watch mode", () => {
  const c = config({ PORT: "8080", LOG_LEVEL: "DEBUG", RATE_LIMIT_PER_MINUTE: "3", MAX_QUESTION_LENGTH: "200", CORPUS_WATCH: "poll", HOST: "127.0.0.1" });
  assert.deepEqual([c.port, c.logLevel, c.rateLimitPerMinute, c.maxQuestionLength, c.corpusWatch, c.host], [8080, "debug", 3, 200, "poll", "127.0.0.1"]);
});

test("wrong or incomplete combinations stop the start with one sentence naming the variable", () => {
  refused({ SLACK_BOT_TOKEN: SLACK_BOT }, "SLACK_APP_TOKEN");
  refused({ SLACK_APP_TOKEN: SLACK_APP }, "SLACK_BOT_TOKEN");
  refused({ SLACK_SIGNING_SECRET: SIGNING }, "SLACK_BOT_TOKEN");
  refused({ SLACK_BOT_TOKEN: "not-a-token", SLACK_APP_TOKEN: SLACK_APP }, "SLACK_BOT_TOKEN");
  refused({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: "xoxb-wrong-kind" }, "SLACK_APP_TOKEN");
  refused({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP, SLACK_API_URL: "slack.example" }, "SLACK_API_URL");
  refused({ DISCORD_CLIENT_ID: "123456789012345678" }, "DISCORD_TOKEN");
  refused({ DISCORD_GUILD_ID: "123456789012345678" }, "DISCORD_TOKEN");
  refused({ DISCORD_TOKEN: DISCORD, DISCORD_CLIENT_ID: "my-app" }, "DISCORD_CLIENT_ID");
  refused({ DISCORD_TOKEN: DISCORD, DISCORD_API_URL: "ftp://x" }, "DISCORD_API_URL");
  refused({ ADAPTERS: "slack" }, "SLACK_BOT_TOKEN");
  refused({ ADAPTERS: "discord" }, "DISCORD_TOKEN");
  refused({ ADAPTERS: "telegram" }, "ADAPTERS");
  refused({ CORPUS_DIR: join(corpus, "missing") }, "CORPUS_DIR");
  refused({ CORPUS_DIR: aFile }, "CORPUS_DIR");
  refused({ PORT: "http" }, "PORT");
  refused({ PORT: "70000" }, "PORT");
  refused({ LOG_LEVEL: "loud" }, "LOG_LEVEL");
  refused({ RATE_LIMIT_PER_MINUTE: "0" }, "RATE_LIMIT_PER_MINUTE");
  refused({ RATE_LIMIT_PER_MINUTE: "2.5" }, "RATE_LIMIT_PER_MINUTE");
  refused({ MAX_QUESTION_LENGTH: "5000" }, "MAX_QUESTION_LENGTH");
  refused({ CORPUS_WATCH: "sometimes" }, "CORPUS_WATCH");
});

/** Collects what a logger writes. */
function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

test("no token or secret reaches a log line, in JSON or readable form", async () => {
  const c = config({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_SIGNING_SECRET: SIGNING, DISCORD_TOKEN: DISCORD });
  registerSecrets(secretsOf(c));
  for (const pretty of [false, true]) {
    const out = capture();
    const logger = createLogger({ level: "trace", pretty, destination: out.stream });
    logger.info({ config: c }, "configuration read");
    logger.info(`connecting with ${SLACK_BOT} and ${DISCORD}`);
    logger.warn({ headers: { Authorization: `Bearer ${SLACK_BOT}` }, detail: `signature made with ${SIGNING}` }, "request");
    logger.error({ err: new Error(`auth failed for token ${SLACK_APP}`) }, "Slack refused");
    logger.error(new Error(`discord said no to ${DISCORD}`));
    logger.info("format %s and %o", SIGNING, { nested: { deeper: { appToken: SLACK_APP } } });
    logger.child({ token: SLACK_BOT }).info({ list: [SLACK_BOT, { secret: SIGNING }] }, "child");
    await new Promise((resolve) => setImmediate(resolve));
    const text = out.text();
    assert.ok(text.includes("configuration read") && text.includes("Slack refused") && text.includes("child"), `lines were written (pretty=${pretty})`);
    for (const secret of [SLACK_BOT, SLACK_APP, SIGNING, DISCORD, "xoxb-", "xapp-"]) assert.ok(!text.includes(secret), `"${secret.slice(0, 8)}…" leaked (pretty=${pretty}):\n${text}`);
    assert.match(text, /\[secret\]/);
    if (!pretty) {
      const first = JSON.parse(text.split("\n")[0]!) as { config: { corpusDir: string; port: number } };
      assert.equal(first.config.corpusDir, corpus, "what is not secret is kept");
      assert.equal(first.config.port, 3000);
    }
  }
});

test("the terminal chat's log: one readable line per entry; LOG_FILE, CORPUS_EDITORS and UPLOAD_MAX_MB are read and checked", () => {
  let written = "";
  const sink = new Writable({ write: (chunk, _enc, done) => ((written += String(chunk)), done()) });
  const logger = createLogger({ level: "warn", pretty: true, singleLine: true, destination: sink });
  logger.info("not shown at warn");
  logger.warn({ file: "scan.pdf", reason: "no text layer" }, "corpus file skipped");
  const lines = written.trimEnd().split("\n");
  assert.equal(lines.length, 1, written);
  assert.match(lines[0]!, /WARN.*corpus file skipped.*"file":"scan\.pdf".*"reason":"no text layer"/);

  const c = config({ LOG_FILE: "/tmp/crosscheck.log", CORPUS_EDITORS: "U0123ABCD, 123456789012345678 W0ENTERPRISE", UPLOAD_MAX_MB: "5", SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP });
  assert.deepEqual([c.logFile, c.editors, c.maxUploadBytes, c.logLevel], ["/tmp/crosscheck.log", ["U0123ABCD", "123456789012345678", "W0ENTERPRISE"], 5 * 1024 * 1024, "info"]);
  refused({ CORPUS_EDITORS: "alice" }, "CORPUS_EDITORS");
  refused({ UPLOAD_MAX_MB: "500" }, "UPLOAD_MAX_MB");
});

test("the question log: .data/ in the project by default, on unless LOG_QUESTIONS=off, kept 90 days unless told", () => {
  const c = config({});
  assert.equal(c.dataDir, join(PROJECT_ROOT, ".data"));
  assert.equal(c.logQuestions, true);
  assert.equal(c.logRetentionDays, 90);
  const set = config({ DATA_DIR: corpus, LOG_QUESTIONS: "OFF", LOG_RETENTION_DAYS: "30" });
  assert.deepEqual([set.dataDir, set.logQuestions, set.logRetentionDays], [corpus, false, 30]);
  refused({ LOG_QUESTIONS: "maybe" }, "LOG_QUESTIONS");
  for (const days of ["0", "-5", "ninety", "3651"]) refused({ LOG_RETENTION_DAYS: days }, "LOG_RETENTION_DAYS");
});

test("CORPUS_EDITORS: Slack member ids and Discord user ids, separated by commas", () => {
  assert.deepEqual(config({}).editors, []);
  assert.deepEqual(readCorpusEditors({ CORPUS_EDITORS: " U0123ABCD, 123456789012345678 ,W0ENTERPRISE" }), ["U0123ABCD", "123456789012345678", "W0ENTERPRISE"]);
  for (const bad of ["@alice", "U0123ABCD;rm", "alice@example.com"]) refused({ CORPUS_EDITORS: bad }, "CORPUS_EDITORS");
});
