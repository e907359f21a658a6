/**
 * What the replies to /add and /remove say, as plain sentences and parts: every renderer
 * (terminal, Slack, Discord) escapes and lays out the same words.
 */
import type { AddOutcome } from "../../commands/index.js";
import type { ConflictItem, SourceCitation } from "../core/types.js";

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

/** One fact the new document disagrees on: its value, and what the others say. */
export interface DisagreementLine {
  topic: string;
  /** The new document's value(s). */
  here: string;
  there: { value: string; sources: SourceCitation[] }[];
}

/** The headline of one file's outcome: "Added “Renewal memo” (memo): 4 sentences." */
export function outcomeHeadline(outcome: AddOutcome): string {
  switch (outcome.status) {
    case "added": {
      const d = outcome.document;
      return `Added “${d.title}” (${d.id}): ${count(d.sentences, "sentence")}.`;
    }
    case "already":
      return `${outcome.name} is already there, as “${outcome.existing.title}” (${outcome.existing.id}).`;
    case "refused":
      return `${outcome.name} was not added: ${outcome.reason}.`;
  }
}

/** The facts a new document disagrees on, each with its value and the other sources' values. */
export function disagreementLines(id: string, items: readonly ConflictItem[]): DisagreementLine[] {
  return items.map((item) => {
    const mine = item.answers.filter((a) => a.sources.some((s) => s.id === id));
    const theirs = item.answers
      .map((a) => ({ value: a.value, sources: a.sources.filter((s) => s.id !== id) }))
      .filter((a) => a.sources.length && !mine.some((m) => m.value === a.value));
    return { topic: item.topic, here: mine.map((a) => a.value).join(" / "), there: theirs };
  });
}

/** "It disagrees with 2 sources on 1 fact:", or that it agrees with everything already there. */
export function disagreementSummary(id: string, items: readonly ConflictItem[]): string {
  if (!items.length) return "It disagrees with none of the documents already there.";
  const others = new Set(items.flatMap((c) => c.answers.flatMap((a) => a.sources.map((s) => s.id)))).size - 1;
  return `⚠ It disagrees with ${count(Math.max(1, others), "source")} on ${count(items.length, "fact")}:`;
}

/** The reply's first line for /remove. */
export function removedHeadline(result: { id: string; title: string; movedTo: string }): string {
  return `Removed “${result.title}” (${result.id}): moved to ${result.movedTo}. It no longer answers; nothing was deleted.`;
}
