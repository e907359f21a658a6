/**
 * Starts crosscheck: reads the configuration, loads and watches the corpus, opens the question
 * log, then runs the adapters the configuration asks for — Slack, Discord, and/or the terminal
 * chat — until SIGTERM/SIGINT (or, for the terminal alone, the end of its input), and shuts down
 * gracefully.
 */
import pino from "pino";
import { ConfigError, DEFAULT_LOG_RETENTION_DAYS, DEFAULT_UPLOAD_MAX_MB, readConfig, secretsOf, type Config } from "./config.js";
import { DEFAULT_DATA_DIR } from "./paths.js";
import { log, registerSecrets, useLogger } from "./log.js";
import { configureDispatch } from "./adapters/dispatch.js";
import { startTerminal } from "./adapters/terminal/chat.js";
import { startSlack } from "./adapters/slack/index.js";
import { startDiscord } from "./adapters/discord/index.js";
import { LiveCorpus } from "./runtime/live-corpus.js";
import { FolderLibrary } from "./runtime/library.js";
import { EditorList } from "./runtime/editors.js";
import { RateLimiter } from "./runtime/rate-limit.js";
import { RequestGate } from "./runtime/request-gate.js";
import { startHealthServer } from "./runtime/health.js";
import { createShutdown, exitOnSignals, type Shutdown } from "./runtime/shutdown.js";
import type { CommandContext } from "../commands/index.js";
import type { QueryEngine } from "./core/engine.js";
import { loadEngine, prepareSnapshot } from "./core/snapshot/index.js";
import { QuestionLog } from "./storage/question-log.js";

/**
 * Loads an engine from the index snapshot when it matches the corpus (rebuilding and rewriting it
 * otherwise), and warms it so that the first question is as fast as the rest.
 */
let preparing: AbortController | undefined;

/** The fingerprint of the corpus each engine was loaded from, logged with its answers. */
const fingerprints = new WeakMap<QueryEngine, string>();

async function loadWarm(dir: string, cacheDir?: string): Promise<QueryEngine> {
  // A reload replaces the engine: the old one's background work is no longer worth doing.
  preparing?.abort();
  const controller = (preparing = new AbortController());
  const loaded = await loadEngine(dir, { cacheDir });
  const { engine, from, warning } = loaded;
  // The fingerprint the engine was loaded for: no second look at the folder's files.
  fingerprints.set(engine, loaded.key);
  if (warning) log.warn({ dir }, warning);
  log.debug({ dir, from }, "index ready");
  engine.warmUp();
  void prepareSnapshot(loaded, { signal: controller.signal }).then(
    (done) => {
      if (done.warning) log.warn({ dir }, done.warning);
      if (done.outcome === "prepared") log.debug({ dir, ms: done.ms }, "values and disagreement report precomputed and kept in the snapshot");
    },
    (err) => log.warn({ err }, "precomputing values failed; they are extracted per question instead"),
  );
  return engine;
}

/** The question log, unless LOG_QUESTIONS=off. One that cannot be opened says so once and logs nothing. */
function openQuestionLog(config: Config, shutdown: Shutdown): QuestionLog | undefined {
  if (config.logQuestions === false) {
    log.info("question log off (LOG_QUESTIONS=off): nothing is stored and answers get no feedback buttons");
    return undefined;
  }
  const retentionDays = config.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS;
  const questionLog = QuestionLog.open({ dir: config.dataDir ?? DEFAULT_DATA_DIR, retentionDays });
  if (questionLog.available) {
    log.info({ file: questionLog.path, retentionDays }, "question log open");
    shutdown.add("question log", questionLog);
  }
  return questionLog;
}

