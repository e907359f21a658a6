/**
 * The snapshot file: one header line (JSON: magic, versions, corpus key, section table,
 * checksum), then the body, in named sections (see sections.ts): the documents' metadata (JSON),
 * their text (UTF-8, one line a sentence) and sentence lengths, both minisearch indexes and the
 * vocabulary as typed arrays, and, once the engine has them, every sentence's extracted values and
 * the disagreement report.
 *
 * Why not JSON throughout: on 15,444 articles, parsing the JSON of the documents and of
 * minisearch's `toJSON()` took 1.5 to 3 s of every start and left 100 MB of garbage; typed arrays
 * are read in place.
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { CorpusDocument, LoadReport, SentenceRef } from "../types.js";
import { SentenceIndex, type PackedSentenceIndex } from "../search/index.js";
import { packCorpus, unpackCorpus, type PackedCorpus } from "../corpus/layout.js";
import { ClaimTable, type PackedClaims } from "../corpus/claim-table.js";
import { TermTable, type PackedTerms } from "../search/term-table.js";
import { NameWordTable, type PackedNameWords } from "../question/name-words.js";
import type { DisagreementReport } from "../report/index.js";
import { BYTE_ORDER, SectionReader, SectionWriter, type SectionTable } from "./sections.js";
import { INDEX_VERSION, SNAPSHOT_FORMAT, SNAPSHOT_MAGIC } from "./version.js";
import { preparedCodeKey } from "./code-key.js";

export interface SnapshotHeader {
  magic: typeof SNAPSHOT_MAGIC;
  format: number;
  indexVersion: number;
  /** The corpus fingerprint this snapshot was built from. */
  key: string;
  createdAt: string;
  documents: number;
  sentences: number;
  /** Byte order of the typed sections ("LE" or "BE"). */
  byteOrder: string;
  /** Where each section lies in the body. */
  sections: SectionTable;
  /** Length of the body. */
  bodyBytes: number;
  /** sha256 of the body: a damaged file is never used. */
  sha256: string;
  /** Whether the snapshot holds every sentence's values and terms, the disagreement report, and which words are names. */
  prepared: { claims: boolean; terms: boolean; report: boolean; names?: boolean };
  /** The code that computed the values, terms and report (code-key.ts): other code recomputes them. */
  preparedBy: string;
}

/** What an engine hands to a snapshot. */
export interface SnapshotParts {
  documents: readonly CorpusDocument[];
  index: SentenceIndex;
  report: LoadReport;
  /** The values extracted so far (all of them once prepared). */
  claims?: ClaimTable;
  /** The sentences' terms computed so far (all of them once prepared). */
  terms?: TermTable;
  /** The disagreement report, once built. */
  disagreements?: DisagreementReport;
  /** Which of the corpus's words it writes as names, once told. */
  names?: NameWordTable;
}

/** What a snapshot restores: the engine's parts, ready for `new QueryEngine(...)`. */
export interface SnapshotContents {
  header: SnapshotHeader;
  documents: CorpusDocument[];
  sentences: SentenceRef[];
  index: SentenceIndex;
  report: LoadReport;
  claims?: ClaimTable;
  terms?: TermTable;
  disagreements?: DisagreementReport;
  names?: NameWordTable;
}

/** A snapshot that cannot be used, and why (said in the loader's warning). */
export class SnapshotError extends Error {}

/** The header line is padded with spaces to a multiple of this, so the body starts aligned. */
const HEADER_ALIGN = 8;
/** The header line is never longer than this. */
export const MAX_HEADER = 16_384;

type PreparedSections = Pick<SnapshotParts, "claims" | "terms" | "disagreements" | "names">;

const preparedFlags = (parts: PreparedSections) => ({
  claims: parts.claims?.complete ?? false,
  terms: parts.terms?.complete ?? false,
  report: parts.disagreements !== undefined,
  names: parts.names !== undefined,
});

