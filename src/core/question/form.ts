/**
 * The form of a question, read whole: what kind of answer it wants, the noun it asks for, and
 * whether it asks for one value, several (a list), or no value at all (why, how, what happened:
 * then the answer is what each source says). The wh-word need not come first ("in which year",
 * "till when"), need not be there at all ("date of the memo?", "ceo of acme?"), and a noun that
 * names the kind of answer decides it wherever it stands ("what's the date of…").
 */
import type { AnswerType } from "../types.js";
import { CODE_NOUNS, isPlural, singular, typeOfNoun } from "./nouns.js";
import type { TaggedWord } from "./tags.js";
import { hasTimeSense, isVerb, nounSense } from "../lexicon/wordnet.js";
import { AUX, RELATIVE_PRONOUN } from "./words.js";

/** Nouns for what someone thinks or argues, or why ("what's her argument", "what reason…"): sources tell them in sentences. */
const VIEW_NOUNS = new Set(["argument", "view", "opinion", "stance", "objection", "concern", "criticism", "complaint", "rationale", "justification", "reason", "reasoning", "explanation", "motive"]);

export interface QuestionForm {
  answerType: AnswerType;
  /** The noun asked for ("population", "sport", "newspaper"), lower case, as written. */
  focus?: string;
  /** Several items are asked for ("which countries…", "who are the…"). */
  list: boolean;
  /** No single value is asked for ("why…", "how did…", "what happened…", "what is X?"): show what each source says. */
  passages: boolean;
  /** The members of a group are asked for ("who sits on the committee"): the verb only says they belong. */
  membership?: boolean;
}

const WH = /^(when|who|whom|whose|where|what|which|how|why)$/;
/** Words before the noun asked for that are not it: articles, and hedges of a measure. */
const DETERMINERS = /^(the|a|an|its|their|his|her|our|my|your|this|that|these|those|kind|type|sort|current|former|present|first|main|original|late|new|old|exact|official|total|estimated|overall|approximate)$/;
/** Words that end the noun phrase after a wh-word. */
const PHRASE_END = /^(is|was|are|were|did|does|do|has|have|had|will|would|can|of|in|on|for|by|at|to|from|with|where|when|who|which|that|as|about|after|before|during|since|until|till|than)$/;
/** Participles that follow the noun asked for: "the instrument played by…", "the medium associated with…". */
const PARTICIPLE = /^(?:\p{L}+ed|known|called|named|used|located|based|played|written|made|held|born|given|taken|shown|seen|built)$/u;
/** Prepositions that may stand before a wh-phrase ("in which year", "till when"). */
const BEFORE_WH = /^(in|on|at|by|of|for|during|from|to|till|until|since|with|after|before)$/;
/** "how" followed by these asks for a number. */
const HOW_NUMBER = /^(many|much|old|far|big|large|tall|high|deep|wide|heavy|fast|often)$/;
/** Verbs that ask how much money. */
const MONEY_VERBS = /^(pay|paid|pays|cost|costs|costing|spend|spent|spends|charge|charged|earn|earned|earns|earning|raise|raised|sell|sold|buy|bought|worth|fined)$/;
/** Commands that ask for items. */
const LIST_COMMANDS = /^(list|name|enumerate|give|show|tell)$/;

/**
 * "which streams flow into…", "which companies bid for…": after a plural noun, a base form a verb
 * can take, before a preposition or an article, is the verb, however tagged ("the saltings
 * bridge", "the goods train left" stay nouns: nothing follows, or a verb does).
 */
export function verbAfterPlural(words: readonly TaggedWord[], j: number): boolean {
  const prev = words[j - 1];
  const w = words[j];
  const next = words[j + 1];
  return !!prev && !!w && !prev.name && prev.noun && isPlural(prev.word) && !w.name && !isPlural(w.word) && isVerb(w.word) && !!next && (next.preposition || /^(the|a|an)$/.test(next.word));
}

