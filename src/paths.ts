/** Where the project's own files are, wherever the process was started from. */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";

const here = dirname(fileURLToPath(import.meta.url));
/** The project root: the folder holding package.json (src/.. in source, dist/src/../.. when built). */
export const PROJECT_ROOT = [resolve(here, ".."), resolve(here, "..", "..")].find((d) => existsSync(resolve(d, "package.json"))) ?? resolve(here, "..");
/** The default corpus: the project's seeds. */
export const DEFAULT_CORPUS_DIR = resolve(PROJECT_ROOT, "seeds");
/** Where the question log (SQLite) is kept unless DATA_DIR says otherwise. */
export const DEFAULT_DATA_DIR = resolve(PROJECT_ROOT, ".data");
