/**
 * A hash of the query core's code as it runs (src/core: .ts files under tsx, .js once built, and
 * the model's weights): a snapshot's values, terms and disagreement report were computed by some
 * code, and only the same code may reuse them. INDEX_VERSION guards the index alone; extractors
 * and answer rules change far more often, and a bot would otherwise answer from values an older
 * extractor found. Reading and hashing the ~700 KB takes a few milliseconds, once per process.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CORE_DIR = fileURLToPath(new URL("..", import.meta.url));

/** Code files below `dir`, in name order, as paths relative to it. */
function codeFiles(dir: string, prefix = ""): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    if (e.isDirectory()) return codeFiles(join(dir, e.name), `${prefix}${e.name}/`);
    return /\.(ts|js|mjs|json)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [`${prefix}${e.name}`] : [];
  });
}

let key: string | undefined;

/** The key of the code that computes a snapshot's prepared parts; "unknown" when it cannot be read. */
export function preparedCodeKey(): string {
  if (key === undefined) {
    try {
      const hash = createHash("sha256");
      for (const file of codeFiles(CORE_DIR)) hash.update(`${file}\n`).update(readFileSync(join(CORE_DIR, file)));
      key = hash.digest("hex").slice(0, 16);
    } catch {
      key = "unknown";
    }
  }
  return key;
}