/** The values, terms and report sections, which a preparation adds to a snapshot. */
function writePrepared(writer: SectionWriter, parts: PreparedSections): void {
  if (parts.claims) writer.object("claims", parts.claims.pack());
  if (parts.terms) writer.object("terms", parts.terms.pack());
  if (parts.disagreements) writer.json("disagreements", parts.disagreements, true);
  if (parts.names) writer.object("names", parts.names.pack());
}

/** The file: the header line, padded so that the body starts aligned, then the body. */
function assemble(writer: SectionWriter, fields: Pick<SnapshotHeader, "key" | "createdAt" | "documents" | "sentences" | "prepared">): Buffer {
  const body = writer.body();
  const header: SnapshotHeader = {
    magic: SNAPSHOT_MAGIC,
    format: SNAPSHOT_FORMAT,
    indexVersion: INDEX_VERSION,
    ...fields,
    preparedBy: preparedCodeKey(),
    byteOrder: BYTE_ORDER,
    sections: writer.table,
    bodyBytes: body.length,
    sha256: createHash("sha256").update(body).digest("hex"),
  };
  let line = JSON.stringify(header);
  line += " ".repeat((HEADER_ALIGN - ((line.length + 1) % HEADER_ALIGN)) % HEADER_ALIGN);
  return Buffer.concat([Buffer.from(line + "\n"), body]);
}

/** Serializes an engine's precomputed state under a corpus key. */
export function encodeSnapshot(key: string, parts: SnapshotParts): Buffer {
  const writer = new SectionWriter();
  const { meta, ...corpus } = packCorpus(parts.documents);
  writer.json("report", parts.report);
  writer.json("meta", meta);
  writer.object("corpus", corpus);
  writer.object("index", parts.index.pack());
  writePrepared(writer, parts);
  return assemble(writer, {
    key,
    createdAt: new Date().toISOString(),
    documents: parts.documents.length,
    sentences: parts.index.sentences.length,
    prepared: preparedFlags(parts),
  });
}

/** Reads the header line alone, or throws a SnapshotError saying what is wrong with it. */
export function decodeHeader(bytes: Buffer): { header: SnapshotHeader; bodyStart: number } {
  const end = bytes.subarray(0, MAX_HEADER).indexOf(0x0a);
  if (end < 0) throw new SnapshotError("no header line");
  let header: SnapshotHeader;
  try {
    header = JSON.parse(bytes.subarray(0, end).toString("utf8")) as SnapshotHeader;
  } catch {
    throw new SnapshotError("unreadable header");
  }
  if (header?.magic !== SNAPSHOT_MAGIC) throw new SnapshotError("not a crosscheck snapshot");
  return { header, bodyStart: end + 1 };
}

/** Checks what the header says against the code, the corpus and this machine; throws a SnapshotError. */
function checkHeader(header: SnapshotHeader, key: string | undefined): void {
  if (header.format !== SNAPSHOT_FORMAT || header.indexVersion !== INDEX_VERSION)
    throw new SnapshotError(`written by another version (format ${header.format}, index ${header.indexVersion})`);
  if (key !== undefined) checkKey(header, key);
  if (header.byteOrder !== BYTE_ORDER) throw new SnapshotError(`written on a machine of another byte order (${header.byteOrder})`);
}

/** Throws a SnapshotError unless the snapshot was written for the corpus whose fingerprint is `key`. */
export function checkKey(header: SnapshotHeader, key: string): void {
  if (header.key !== key) throw new SnapshotError("stale: the corpus changed since it was written");
}

/** Checks the header and the checksum of a snapshot in memory, and opens its sections; throws a SnapshotError. */
function openBody(bytes: Buffer, key: string): { header: SnapshotHeader; reader: SectionReader } {
  const { header, bodyStart } = decodeHeader(bytes);
  checkHeader(header, key);
  const body = bytes.subarray(bodyStart);
  if (body.length !== header.bodyBytes) throw new SnapshotError("truncated");
  if (createHash("sha256").update(body).digest("hex") !== header.sha256) throw new SnapshotError("damaged (checksum mismatch)");
  try {
    return { header, reader: SectionReader.fromBuffer(bytes, bodyStart, header.sections) };
  } catch (err) {
    throw new SnapshotError(`unreadable (${(err as Error).message})`);
  }
}