/** The head noun of the phrase starting at `from`: its last noun that names a kind of answer, else its last noun, names left out. */
function headNoun(words: readonly TaggedWord[], from: number, afterCopula = false): { noun?: TaggedWord; end: number; owner?: TaggedWord } {
  let i = from;
  const article = /^(the|a|an)$/.test(words[from]?.word ?? "");
  while (i < words.length && DETERMINERS.test(words[i]!.word)) i++;
  // "the type of institution": a generic noun and "of" continue the phrase.
  if (/^(kind|type|sort|name)$/.test(words[i - 1]?.word ?? "") && words[i]?.word === "of") i++;
  // "the name of the company that bought Orvale": the thing named is asked for, when it is a kind of answer.
  else if (words[i]?.word === "name" && words[i + 1]?.word === "of") {
    const named = headNoun(words, i + 2, afterCopula);
    if (named.noun && !named.noun.name && typeOfNoun(named.noun.word)) return named;
  }
  const phrase: TaggedWord[] = [];
  let owner: TaggedWord | undefined;
  let j = i;
  for (; j < words.length && phrase.length < 5; j++) {
    const w = words[j]!;
    if (/^\d/.test(w.word)) continue; // "the 2026 operating budget": a year qualifies the noun
    // "the date the plant opened": a second article starts another phrase.
    // "how many api calls errored": a plural after a noun, with a verb right after it, is the phrase's noun, however tagged.
    const pluralNoun = w.verb && phrase.length > 0 && phrase[phrase.length - 1]!.noun && isPlural(w.word) && !!nounSense(singular(w.word)) && !!words[j + 1]?.verb;
    if (PHRASE_END.test(w.word) || (phrase.length > 0 && verbAfterPlural(words, j)) || (phrase.length && ((w.verb && !pluralNoun) || w.preposition || /^(the|a|an)$/.test(w.word)))) break;
    // After an article, a participle ends the phrase ("the primary instrument played by…").
    if (article && phrase.length && PARTICIPLE.test(w.word)) break;
    phrase.push(pluralNoun ? { ...w, verb: false, noun: true } : w);
    // "which country's defense": the possessor is what is asked for; in "the plant's manager" after an
    // article, or "what's linfield park's capacity" after a copula, the possessor is the subject and
    // the noun it owns is asked for.
    if (w.possessive && !w.name) {
      if (!article && !afterCopula) break;
      owner = w;
      phrase.length = 0;
    }
  }
  // The head of a noun phrase is its last word ("the meeting rooms", "the release date"); names in
  // it are the subject ("the Halcyon's top speed"), and a hedge of a measure is not its head.
  const own = phrase.filter((w) => !w.name);
  // An office written as a name ("the current Minister of Immigration") is still what is asked for.
  const office = phrase.length && !own.length && typeOfNoun(phrase[phrase.length - 1]!.word) ? phrase[phrase.length - 1] : undefined;
  // Its last noun, if the tagger found one ("which newspaper first reported…": "first" is no noun).
  const nouns = own.filter((w) => w.noun);
  return { noun: nouns[nouns.length - 1] ?? own[own.length - 1] ?? office, end: j, owner };
}

/** "ticket number", "phone number", "part number": a number that names, not one that counts. */
function namingNumber(words: readonly TaggedWord[], noun: TaggedWord | undefined): boolean {
  if (noun?.word !== "number") return false;
  const before = words[words.indexOf(noun) - 1];
  return !!before && before.noun && !before.name && !/^(the|a|an|total|same|exact|large|small)$/.test(before.word);
}

/**
 * The noun of a terse question that names the kind of answer: the last typed noun of the phrase
 * before its first preposition ("founding year of…", "gross tonnage of…", "landlord for the new
 * headquarters"), or of the whole question with none ("saltings bridge opening date"). A noun after the preposition
 * only says which one is meant: "ridership forecast for the cedar line" asks for no line.
 */
function typedNoun(words: readonly TaggedWord[]): TaggedWord | undefined {
  const typed = (w: TaggedWord) => !w.name && !!typeOfNoun(w.word);
  const end = words.findIndex((w, i) => i > 0 && (w.preposition || w.word === "of"));
  return (end > 0 ? words.slice(0, end) : words).filter(typed).at(-1);
}

