/** How a sentence's place in its document is said in a citation, and what of it the index reads. */
import type { SentenceLocation } from "../types.js";

/** Between the headings of a path, as people write it in tables of contents. */
export const HEADING_SEPARATOR = " › ";

/** "p. 3", "Pricing › Plans", "p. 3, Pricing"; undefined when nothing is known. */
export function formatLocation(location: SentenceLocation | null | undefined): string | undefined {
  if (!location) return undefined;
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(`p. ${location.page}`);
  if (location.headings?.length) parts.push(location.headings.join(HEADING_SEPARATOR));
  return parts.length ? parts.join(", ") : undefined;
}

/**
 * The words of a sentence's headings, searched beside its own text: a sentence under "Pricing"
 * is found by "price". Page numbers say nothing about the subject and are left out.
 */
export function locationContext(location: SentenceLocation | null | undefined): string {
  return location?.headings?.join(" ") ?? "";
}
