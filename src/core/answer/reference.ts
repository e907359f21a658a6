/**
 * How a passage speaks of its subject without naming it in full. An encyclopedic passage opens by
 * defining what it is about ("Carl Reinhold Roth was a Swedish businessman…"); later sentences say
 * "Reinhold was born…", "It was built about 1835", "its population was 7,899". When the opening
 * names the question's subject, those sentences are about the subject too.
 */
import type { SentenceRef } from "../types.js";
import { normalizeTerm, rawTokens, STOP_WORDS } from "../search/terms.js";

/** The name a document's first sentence defines: the words before its first "is", "was" or "(". */
const DEFINED_NAME = /^(.{1,120}?)\s+(?:\(|is|was|are|were|has been)\b/;
/** A personal pronoun among a sentence's first words: "He was born…", "Built in 1875, it is…". */
export const PRONOUN_NEAR_START = /^(?:[^\s,;]+[\s,]+){0,6}?(?:he|she|it|its|his|her|they|their)\b/i;

export interface DocumentLead {
  /** The share (by weight) of the question's subject the defined name holds: 1 when it names all of it. */
  share: number;
  /** Index terms of the defined name: a sentence using one ("Reinhold") speaks of the defined thing. */
  nameTerms: ReadonlySet<string>;
}

/** What a document's opening sentence defines, measured against the subject. */
export function documentLead(first: SentenceRef | undefined, subjectShare: (holds: (term: string) => boolean) => number): DocumentLead {
  const name = first ? DEFINED_NAME.exec(first.text)?.[1] ?? "" : "";
  const nameTerms = new Set(rawTokens(name).map((w) => normalizeTerm(w)).filter((t): t is string => !!t && /^\p{L}/u.test(t)));
  return { share: subjectShare((t) => nameTerms.has(t)), nameTerms };
}

/** A lead this complete makes the document about the subject. */
export const DEFINES_SUBJECT = 0.6;

/** How a sentence that does not name the subject still refers to it, through its document's lead. */
export function referenceTo(lead: DocumentLead, text: string, terms: readonly { term: string }[]): "name" | "pronoun" | undefined {
  if (lead.share < DEFINES_SUBJECT) return undefined;
  if (terms.some((t) => lead.nameTerms.has(t.term))) return "name";
  return PRONOUN_NEAR_START.test(text) ? "pronoun" : undefined;
}

/** A sentence's first word, when it is capitalized and no stop word ("Growth" of "Growth is $1,390…", not "It" or "The"). */
export function openingName(text: string): string | undefined {
  const first = /^\s*(\p{Lu}[\p{L}'’-]*)/u.exec(text)?.[1];
  return first && !STOP_WORDS.has(first.toLowerCase()) ? first : undefined;
}
