/**
 * Whether a sentence has a person coming into a post or leaving it: "Ingrid Solberg takes over as
 * chief quality officer", "Gareth Pryce … will step down". Asked "who's the new head of quality",
 * the one leaving is the old holder however often sources name them, and the one coming in is the
 * answer sources written before the change cannot give.
 */
import type { Claim } from "../types.js";

export type Tenure = "incoming" | "outgoing";

/**
 * "who's the new CFO", "the incoming coach": the question asks for the holder after a change.
 * Not "New" in a name or a quoted title ("the album "Brand New Me"", "New Haven").
 */
export const asksNewHolder = (question: string) => /\b(?:new|incoming)\b/.test(question.replace(/["“][^"”]*["”]/g, ""));

/** An aside right after the name, set off by commas ("Gareth Pryce, its head of quality since 2019,"), or "who" opening a clause. */
const ASIDE = String.raw`(?:,[^,.;]{1,80},|,\s*who)?\s+`;
/** Auxiliaries before the verb: "will", "is to", "has been". */
const AUX = String.raw`(?:(?:will|would|is|was|are|were|has|had|have|is\s+to|is\s+set\s+to|is\s+due\s+to|plans\s+to)\s+)*`;
/** Verbs of leaving a post, said of the person before them, and being replaced ("was replaced"; "replaced" alone is the newcomer's deed). */
const LEAVES = String.raw`(?:step(?:s|ped|ping)?\s+down|stands?\s+down|leav(?:e|es|ing)|left|retir(?:e|es|ed|ing)|resign(?:s|ed|ing)?|depart(?:s|ed|ing)?|quit(?:s|ting)?|(?:is|was|were|be|been|being)\s+(?:replaced|succeeded|sacked|dismissed|ousted|fired))`;
/** Verbs of taking a post up, said of the person before them. */
const COMES = String.raw`(?:tak(?:e|es|ing)\s+over|took\s+over|join(?:s|ed|ing)?|step(?:s|ped)?\s+in|succeed(?:s|ed)?|replac(?:e|es|ed)|start(?:s|ed)?\s+as|been\s+(?:appointed|named|hired|promoted)|appointed|named|hired|promoted)`;
const LEAVES_AFTER = new RegExp(String.raw`^${ASIDE}${AUX}${LEAVES}\b`, "iu");
const COMES_AFTER = new RegExp(String.raw`^${ASIDE}${AUX}${COMES}\b`, "iu");
/** Before the name: "replaced on 1 June by", "the appointment of", "welcomed", "the new …, ". */
const COMES_BEFORE = /(?:\b(?:replaced|succeeded|followed)\b[^.;]{0,40}\bby|\b(?:appointment\s+of|welcom(?:e|es|ed|ing)|hired|appointed|incoming)(?:\s+[\p{L}'’-]+){0,4}?|\bnew(?:\s+[\p{L}'’-]+){1,4}?,?)\s+$/iu;
/** Before the name: "the outgoing …", "former CFO", "succeeds", "replaces". */
const LEAVES_BEFORE = /\b(?:outgoing|former|departing|retiring|predecessor|(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing))(?!\s[^.;]{0,40}\bby\b))(?:\s+[\p{L}'’-]+){0,4}?,?\s+$/iu;

/** Whether the sentence has the person `claim` names coming into a post or leaving one. */
export function tenureOf(text: string, claim: Claim): Tenure | undefined {
  if (claim.type !== "person") return undefined;
  const after = text.slice(claim.end);
  const before = text.slice(Math.max(0, claim.start - 60), claim.start);
  if (LEAVES_AFTER.test(after) || LEAVES_BEFORE.test(before)) return "outgoing";
  if (COMES_AFTER.test(after) || COMES_BEFORE.test(before)) return "incoming";
  return undefined;
}
