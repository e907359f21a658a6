/**
 * A fact the report found, asked as a question, and named as a person would name it. Asking it
 * through the query core gives the report every rule an answer has: the same evidence, the same
 * confidence, the same bar for a disagreement. Its topic is built from the same words: "Finland's
 * withdrawal date", "the memo's signing date", "Linfield Park's capacity".
 */
import lemmatizer from "wink-lemmatizer";
import type { AnswerType } from "../types.js";
import { normalizeTerm, rawTokens, tokenOffsets } from "../search/terms.js";
import { nounsOfVerb } from "../lexicon/wordnet.js";
import type { ClaimContext } from "./context.js";
import type { Fact } from "./facts.js";

export interface FactQuestion {
  /** The question as the core reads it ("When Finland withdrew from the treaty"). */
  text: string;
  /** A topic for people ("Finland's withdrawal date"). */
  topic: string;
  /**
   * The sources share a word for what happened, not only names and auxiliaries: "When will
   * Linfield Park will" (a parade leaving the ground, a redevelopment beginning) asks nothing.
   */
  statesRelation: boolean;
}

/** Auxiliaries and modals: they say when or whether, never what happened. */
const AUXILIARIES = new Set("will would shall should can could may might must has have had is are was were be been being do does did".split(" "));

/** Anchor terms at least two sources of the fact use: what the sources share. */
export function sharedTerms(fact: Fact): Set<string> {
  const docsByTerm = new Map<string, Set<string>>();
  for (const m of fact.members)
    for (const term of m.context.anchors.keys()) {
      let docs = docsByTerm.get(term);
      if (!docs) docsByTerm.set(term, (docs = new Set()));
      docs.add(m.context.sentence.docId);
    }
  return new Set([...docsByTerm].filter(([, docs]) => docs.size >= 2).map(([term]) => term));
}

/** The wh-phrase that asks for a value of this kind. */
function askingFor(c: ClaimContext, unitWord: string | undefined): string {
  const claim = c.claim;
  const type: AnswerType = claim.type;
  switch (type) {
    case "date":
      return "When";
    case "duration":
      return "How long";
    case "number":
      if (claim.currency) return "How much";
      if (claim.ordinal) return "What place";
      return unitWord ? `How many ${unitWord}` : "How many";
    case "person":
      return "Who";
    case "organization":
      return "Which organization";
    case "place":
      return "Where";
    default:
      return "What";
  }
}

/** The words of a sentence as written, with their index terms and positions. */
function wordsOf(text: string): { word: string; term: string | null; at: number }[] {
  const offsets = tokenOffsets(text);
  return rawTokens(text).map((w, i) => ({ word: text.slice(offsets[i]!, offsets[i]! + w.length), term: normalizeTerm(w.replace(/-/g, "")), at: i }));
}

/** The noun of a deed ("withdrawal", "signing", "death") or of its doer ("designer"), from its verb. */
function nounOf(verb: string, agent: boolean): string | undefined {
  const derived = nounsOfVerb(verb);
  if (agent) return derived.find((d) => d.agent)?.noun;
  const deeds = derived.filter((d) => !d.agent && d.noun !== verb).map((d) => d.noun);
  const preferred = deeds.find((n) => /ing$/.test(n)) ?? deeds.find((n) => /(?:al|ment|ion|th)$/.test(n));
  if (preferred) return preferred;
  // No noun in WordNet: the verb's -ing form ("signing").
  const stem = /[^aeiou]e$/.test(verb) ? verb.slice(0, -1) : verb;
  return /^[a-z]+$/.test(verb) ? `${stem}ing` : undefined;
}

/** What a value of this kind is called in a topic: "date", "capacity", "length". */
function kindNoun(c: ClaimContext, unitWord: string | undefined): string {
  switch (c.claim.type) {
    case "date":
      return "date";
    case "duration":
      return "length";
    case "number":
      if (c.claim.currency) return "amount";
      if (c.claim.ordinal) return "place";
      return unitWord ? `number of ${unitWord}` : "number";
    case "place":
      return "place";
    default:
      return "";
  }
}

/**
 * The fact as a question and a topic. The seed's sentence gives the words: those its sources
 * share, in its order, the value's own words left out; the verb that governs the value names the
 * deed.
 */
export function factQuestion(fact: Fact): FactQuestion {
  // "a memorandum dated December 2" names no deed: a member whose verb does ("signed the order on…") words it better.
  const namesNoDeed = (c: ClaimContext) => !c.verb || lemmatizer.verb(c.verb) === kindNoun(c, undefined);
  const seed = namesNoDeed(fact.seed) ? (fact.members.map((m) => m.context).find((c) => !namesNoDeed(c)) ?? fact.seed) : fact.seed;
  const shared = sharedTerms(fact);
  const words = wordsOf(seed.sentence.text).filter((w) => w.at < seed.first || w.at > seed.last);
  const unitWord = seed.claim.unit ? words.find((w) => w.term === seed.claim.unit)?.word.toLowerCase() : undefined;
  // The shared words, and the verb that governs the seed's value: "When Hegseth signed", not "When Hegseth".
  const asked = words.filter((w) => w.term && (shared.has(w.term) || w.term === seed.verb) && w.term !== seed.claim.unit);
  const text = `${askingFor(seed, unitWord)} ${asked.map((w) => w.word).join(" ")}`.replace(/\s+/g, " ").trim();

  // The subject: the shared words that are names, else the shared nouns nearest the value.
  const verbWord = seed.verb ? words.find((w) => w.term === seed.verb)?.word.toLowerCase() : undefined;
  const subjectWords = asked.filter((w) => w.term !== seed.verb);
  const named = subjectWords.filter((w) => /^\p{Lu}/u.test(w.word));
  const subject = (named.length ? named : subjectWords.slice(-2)).map((w) => w.word).join(" ");
  const verb = verbWord ? lemmatizer.verb(verbWord) : undefined;
  const agent = seed.claim.type === "person" || seed.claim.type === "organization";
  const deed = verb ? nounOf(verb, agent) : undefined;
  const kind = kindNoun(seed, unitWord);
  const what = [deed, kind].filter(Boolean).join(" ") || (agent ? "who it was" : "value");
  const owner = named.length ? subject : subject ? `the ${subject}` : "";
  const topic = owner ? `${owner}${/s$/i.test(owner) ? "'" : "'s"} ${what}` : what;
  const statesRelation = asked.some((w) => !/^\p{Lu}/u.test(w.word) && !AUXILIARIES.has(w.word.toLowerCase()));
  return { text, topic, statesRelation };
}
