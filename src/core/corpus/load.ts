/** Loads a corpus folder into documents: reading (safe), then parsing (metadata, sentences). */
import { basename, extname } from "node:path";
import type { CorpusDocument, SkippedFile } from "../types.js";
import { readCorpusFolder, type RawFile } from "./read.js";
import { parseDocument } from "./parse.js";

export interface LoadedCorpus {
  documents: CorpusDocument[];
  skipped: SkippedFile[];
}

/** Source id of a file: its name without extension ("seeds/003_1f58.txt" → "003_1f58"). */
export function sourceId(file: string): string {
  return basename(file, extname(file));
}

/** Parses read files into documents; files with no article text are skipped with a reason. */
export function parseFiles(files: readonly RawFile[], skipped: SkippedFile[] = []): LoadedCorpus {
  const documents: CorpusDocument[] = [];
  const ids = new Set<string>();
  for (const { file, text } of files) {
    const id = sourceId(file);
    if (ids.has(id)) {
      skipped.push({ file, reason: `another file already has the source id "${id}"` });
      continue;
    }
    let doc: CorpusDocument | undefined;
    try {
      doc = parseDocument(id, file, text);
    } catch (err) {
      skipped.push({ file, reason: `could not be parsed (${(err as Error).message})` });
      continue;
    }
    if (!doc) {
      skipped.push({ file, reason: "no article text (only headings or tags)" });
      continue;
    }
    ids.add(id);
    documents.push(doc);
  }
  return { documents, skipped };
}

/** Reads and parses every document of a folder. Throws only when the folder cannot be read. */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const { files, skipped } = await readCorpusFolder(dir);
  return parseFiles(files, skipped);
}
