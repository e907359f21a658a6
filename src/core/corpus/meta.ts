/** Document metadata that formats share: front matter (YAML) and the dates written in it or in a format's own fields. */
import { parse as parseYaml } from "yaml";
import type { DocumentMeta } from "../types.js";
import { parseDateLine } from "../extract/dates.js";

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;

/** A non-empty string field, or a YAML date as ISO. */
function field(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim()) return value.trim();
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

/** An ISO date from any written form ("2024-05-06", "May 6, 2024", "2024-05-06T10:00:00Z"), else the text as written. */
export function isoDate(text: string | undefined): string | undefined {
  const t = text?.trim();
  if (!t) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  return iso ? iso[1] : (parseDateLine(t) ?? t);
}

/** Metadata from a parsed front matter object (title, outlet/source/publisher, date, url, author). */
export function metaFromFields(data: unknown): Partial<DocumentMeta> {
  if (!data || typeof data !== "object") return {};
  const d = data as Record<string, unknown>;
  const meta: Partial<DocumentMeta> = {};
  const title = field(d.title);
  const outlet = field(d.outlet) ?? field(d.source) ?? field(d.publisher);
  const date = isoDate(field(d.date));
  const url = field(d.url);
  const author = field(d.author) ?? (Array.isArray(d.authors) ? d.authors.map(field).filter(Boolean).join(", ") || undefined : field(d.authors));
  if (title) meta.title = title;
  if (outlet) meta.outlet = outlet;
  if (date) meta.date = date;
  if (url) meta.url = url;
  if (author) meta.author = author;
  return meta;
}

/** Parses YAML front matter; undefined when it is not YAML after all. */
export function parseFrontMatterYaml(yaml: string): Partial<DocumentMeta> | undefined {
  try {
    return metaFromFields(parseYaml(yaml));
  } catch {
    return undefined;
  }
}

/** Front matter at the start of a text file, and the text after it. */
export function frontMatter(text: string): { meta: Partial<DocumentMeta>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta = parseFrontMatterYaml(m[1] ?? "");
  // Not front matter after all: keep the text as it is.
  return meta ? { meta, body: text.slice(m[0].length) } : { meta: {}, body: text };
}
