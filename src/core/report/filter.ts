/**
 * Keeps the disagreements about a topic: those whose topic or quoted sentences hold every content
 * word of it, compared as index terms, so that "memorandum" finds "memo" and "withdrew" finds
 * "withdrawal".
 */
import type { ConflictItem } from "../types.js";
import { termsOf, type Compounds } from "../search/terms.js";

/** The items about a topic; all of them when the topic has no content word. */
export function filterByTopic(items: readonly ConflictItem[], topic: string, compounds?: Compounds): ConflictItem[] {
  const wanted = termsOf(topic, compounds);
  if (!wanted.length) {
    const needle = topic.trim().toLowerCase();
    return needle ? items.filter((c) => c.topic.toLowerCase().includes(needle)) : [...items];
  }
  return items.filter((c) => {
    const text = [c.topic, ...c.answers.flatMap((a) => [a.value, ...a.sources.map((s) => s.snippet)])].join("\n");
    const have = new Set(termsOf(text, compounds));
    return wanted.every((t) => have.has(t));
  });
}
