/**
 * What kind of answer a noun asks for: "date" a date, "newspaper" an organization, "capacity" a
 * number, "tenure" a duration. A short list holds the nouns people ask with most; any other noun
 * is typed by WordNet, by the broad class of its most frequent sense (a person, a group, a
 * location, a time, a sum of money) or by the measures it is a kind of ("tonnage", "altitude").
 */
import type { AnswerType } from "../types.js";
import { nounSense } from "../lexicon/wordnet.js";
import lemmatizer from "wink-lemmatizer";

const LISTED: Record<Exclude<AnswerType, "text">, string> = {
  date: "year date day month decade century birthday anniversary deadline",
  duration: "duration period term tenure spell stint lifetime lifespan",
  number:
    "population income salary wage pay gdp number length height width depth area size amount total count cost price fee fine " +
    "age percentage percent rate toll budget capacity elevation altitude distance weight speed score revenue attendance crowd " +
    "tonnage headcount profit loss turnover valuation debt deficit margin point goal vote seat employee staff worth value sum",
  place:
    "country city town village place region state province county location continent nation capital island peninsula " +
    "territory district neighbourhood neighborhood venue site address headquarters hometown birthplace ground stadium arena " +
    "port river street",
  organization:
    "newspaper paper outlet publication magazine company firm organization organisation agency group team club network " +
    "broadcaster channel university college school institution bank ministry department government administration court " +
    "committee council union band label publisher airline brand station studio army military body ngo charity " +
    "contractor shipyard supplier vendor manufacturer sponsor employer insurer lender owner buyer seller alliance coalition " +
    "bloc federation league association society firm carrier provider operator landlord",
  person:
    "person man woman official leader president secretary minister author writer director actor actress artist singer " +
    "player founder ceo cfo cto coo chairman chairwoman chair chairperson spokesperson spokesman spokeswoman general judge " +
    "senator governor mayor king queen composer producer designer architect coach member manager captain referee husband " +
    "wife son daughter father mother brother sister successor predecessor head chief editor engineer scientist inventor " +
    "discoverer winner scorer candidate character owner buyer",
};

/**
 * Nouns answered by a kind a source names ("golf" for "what sport", "Democrat" for "what
 * party"): free text matched against WordNet's kinds, not a name of any organization.
 */
/**
 * Nouns that ask for an identifier or code ("what incident id", "which version", "ticket
 * number"), and the kind of code each asks for: free text read as codes (extract/codes.ts).
 */
export const CODE_NOUNS: ReadonlyMap<string, "id" | "version" | "status" | "email" | "model"> = new Map([
  ["id", "id"], ["identifier", "id"], ["code", "id"], ["ticket", "id"], ["reference", "id"], ["number", "id"],
  ["version", "version"], ["release", "version"], ["status", "status"], ["serial", "model"], ["model", "model"],
  ["email", "email"], ["e-mail", "email"],
]);

const KIND_NOUNS = new Set("color colour sport genre language religion profession occupation job career instrument medium format party style discipline position".split(" "));

const BY_NOUN = new Map<string, AnswerType>();
for (const [type, nouns] of Object.entries(LISTED) as [AnswerType, string][])
  for (const noun of nouns.split(" ")) if (!BY_NOUN.has(noun)) BY_NOUN.set(noun, type);

/** Measures in WordNet: a noun below one of these asks for a number. */
const MEASURES = new Set(["magnitude", "measure", "quantity", "amount", "number", "sum", "fundamental quantity", "definite quantity"]);

/** True for the nouns people ask with most ("ceo", "president", "date"): common words, never names, however a corpus capitalizes them ("CEO"). */
export function isListedNoun(noun: string): boolean {
  return BY_NOUN.has(singular(noun));
}

/** The singular of a noun ("clubs" → "club", "countries" → "country"). */
export function singular(noun: string): string {
  const w = noun.toLowerCase();
  return lemmatizer.noun(w);
}

/** The noun names several things: "clubs", "countries", "players". */
export function isPlural(noun: string): boolean {
  const w = noun.toLowerCase();
  return /s$/.test(w) && singular(w) !== w;
}

/** Kinds of built place a body may also be named as: a station, a hospital, an airport, a factory. */
const FACILITY_KINDS = ["facility", "structure", "building", "workplace"];

/**
 * Whether a noun's most frequent sense is a built place ("which hospital", "which station"): it is
 * named as a place ("Fifth Street station") or as the body that runs it ("St Bride's Hospital").
 */
export function isFacilityNoun(noun: string): boolean {
  const w = singular(noun);
  if (!/^\p{Ll}{3,}$/u.test(w)) return false;
  const sense = nounSense(w);
  return !!sense && FACILITY_KINDS.some((k) => sense.above.has(k));
}

/** The answer type a noun asks for, or undefined when it asks for none in particular (then: free text). */
export function typeOfNoun(noun: string): AnswerType | undefined {
  const w = singular(noun);
  if (KIND_NOUNS.has(w) || (CODE_NOUNS.has(w) && w !== "number")) return undefined;
  const listed = BY_NOUN.get(w);
  if (listed) return listed;
  if (!/^\p{Ll}{3,}$/u.test(w)) return undefined;
  const sense = nounSense(w);
  if (!sense) return undefined;
  if ([...sense.above].some((a) => MEASURES.has(a))) return "number";
  // A stream, a lake, a hill, a cave: a body of water or a landform is where things are; so is a building.
  if (sense.above.has("body of water") || sense.above.has("geological formation") || (sense.class === "other" && isFacilityNoun(w))) return "place";
  switch (sense.class) {
    case "person":
      return "person";
    case "group":
      return "organization";
    case "location":
      return "place";
    case "possession":
      return "number";
    case "quantity":
      return "number";
    case "time":
      return sense.above.has("time period") || sense.above.has("period") ? "duration" : "date";
    default:
      return undefined;
  }
}