async function start(config: Config, shutdown: Shutdown, gate: RequestGate): Promise<void> {
  const corpus = await LiveCorpus.open(config.corpusDir, { watch: config.corpusWatch, load: (dir) => loadWarm(dir, config.cacheDir) });
  shutdown.add("corpus watcher", corpus);
  const first = corpus.engine().report;
  for (const s of first.skipped) log.warn({ file: s.file, reason: s.reason }, "corpus file skipped");
  log.info({ dir: config.corpusDir, documents: first.documents, sentences: first.sentences, skipped: first.skipped.length, ms: first.ms, watch: config.corpusWatch }, "corpus loaded");
  // One list of editors: who may add and remove documents is who may read the report.
  const editors = new EditorList(config.editors ?? []);
  const library = new FolderLibrary(
    {
      dir: config.corpusDir,
      engine: () => corpus.engine(),
      reload: async () => {
        const result = await corpus.reload();
        if (!result.ok) throw result.error;
        return result.engine;
      },
    },
    { editors, maxUploadBytes: config.maxUploadBytes ?? DEFAULT_UPLOAD_MAX_MB * 1024 * 1024 },
  );
  const ctx: CommandContext = {
    engine: () => corpus.engine(),
    library,
    editors,
    corpusFingerprint: () => fingerprints.get(corpus.engine()),
    questionLog: openQuestionLog(config, shutdown),
  };

  // Chat platforms. Each start function returns { stop() }, called at shutdown.
  let healthServed = false;
  if (config.slack) {
    const slack = await startSlack(config, ctx);
    shutdown.add("slack", slack);
    healthServed = slack.mode === "http"; // Slack's HTTP server answers GET /healthz on PORT
  }
  if (config.discord) shutdown.add("discord", await startDiscord(config, ctx));

  // A service needs a health endpoint for its container or load balancer.
  const service = Boolean(config.slack || config.discord);
  if (service && !healthServed) {
    const health = await startHealthServer({
      port: config.port,
      host: config.host,
      status: () => {
        const r = corpus.engine().report;
        return { ok: gate.accepting, documents: r.documents, sentences: r.sentences, skipped: r.skipped.length };
      },
    });
    shutdown.add("health server", health);
    log.info({ port: health.port }, `health check on GET http://${config.host ?? "0.0.0.0"}:${health.port}/healthz`);
  }

  if (config.terminal) {
    const interactive = Boolean(process.stdin.isTTY);
    const skipped = first.skipped.length ? ` ${first.skipped.length} files skipped: /sources says why.` : "";
    const greeting = `crosscheck: ${first.documents} documents, ${first.sentences} sentences from ${config.corpusDir}.${skipped} Ask a question (/help, /sources, /add PATH, /quit).`;
    const chat = startTerminal(ctx, { greeting: interactive ? greeting : undefined });
    shutdown.add("terminal", chat);
    await chat.done;
    // The terminal alone: its end is the end of the bot.
    if (!service) await shutdown.run("end of terminal input");
  }
}

/**
 * Where log lines go: LOG_FILE when set (JSON, every line kept); in the terminal chat, readable
 * lines of one line each on stderr, so they do not break up the answers; JSON for the bots.
 */
function chooseLogger(config: Config): void {
  if (config.logFile) useLogger({ level: config.logLevel, pretty: false, destination: pino.destination({ dest: config.logFile, mkdir: true, sync: true }) });
  else if (config.terminal) useLogger({ level: config.logLevel, singleLine: true });
  else log.level = config.logLevel;
}

async function main(): Promise<void> {
  const config = readConfig();
  registerSecrets(secretsOf(config));
  chooseLogger(config);
  const gate = new RequestGate();
  configureDispatch({ gate, limiter: new RateLimiter(config.rateLimitPerMinute), maxQuestionLength: config.maxQuestionLength });
  const shutdown = createShutdown(gate, log);
  exitOnSignals(shutdown);
  try {
    await start(config, shutdown, gate);
  } catch (err) {
    await shutdown.run("failed to start");
    throw err;
  }
}

main().catch((err) => {
  // A configuration problem is one sentence for a person; anything else is a bug with a stack.
  if (err instanceof ConfigError) process.stderr.write(`crosscheck: ${err.message}\n`);
  else log.fatal({ err }, "crosscheck failed to start");
  // Exit now: a half-started client (a refused login) may still hold the event loop open.
  process.exit(err instanceof ConfigError ? 2 : 1);
});
