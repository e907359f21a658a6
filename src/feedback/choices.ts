/**
 * What a person can blame for a wrong answer: each source the answer cites, or none of them
 * ("the answer is not in these sources"). The same list, in the same order, backs Slack's menu
 * and Discord's, and a choice travels as a short key so that no platform limit on ids is hit.
 */
import type { Answer } from "../core/types.js";
import type { Blame } from "../storage/question-log.js";

export interface BlameChoice {
  /** Short and stable for this answer: "s0", "s1"… or "none". */
  key: string;
  /** What the menu shows (cut to each platform's limit by the adapter). */
  label: string;
  /** The value this source states, shown as the option's description where there is room. */
  detail?: string;
  blame: Blame;
}

export const NOT_IN_SOURCES_KEY = "none";
export const NOT_IN_SOURCES_LABEL = "The answer is not in these sources";

/**
 * Discord's select menus hold at most 25 options (Slack's 100): 24 sources and "not in these
 * sources". An answer citing more is rare; its first sources are its strongest.
 */
const MAX_SOURCES = 24;

/** The sources an answer cites, each once, strongest value first; passages' sources when it has no values. */
function citedSources(answer: Answer): { id: string; title: string; value?: string }[] {
  const seen = new Map<string, { id: string; title: string; value?: string }>();
  for (const value of answer.answers) for (const s of value.sources) if (!seen.has(s.id)) seen.set(s.id, { id: s.id, title: s.title, value: value.value });
  for (const p of answer.passages ?? []) if (!seen.has(p.id)) seen.set(p.id, { id: p.id, title: p.title });
  return [...seen.values()];
}

/** The choices offered after a "Wrong" vote; empty when the answer cites no source (nothing found). */
export function blameChoices(answer: Answer): BlameChoice[] {
  const sources = citedSources(answer).slice(0, MAX_SOURCES);
  if (!sources.length) return [];
  const choices: BlameChoice[] = sources.map((s, i) => ({
    key: `s${i}`,
    label: s.title.replace(/\s+/g, " ").trim() || s.id,
    detail: s.value === undefined ? s.id : `${s.id}: says ${s.value}`,
    blame: { sourceId: s.id },
  }));
  choices.push({ key: NOT_IN_SOURCES_KEY, label: NOT_IN_SOURCES_LABEL, blame: { notInSources: true } });
  return choices;
}

/** The choice a key names, for this answer; undefined for a key that is not one of its choices. */
export function choiceByKey(answer: Answer, key: string): BlameChoice | undefined {
  return blameChoices(answer).find((c) => c.key === key);
}
