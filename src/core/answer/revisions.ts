/**
 * Values a sentence gives as replaced by another: "the incident count is revised from 27 to 34",
 * "up from 900", "originally planned for ten weeks". Asked the value, the old one is history, not
 * the answer, and no side of a disagreement with the new one; asked what it was at first, it is.
 */
import type { Claim } from "../types.js";

/** Verbs of a value changing: "revised from 27 to 34", "pushed back from 9 March to 16 March". */
const CHANGED = String.raw`(?:revis|rais|increas|cut|reduc|extend|lengthen|shorten|grow|grew|rose|rise|rising|fell|fall|drop|climb|jump|chang|mov|push(?:ed|es|ing)?\s+back|brought\s+forward|bring(?:s|ing)?\s+forward|expand|lower|lift|upgrad|downgrad|updat|correct|amend|scal(?:ed|es|ing)?\s+back|trimm?|slash|doubl|halv)[a-z]*`;
/** "… from" right before the value, the change's verb a few words back; or "up from", "down from". */
const FROM_BEFORE = new RegExp(String.raw`(?:\b${CHANGED}\b(?:\s+[\p{L}\d,'’-]+){0,5}?\s+from|\b(?:up|down)\s+from)\s+(?:the\s+|an?\s+|some\s+|around\s+|about\s+)?$`, "iu");
/** …and "to" the new value after it. ("up from 900" needs none.) */
const TO_AFTER = /^[^.;]{0,30}?\bto\b/iu;
/** Said to be what it was at first: "originally planned for ten weeks", "initially estimated at 900" (not "a previously unreleased memo"). */
const ONCE_BEFORE = /\b(?:originally|initially|previously|formerly)\s+(?:(?:was|were|been|being)\s+)?(?:planned|estimated|scheduled|set|expected|budgeted|put|due|forecast|projected|announced|reported|given|quoted|valued|costed|priced|meant|intended|thought|believed|said)\s+(?:to\s+(?:be|take|last|cost|open|run)\s+)?(?:at|as|for|of|to|on|in|by)?\s*(?:the\s+|an?\s+|some\s+|around\s+|about\s+)?$/iu;

/** Words without which neither pattern can hold. */
const MAY_REPLACE = /from|originally|initially|previously|formerly/i;

/**
 * The question asks what a value was before it changed: "originally", "at first", "the initial
 * estimate", "before it was revised". ("old service records" asks nothing of the kind.)
 */
export const asksFormerValue = (question: string) => /\b(?:originally|original|initially|initial|at first)\b/i.test(question) || BEFORE_CHANGE.test(question);
const BEFORE_CHANGE = new RegExp(String.raw`\bbefore\b[^?]*\b${CHANGED}\b`, "i");

/** The sentence gives the value `claim` names as one since replaced. */
export function isSuperseded(text: string, claim: Claim): boolean {
  const before = text.slice(Math.max(0, claim.start - 80), claim.start);
  // Asked of every value read: most sentences say neither, and a word test is cheaper than the patterns.
  if (!MAY_REPLACE.test(before)) return false;
  const after = text.slice(claim.end);
  if (FROM_BEFORE.test(before)) return /\b(?:up|down)\s+from\s+\S*\s*$/i.test(before) || TO_AFTER.test(after);
  return ONCE_BEFORE.test(before);
}
