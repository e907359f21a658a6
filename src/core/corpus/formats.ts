/** The document formats crosscheck reads, by extension, and the size each may have. */
import { extname } from "node:path";

export type FormatName = "text" | "markdown" | "html" | "pdf" | "docx";

export interface Format {
  name: FormatName;
  /** For people: "a PDF", "a Word document". */
  label: string;
  /** Text formats are decoded and parsed at once; the others are read from their bytes. */
  text: boolean;
  /** Larger files are skipped: a text of 5 MB is a log dump, not an article; PDFs carry pictures. */
  maxBytes: number;
}

const MB = 1024 * 1024;
/** Largest text document (plain text, Markdown, a web page). */
export const MAX_TEXT_BYTES = 5 * MB;
/** Largest PDF or Word file: pictures and fonts make them far larger than their text. */
export const MAX_BINARY_BYTES = 32 * MB;

export const FORMATS: Record<FormatName, Format> = {
  text: { name: "text", label: "a text file", text: true, maxBytes: MAX_TEXT_BYTES },
  markdown: { name: "markdown", label: "a Markdown file", text: true, maxBytes: MAX_TEXT_BYTES },
  html: { name: "html", label: "a web page", text: true, maxBytes: MAX_TEXT_BYTES },
  pdf: { name: "pdf", label: "a PDF", text: false, maxBytes: MAX_BINARY_BYTES },
  docx: { name: "docx", label: "a Word document", text: false, maxBytes: MAX_BINARY_BYTES },
};

const BY_EXTENSION: Record<string, FormatName> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
  ".docx": "docx",
};

/** Extensions read as documents. */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(BY_EXTENSION));

/** The format of a file, by its extension; undefined for a file that is not a document. */
export function formatOf(file: string): Format | undefined {
  const name = BY_EXTENSION[extname(file).toLowerCase()];
  return name ? FORMATS[name] : undefined;
}
