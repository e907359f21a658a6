/**
 * Word (`.docx`): mammoth turns the document into clean HTML (headings from Word's heading styles,
 * lists, tables), read like a web page; title, author and date come from its core properties.
 * A DOCX is a ZIP archive, so before anything unpacks it, fflate streams through every entry and
 * stops at a size no document reaches: a decompression bomb is refused, not unpacked.
 */
import { Unzip, UnzipInflate, unzipSync } from "fflate";
import mammoth from "mammoth";
import { DOMParser } from "linkedom";
import type { DocumentMeta } from "../types.js";
import type { StructuredDocument } from "./structure.js";
import { htmlBlocks } from "./html.js";
import { isoDate } from "./meta.js";
import { UnreadableFile } from "./unreadable.js";

/** Unpacked, no real memo or policy comes near this; a bomb goes far past it. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/**
 * Past this much unpacked, an archive that has grown more than MAX_RATIO times its own size is a
 * bomb: Word's XML packs about 10:1 and its pictures hardly at all, runs of zeros 1000:1. Stopping
 * here spares the bot unpacking 64 MB of a bomb on its one thread.
 */
const RATIO_CHECK_BYTES = 8 * 1024 * 1024;
const MAX_RATIO = 100;
/** A Word file holds a few dozen parts; thousands is an attack on the reader. */
const MAX_ENTRIES = 5_000;

/**
 * Unpacks every entry in a stream, counting bytes, and throws as soon as the total passes
 * `limit` (sizes a ZIP declares can lie; the bytes inflated cannot). Also refuses a damaged archive.
 */
export function checkArchive(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): void {
  let total = 0;
  let entries = 0;
  let problem: string | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (problem) return;
    if (++entries > MAX_ENTRIES) {
      problem = `too many parts for a Word document (more than ${MAX_ENTRIES})`;
      return;
    }
    file.ondata = (err, chunk) => {
      if (problem) return;
      if (err) problem = "damaged archive: a part cannot be unpacked";
      total += chunk?.length ?? 0;
      if (total > limit || (total > Math.min(limit, RATIO_CHECK_BYTES) && total > bytes.length * MAX_RATIO)) {
        problem = `a decompression bomb: it unpacks to ${total > limit ? `more than ${Math.round(limit / 1024 / 1024)} MB` : `over ${MAX_RATIO} times its size`}`;
        file.terminate();
      }
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch {
    problem ??= "damaged archive: it cannot be unpacked";
  }
  if (problem) throw new UnreadableFile(problem);
}

/** Title, author and creation date from docProps/core.xml (Word's File → Info). */
function coreProperties(bytes: Uint8Array): Partial<DocumentMeta> {
  let xml: string;
  try {
    const part = unzipSync(bytes, { filter: (f) => f.name === "docProps/core.xml" })["docProps/core.xml"];
    if (!part) return {};
    xml = new TextDecoder().decode(part);
  } catch {
    return {};
  }
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const field = (tag: string) => doc.getElementsByTagName(tag)[0]?.textContent?.trim() || undefined;
  const meta: Partial<DocumentMeta> = {};
  const title = field("dc:title");
  const author = field("dc:creator");
  const date = isoDate(field("dcterms:created") ?? field("dcterms:modified"));
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (date) meta.date = date;
  return meta;
}

/** Reads a Word document into blocks. Throws UnreadableFile when it is no readable DOCX. */
export async function readDocx(bytes: Uint8Array): Promise<StructuredDocument> {
  checkArchive(bytes);
  let html: string;
  try {
    // Pictures are not text: an empty source keeps mammoth from inlining them as base64.
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) });
    html = result.value;
  } catch (err) {
    throw new UnreadableFile(`not a readable Word document (${(err as Error).message.split("\n")[0]})`);
  }
  return { meta: coreProperties(bytes), blocks: htmlBlocks(html) };
}