/** Builds the engine's parts from the sections. */
function decodeSections(header: SnapshotHeader, reader: SectionReader): SnapshotContents {
  try {
    const corpus = reader.object<Omit<PackedCorpus, "meta">>("corpus");
    const { documents, sentences } = unpackCorpus({ ...corpus, meta: reader.json<PackedCorpus["meta"]>("meta") });
    if (sentences.length !== header.sentences || documents.length !== header.documents) throw new Error("sentence count mismatch");
    const packed = reader.object<PackedSentenceIndex>("index");
    const index = SentenceIndex.unpack(packed, documents, sentences);
    const contents: SnapshotContents = { header, documents, sentences, index, report: reader.json<LoadReport>("report") };
    // Values and a report that other code computed are left out: this code computes its own.
    if (header.preparedBy !== preparedCodeKey()) return contents;
    if (reader.has("claims")) contents.claims = ClaimTable.unpack(reader.object<PackedClaims>("claims"), sentences.length);
    if (reader.has("terms")) contents.terms = TermTable.unpack(reader.object<PackedTerms>("terms"), sentences.length, index.vocabulary);
    if (reader.has("disagreements")) contents.disagreements = reader.json<DisagreementReport>("disagreements", true);
    if (reader.has("names")) contents.names = NameWordTable.unpack(reader.object<PackedNameWords>("names"));
    return contents;
  } catch (err) {
    throw new SnapshotError(`unreadable (${(err as Error).message})`);
  }
}

/**
 * The snapshot with new values, terms and report sections, every other section copied as it is
 * (the index is not encoded again). Throws a SnapshotError when `bytes` is not a good snapshot for `key`.
 */
export function amendSnapshot(bytes: Buffer, key: string, parts: PreparedSections): Buffer {
  const { header, reader } = openBody(bytes, key);
  const writer = new SectionWriter();
  const replaced = (name: string) => ["claims", "terms", "disagreements", "names"].some((p) => name === p || name.startsWith(`${p}.`));
  for (const [name, type] of reader.list()) if (!replaced(name)) writer.add(name, reader.bytes(name), type);
  writePrepared(writer, parts);
  return assemble(writer, {
    key,
    createdAt: header.createdAt,
    documents: header.documents,
    sentences: header.sentences,
    prepared: preparedFlags(parts),
  });
}

/**
 * Restores a snapshot written for `key`. Throws a SnapshotError when it is for another corpus
 * state or code version, truncated, or damaged: such a snapshot is never used.
 */
export function decodeSnapshot(bytes: Buffer, key: string): SnapshotContents {
  const { header, reader } = openBody(bytes, key);
  return decodeSections(header, reader);
}

/**
 * Reads and restores the snapshot file at `path`, as `decodeSnapshot` does, section by section
 * straight into the memory each part keeps (see `SectionReader.fromFile`). Throws a SnapshotError
 * for a snapshot that cannot be used, and the file system's error when it cannot be read. With
 * `key` undefined the corpus is not checked: the caller checks `header.key` itself (`checkKey`).
 */
export function readSnapshot(path: string, key: string | undefined): SnapshotContents {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(MAX_HEADER, size));
    readSync(fd, head, 0, head.length, 0);
    const { header, bodyStart } = decodeHeader(head);
    checkHeader(header, key);
    if (size !== bodyStart + header.bodyBytes) throw new SnapshotError("truncated");
    const hash = createHash("sha256");
    let reader: SectionReader;
    try {
      reader = SectionReader.fromFile(fd, bodyStart, header.bodyBytes, header.sections, hash);
    } catch (err) {
      throw new SnapshotError(`unreadable (${(err as Error).message})`);
    }
    if (hash.digest("hex") !== header.sha256) throw new SnapshotError("damaged (checksum mismatch)");
    return decodeSections(header, reader);
  } finally {
    closeSync(fd);
  }
}
