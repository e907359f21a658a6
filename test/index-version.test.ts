/**
 * A snapshot is trusted when its INDEX_VERSION matches the code's. This test ties the version to
 * the code that decides what a snapshot holds (corpus parsing, terms, the index): change that code
 * and this fails until INDEX_VERSION is bumped and the fingerprint below updated, so an old
 * snapshot is never read with new rules.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/paths.js";
import { INDEX_VERSION } from "../src/core/snapshot/version.js";

const RECORDED = { indexVersion: 26, fingerprint: "0aad135cbaaf5430" };

const SHAPING = ["src/core/corpus", "src/core/search", "src/core/nlp"];
const SHAPING_FILES = ["src/core/extract/dates.ts"];

function fingerprint(): string {
  const hash = createHash("sha256");
  const files = [...SHAPING.flatMap((dir) => readdirSync(join(PROJECT_ROOT, dir)).filter((f) => f.endsWith(".ts")).map((f) => `${dir}/${f}`)), ...SHAPING_FILES].sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(PROJECT_ROOT, file)));
  return hash.digest("hex").slice(0, 16);
}

test("INDEX_VERSION is bumped whenever the code that shapes the index changes", () => {
  const now = fingerprint();
  if (now !== RECORDED.fingerprint || INDEX_VERSION !== RECORDED.indexVersion)
    assert.fail(
      `The code that shapes the index changed (fingerprint ${now}). Bump INDEX_VERSION in src/core/snapshot/version.ts ` +
        `(now ${INDEX_VERSION}), then set RECORDED in test/index-version.test.ts to { indexVersion: <new>, fingerprint: "${now}" }.`,
    );
});
