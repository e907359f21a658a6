/**
 * Feedback on answers, the same on every platform: which answers get the Right / Wrong buttons,
 * what the buttons say (with the tally), and what a vote or a blamed source does and answers.
 * Adapters only turn these into Block Kit or message components.
 */
import type { CommandResult } from "../../commands/index.js";
import type { QuestionLog, LoggedAnswer, Tally, Verdict, VoteResult } from "../storage/question-log.js";
import { blameChoices, choiceByKey, type BlameChoice } from "./choices.js";

/** The feedback part of a message: which answer the buttons vote on, and the votes so far. */
export interface FeedbackView {
  answerId: string;
  tally: Tally;
}

/** Feedback buttons go under every logged answer but errors (bad input is not an answer to judge). */
export function feedbackFor(result: CommandResult): FeedbackView | undefined {
  if (result.kind !== "answer" || !result.answerId || result.answer.status === "error") return undefined;
  return { answerId: result.answerId, tally: { right: 0, wrong: 0 } };
}

/** A vote button's text with its count: "✓ Right", "✗ Wrong · 3". */
export function voteButtonText(verdict: Verdict, count: number): string {
  const label = verdict === "right" ? "✓ Right" : "✗ Wrong";
  return count > 0 ? `${label} · ${count}` : label;
}

/** Asked, privately, after a "Wrong" vote. */
export const BLAME_PROMPT = "Thanks. Which source is wrong?";

const PROBLEMS: Record<Exclude<VoteResult, { ok: true }>["reason"], string> = {
  off: "Votes are not being recorded: the question log is off.",
  unknown: "That answer is no longer in the log, so the vote was not counted.",
  failed: "Your vote could not be recorded just now; please try again in a while.",
};

export type VoteOutcome =
  | { ok: true; tally: Tally; logged: LoggedAnswer; verdict: Verdict; /** With "wrong": what may be blamed. */ choices: BlameChoice[] }
  | { ok: false; message: string };

/** Records a vote. The outcome carries what the adapter needs to redraw the message. */
export function castVote(questionLog: QuestionLog | undefined, answerId: string, voter: string, verdict: Verdict): VoteOutcome {
  const result: VoteResult = questionLog ? questionLog.vote(answerId, voter, verdict) : { ok: false, reason: "off" };
  if (!result.ok) return { ok: false, message: PROBLEMS[result.reason] };
  const logged = questionLog?.find(answerId);
  if (!logged) return { ok: false, message: PROBLEMS.failed };
  return { ok: true, tally: result.tally, logged, verdict, choices: verdict === "wrong" ? blameChoices(logged.answer) : [] };
}

/** Records which source a person blames; returns the sentence to show them. */
export function castBlame(questionLog: QuestionLog | undefined, answerId: string, voter: string, key: string): string {
  const logged = questionLog?.find(answerId);
  if (!questionLog || !logged) return questionLog?.available ? PROBLEMS.unknown : PROBLEMS.off;
  const choice = choiceByKey(logged.answer, key);
  if (!choice) return PROBLEMS.unknown;
  const result = questionLog.blame(answerId, voter, choice.blame);
  if (!result.ok) return PROBLEMS[result.reason];
  return "sourceId" in choice.blame ? `Thanks: noted that “${choice.label}” is wrong.` : "Thanks: noted that the answer is not in these sources.";
}
