/**
 * Adding and removing documents from chat, in a corpus folder. An added file is checked like any
 * corpus file (its content, not its name; its size; whether it reads at all) before anything is
 * written; then it is written atomically to `uploads/` under a safe name, with a sidecar saying
 * who added it, when and from where; the corpus reloads and the reply lists where the new
 * document disagrees with the others. A removed document is moved into `.removed/`, never
 * deleted. One change at a time.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { AddOutcome, CorpusLibrary, IncomingFile, RemoveOutcome, Requester } from "../../commands/index.js";
import type { QueryEngine } from "../core/engine.js";
import type { CorpusDocument, SourceSummary } from "../core/types.js";
import { DOCUMENT_EXTENSIONS, formatOf } from "../core/corpus/formats.js";
import { parseFile } from "../core/corpus/parse.js";
import { sourceId } from "../core/corpus/load.js";
import { UnreadableFile } from "../core/corpus/unreadable.js";
import { readSidecar, sidecarPath, UPLOADS_DIR, type Sidecar } from "../core/corpus/sidecar.js";
import { writeFileAtomic } from "../core/snapshot/store.js";
import { disagreementsWith } from "./disagreements.js";
import { tooLarge, UploadRefused } from "./download.js";
import type { EditorList } from "./editors.js";
import { log } from "../log.js";

/** Where the corpus lives and how to read it again after a change (a LiveCorpus, or a test's engine). */
export interface CorpusStore {
  readonly dir: string;
  engine(): QueryEngine;
  /** Rebuilds the engine from the folder; throws when that fails. */
  reload(): Promise<QueryEngine>;
}

export interface LibraryOptions {
  editors: EditorList;
  /** Largest file accepted from chat (UPLOAD_MAX_MB). */
  maxUploadBytes: number;
}

/** The folder removed documents are moved into; hidden, so never read as part of the corpus. */
export const REMOVED_DIR = ".removed";
/** Longest safe file name kept from the name a file was sent with. */
const MAX_NAME = 60;

