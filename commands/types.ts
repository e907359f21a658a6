/**
 * A chat command, declared once and shared by every adapter (terminal, Slack, Discord).
 * Adapters turn a message into `CommandInput`, call `execute`, and render the `CommandResult`.
 * Commands know nothing of any chat platform.
 */
import type { Answer, ConflictReport, SourceSummary } from "../src/core/types.js";
import type { QueryEngine } from "../src/core/engine.js";
import type { QuestionLog } from "../src/storage/question-log.js";
import type { EditorReport } from "../src/feedback/report.js";

export interface CommandOption {
  name: string;
  description: string;
  /** An integer option is typed as text in Slack and the terminal; the command parses it. */
  type: "string" | "boolean" | "integer";
  required: boolean;
  /** Longest accepted value, for platforms that enforce it (Discord). */
  maxLength?: number;
  /** Bounds of an integer option, for platforms that enforce them (Discord). */
  min?: number;
  max?: number;
}

export interface CommandInput {
  /** The free text after the command name ("when was the memo signed"). */
  text: string;
  /** Who asked, for rate limits and logs; platform-specific but opaque here. */
  userId?: string;
  /** The adapter found the asker to be an editor (CORPUS_EDITORS, Discord's Manage Server, the terminal's operator). */
  editor?: boolean;
}

export interface CommandContext {
  /** The query core; may be swapped when the corpus reloads, so read it per call. */
  engine(): QueryEngine;
  /** The fingerprint of the corpus the current engine answers from, for the question log. */
  corpusFingerprint?(): string | undefined;
  /** Where answers and votes are logged; absent when LOG_QUESTIONS is off. */
  questionLog?: QuestionLog;
  /** Slack member ids and Discord user ids of the editors (CORPUS_EDITORS). */
  editors?: ReadonlySet<string>;
}

export type CommandResult =
  /** `answerId`: the answer's id in the question log, set when it was logged (feedback buttons vote on it). */
  | { kind: "answer"; answer: Answer; answerId?: string }
  | { kind: "report"; report: EditorReport }
  | { kind: "sources"; sources: SourceSummary[]; skipped: number }
  | { kind: "conflicts"; report: ConflictReport; topic?: string }
  | { kind: "help"; lines: HelpLine[] }
  | { kind: "error"; message: string };

export interface HelpLine {
  usage: string;
  description: string;
}

export interface Command {
  /** Lower-case name without slash ("ask"). */
  name: string;
  description: string;
  /** The free-text option, if the command takes one (Discord needs it declared). */
  options: CommandOption[];
  /** Example uses, for /help. */
  examples: string[];
  execute(input: CommandInput, ctx: CommandContext): Promise<CommandResult> | CommandResult;
}
