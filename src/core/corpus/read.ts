/**
 * Reads the files of a corpus folder safely: whatever one file holds (nothing, binary, invalid
 * UTF-8, gigabytes, a dangling link), it is skipped with a reason and the others still load.
 */
import { lstat, readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import type { SkippedFile } from "../types.js";
import { DOCUMENT_EXTENSIONS, formatOf, MAX_TEXT_BYTES } from "./formats.js";

export { DOCUMENT_EXTENSIONS } from "./formats.js";

/** Largest text file read (see formats.ts for the other formats). */
export const MAX_FILE_BYTES = MAX_TEXT_BYTES;

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

/**
 * Lists document files below `dir` (recursively, in name order) as paths relative to it, with
 * forward slashes. Hidden entries are skipped: `.removed/` and caches live there.
 */
export async function listDocuments(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listDocuments(path, root)));
    else if (DOCUMENT_EXTENSIONS.has(entry.name.slice(entry.name.lastIndexOf(".")).toLowerCase())) out.push(relative(root, path).split("\\").join("/"));
  }
  return out;
}

/** Reads one document file's bytes, following a link only to a regular file, within its format's size limit. */
export async function readDocumentBytes(path: string): Promise<{ bytes: Uint8Array } | { reason: string }> {
  const limit = formatOf(path)?.maxBytes ?? MAX_FILE_BYTES;
  try {
    const link = await lstat(path);
    const info = link.isSymbolicLink() ? await stat(path).catch(() => null) : link;
    if (!info) return { reason: "broken symbolic link" };
    if (!info.isFile()) return { reason: "not a regular file" };
    if (info.size > limit) return { reason: `too large (${info.size} bytes; the limit is ${limit})` };
    return { bytes: await readFile(path) };
  } catch (err) {
    return { reason: `could not be read (${(err as NodeJS.ErrnoException).code ?? "error"})` };
  }
}

/** Reads one text document file. */
export async function readDocumentFile(path: string): Promise<{ text: string } | { reason: string }> {
  const read = await readDocumentBytes(path);
  return "reason" in read ? read : decodeText(read.bytes);
}

/**
 * Reads the text documents (plain text, Markdown, web pages) of a folder, decoded: what the
 * benchmark copies into its corpora. `loadCorpus` reads every format.
 */
export async function readCorpusFolder(dir: string): Promise<ReadResult> {
  const skipped: SkippedFile[] = [];
  const files: RawFile[] = [];
  for (const file of await listDocuments(dir)) {
    if (!formatOf(file)?.text) continue;
    const result = await readDocumentFile(join(dir, file));
    if ("reason" in result) skipped.push({ file, reason: result.reason });
    else files.push({ file, text: result.text });
  }
  return { files, skipped };
}
