/**
 * Reads the benchmark's news articles (shared/bench/multinews-test.jsonl.gz, one JSON object a
 * line) as corpus files. The data is only measured: it is read from the shared folder at run time
 * and written nowhere inside the project.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { resolve } from "node:path";
import { PROJECT_ROOT } from "../src/paths.js";
import type { RawFile } from "../src/core/corpus/read.js";

/** Where the articles are, relative to the project: ../shared/bench/. */
export const ARTICLES_PATH = resolve(PROJECT_ROOT, "..", "shared", "bench", "multinews-test.jsonl.gz");

interface ArticleLine {
  id: string;
  text: string;
}

/**
 * The first `limit` articles, each as one corpus file named after its id (so its source id is the
 * article's id). The text is one paragraph; the reader takes its first line as the title.
 */
export async function readArticles(limit = Infinity, path = ARTICLES_PATH): Promise<RawFile[]> {
  const files: RawFile[] = [];
  if (limit <= 0) return files;
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as ArticleLine;
    files.push({ file: `${article.id}.txt`, text: article.text });
    if (files.length >= limit) {
      lines.close();
      break;
    }
  }
  return files;
}
