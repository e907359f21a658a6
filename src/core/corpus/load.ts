/** Loads a corpus folder into documents: reading (safe), then parsing (by format: metadata, sentences). */
import { basename, extname, join } from "node:path";
import type { CorpusDocument, SkippedFile } from "../types.js";
import { listDocuments, readDocumentBytes, type RawFile } from "./read.js";
import { parseFile } from "./parse.js";
import { parseProse } from "./prose.js";
import { UnreadableFile } from "./unreadable.js";
import { isUpload, readSidecar, sidecarPath } from "./sidecar.js";
import { shorten } from "./prose.js";

export interface LoadedCorpus {
  documents: CorpusDocument[];
  skipped: SkippedFile[];
}

/** Source id of a file: its name without extension ("seeds/003_1f58.txt" → "003_1f58"). */
export function sourceId(file: string): string {
  return basename(file, extname(file));
}

/** Keeps documents in order, each source id once: a second file with a taken id is skipped. */
class Collector implements LoadedCorpus {
  readonly documents: CorpusDocument[] = [];
  private readonly ids = new Set<string>();
  constructor(readonly skipped: SkippedFile[] = []) {}

  /** Whether a file's id is free; when not, the file is skipped with the reason. */
  claim(file: string): string | undefined {
    const id = sourceId(file);
    if (!this.ids.has(id)) return id;
    this.skipped.push({ file, reason: `another file already has the source id "${id}"` });
    return undefined;
  }

  add(doc: CorpusDocument): void {
    this.ids.add(doc.id);
    this.documents.push(doc);
  }
}

/**
 * Parses plain-text files already read (the benchmark's articles, at once and synchronously);
 * files with no article text are skipped with a reason. `loadCorpus` reads every format.
 */
export function parseFiles(files: readonly RawFile[], skipped: SkippedFile[] = []): LoadedCorpus {
  const out = new Collector(skipped);
  for (const { file, text } of files) {
    const id = out.claim(file);
    if (id === undefined) continue;
    let doc: CorpusDocument | undefined;
    try {
      doc = parseProse(id, file, text);
    } catch (err) {
      skipped.push({ file, reason: `could not be parsed (${(err as Error).message})` });
      continue;
    }
    if (doc) out.add(doc);
    else skipped.push({ file, reason: "no article text (only headings or tags)" });
  }
  return out;
}

/** Reads and parses one file of a folder: its document, or why it is skipped. */
export async function loadFile(dir: string, file: string, id = sourceId(file)): Promise<CorpusDocument | SkippedFile> {
  const read = await readDocumentBytes(join(dir, file));
  if ("reason" in read) return { file, reason: read.reason };
  try {
    const doc = await parseFile(id, file, read.bytes);
    // A title given when the document was added from chat replaces the file's own.
    const title = isUpload(file) ? (await readSidecar(join(dir, sidecarPath(file))))?.title : undefined;
    if (title) doc.title = shorten(title);
    return doc;
  } catch (err) {
    return { file, reason: err instanceof UnreadableFile ? err.message : `could not be parsed (${(err as Error).message})` };
  }
}

/** Reads and parses every document of a folder, one file at a time. Throws only when the folder cannot be read. */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const out = new Collector();
  for (const file of await listDocuments(dir)) {
    const id = out.claim(file);
    if (id === undefined) continue;
    const loaded = await loadFile(dir, file, id);
    if ("reason" in loaded) out.skipped.push(loaded);
    else out.add(loaded);
  }
  return { documents: out.documents, skipped: out.skipped };
}