/** The first WordNet sense of a common noun (a name has none). */
const senseOf = (noun: TaggedWord | undefined) => (noun && !noun.name ? nounSense(singular(noun.word)) : undefined);

/**
 * A thing with extent in space ("the bridge", "the river"), not in time ("the review period",
 * "the free trial", "the film", "the enrollment window": a noun with any sense of a span of time
 * may mean it): "how long is" it asks for a length. Unknown nouns count as things.
 */
function isPhysical(noun: TaggedWord | undefined): boolean {
  const sense = senseOf(noun);
  return !sense || (sense.above.has("physical entity") && !sense.above.has("abstraction") && !hasTimeSense(singular(noun!.word)));
}

/** Verbs that say a person belongs to a group: "who sits on the committee", "who served on the board". */
const MEMBER_VERBS = /^(sit|sits|sat|serve|serves|served|serving|sitting)$/;

/** A noun of a group of people ("board", "committee", "team") or of a list of them ("shortlist", "roster"). */
function isGroup(noun: TaggedWord | undefined): boolean {
  const sense = senseOf(noun);
  return !!sense && (sense.above.has("social group") || sense.above.has("list"));
}

const plural = (w: TaggedWord) => !w.name && (w.plural || isPlural(w.word));

/** Nouns that only say a count is asked: what is counted is named after them ("the number of stations"). */
export const COUNT_NOUNS: ReadonlySet<string> = new Set(["number", "count", "total", "tally"]);

/** Reads the form of a question from its tagged words (contractions spelled out: see words.ts). */
export function questionForm(words: readonly TaggedWord[]): QuestionForm {
  const read = formOf(words);
  return read.answerType === "number" ? countedNoun(words, read) : read;
}

/** "number of stations on the line?", "what's the total of employees": the noun counted is the focus, as in "how many stations". */
function countedNoun(words: readonly TaggedWord[], read: QuestionForm): QuestionForm {
  if (!read.focus || !COUNT_NOUNS.has(read.focus)) return read;
  const at = words.findIndex((w) => w.word === read.focus);
  if (words[at + 1]?.word !== "of") return read;
  const { noun } = headNoun(words, at + 2);
  return noun && plural(noun) ? { ...read, focus: noun.word } : read;
}

/** Verbs that say where something ended up in an order ("finished fifth", "placed third", "came second"). */
const FINISH_VERBS = /^(finish|finishes|finished|finishing|place|placed|placing|rank|ranked|ranking|come|came|end|ended|ending)$/;
/** Orders something finishes in: "in the table", "in the race", "in the poll". */
const ORDERS = /^(table|standings|league|rankings?|race|poll|polls|charts?|championship|classification|election|competition|tournament|division)$/;

/** After the wh-word, a verb of finishing and then "in" an order: "where did Dunmore end up finishing in the table". */
function finishesIn(lower: readonly string[], at: number): boolean {
  const verb = lower.findIndex((w, i) => i > at && FINISH_VERBS.test(w));
  if (verb < 0) return false;
  const into = lower.indexOf("in", verb + 1);
  if (into < 0) return false;
  const noun = lower.slice(into + 1, into + 4).find((w) => !/^(the|this|that|its|their|his|her|last|final|overall|\d{4})$/.test(w));
  return !!noun && ORDERS.test(noun);
}