/** A file name safe on every file system, from the name a file was sent with ("Q3 Report (final).PDF" → "q3-report-final"). */
export function safeStem(name: string): string {
  const stem = basename(name, extname(name))
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return stem.slice(0, MAX_NAME).replace(/-+$/, "") || "document";
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const refused = (name: string, reason: string): AddOutcome => ({ status: "refused", name, reason });

function summary(doc: CorpusDocument): SourceSummary {
  return { id: doc.id, file: doc.file, title: doc.title, outlet: doc.outlet, author: doc.author, date: doc.date, url: doc.url, sentences: doc.sentences.length };
}

export class FolderLibrary implements CorpusLibrary {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: CorpusStore,
    private readonly options: LibraryOptions,
  ) {}

  mayEdit(who: Requester): boolean {
    return this.options.editors.mayEdit(who);
  }

  add(file: IncomingFile, who: Requester, title?: string): Promise<AddOutcome> {
    return this.serially(() => this.addNow(file, who, title));
  }

  remove(id: string, who: Requester): Promise<RemoveOutcome> {
    return this.serially(() => this.removeNow(id, who));
  }

  /** Changes never overlap: two uploads at once could pick one name, or both miss that they are the same. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async addNow(file: IncomingFile, who: Requester, title?: string): Promise<AddOutcome> {
    // Only the last part of the name: a name is never a path.
    const name = basename(String(file.name ?? "").replace(/\\/g, "/")).trim() || "document";
    const format = formatOf(name);
    if (!format) return refused(name, `crosscheck reads ${[...DOCUMENT_EXTENSIONS].join(", ")} files, and this is ${extname(name) ? `a ${extname(name).toLowerCase()} file` : "a file without an extension"}`);
    const limit = Math.min(this.options.maxUploadBytes, format.maxBytes);
    if (file.size !== undefined && file.size > limit) return refused(name, tooLarge(file.size, limit).message);
    let bytes: Uint8Array;
    try {
      bytes = await file.fetch(limit);
    } catch (err) {
      return refused(name, err instanceof UploadRefused ? err.message : `could not be fetched (${(err as Error).message})`);
    }
    if (bytes.length > limit) return refused(name, tooLarge(bytes.length, limit).message);
    const hash = sha256(bytes);
    const engine = this.store.engine();
    const same = await this.findSame(engine, bytes, hash);
    if (same) return { status: "already", name, existing: same };

    const target = `${UPLOADS_DIR}/${await this.freeStem(engine, name)}${extname(name).toLowerCase()}`;
    const id = sourceId(target);
    try {
      await parseFile(id, target, bytes);
    } catch (err) {
      return refused(name, err instanceof UnreadableFile ? err.message : `could not be read (${(err as Error).message})`);
    }
    const record: Sidecar = {
      ...(title ? { title } : {}),
      originalName: name,
      sha256: hash,
      bytes: bytes.length,
      addedAt: new Date().toISOString(),
      addedBy: { platform: who.platform, userId: who.userId },
      ...(who.place ? { from: `${who.platform}:${who.place}` } : {}),
    };
    const path = join(this.store.dir, target);
    try {
      // The sidecar first: when the document appears, the reload that reads it finds its title.
      await writeFileAtomic(join(this.store.dir, sidecarPath(target)), Buffer.from(JSON.stringify(record, null, 2) + "\n"));
      await writeFileAtomic(path, bytes);
    } catch (err) {
      await this.undo(target);
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      return refused(name, `the corpus folder cannot be written to (${code}); whoever runs crosscheck must make ${UPLOADS_DIR}/ writable`);
    }
    log.info({ file: target, by: record.addedBy, from: record.from, bytes: bytes.length }, "document added from chat");

    let next: QueryEngine | undefined;
    let why = "";
    try {
      next = await this.store.reload();
    } catch (err) {
      why = `the corpus could not be reloaded (${(err as Error).message})`;
    }
    const doc = next?.document(id);
    if (!next || !doc) {
      why ||= next?.report.skipped.find((s) => s.file === target)?.reason ?? "it did not load";
      await this.undo(target);
      return refused(name, `${why}; the corpus is as it was`);
    }
    return { status: "added", document: summary(doc), disagreements: disagreementsWith(next, id) };
  }

  /** Takes back an upload that did not load (it was never part of the answers). */
  private async undo(target: string): Promise<void> {
    for (const path of [join(this.store.dir, target), join(this.store.dir, sidecarPath(target))]) await unlink(path).catch(() => undefined);
    await this.store.reload().catch(() => undefined);
  }

  /** The document already holding these exact bytes: an earlier upload (by its recorded hash) or any corpus file of the same size. */
  private async findSame(engine: QueryEngine, bytes: Uint8Array, hash: string): Promise<{ id: string; title: string } | undefined> {
    const found = (file: string) => {
      const id = sourceId(file);
      return { id, title: engine.document(id)?.title ?? basename(file) };
    };
    const uploads = join(this.store.dir, UPLOADS_DIR);
    for (const entry of await readdir(uploads).catch(() => [] as string[])) {
      if (!entry.startsWith(".") || !entry.endsWith(".json")) continue;
      const record = await readSidecar(join(uploads, entry));
      const file = `${UPLOADS_DIR}/${entry.slice(1, -".json".length)}`;
      if (record?.sha256 === hash && engine.document(sourceId(file))?.file === file) return found(file);
    }
    for (const doc of engine.documents) {
      const path = join(this.store.dir, doc.file);
      const size = await stat(path).then((s) => s.size, () => -1);
      if (size === bytes.length && sha256(await readFile(path)) === hash) return found(doc.file);
    }
    return undefined;
  }

  /** A safe file name whose source id no document, skipped file or upload already has. */
  private async freeStem(engine: QueryEngine, name: string): Promise<string> {
    const taken = new Set([...engine.documents.map((d) => d.id), ...engine.report.skipped.map((s) => sourceId(s.file))]);
    for (const entry of await readdir(join(this.store.dir, UPLOADS_DIR)).catch(() => [] as string[])) taken.add(sourceId(entry));
    const stem = safeStem(name);
    let candidate = stem;
    for (let n = 2; taken.has(candidate); n++) candidate = `${stem}-${n}`;
    return candidate;
  }

  private async removeNow(wanted: string, who: Requester): Promise<RemoveOutcome> {
    const engine = this.store.engine();
    const doc = engine.document(wanted);
    const file = doc?.file ?? engine.report.skipped.find((s) => sourceId(s.file) === wanted)?.file;
    if (!file) return { status: "refused", reason: `No document has the source id "${wanted.slice(0, 100)}"; /sources lists them.` };
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const movedTo = `${REMOVED_DIR}/${stamp}/${file}`;
    const from = join(this.store.dir, file);
    try {
      await mkdir(dirname(join(this.store.dir, movedTo)), { recursive: true });
      await rename(from, join(this.store.dir, movedTo));
    } catch (err) {
      return { status: "refused", reason: `${file} could not be moved (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); nothing changed` };
    }
    await rename(join(this.store.dir, sidecarPath(file)), join(this.store.dir, sidecarPath(movedTo))).catch(() => undefined);
    const record = { id: wanted, file, title: doc?.title, removedAt: new Date().toISOString(), removedBy: { platform: who.platform, userId: who.userId } };
    await writeFile(join(this.store.dir, REMOVED_DIR, stamp, "removed.json"), JSON.stringify(record, null, 2) + "\n").catch(() => undefined);
    log.info({ file, movedTo, by: record.removedBy }, "document removed from chat");
    await this.store.reload().catch((err: unknown) => log.error({ err }, "reload after a removal failed"));
    return { status: "removed", id: wanted, title: doc?.title ?? file, movedTo };
  }
}
