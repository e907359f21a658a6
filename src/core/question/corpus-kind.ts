/**
 * The kind of value a question asks for, learned from the corpus when the lexicon cannot tell:
 * "what's the 401k match", "annual committed spend with Stratalyne", "Stratalyne sev1 response
 * time?" name no noun WordNet files under an amount or a period, yet the documents write one right
 * after the words ("| Sev1 response time | 15 minutes |", "the 401(k) match stays at … 4% of
 * salary"). What the sources state after the asked noun is what it is measured in. So with "how
 * much notice": a noun no lexicon measures, that the documents state as a period ("90 days'
 * notice"), asks for a period.
 */
import type { AnswerType, Claim, SentenceRef } from "../types.js";
import type { SentenceIndex } from "../search/index.js";
import { normalizeTerm, rawTokens, tokenOffsets } from "../search/terms.js";
import type { QuestionAnalysis } from "./analyze.js";
import { typeOfNoun } from "./nouns.js";

/** What the corpus offers to learn from. */
export interface KindSources {
  index: SentenceIndex;
  claims(sentence: SentenceRef): readonly Claim[];
  terms(sentence: SentenceRef): readonly { term: string; position: number }[];
}

/** Sentences read: the best matches of the question's words that use the asked noun. */
const SENTENCES_READ = 40;
/** A value this many words after the noun or fewer is stated for it ("the match stays at 100% … up to 4%"). */
const REACH = 6;
/** The share of the sentences with a value after the noun that must agree on its kind. */
const AGREEMENT = 2 / 3;

/** The share of the sentences using the noun that must state a value of the kind right after it. */
const USING_SHARE = 0.5;

/** Value kinds a noun can be measured in. */
const MEASURED: ReadonlySet<AnswerType> = new Set(["number", "duration", "date"]);

/**
 * The kind the documents state the asked noun in, or undefined when they do not agree on one.
 * Only for a question the reader typed as free text, naming a noun it could not type, or one asking
 * "how much" of such a noun (then only a period is taken).
 */
export function corpusKind(q: QuestionAnalysis, sources: KindSources): AnswerType | undefined {
  if (q.asksPassages || q.asksList) return undefined;
  // "how much notice do we need to give": an amount of a noun no lexicon measures may be a period,
  // when the documents state one for it ("90 days' notice"); money (typed by the lexicon) stays an amount.
  const amountOfUntyped = q.answerType === "number" && !!q.focus && /\bhow much\b/i.test(q.question) && !typeOfNoun(q.focus);
  if (q.answerType !== "text" && !amountOfUntyped) return undefined;
  const asked = askedNoun(q);
  // An acronym no document uses is read as the name they spell out ("ARR": "annual recurring
  // revenue"), by that name's last word.
  const spelled = asked && !sources.index.has(asked.term) ? q.spelledOut?.[asked.term] : undefined;
  const noun = spelled?.length ? { term: spelled[spelled.length - 1]!, written: undefined } : asked;
  if (!noun || !sources.index.has(noun.term)) return undefined;
  const hits = sources.index.find([...new Set([...q.subjectTerms, ...q.relationTerms, ...(spelled ?? []), noun.term])], SENTENCES_READ);
  // The kinds of value each sentence states right after the noun.
  const statements: Set<AnswerType>[] = [];
  let using = 0;
  for (const { sentence } of hits) {
    const terms = sources.terms(sentence);
    const at = terms.filter((t) => t.term === noun.term).map((t) => t.position);
    if (!at.length || (spelled && !spelled.every((w) => terms.some((t) => t.term === w)))) continue;
    const tokens = rawTokens(sentence.text);
    if (noun.written !== undefined && !at.some((p) => sameWord(tokens[p] ?? "", noun.written!))) continue;
    const offsets = tokenOffsets(sentence.text);
    using++;
    const kinds = new Set<AnswerType>();
    const claims = sources.claims(sentence).filter((c) => MEASURED.has(c.type as AnswerType));
    // "15 minutes" is a period, though its "15" is a number too.
    const within = (c: Claim) => claims.some((o) => o !== c && o.type !== "number" && o.start <= c.start && c.end <= o.end);
    for (const claim of claims) {
      if (claim.type === "number" && within(claim)) continue;
      // The token the value starts at: the number of tokens that start before it.
      const start = offsets.findIndex((o) => o >= claim.start);
      if (start < 0) continue;
      if (at.some((p) => start > p && start - p <= REACH)) kinds.add(claim.type as AnswerType);
      // …or right before it: "90 days' notice", "a 30-day notice".
      else if (at.some((p) => claim.end <= offsets[p]! && /^[\s'’-]*$/.test(sentence.text.slice(claim.end, offsets[p])))) kinds.add(claim.type as AnswerType);
    }
    // A date after the noun often only dates it ("spend in the first contract year (July 2024…)"):
    // where an amount or a period stands there too, the date is not what the noun is.
    if (kinds.has("date") && kinds.size > 1) kinds.delete("date");
    if (kinds.size === 0) continue;
    statements.push(kinds);
  }
  // Amounts and periods first: only a noun never stated as one is taken for a date.
  const measured = statements.filter((k) => !k.has("date"));
  const counted = measured.length ? measured : statements;
  const votes = new Map<AnswerType, number>();
  for (const kinds of counted) for (const k of kinds) votes.set(k, (votes.get(k) ?? 0) + 1);
  const [kind, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
  // Most sentences that use the noun state it so: "sport" is used far more often than a number follows it.
  const agreed = kind && count! >= AGREEMENT * counted.length && count! >= USING_SHARE * using ? kind : undefined;
  return amountOfUntyped ? (agreed === "duration" ? agreed : undefined) : agreed;
}

/**
 * The noun a free-text question asks about, as an index term and as written: its focus, else (a
 * terse question) its last word that is no name.
 */
function askedNoun(q: QuestionAnalysis): { term: string; written: string } | undefined {
  if (q.focus) {
    const term = normalizeTerm(q.focus);
    return term ? { term, written: q.focus.toLowerCase() } : undefined;
  }
  const words = new Set([...q.subjectTerms, ...q.relationTerms].filter((t) => !q.nameTerms.includes(t)));
  const tokens = rawTokens(q.question);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const term = normalizeTerm(tokens[i]!);
    if (term && words.has(term)) return { term, written: tokens[i]! };
  }
  return undefined;
}

/** The same word, or its plural or singular: "spent" shares the stem of "spend", not its meaning. */
const sameWord = (a: string, b: string) => a === b || a === `${b}s` || b === `${a}s`;
