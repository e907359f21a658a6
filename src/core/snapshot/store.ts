/** Where snapshots live and how they are written: atomically, so a reader never sees half a file. */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { PROJECT_ROOT } from "../../paths.js";

/** The project's cache folder (git-ignored); one snapshot per corpus path inside it. */
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, ".crosscheck-cache");

/** The snapshot file of a corpus folder: named after its path, so two corpora never share one. */
export function snapshotPath(corpusDir: string, cacheDir = DEFAULT_CACHE_DIR): string {
  const full = resolve(corpusDir);
  const tag = createHash("sha256").update(full).digest("hex").slice(0, 16);
  const name = basename(full).replace(/[^\w.-]+/g, "_").slice(0, 40) || "corpus";
  return join(cacheDir, `${name}-${tag}.snapshot`);
}

/**
 * Writes a file atomically: to a temporary file in the same folder, then renamed over the target
 * (rename is atomic on one file system). On failure the temporary file is removed.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}
