/**
 * PDF: the text layer, page by page, with unpdf (pdf.js, Mozilla's PDF reader, packaged for
 * servers). Lines set in a larger type than the body are headings; a sentence broken over a page
 * ends where it began. A PDF with no text layer (a scan), a password or a broken structure is
 * refused with the reason.
 */
import { extractTextItems, getDocumentProxy, getMeta } from "unpdf";
import type { DocumentMeta } from "../types.js";
import type { Block, StructuredDocument } from "./structure.js";
import { UnreadableFile } from "./unreadable.js";

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  fontSize: number;
}

/** A line this much larger than the body type is a heading… */
const HEADING_SIZE_RATIO = 1.15;
/** …if it is this short. */
const MAX_HEADING_WORDS = 15;
/** A line repeated on more than this share of the pages (of at least MIN_PAGES_FOR_FURNITURE) is a running header or footer. */
const FURNITURE_SHARE = 0.5;
const MIN_PAGES_FOR_FURNITURE = 3;
/** Items further apart than this (in text-space units) on one line are separate words. */
const WORD_GAP = 1;

/** Groups a page's text items into lines. */
function linesOf(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let text = "";
  let size = 0;
  let last: TextItem | undefined;
  const end = () => {
    if (text.trim()) lines.push({ text: text.replace(/\s+/g, " ").trim(), fontSize: size });
    text = "";
    size = 0;
    last = undefined;
  };
  for (const item of items) {
    if (last && Math.abs(item.y - last.y) > last.fontSize / 2) end();
    if (item.str) {
      const gap = last ? item.x - (last.x + last.width) : 0;
      if (last && gap > WORD_GAP && !/\s$/.test(text) && !/^\s/.test(item.str)) text += " ";
      text += item.str;
      if (item.str.trim()) size = Math.max(size, item.fontSize);
      last = item;
    }
    if (item.hasEOL) end();
  }
  end();
  return lines;
}

/** The body type size: the size most of the text is set in. */
function bodySize(pages: readonly Line[][]): number {
  const chars = new Map<number, number>();
  for (const line of pages.flat()) chars.set(line.fontSize, (chars.get(line.fontSize) ?? 0) + line.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Lines that repeat on most pages (running headers, footers, page numbers) are not the document. */
function furniture(pages: readonly Line[][]): Set<string> {
  const repeated = new Set<string>();
  if (pages.length < MIN_PAGES_FOR_FURNITURE) return repeated;
  const shape = (text: string) => text.replace(/\d+/g, "#");
  const counts = new Map<string, number>();
  for (const page of pages) for (const s of new Set(page.map((l) => shape(l.text)))) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const [s, n] of counts) if (n > pages.length * FURNITURE_SHARE) repeated.add(s);
  return new Set([...pages.flat()].map((l) => l.text).filter((t) => repeated.has(shape(t))));
}

const BULLET = /^[•▪◦‣·\-–*]\s+/;
const endsLikeProse = (text: string) => /[.!?…:]["'”’)\]]*$/.test(text);

/** Blocks of every page: headings by type size, paragraphs joined across lines and page breaks. */
function pageBlocks(pages: readonly Line[][]): Block[] {
  const body = bodySize(pages);
  const skip = furniture(pages);
  const headingSizes = [...new Set(pages.flat().filter((l) => l.fontSize >= body * HEADING_SIZE_RATIO).map((l) => l.fontSize))].sort((a, b) => b - a);
  const isHeading = (l: Line) => l.fontSize >= body * HEADING_SIZE_RATIO && l.text.split(" ").length <= MAX_HEADING_WORDS && /\p{L}/u.test(l.text);
  const blocks: Block[] = [];
  let paragraph = "";
  let paragraphPage = 0;
  let shownPage = 0;
  const atPage = (page: number) => {
    if (page !== shownPage) blocks.push({ kind: "page", page });
    shownPage = page;
  };
  const flush = () => {
    if (paragraph.trim()) {
      atPage(paragraphPage);
      blocks.push({ kind: "text", text: paragraph });
    }
    paragraph = "";
  };
  pages.forEach((lines, index) => {
    const page = index + 1;
    for (const line of lines) {
      if (skip.has(line.text)) continue;
      if (isHeading(line)) {
        flush();
        atPage(page);
        blocks.push({ kind: "heading", depth: headingSizes.indexOf(line.fontSize) + 1, text: line.text });
        continue;
      }
      const bullet = BULLET.test(line.text);
      const text = line.text.replace(BULLET, "");
      // A new page starts a new paragraph unless the last one breaks off mid-sentence.
      const continues = paragraph && !bullet && (page === paragraphPage || (!endsLikeProse(paragraph) && /^\p{Ll}/u.test(text)));
      if (!continues) {
        flush();
        paragraphPage = page;
        paragraph = text;
      } else {
        // A line ending in a hyphen joins the next without a space ("well-" + "documented").
        paragraph = paragraph.endsWith("-") ? paragraph + text : `${paragraph} ${text}`;
      }
    }
  });
  flush();
  return blocks;
}

/** A PDF date ("D:20240506103000Z") as ISO ("2024-05-06"). */
export function pdfDate(value: unknown): string | undefined {
  const m = typeof value === "string" ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value) : null;
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join("-");
}

function infoMeta(info: Record<string, unknown>): Partial<DocumentMeta> {
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
  const meta: Partial<DocumentMeta> = {};
  // Word's PDF export names the file, not the document: "Microsoft Word - memo.docx".
  const title = text(info.Title)?.replace(/^Microsoft Word - /, "");
  if (title && !/\.(docx?|pdf)$/i.test(title)) meta.title = title;
  const author = text(info.Author);
  if (author) meta.author = author;
  const date = pdfDate(info.CreationDate) ?? pdfDate(info.ModDate);
  if (date) meta.date = date;
  return meta;
}

/** Why pdf.js refused a file, as a sentence. */
function refusal(err: unknown): UnreadableFile {
  const name = (err as Error)?.name;
  if (name === "PasswordException") return new UnreadableFile("encrypted PDF: it needs a password to open");
  if (name === "InvalidPDFException") return new UnreadableFile("damaged PDF: its structure cannot be read");
  return new UnreadableFile(`damaged PDF: it cannot be read (${(err as Error)?.message ?? "unknown error"})`);
}

/** Reads a PDF's text layer into blocks. Throws UnreadableFile when it has none or cannot be opened. */
export async function readPdf(bytes: Uint8Array): Promise<StructuredDocument> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes over (detaches) the buffer it is given. No eval: fonts never run code.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (err) {
    throw refusal(err);
  }
  try {
    const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
    let items: TextItem[][];
    try {
      items = (await extractTextItems(pdf)).items as TextItem[][];
    } catch (err) {
      throw refusal(err);
    }
    const pages = items.map(linesOf);
    if (!pages.some((lines) => lines.some((l) => /[\p{L}\p{N}]/u.test(l.text))))
      throw new UnreadableFile("no text layer: the PDF holds only images of its pages (a scan?); run it through OCR first");
    return { meta: infoMeta(info as Record<string, unknown>), blocks: pageBlocks(pages) };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
