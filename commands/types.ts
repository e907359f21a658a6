/**
 * A chat command, declared once and shared by every adapter (terminal, Slack, Discord).
 * Adapters turn a message into `CommandInput`, call `execute`, and render the `CommandResult`.
 * Commands know nothing of any chat platform.
 */
import type { Answer, ConflictItem, ConflictReport, SkippedFile, SourceSummary } from "../src/core/types.js";
import type { QueryEngine } from "../src/core/engine.js";
import type { QuestionLog } from "../src/storage/question-log.js";
import type { EditorReport } from "../src/feedback/report.js";

export interface CommandOption {
  name: string;
  description: string;
  /**
   * `attachment`: a file the user attaches (Discord's attachment option; a shared file on Slack, a
   * path in the terminal). `integer`: typed as text in Slack and the terminal; the command parses it.
   */
  type: "string" | "boolean" | "attachment" | "integer";
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
  /** Who asked, as the corpus's editors list knows people (for /add, /remove and /report). */
  requester?: Requester;
  /** Files the message carries (for /add). */
  files?: IncomingFile[];
}

/** A person asking, where they asked. */
export interface Requester {
  platform: "slack" | "discord" | "terminal";
  /** Their id on that platform (a Slack user id, a Discord user id). */
  userId: string;
  /** The channel or conversation they asked in, for the record of who added what. */
  place?: string;
  /** Discord: they may manage the server, which makes them an editor. */
  managesServer?: boolean;
}

/** A file handed to the bot, fetched only once the command decides to read it. */
export interface IncomingFile {
  /** The name it was sent with ("Q3 report.pdf"). */
  name: string;
  /** Its size as the platform states it, when known: a file too large is refused before it is fetched. */
  size?: number;
  /** Fetches the bytes, refusing (with an UploadRefused) more than `maxBytes`. */
  fetch(maxBytes: number): Promise<Uint8Array>;
}

/** The people who keep the documents: CORPUS_EDITORS, Discord members with Manage Server, the terminal's operator. */
export interface Editors {
  mayEdit(requester: Requester): boolean;
}

/** Adding and removing documents (editors only); set where the corpus lives in a folder that can change. */
export interface CorpusLibrary extends Editors {
  add(file: IncomingFile, requester: Requester, title?: string): Promise<AddOutcome>;
  remove(sourceId: string, requester: Requester): Promise<RemoveOutcome>;
}

/** What became of one file handed to /add. */
export type AddOutcome =
  | { status: "added"; document: SourceSummary; disagreements: ConflictItem[] }
  /** The same content is in the corpus already. */
  | { status: "already"; name: string; existing: { id: string; title: string } }
  | { status: "refused"; name: string; reason: string };

export type RemoveOutcome = { status: "removed"; id: string; title: string; movedTo: string } | { status: "refused"; reason: string };

export interface CommandContext {
  /** The query core; may be swapped when the corpus reloads, so read it per call. */
  engine(): QueryEngine;
  /** Adding and removing documents; absent where the corpus cannot change (the command line). */
  library?: CorpusLibrary;
  /** The fingerprint of the corpus the current engine answers from, for the question log. */
  corpusFingerprint?(): string | undefined;
  /** Where answers and votes are logged; absent when LOG_QUESTIONS is off. */
  questionLog?: QuestionLog;
  /** Who may read /report: the same editors the library lets add and remove (absent: the terminal's operator and Manage Server only). */
  editors?: Editors;
}

export type CommandResult =
  /** `answerId`: the answer's id in the question log, set when it was logged (feedback buttons vote on it). */
  | { kind: "answer"; answer: Answer; answerId?: string }
  | { kind: "report"; report: EditorReport }
  | { kind: "sources"; sources: SourceSummary[]; skipped: number; /** The files not loaded, each with why. */ skippedFiles?: SkippedFile[] }
  | { kind: "conflicts"; report: ConflictReport; topic?: string }
  | { kind: "help"; lines: HelpLine[] }
  | { kind: "added"; outcomes: AddOutcome[] }
  | { kind: "removed"; id: string; title: string; movedTo: string }
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
