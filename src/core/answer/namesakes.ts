/**
 * Namesakes. Passages that call a person by family name only ("In 1854 Moseley became vicar…")
 * are about the person the question names, unless they give that family name another given name:
 * "Sir Thomas Moseley" is a namesake, not Henry Moseley. And a document titled as an encyclopedia
 * titles a namesake ("Kelderwick, Nova Scotia") is about another thing than the bare title's.
 */
import type { SentenceRef } from "../types.js";
import type { QuestionAnalysis } from "../question/analyze.js";
import type { CorpusView } from "./candidates.js";
import { STOP_WORDS, termsOf } from "../search/terms.js";
import { TITLE_WORDS } from "../lexicon/titles.js";

/** A title with a qualifier after a comma or in brackets: "Kelderwick, Nova Scotia", "Mercury (planet)". */
const QUALIFIED_TITLE = /^\s*([^,()]+?)\s*(?:,\s*([^,()]+)|\(([^()]+)\))\s*$/;

/** A document about a namesake of the bare title's subject, and whether the question asks of it. */
export interface TitledNamesake {
  /** The document with the bare title ("Kelderwick"). */
  primary: string;
  /** The question tells the namesake apart: its qualifier, or a subject word only its document uses. */
  asked: boolean;
  /** …and the bare title's document uses those words too, so it may speak of the namesake. */
  primarySpeaksOfIt: boolean;
}

/**
 * "Kelderwick, Nova Scotia" or "Mercury (planet)" beside a document titled "Kelderwick": an
 * encyclopedia qualifies the title of a namesake. A question giving the name alone may mean
 * either; one that tells the namesake apart asks of it: by its qualifier ("Nova Scotia"), or by
 * another word only the namesake's document uses ("the Canadian Kelderwick"). Undefined when the
 * document's title names no namesake of the question's subject.
 */
export function titledNamesake(docId: string, subject: readonly string[], view: Pick<CorpusView, "titleOf" | "documentTitled" | "documentHas">): TitledNamesake | undefined {
  const m = QUALIFIED_TITLE.exec(view.titleOf(docId));
  const primary = m ? view.documentTitled(m[1]!) : undefined;
  if (!m || primary === undefined || primary === docId) return undefined;
  const name = termsOf(m[1]!);
  if (!name.length || !name.every((t) => subject.includes(t))) return undefined;
  const qualifier = termsOf(m[2] ?? m[3]!);
  const tellsApart = (t: string) => qualifier.includes(t) || (!name.includes(t) && view.documentHas(docId, t) && !view.documentHas(primary, t));
  const telling = subject.filter(tellsApart);
  return { primary, asked: telling.length > 0, primarySpeaksOfIt: telling.some((t) => view.documentHas(primary, t)) };
}

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
