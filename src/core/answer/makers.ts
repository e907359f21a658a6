/**
 * Who made a work: the agent a sentence introduces with "by" ("an album by Doro"), "album from" or
 * "album of", or names in the work's disambiguated title ("Interiors (Nirvana album)"). For "Who is
 * the artist…?" that agent answers by itself; the agent of another deed ("produced by") does not.
 */
import type { Claim } from "../types.js";
import type { QuestionAnalysis } from "../question/analyze.js";
import { normalizeTerm } from "../search/terms.js";

/**
 * Nouns for who made a work. A band or a studio can be one ("the artist of the album"), so a
 * group's name fits them nearly as well as a person's.
 */
export const MAKER_NOUNS = /^(artist|performer|creator|producer|developer|publisher|composer|author|writer|director|designer|architect|builder|band|act)$/;

/** Verbs of making a work: "Who composed…?" asks for its maker as "Who is the composer of…?" does. */
export const MAKER_VERBS = ["compose", "write", "direct", "produce", "design", "create", "paint", "record", "perform", "sing"];

/** The question asks who made a work: the agent its sources name ("an album by Doro") answers it by itself. */
export function asksMaker(q: QuestionAnalysis): boolean {
  if (q.answerType !== "person" && q.answerType !== "organization") return false;
  if (q.focus && MAKER_NOUNS.test(q.focus)) return true;
  return q.relationTerms.some((t) => MAKER_VERBS.some((v) => normalizeTerm(v) === t));
}

/** A name introduced by "by", the agent of a passive or of a work ("an album by American rock band Needtobreathe"). */
const AGENT_BEFORE = /(?:\bby|\b(?:album|EP|LP|single|song|record|compilation|mixtape)\s+(?:from|of))\s+(?:(?:the|a|an|[\p{Ll}][\p{L}'’-]*|\p{Lu}[\p{Ll}]+(?:an|ish|ese|i)|[\p{L}-]+-[\p{L}-]+)\s+){0,5}$/u;
/** The maker in a work's disambiguated title: "Interiors (Nirvana album)". */
const WORK_OF = /^\s+(?:album|EP|song|single)\)/;
/** How much more an agent counts when a who-question asks for one. */
export const AGENT_BONUS = 1.5;

/** At most this many words from the subject's name to its agent ("Down Home is an album by saxophonist John Coltrane"). */
export const AGENT_REACH = 12;

/** The claim is the agent its sentence names with "by". */
export function isAgent(text: string, claim: Claim, statesRelation: (word: string) => boolean): boolean {
  const before = text.slice(Math.max(0, claim.start - 80), claim.start);
  const by = AGENT_BEFORE.exec(before);
  if (by) {
    // "produced by", "hosted by": the agent of another deed than the one asked about is not the answer.
    const verb = /(\p{L}+(?:ed|en|wn))\s+$/u.exec(before.slice(0, by.index))?.[1];
    return !verb || statesRelation(verb);
  }
  return WORK_OF.test(text.slice(claim.end, claim.end + 12));
}
