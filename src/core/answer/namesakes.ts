/**
 * Passages that call a person by family name only ("In 1854 Moseley became vicar…") are about the
 * person the question names, unless they give that family name another given name: "Sir Thomas
 * Moseley" is a namesake, not Henry Moseley.
 */
import type { SentenceRef } from "../types.js";
import type { QuestionAnalysis } from "../question/analyze.js";
import { STOP_WORDS } from "../search/terms.js";
import { TITLE_WORDS } from "../lexicon/titles.js";

export interface PersonName {
  given: string;
  family: string;
}

/** A person the question names: given name and family name as written ("Henry", "Moseley"). */
export function personNameOf(q: QuestionAnalysis): PersonName | undefined {
  const words = (q.question.match(/\b\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w, i) => i > 0 || !/^(?:When|Who|What|Where|Which|How|Whom|Whose|In|Is|Was|Did|Does)$/.test(w));
  if (words.length < 2) return undefined;
  return { given: words[words.length - 2]!, family: words[words.length - 1]!.replace(/['’]s$/, "") };
}

/** The sentences name the family name, and never with another given name before it. */
export function callsByFamilyName({ given, family }: PersonName, sentences: readonly SentenceRef[]): boolean {
  const before = new RegExp(`(\\p{Lu}[\\p{L}'’]*\\.?)\\s+${family}\\b`, "gu");
  const own = given.toLowerCase();
  let mentioned = false;
  for (const s of sentences) {
    if (!s.text.includes(family)) continue;
    mentioned = true;
    for (const m of s.text.matchAll(before)) {
      const word = m[1]!.replace(/\.$/, "").toLowerCase();
      if (TITLE_WORDS.has(word) || STOP_WORDS.has(word) || word === own) continue;
      if (own.startsWith(word) || word.startsWith(own)) continue;
      return false;
    }
  }
  return mentioned;
}
