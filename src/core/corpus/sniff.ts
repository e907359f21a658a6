/**
 * What a file's bytes are, whatever its name says (file-type reads the magic numbers and, for
 * ZIP-based files, the parts inside): a PDF named .txt, a ZIP renamed .docx or a picture named
 * .pdf is refused with what it really is.
 */
import { fileTypeFromBuffer } from "file-type";
import type { Format } from "./formats.js";
import { UnreadableFile } from "./unreadable.js";

/** Friendly names of what people most often send by mistake. */
const KINDS: Record<string, string> = {
  pdf: "a PDF",
  docx: "a Word document (.docx)",
  doc: "an old Word document (.doc)",
  cfb: "an encrypted Word document or an old Office file (.doc, .xls)",
  zip: "a ZIP archive",
  xlsx: "an Excel workbook",
  pptx: "a PowerPoint presentation",
  odt: "an OpenDocument text",
  rtf: "an RTF document",
  epub: "an e-book",
  jpg: "a JPEG image",
  png: "a PNG image",
  gif: "a GIF image",
  webp: "a WebP image",
  tif: "a TIFF image",
  heic: "a HEIC photo",
  mp4: "a video",
  mp3: "an audio file",
  gz: "a gzip archive",
  "7z": "a 7-Zip archive",
  rar: "a RAR archive",
  exe: "a Windows program",
  elf: "a Linux program",
};

/** Types a text document may be taken for (XML and HTML are text). */
const TEXTUAL = new Set(["xml", "html", "svg"]);

function kindOf(ext: string): string {
  return KINDS[ext] ?? `a .${ext} file`;
}

/** What the bytes are, for people ("a PDF"), or undefined when file-type does not recognise them. */
export async function contentKind(bytes: Uint8Array): Promise<{ ext: string; kind: string } | undefined> {
  const type = await fileTypeFromBuffer(bytes);
  return type ? { ext: type.ext, kind: kindOf(type.ext) } : undefined;
}

/** Throws when the bytes are not of the binary format the name says (text formats are checked when they fail to decode). */
export async function checkContent(format: Format, bytes: Uint8Array): Promise<void> {
  const found = await contentKind(bytes);
  if (found?.ext === format.name) return;
  if (format.name === "docx" && found?.ext === "zip") throw new UnreadableFile("a ZIP archive renamed .docx, not a Word document");
  if (format.name === "docx" && found?.ext === "cfb") throw new UnreadableFile("an encrypted Word document or an old .doc file: save it as .docx without a password");
  throw new UnreadableFile(`not ${format.label}: its content is ${found ? found.kind : "something else (no known format)"}`);
}

/** Why bytes named as text are no text: what they really are, when file-type knows. */
export async function binaryReason(bytes: Uint8Array, fallback: string): Promise<string> {
  const found = await contentKind(bytes);
  if (!found || TEXTUAL.has(found.ext)) return fallback;
  return `binary file: its content is ${found.kind}, not text`;
}
