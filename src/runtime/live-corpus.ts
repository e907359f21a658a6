/**
 * The corpus, kept current while the bot runs: the folder is watched (chokidar), a burst of
 * changes is gathered (debounce), and a new engine is built beside the old one and swapped in
 * only when complete. A bad file is skipped (engine.report.skipped); a rebuild that fails keeps
 * the old engine answering.
 */
import { EventEmitter } from "node:events";
import { basename, extname } from "node:path";
import { watch, type FSWatcher } from "chokidar";
import { QueryEngine } from "../core/engine.js";
import { DOCUMENT_EXTENSIONS } from "../core/corpus/formats.js";
import type { CorpusWatchMode } from "../config.js";
import { log } from "../log.js";

export type ReloadResult = { ok: true; engine: QueryEngine; changes: number } | { ok: false; error: Error; changes: number };

export interface LiveCorpusOptions {
  /** "on" (file system events, default), "poll" (for mounts without events), "off". */
  watch?: CorpusWatchMode;
  /** Quiet time after the last change before rebuilding. */
  debounceMs?: number;
  /** Builds an engine from the folder (default QueryEngine.load); replaceable in tests. */
  load?: (dir: string) => Promise<QueryEngine>;
}

const DEFAULT_DEBOUNCE_MS = 500;
const POLL_INTERVAL_MS = 1000;

/** Whether a changed path can change the corpus: documents and folders do, hidden files and other files do not. */
function relevant(path: string, isDirectory: boolean): boolean {
  if (basename(path).startsWith(".")) return false;
  return isDirectory || DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase());
}

export class LiveCorpus extends EventEmitter<{ reload: [ReloadResult] }> {
  private current: QueryEngine;
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private changes = 0;
  private running?: Promise<ReloadResult>;
  private stopped = false;
  /** Resolves when the watcher has scanned the folder and reports changes. */
  readonly ready: Promise<void>;

  private constructor(
    readonly dir: string,
    first: QueryEngine,
    private readonly options: LiveCorpusOptions,
  ) {
    super();
    this.current = first;
    this.ready = this.startWatching();
  }

  /** Loads the folder (throws when it cannot be read) and starts watching it. */
  static async open(dir: string, options: LiveCorpusOptions = {}): Promise<LiveCorpus> {
    const load = options.load ?? QueryEngine.load;
    const corpus = new LiveCorpus(dir, await load(dir), options);
    await corpus.ready;
    return corpus;
  }

  /** The engine answering now; read it per question, it changes on reload. */
  engine(): QueryEngine {
    return this.current;
  }

  /** Rebuilds now. Reloads never overlap: one asked for while another runs follows it. */
  reload(): Promise<ReloadResult> {
    const changes = this.changes;
    this.changes = 0;
    const previous = this.running ?? Promise.resolve(undefined);
    const next = previous.then(() => this.rebuild(changes));
    this.running = next;
    void next.finally(() => {
      if (this.running === next) this.running = undefined;
    });
    return next;
  }

  /** Stops watching; the current engine keeps answering. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.watcher?.close();
    await this.running;
  }

  private async rebuild(changes: number): Promise<ReloadResult> {
    const load = this.options.load ?? QueryEngine.load;
    let result: ReloadResult;
    try {
      const engine = await load(this.dir);
      this.current = engine;
      result = { ok: true, engine, changes };
      const r = engine.report;
      log.info({ documents: r.documents, sentences: r.sentences, skipped: r.skipped.length, ms: r.ms, changes }, "corpus reloaded");
      for (const s of r.skipped) log.warn({ file: s.file, reason: s.reason }, "corpus file skipped");
    } catch (err) {
      result = { ok: false, error: err as Error, changes };
      log.error({ err, dir: this.dir }, "corpus reload failed; the previous index keeps answering");
    }
    this.emit("reload", result);
    return result;
  }

  private changed(path: string, isDirectory: boolean): void {
    if (this.stopped || !relevant(path, isDirectory)) return;
    this.changes++;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  private async startWatching(): Promise<void> {
    const mode = this.options.watch ?? "on";
    if (mode === "off") return;
    const watcher = watch(this.dir, {
      ignoreInitial: true,
      usePolling: mode === "poll",
      interval: POLL_INTERVAL_MS,
      ignored: (path) => path !== this.dir && basename(path).startsWith("."),
    });
    this.watcher = watcher;
    watcher.on("all", (event, path) => this.changed(path, event === "addDir" || event === "unlinkDir"));
    watcher.on("error", (err) => log.warn({ err, dir: this.dir }, "corpus watcher error"));
    await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  }
}