/** The form the question's words give, before a count's noun is read (see questionForm). */
function formOf(words: readonly TaggedWord[]): QuestionForm {
  const form = (answerType: AnswerType, focus?: string, more: Partial<QuestionForm> = {}): QuestionForm => ({ answerType, focus, list: false, passages: false, ...more });
  const lower = words.map((w) => w.word);
  // "Finland's exit from the pact - 2024 or 2025?": the choices offered say what is asked.
  const choice = lower.findIndex((w, i) => w === "or" && /^\d{4}$/.test(lower[i - 1] ?? "") && /^\d{4}$/.test(lower[i + 1] ?? ""));
  if (choice > 0) return form("date", "year");
  // Where the wh-phrase starts: first, after a preposition ("in which year", "till when"), or near the start.
  let at = lower.findIndex((w, i) => WH.test(w) && (i === 0 || BEFORE_WH.test(lower[i - 1]!) || i <= 2));
  if (at < 0) at = lower.findIndex((w) => WH.test(w));
  if (at < 0) {
    // No question word: a command ("list the clubs…", "name the players…") or a terse question ("date of the memo?").
    if (LIST_COMMANDS.test(lower[0] ?? "")) {
      // Its object is read as after a copula: "list Catherine Drummond's novels" asks for the novels, not for her.
      const { noun } = headNoun(words, lower[1] === "me" ? 2 : 1, true);
      return form(noun ? (typeOfNoun(noun.word) ?? "text") : "text", noun?.word, { list: !!noun && plural(noun) });
    }
    if (/^(explain|describe|summari[sz]e)$/.test(lower[0] ?? "")) return form("text", undefined, { passages: true });
    const code = words.find((w) => !w.name && CODE_NOUNS.has(w.word) && w.word !== "number");
    if (code) return form("text", CODE_NOUNS.get(code.word));
    if (namingNumber(words, words.find((w) => w.word === "number"))) return form("text", "id");
    const typed = typedNoun(words);
    return typed ? form(typeOfNoun(typed.word)!, typed.word) : form("text");
  }
  const wh = lower[at]!;
  const next = lower[at + 1] ?? "";
  // A money verb as a verb ("did Dunmore pay", "is it costing"), not as an adjective ("paid leave",
  // "paid parental leave": adjectives may stand between it and its noun).
  const nounAfter = (i: number) => {
    let j = i + 1;
    while (words[j]?.adjective && !words[j]?.noun) j++;
    return !!words[j]?.noun && !words[j]?.name && !/^(for|to)$/.test(words[j]!.word);
  };
  // Nor in a relative clause ("the company that bought Orvale"): there it says which thing is meant.
  const moneyVerb = words.some((w, i) => MONEY_VERBS.test(w.word) && !w.adjective && !nounAfter(i) && !RELATIVE_PRONOUN.test(words[i - 1]?.word ?? ""));
  switch (wh) {
    case "when":
      return form("date");
    case "why":
      return form("text", undefined, { passages: true });
    case "where":
      // "where did Dunmore finish in the table", "where did she place in the race": a position.
      return finishesIn(lower, at) ? form("number", "position") : form("place");
    case "how": {
      // "how long is the bridge" asks for a length as well as "how long did the review take" for a duration.
      // With a verb it asks how long something took; with "is" alone it may ask for a length ("how long is the bridge").
      if (next === "long") {
        const copula = AUX.test(lower[at + 2] ?? "") && /^(is|was|are|were)$/.test(lower[at + 2]!) && !words.slice(at + 3).some((w) => w.verb);
        return form("duration", copula && isPhysical(headNoun(words, at + 3).noun) ? "length" : "long");
      }
      // "how quickly does Corvane respond", "how soon will it open": a period, however long.
      if (next === "quickly" || next === "soon") return form("duration", "long");
      if (HOW_NUMBER.test(next)) {
        // "how much did X pay", "how much is the Pro plan": money, unless a noun says what is measured ("how much notice").
        if (next === "much" && (moneyVerb || /^(is|was|are|were|will|would|does|do|did)$/.test(lower[at + 2] ?? ""))) return form("number", "amount");
        // "how big a fine…": the noun after the article is the measure asked for.
        if (/^(a|an)$/.test(lower[at + 2] ?? "")) {
          const { noun } = headNoun(words, at + 2);
          if (noun) return form("number", noun.word);
        }
        // "how many sick days…": the head of the noun phrase after "many" is what is counted.
        const counted = next === "many" || next === "much" ? headNoun(words, at + 2) : undefined;
        const noun = counted?.noun && counted.noun.noun && !AUX.test(counted.noun.word) ? counted.noun.word : undefined;
        return form("number", next === "many" || next === "much" ? noun : next);
      }
      // "how did…", "how does…": the way something happened, no single value.
      return form("text", undefined, { passages: true });
    }
    case "who":
    case "whom":
    case "whose": {
      // "who's on the board", "who sits on the oversight committee": the members of a group, a list.
      const member = AUX.test(next) || MEMBER_VERBS.test(next) ? at + 2 : -1;
      if (member > 0 && /^(on|in)$/.test(lower[member] ?? "") && isGroup(headNoun(words, member + 1).noun)) return form("person", undefined, { list: true, membership: true });
      if (AUX.test(next)) {
        const rest = words.slice(at + 2);
        // "who is Port Hadley's mayor": the noun after a name's possessive is the office asked for.
        const owner = rest.findIndex((w) => w.possessive);
        if (owner >= 0 && !/^(the|a|an)$/.test(rest[0]!.word)) {
          const office = rest.slice(owner + 1).find((w) => typeOfNoun(w.word) || (!w.name && w.noun));
          if (office) return form(typeOfNoun(office.word) === "organization" ? "organization" : "person", singular(office.word));
        }
        // "who is Peter Hegseth": a name alone asks who the person is, in words.
        if (rest.length && rest.every((w) => w.name)) return form("text", "role");
        // "who is the director of…", "who are the members of…": the office or group asked for.
        if (/^(the|a|an|our|their|its|his|her|my|your)$/.test(rest[0]?.word ?? "")) {
          const { noun } = headNoun(words, at + 2);
          if (noun) {
            const type = typeOfNoun(noun.word);
            const list = /^(are|were)$/.test(next) && plural(noun);
            return form(type === "organization" ? "organization" : "person", singular(noun.word), { list });
          }
        }
        // "who was incident commander for the outage": an office named without its article.
        if (rest[0] && !rest[0].name && (rest[0].noun || rest[0].adjective)) {
          const { noun } = headNoun(words, at + 2);
          const type = noun && !noun.name ? typeOfNoun(noun.word) : undefined;
          if (noun && (type === "person" || type === "organization")) return form(type, singular(noun.word));
        }
      }
      return form("person");
    }
    case "what":
    case "which": {
      if (next === "happened") return form("text", undefined, { passages: true });
      // "what did the bridge cost", "what is X costing": an amount of money.
      if (moneyVerb && (AUX.test(next) || next === "does")) return form("number", "amount");
      // "what did Biden send…": the thing done, in the sentence's words.
      if (/^(did|does|do)$/.test(next)) return form("text");
      const copula = AUX.test(next);
      // "what's Castellanos's argument": the view owned, not its owner, is asked for.
      if (words.slice(at + 1, at + 5).some((w, i, near) => w.possessive && VIEW_NOUNS.has(singular(near[i + 1]?.word ?? "")))) return form("text", undefined, { passages: true });
      const { noun, end, owner } = headNoun(words, at + (copula ? 2 : 1), copula);
      // "the defense secretary's first name": a person's name is the person.
      if (noun?.word === "name" && owner && typeOfNoun(owner.word.replace(/['’]s$/, "")) === "person") return form("person", owner.word.replace(/['’]s$/, ""));
      // "what is Averillite", "what was the Ottawa Convention": a thing to describe, no single value.
      if (!noun) return form("text", undefined, { passages: copula && /^(is|are|was|were)$/.test(next) && end >= words.length });
      // "what incident id…", "which version…", "the ticket number": a code.
      // "what's Castellanos's argument", "what reason did they give": a view or a reason is told, not a value.
      if (VIEW_NOUNS.has(singular(noun.word))) return form("text", undefined, { passages: true });
      if (CODE_NOUNS.has(noun.word) && noun.word !== "number") return form("text", CODE_NOUNS.get(noun.word));
      if (namingNumber(words, noun)) return form("text", "id");
      const type = typeOfNoun(noun.word);
      // "what is averillite": a thing to describe, no single value; "what is the 401k match" asks for one.
      if (copula && /^(is|are|was|were)$/.test(next) && end >= words.length && !type && !/^(the|a|an|our|their|its|his|her|my|your)$/.test(lower[at + 2] ?? "")) return form("text", undefined, { passages: true });
      const list = plural(noun) && type !== "date" && type !== "number" && type !== "duration";
      return form(type ?? "text", noun.word, { list });
    }
  }
  return form("text");
}
