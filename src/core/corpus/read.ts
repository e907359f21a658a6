/**
 * Reads the files of a corpus folder safely: whatever one file holds (nothing, binary, invalid
 * UTF-8, gigabytes, a dangling link), it is skipped with a reason and the others still load.
 */
import { lstat, readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import type { SkippedFile } from "../types.js";

/** Extensions read as documents. */
export const DOCUMENT_EXTENSIONS = new Set([".txt", ".md", ".markdown"]);
/** Larger files are skipped: a news corpus has no 5 MB article, a log dump does. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface RawFile {
  /** Path relative to the corpus folder, with forward slashes. */
  file: string;
  text: string;
}

export interface ReadResult {
  files: RawFile[];
  skipped: SkippedFile[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes a file's bytes, or says why they are not a text document. */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: "empty file" };
  if (bytes.length > MAX_FILE_BYTES) return { reason: `too large (${bytes.length} bytes; the limit is ${MAX_FILE_BYTES})` };
  if (bytes.includes(0)) return { reason: "binary file (contains NUL bytes)" };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: "not valid UTF-8 text" };
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) return { reason: "empty file" };
  return { text };
}

/** Lists document files below `dir` (recursively, hidden entries skipped), in name order. */
async function listDocumentPaths(dir: string, skipped: SkippedFile[], root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listDocumentPaths(path, skipped, root)));
    else if (DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}

/** Reads one document file, following a link only to a regular file. */
export async function readDocumentFile(path: string): Promise<{ text: string } | { reason: string }> {
  try {
    const link = await lstat(path);
    const info = link.isSymbolicLink() ? await stat(path).catch(() => null) : link;
    if (!info) return { reason: "broken symbolic link" };
    if (!info.isFile()) return { reason: "not a regular file" };
    if (info.size > MAX_FILE_BYTES) return { reason: `too large (${info.size} bytes; the limit is ${MAX_FILE_BYTES})` };
    return decodeText(await readFile(path));
  } catch (err) {
    return { reason: `could not be read (${(err as NodeJS.ErrnoException).code ?? "error"})` };
  }
}

/** Reads every document of a corpus folder. Throws only when the folder itself cannot be read. */
export async function readCorpusFolder(dir: string): Promise<ReadResult> {
  const skipped: SkippedFile[] = [];
  const files: RawFile[] = [];
  for (const path of await listDocumentPaths(dir, skipped)) {
    const file = relative(dir, path).split("\\").join("/");
    const result = await readDocumentFile(path);
    if ("reason" in result) skipped.push({ file, reason: result.reason });
    else files.push({ file, text: result.text });
  }
  return { files, skipped };
}
