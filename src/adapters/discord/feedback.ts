/**
 * Discord's side of feedback: the Right / Wrong buttons (message components) showing the tally,
 * the select menu of sources a Wrong vote opens, and the custom ids that carry the answer's id
 * back with each click. Discord limits: 100 characters a custom id, 80 a button label, 25
 * options a menu, 100 characters an option's label, value and description.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIStringSelectComponent,
} from "discord.js";
import type { Verdict } from "../../storage/question-log.js";
import type { BlameChoice } from "../../feedback/choices.js";
import { voteButtonText, type FeedbackView } from "../../feedback/vote.js";
import { neutralizeMentions, truncate } from "./text.js";

const LIMITS = { customId: 100, label: 80, options: 25, optionText: 100 } as const;

const VOTE_PREFIX = "crosscheck:vote:";
const BLAME_PREFIX = "crosscheck:blame:";

/** "crosscheck:vote:right:<answerId>" */
export function voteCustomId(verdict: Verdict, answerId: string): string {
  return `${VOTE_PREFIX}${verdict}:${answerId}`.slice(0, LIMITS.customId);
}

/** The vote a button's custom id stands for; undefined when it is not one of ours. */
export function parseVoteId(customId: string): { verdict: Verdict; answerId: string } | undefined {
  const m = /^crosscheck:vote:(right|wrong):([\w-]{1,64})$/.exec(customId);
  return m ? { verdict: m[1] as Verdict, answerId: m[2]! } : undefined;
}

/** "crosscheck:blame:<answerId>" */
export function blameCustomId(answerId: string): string {
  return `${BLAME_PREFIX}${answerId}`.slice(0, LIMITS.customId);
}

export function parseBlameId(customId: string): string | undefined {
  return /^crosscheck:blame:([\w-]{1,64})$/.exec(customId)?.[1];
}

/** The Right and Wrong buttons, each showing its count. */
export function feedbackRow(feedback: FeedbackView): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const button = (verdict: Verdict, style: ButtonStyle.Success | ButtonStyle.Danger): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style,
    custom_id: voteCustomId(verdict, feedback.answerId),
    label: truncate(voteButtonText(verdict, feedback.tally[verdict]), LIMITS.label),
  });
  return { type: ComponentType.ActionRow, components: [button("right", ButtonStyle.Success), button("wrong", ButtonStyle.Danger)] };
}

/** Corpus text for a plain component field: one line, mentions defused, within the limit. */
const plain = (text: string) => truncate(neutralizeMentions(text.replace(/\s+/g, " ").trim()), LIMITS.optionText);

/** The menu of sources a Wrong vote may blame, sent privately after the vote. */
export function blameRow(answerId: string, choices: readonly BlameChoice[]): APIActionRowComponent<APIStringSelectComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: blameCustomId(answerId),
        placeholder: "Choose a source",
        options: choices.slice(0, LIMITS.options).map((c) => ({ label: plain(c.label), value: c.key, ...(c.detail ? { description: plain(c.detail) } : {}) })),
      },
    ],
  };
}
