/**
 * The record kept beside a document added from chat: who added it, when, from where, its
 * original name and content hash, and the title they gave it. It is a hidden file
 * (`uploads/.report.pdf.json` beside `uploads/report.pdf`), so it is never read as a document.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The folder of the corpus that documents added from chat are written to. */
export const UPLOADS_DIR = "uploads";

export interface Sidecar {
  /** The title its adder gave, which replaces the file's own. */
  title?: string;
  originalName: string;
  sha256: string;
  bytes: number;
  addedAt: string;
  addedBy: { platform: string; userId: string };
  /** Where it was added from (a channel or conversation id). */
  from?: string;
}

/** The sidecar's path for a document's path (relative or absolute). */
export function sidecarPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.json`);
}

/** Whether a corpus-relative path lies in the uploads folder, where sidecars are kept. */
export const isUpload = (file: string) => file.startsWith(`${UPLOADS_DIR}/`);

/** Reads a sidecar; undefined when there is none or it is unreadable. */
export async function readSidecar(path: string): Promise<Sidecar | undefined> {
  try {
    const data = JSON.parse(await readFile(path, "utf8")) as Sidecar;
    return data && typeof data === "object" && typeof data.sha256 === "string" ? data : undefined;
  } catch {
    return undefined;
  }
}
