/**
 * One file to one document, whatever its format: the content is checked against the name, the
 * format's reader turns it into blocks (or prose, for plain text), and the blocks into sentences.
 * A file that cannot become a document throws UnreadableFile with the reason.
 *
 * Changing what becomes a sentence? Bump INDEX_VERSION in ../snapshot/version.ts.
 */
import type { CorpusDocument } from "../types.js";
import { FORMATS, formatOf } from "./formats.js";
import { buildDocument } from "./structure.js";
import { parseProse } from "./prose.js";
import { decodeText } from "./read.js";
import { UnreadableFile } from "./unreadable.js";

// The readers of other formats are loaded on first use: together they take about a second to
// load, which a corpus of plain text (and every start of the bot over one) need not pay.
const markdown = () => import("./markdown.js");
const html = () => import("./html.js");
const sniff = () => import("./sniff.js");

/** What a file that states nothing is told. */
const NOTHING_TO_READ = "no article text (only headings, tags or pictures)";

/**
 * Parses a text document (plain text, Markdown, a web page) by its file name's extension.
 * `id` is the file name without extension. Undefined when nothing of it is article text.
 */
export async function parseDocument(id: string, file: string, text: string): Promise<CorpusDocument | undefined> {
  switch (formatOf(file)?.name) {
    case "markdown":
      return buildDocument(id, file, (await markdown()).readMarkdown(text));
    case "html":
      return buildDocument(id, file, (await html()).readHtml(text));
    default:
      return parseProse(id, file, text);
  }
}

/** Parses a file of any format from its bytes. Throws UnreadableFile saying why it cannot be read. */
export async function parseFile(id: string, file: string, bytes: Uint8Array): Promise<CorpusDocument> {
  const format = formatOf(file) ?? FORMATS.text;
  if (bytes.length === 0) throw new UnreadableFile("empty file");
  if (bytes.length > format.maxBytes) throw new UnreadableFile(`too large (${bytes.length} bytes; the limit for ${format.label} is ${format.maxBytes})`);
  let doc: CorpusDocument | undefined;
  if (!format.text) await (await sniff()).checkContent(format, bytes);
  if (format.name === "pdf") doc = buildDocument(id, file, await (await import("./pdf.js")).readPdf(bytes));
  else if (format.name === "docx") doc = buildDocument(id, file, await (await import("./docx.js")).readDocx(bytes));
  else {
    const decoded = format.name === "html" && !bytes.includes(0) ? { text: (await html()).decodeHtml(bytes) } : decodeText(bytes);
    // Empty and oversized files were refused above: what is left is binary or not UTF-8.
    if ("reason" in decoded) throw new UnreadableFile(await (await sniff()).binaryReason(bytes, decoded.reason));
    if (!decoded.text.trim()) throw new UnreadableFile("empty file");
    try {
      doc = await parseDocument(id, file, decoded.text);
    } catch (err) {
      throw new UnreadableFile(`could not be parsed (${(err as Error).message})`);
    }
  }
  if (!doc) throw new UnreadableFile(NOTHING_TO_READ);
  return doc;
}
