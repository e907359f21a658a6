/** Developer aid: where the time of a start from the snapshot goes. */
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import MiniSearch from "minisearch";
import { snapshotPath } from "../src/core/snapshot/index.js";
import { decodeHeader } from "../src/core/snapshot/format.js";
const dir = process.argv[2]!;
let t = performance.now();
const lap = (what: string) => { const now = performance.now(); console.log(`${what.padEnd(28)} ${Math.round(now - t)} ms`); t = now; };
const bytes = readFileSync(snapshotPath(dir)); lap("read file");
const { header, bodyStart } = decodeHeader(bytes);
const core = bytes.subarray(bodyStart, bodyStart + header.coreBytes);
const search = bytes.subarray(bodyStart + header.coreBytes);
createHash("sha256").update(core).update(search).digest("hex"); lap("sha256");
const parsed = JSON.parse(core.toString("utf8")); lap("parse documents");
const js = JSON.parse(search.toString("utf8")); lap("parse index JSON");
MiniSearch.loadJS(js, { fields: ["text"], tokenize: (s: string) => s.split(" "), processTerm: (s: string) => s }); lap("minisearch loadJS");
const titles = new MiniSearch({ fields: ["title"], storeFields: [] });
titles.addAll(parsed.documents.map((d: { id: string; title: string }) => ({ id: d.id, title: d.title }))); lap("title index (plain tokenizer)");
