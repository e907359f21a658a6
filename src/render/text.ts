/**
 * Plain-text rendering of command results, for the terminal chat and the `ask` command line.
 * Slack and Discord have their own renderers; all read the same `CommandResult`.
 */
import type { AddOutcome, CommandResult } from "../../commands/index.js";
import type { Answer, AnswerValue, ConflictReport, SkippedFile, SourceCitation, SourceSummary } from "../core/types.js";
import { ALSO_MENTIONED_HEADING, PASSAGES_HEADING, supportWords } from "./confidence.js";
import { disagreementLines, disagreementSummary, outcomeHeadline, removedHeadline } from "./library.js";
import { renderReport } from "./report.js";

const QUOTE_LIMIT = 300;

function quote(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `"${t.length > QUOTE_LIMIT ? t.slice(0, QUOTE_LIMIT - 1) + "…" : t}"`;
}

/** Who says it, and where in the document: "(contract, Crane service contract, p. 2)". */
export function citedAs(s: Pick<SourceCitation, "id" | "title" | "location">, withTitle = true): string {
  return `(${[s.id, withTitle ? s.title : undefined, s.location].filter(Boolean).join(", ")})`;
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

/** The verdict line of an answer. */
export function verdict(answer: Answer): string {
  switch (answer.status) {
    case "conflict":
      return "⚠ Sources disagree.";
    case "answered": {
      if (answer.list) return `✓ ${count(mainAnswers(answer).length, "item")}.`;
      const n = answer.answers[0]?.sources.length ?? 0;
      return n > 1 ? `✓ ${n} sources agree.` : "✓ One source states it.";
    }
    case "passages":
      return `≈ ${PASSAGES_HEADING}`;
    case "not_found":
      return "∅ Not found in the sources.";
    case "error":
      return "✗ Cannot answer.";
  }
}

/** The answers to show first, and the weaker differing values shown after them as "also mentioned". */
export function mainAnswers(answer: Answer): AnswerValue[] {
  return answer.answers.filter((a) => !a.alsoMentioned);
}
export function alsoMentioned(answer: Answer): AnswerValue[] {
  return answer.answers.filter((a) => a.alsoMentioned);
}

function valueLines(a: AnswerValue): string[] {
  const lines = [`  ${a.value}${a.normalized !== a.value ? ` [${a.normalized}]` : ""} (${supportWords(a)})`];
  for (const s of a.sources) lines.push(`    ${quote(s.snippet)} ${citedAs(s)}`);
  return lines;
}

export function renderAnswer(answer: Answer): string {
  const lines = [verdict(answer)];
  for (const a of mainAnswers(answer)) lines.push(...valueLines(a));
  const also = alsoMentioned(answer);
  if (also.length) lines.push(`  ${ALSO_MENTIONED_HEADING}`, ...also.flatMap(valueLines));
  for (const p of answer.passages ?? []) lines.push(`  ${quote(p.snippet)} ${citedAs(p)}`);
  for (const w of answer.warnings) lines.push(`  Note: ${w}`);
  return lines.join("\n");
}

export function renderSources(sources: readonly SourceSummary[], skipped: number, skippedFiles: readonly SkippedFile[] = []): string {
  const lines = [`${count(sources.length, "document")}${skipped ? ` (${skipped} skipped)` : ""}:`];
  for (const s of sources) {
    const meta = [s.outlet, s.author, s.date, `${count(s.sentences, "sentence")}`].filter(Boolean).join(", ");
    let line = `  ${s.id}: ${s.title} (${meta})`;
    if (s.standing?.sharedFacts) line += ` — shares ${count(s.standing.sharedFacts, "fact")} with other sources; with the majority on ${s.standing.withMajority}, alone on ${s.standing.alone}`;
    lines.push(line);
  }
  if (skippedFiles.length) lines.push(`Skipped (${skippedFiles.length}):`, ...skippedFiles.map((f) => `  ${f.file}: ${f.reason}`));
  return lines.join("\n");
}

export function renderConflicts(report: ConflictReport, topic?: string): string {
  if (report.pending) return report.pending;
  if (!report.conflicts.length) return topic ? `No disagreements found about "${topic}".` : "No disagreements found between the sources.";
  const lines = [`${count(report.conflicts.length, "disagreement")}${topic ? ` about "${topic}"` : ""}:`];
  for (const c of report.conflicts) {
    lines.push(`⚠ ${c.topic} (${c.answerType})${c.selfContradiction ? " — a source contradicts itself" : ""}`);
    for (const a of c.answers) {
      lines.push(`  ${a.value} (${count(a.sources.length, "source")})`);
      for (const s of a.sources) lines.push(`    ${quote(s.snippet)} ${citedAs(s, false)}`);
    }
  }
  return lines.join("\n");
}

/** The reply to /add: each file's outcome, and for an added one where it disagrees with the others. */
export function renderAdded(outcomes: readonly AddOutcome[]): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(`${o.status === "added" ? "✓" : o.status === "already" ? "=" : "✗"} ${outcomeHeadline(o)}`);
    if (o.status !== "added") continue;
    lines.push(`  ${disagreementSummary(o.document.id, o.disagreements)}`);
    for (const d of disagreementLines(o.document.id, o.disagreements)) {
      lines.push(`  ${d.topic}: ${d.here} here, vs ${d.there.map((t) => `${t.value} ${t.sources.map((s) => citedAs(s)).join(" ")}`).join("; ")}`);
    }
  }
  return lines.join("\n");
}

/** Renders any command result as plain text. */
export function renderText(result: CommandResult): string {
  switch (result.kind) {
    case "answer":
      return renderAnswer(result.answer);
    case "sources":
      return renderSources(result.sources, result.skipped, result.skippedFiles);
    case "conflicts":
      return renderConflicts(result.report, result.topic);
    case "help":
      return result.lines.map((l) => `${l.usage}\n    ${l.description}`).join("\n");
    case "report":
      return renderReport(result.report);
    case "error":
      return `✗ ${result.message}`;
    case "added":
      return renderAdded(result.outcomes);
    case "removed":
      return `✓ ${removedHeadline(result)}`;
  }
}
