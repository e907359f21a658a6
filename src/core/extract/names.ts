/**
 * Names of people, organizations and places in a sentence.
 *
 * A name is a maximal run of capitalized words, joined across the particles a name may hold
 * ("Bank of England", "Lowther & Gale", "Ludwig van Beethoven") and cut at punctuation. A word
 * that only opens the sentence (or a list item, a table cell, a label's value) is dropped when it
 * is a common word ("The", "Our", "Critics"), kept when it is part of the name ("Keystone
 * Commercial Movers"). Offices before a person's name become the person's `role` ("Defense
 * Secretary Peter Hegseth", "Head of Security"); emails, URLs, months and headings are never names.
 *
 * The kind of each name is voted by evidence, strongest first: the name's own words (an
 * organization's suffix or head, a place's head), the words around it (a title, "X, 47,", "X, the
 * club's coach", "born in X", "CEO of X", a label such as "Name:"), compromise's lexicon of
 * countries, cities, organizations and given names, then compromise's tagger. A name decided by
 * weak evidence only is marked `guessed`.
 *
 * Cost: a regular-expression tokenizer and lexicon look-ups. compromise's tagger (milliseconds a
 * parse) reads only a name that no other evidence decides, on its own, and its verdict is kept.
 */
import nlp from "compromise";
import type { Claim, NameEvidence } from "../types.js";
import { STOP_WORDS } from "../search/terms.js";
import { TITLE_WORDS } from "../lexicon/titles.js";
import { MONTHS } from "../lexicon/calendar.js";
import { isOnlyAdjective } from "../lexicon/wordnet.js";
import { BoundedCache, stringBytes } from "../cache.js";

type NameKind = "person" | "organization" | "place";

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

// ---------------------------------------------------------------------------------------------
// Word lists. Each is general English; none is tuned to one document.

/**
 * Offices that stand before a person's name or after it as an apposition ("Defense Secretary
 * Peter Hegseth", "Ines Carvalho, Head of Security"). "Saint"/"St." are left out: "St. Louis".
 */
const OFFICES = words(`
  ${[...TITLE_WORDS].filter((t) => t !== "saint").join(" ")}
  secretary minister premier chancellor senator sen rep representative congressman congresswoman
  gov mayor judge justice chief dr mr mrs ms miss mx prof professor ambassador commissioner
  director spokesperson spokesman spokeswoman attorney speaker chairman chairwoman chair
  chairperson ceo cto cfo coo cio ciso cmo cpo cro vp svp evp founder cofounder co-founder coach
  manager head officer lead leader president pope father lieutenant lt colonel col
  captain capt admiral adm sergeant sgt general gen inspector detective constable sheriff
  superintendent treasurer counsel editor correspondent analyst engineer architect principal
  dean provost rector bishop archbishop cardinal rabbi imam reverend rev pastor deacon
  councillor councilor alderman auditor controller comptroller administrator coordinator
  supervisor owner partner associate fellow intern trustee governor emperor empress producer
  writer composer author narrator presenter illustrator clerk member registrar marshal
`);

/** Words that qualify an office without naming anyone: "Defense Secretary", "Deputy Head". */
const OFFICE_MODIFIERS = words(`
  defense defence foreign home interior finance treasury health education energy transport
  transportation justice commerce labor labour agriculture culture trade state homeland
  environment housing veterans war navy army air majority minority deputy vice prime executive
  senior junior chief general acting former interim assistant associate managing regional
  national global first second co technical principal lead staff group district area country
  division field head then late incoming outgoing sitting
`);

/** What an office may be "of" or stand before without the words naming anything: "Head of Security". */
const DEPARTMENTS = words(`
  security engineering marketing sales operations finance product products design research
  development people hr human resources legal compliance procurement it infrastructure platform
  support customer customers success data analytics communications strategy policy staff state
  technology information growth partnerships business accounts account project projects program
  programme programs delivery quality release facilities risk audit brand content editorial
  news sport sports public affairs relations government investor investors talent recruiting
  services service administration admin office communications digital innovation science
  training learning safety health education transformation planning logistics supply chain
  network networks systems software hardware devops sre reliability testing qa ux ui
  user users experience care commercial revenue payroll treasury tax internal external
  and the of for
`);

/** Noble titles: "Duke of York" is a person's whole name, not an office and a place. */
const NOBLE = words("duke duchess earl count countess baron baroness marquess marquis viscount prince princess king queen lord lady emperor");

/** Last words that make a name an organization: "Keystone Commercial Movers", "Acme Ltd". */
const ORG_HEADS = words(`
  inc incorporated ltd limited llc llp plc gmbh ag sa nv bv pty corp corporation co company
  companies group holdings partners associates capital ventures bank bancorp trust insurance
  university college school academy institute institution laboratory laboratories lab labs
  council committee commission agency authority board bureau department ministry office
  service services administration directorate secretariat parliament congress senate
  assembly court tribunal police army navy force forces guard corps fc afc rovers united
  athletic wanderers rangers albion hotspur club society association federation union league
  alliance coalition party movement foundation fund charity trust network networks
  post times journal herald tribune gazette news press guardian telegraph chronicle daily
  magazine review observer standard mirror express sun record reuters broadcasting radio
  television tv media studios studio records pictures films entertainment publishing
  publishers books movers relocation removals logistics airlines airways airline railways
  railway motors motor electric dynamics systems technologies technology software solutions
  industries enterprises consulting consultants pharmaceuticals pharma therapeutics energy
  oil petroleum mining foods brands stores retail hospital hospitals clinic centre center
  centres centers
  museum gallery library orchestra band choir church cathedral mosque temple synagogue
  commission institute exchange reserve bureau mission command campaign team pentagon kremlin
  whitehall cabinet construction constructors contractors builders engineering engineers
  developments developers architects manufacturing
`);

/** Last words that make a name a place: "Fore Street", "Lowmere Fell", "Kestrel Bay". */
const PLACE_HEADS = words(`
  street st avenue ave road rd lane ln drive dr boulevard blvd way place square plaza terrace
  crescent close court row park gardens green common river lake loch sea ocean gulf bay
  harbour harbor port beach coast shore island islands isle isles peninsula cape point head
  mountain mountains mount mt hill hills valley vale dale glen fell fells moor moors heath
  rocks rock crag cliffs cliff canyon creek brook stream falls springs forest wood woods
  desert plain plains county shire province region district territory state borough township
  parish municipality village town city metropolis suburb quarter heights bridge tower
  airport station junction reservoir canal dam marsh fen estuary strait channel pass viaduct
  tunnel lighthouse castle pier wharf quay dock docks
  wing building annex annexe pavilion stadium arena terminal concourse atrium
`);

/** Place heads that are also common family names: after a given name they make a person ("Colin Marsh"). */
const SURNAME_HEADS = words("hill hills marsh wood woods park green brook lane dale moor heath vale glen fell field fields bridge ford banks rock cliff forest street way cross church hall holmes");

/** Last words of the names of documents ("Ottawa Convention", "Paris Agreement"): no person, firm or place; kept as a guessed organization. */
const DOCUMENT_HEADS = words("convention treaty accord accords agreement protocol charter act pact declaration resolution directive regulation bill");

/**
 * Words after which "of" goes on with the same name: "Bank of England", "Gulf of Mexico", "Duke of
 * York", "Treaty of Versailles", "Head of Security" (an office, told apart later). Elsewhere "of"
 * separates two names: "Kwame Asante-Boateng of Lowther & Gale".
 */
const OF_HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS, ...NOBLE, ...OFFICES, ...DOCUMENT_HEADS, "battle", "siege", "war", "order", "chamber", "festival", "book", "gospel", "statue", "house", "republic", "kingdom", "states", "empire", "province", "prisoner", "lady", "people's"]);

/** First words of the names of parts of the world: "Middle East", "South America", "Western Europe". */
const COMPASS = words("north south east west northern southern eastern western middle central upper lower greater far near");

/** First words that make a name a place ("Mount Kenya", "Lake Geneva", "Fort Worth"). */
const PLACE_OPENERS = words("mount mt lake loch cape fort port isle gulf bay river");



/** Lower-case particles a name may hold between two capitalized words. */
const PARTICLES = words("of the and & for to de da del della der di du dos das do van von la le y bin ibn al el ter ten den");

/** Common nouns right before a name that say its kind: "the rapper Jay-Z", "the band Symphony X". */
const PERSON_NOUNS = words(`
  ${[...OFFICES].join(" ")}
  rapper singer songwriter actor actress artist musician guitarist drummer composer conductor
  writer author novelist poet playwright journalist reporter columnist presenter broadcaster
  director producer photographer painter sculptor designer player striker midfielder defender
  goalkeeper forward batsman bowler pitcher quarterback athlete runner swimmer cyclist boxer
  wrestler driver jockey skater golfer politician diplomat activist lawyer solicitor barrister
  economist scientist physicist chemist biologist historian philosopher mathematician doctor
  surgeon nurse teacher student researcher scholar businessman businesswoman entrepreneur
  investor banker consultant adviser advisor aide assistant colleague friend wife husband son
  daughter brother sister mother father uncle aunt cousin grandson granddaughter widow
  resident citizen employee worker contractor volunteer colleague candidate nominee member
  customer client contact rep representative executive
`);
const ORG_NOUNS = words(`
  band group company firm business startup start-up vendor supplier provider contractor agency
  newspaper paper outlet publisher broadcaster network channel station label studio club team
  side party charity organisation organization nonprofit non-profit bank lender insurer
  airline carrier retailer chain brand manufacturer maker developer publication magazine
  university college school hospital council ministry department committee union
`);
const PLACE_NOUNS = words(`
  city town village hamlet county state country nation region province district suburb
  neighbourhood neighborhood borough capital port island river lake mountain valley
  municipality parish township commune prefecture kingdom republic
`);

/** Verbs of saying: "Hegseth said", "Marsh told reporters". People say things more often than firms. */
const SAYING = /^\s+(?:(?:also|later|previously|then|has|had|have)\s+)?(?:said|says|told|added|explained|argued|noted|wrote|asked|replied|insisted|recalled|warned|stated|believes|thinks|emphasi[sz]ed|stressed|admitted|acknowledged|claimed|suggested)\b/;

/** Labels of a field ("Name: Priya Raman", "Company: Stratalyne") and the kind of their value. */
const LABELS: [RegExp, NameKind | "role"][] = [
  [/^(?:full\s+)?name|owner|contact|point of contact|poc|manager|line manager|lead|assignee|author|reporter|approver|approved by|reviewer|sponsor|dri|presenter|speaker|host|organi[sz]er|chair|attendees?|participants?|members?|reports to|signed by|prepared by|written by|responsible|accountable|ceo|cto|cfo|coo|founder|director|head$/i, "person"],
  [/^(?:company|vendor|supplier|client|customer|organi[sz]ation|employer|partner|agency|provider|contractor|firm|publisher|outlet|team|department|club|bank|carrier|insurer|brand|manufacturer)$/i, "organization"],
  [/^(?:location|city|town|office|address|country|venue|site|region|headquarters|hq|place|based in|birthplace|born in|destination|origin|state|county)$/i, "place"],
  [/^(?:title|job title|role|position|function|rank|office held)$/i, "role"],
];

/** A word ending a hyphenated adjective made from a name: "Obama-era", "Kyiv-based". */
const NAME_ADJECTIVE = /^(.+?)-(?:era|led|based|owned|backed|style|like|born|funded|run|made|controlled|held|linked|allied|bound|wide|related|specific|centric|focused|speaking|registered|listed|headquartered|affiliated|aligned|sponsored|inspired|themed|friendly|winning|nominated|certified|approved|accredited|educated|trained)$/i;

/** Words that commonly open a sentence without naming anything. */
const OPENERS = words(`
  according additionally also although meanwhile however today yesterday tomorrow tonight now
  then later earlier recently currently previously finally first firstly second secondly third
  next last lastly overall instead indeed still yet so thus therefore hence nonetheless
  nevertheless moreover furthermore besides despite following during including regarding
  unlike like as if when while though because since after before until unless whereas once
  given whether please thanks thank yes no hello hi dear note update reminder action agenda
  summary background context attendees present absent apologies minutes notes decisions
  decision outcome outcomes result results status owner owners next steps key takeaways
  here there this that these those our we us my your their his her its it they he she you i
  many most some several few all both each every any other another such certain various
  more less new old please welcome congratulations sadly unfortunately fortunately luckily
  hopefully clearly obviously notably importantly interestingly ultimately eventually
  initially originally traditionally historically generally typically usually often
  sometimes always never perhaps maybe possibly probably likely
`);

/**
 * Function words: capitalized inside a run they mark a Title-Case heading or a menu ("Terms of Use
 * About Wikipedia", "Our House Is"), not a name: the run is cut there and the word dropped.
 */
const FUNCTION_WORDS = words(`
  about after as at because before between by from if in into is are was were be been being it
  its on onto or than that this these those through to with without you your yours we our ours
  my me he him his she her hers they them their theirs there here what which who whom whose when
  where while how do does did has have had can could would should will shall might must am i us
  not no yes so but nor also just very
`);

/** Tags of compromise's lexicon that make a word common rather than a name. */
const COMMON_TAGS = new Set(["Determiner", "Preposition", "Conjunction", "Pronoun", "Possessive", "Adverb", "QuestionWord", "Modal", "Copula", "Negative", "Expression", "Condition", "Cardinal", "Ordinal", "TextValue", "Plural", "Actor", "Adjective", "Gerund", "PastTense", "PresentTense", "Infinitive", "PhrasalVerb", "Comparative", "Superlative", "Participle", "Uncountable", "Singular", "Verb", "Noun", "Month", "WeekDay", "Date", "Duration", "Unit", "Currency"]);

const MONTHS_AND_DAYS = words(`${MONTHS.join(" ")} jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`);

/** Abbreviations whose full stop belongs to the word ("Acme Inc.", "Dr. Lee", "St. Louis"). */
const ABBREVIATIONS = words("inc ltd corp co jr sr dr mr mrs ms mx st mt ft gen sen rep gov lt col sgt capt maj adm prof rev hon ave rd blvd bros no vs messrs");

/** Sports words that make "X City" or "X United" a club rather than a town. */
const SPORT = /\b(?:beat|beats|beaten|won|win|wins|drew|draw|lost|loses|defeat(?:ed)?|match|fixture|game|goals?|scored?|season|league|cup|coach|manager|striker|midfielder|keeper|goalkeeper|signed|transfer|stadium|kick-?off|half-time|relegat\w*|promot\w*|derby|play-?offs?)\b/i;

// ---------------------------------------------------------------------------------------------
// compromise's lexicon: given names, countries, cities, organizations, sports teams.

type Lexicon = Record<string, string | string[]>;
const LEXICON: Lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;

function lexTags(key: string): readonly string[] {
  // "U.S." is looked up as "usa": "us" is a pronoun.
  key = key.toLowerCase();
  if (/^(?:\p{L}\.){2,}$/u.test(key)) key = key.replace(/\./g, "") === "us" ? "usa" : key.replace(/\./g, "");
  const tags = LEXICON[key];
  return tags === undefined ? [] : typeof tags === "string" ? [tags] : tags;
}
const GIVEN = new Set(["FirstName", "MaleName", "FemaleName"]);
const isGivenName = (w: string) => lexTags(w).some((t) => GIVEN.has(t));

/** The kind compromise's lexicon gives a word or phrase, if any. */
function lexiconKind(key: string): NameKind | undefined {
  for (const t of lexTags(key)) {
    if (t === "Country" || t === "City" || t === "Region" || t === "Place") return "place";
    if (t === "Organization" || t === "SportsTeam") return "organization";
    if (t === "Person" || t === "LastName" || GIVEN.has(t)) return "person";
  }
  return undefined;
}

/** A word compromise knows as something other than a name ("critics", "according", "human"). */
function isCommonWord(w: string): boolean {
  const tags = lexTags(w);
  if (tags.some((t) => t === "ProperNoun" || GIVEN.has(t) || t === "LastName" || t === "Country" || t === "City" || t === "Region" || t === "Place" || t === "Organization" || t === "SportsTeam" || t === "Person" || t === "Demonym")) return false;
  return tags.some((t) => COMMON_TAGS.has(t));
}

// ---------------------------------------------------------------------------------------------
// Tokens.

interface Token {
  text: string;
  start: number;
  end: number;
  /** word, or a mark of punctuation; emails and URLs are their own kinds and never names. */
  kind: "word" | "mark" | "email" | "url";
}

interface Word extends Token {
  lower: string;
  cap: boolean;
  /** An initial ("A.") or a dotted abbreviation ("U.S."). */
  initial: boolean;
  /** Ends in 's or ’: the name ends here and the possessive is not part of it. */
  possessive: boolean;
  /** Opens the sentence, a clause after a colon or bracket, a list item or a table cell. */
  opening: boolean;
  /** The name may not run past this word ("Obama-era"). */
  last?: boolean;
}

const TOKEN = new RegExp(
  [
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s)\]>|"']+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|gov|edu|co|uk|de|fr|ai|dev|app|info|biz)(?![\p{L}\p{N}])(?:\/[^\s)\]>|"']*)?)`,
    String.raw`(?<abbr>(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s))`,
    String.raw`(?<word>[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’]|-|&)[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(?:['’](?![\p{L}\p{N}]))?)`,
    String.raw`(?<amp>&)`,
    String.raw`(?<mark>\S)`,
  ].join("|"),
  "gu",
);

/** Marks after which a capitalized word may be capitalized only for its place. */
const OPENING_MARKS = new Set([":", "|", "(", "[", "“", '"', "‘", "•", "·", "–", "—", ";", ".", "!", "?", "*", "#", ">"]);

function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const g = m.groups!;
    const start = m.index!;
    const kind: Token["kind"] = g.email ? "email" : g.url ? "url" : g.mark ? "mark" : "word"; // "&" is a word: "Lowther & Gale"
    let end = start + m[0].length;
    // "Inc." and "Dr." keep their full stop; the stop after other words is punctuation.
    if (kind === "word" && sentence[end] === "." && ABBREVIATIONS.has(m[0].toLowerCase())) end++;
    const prev = out[out.length - 1];
    if (prev && prev.kind === "word" && start < prev.end) continue; // the stop was taken by "Inc."
    out.push({ text: sentence.slice(start, end), start, end, kind });
  }
  return out;
}

/** Words of the sentence with what the name finder needs to know of each. */
function wordsOf(sentence: string, tokens: Token[]): Word[] {
  const out: Word[] = [];
  let opening = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") {
      // A hyphen, star or number sign opening a line is a list marker; a stop ends a sentence.
      if (t.kind === "mark" && OPENING_MARKS.has(t.text)) opening = true;
      else if (t.kind === "mark" && t.text === "-" && /(?:^|\n)\s*$/.test(sentence.slice(0, t.start))) opening = true;
      out.push({ ...t, lower: t.text.toLowerCase(), cap: false, initial: false, possessive: false, opening: false });
      continue;
    }
    let text = t.text;
    const possessive = /\p{L}['’]s?$/u.test(text) && !/^\p{L}['’]$/u.test(text);
    const bare = possessive ? text.replace(/['’]s?$/, "") : text;
    const initial = /^(?:\p{Lu}\.)+$/u.test(text);
    const word: Word = {
      ...t,
      text,
      lower: initial ? bare.toLowerCase() : bare.toLowerCase().replace(/\.$/, ""),
      cap: /^(?:\p{N}*\p{Lu}|\p{Ll}+\p{Lu})/u.test(text),
      initial,
      possessive,
      opening: opening || /\n\s*$/.test(sentence.slice(0, t.start)),
    };
    // "Obama-era": the name is "Obama", and ends there.
    const adjective = NAME_ADJECTIVE.exec(bare);
    // "Oscar-winning", "Grammy-nominated": an award, not a name worth answering with.
    if (/-(?:winning|nominated)$/i.test(bare)) word.cap = false;
    else if (adjective && /^\p{Lu}/u.test(adjective[1]!)) {
      word.text = text = adjective[1]!;
      word.end = word.start + text.length;
      word.lower = text.toLowerCase();
      word.last = true;
    }
    out.push(word);
    // A numbered list's "1." opens an item too.
    opening = /^\d+$/.test(text) && sentence[t.end] === "." && i === 0;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Runs of capitalized words.

const onlySpace = (sentence: string, a: Word, b: Word) => /^[ \t\u00a0]+$/.test(sentence.slice(a.end, b.start));

/** May the particles between two capitalized words join them into one name? */
function particlesJoin(run: Word[], particles: Word[], next: Word): boolean {
  const lowers = particles.map((p) => p.lower);
  const last = run[run.length - 1]!;
  if (lowers.includes("and")) {
    // "Department of Health and Human Services" is one name; "Paris and Rome" two.
    // "Kelderwick Literary and Philosophical Society": a name does not end on an adjective.
    if (lowers.length === 1 && run.length > 1 && isOnlyAdjective(last.lower) && !lexiconKind(last.lower)) return true;
    if (lowers.length !== 1 || !run.some((w) => w.lower === "of" || w.lower === "for")) return false;
    return !lexiconKind(next.lower) && !isGivenName(next.lower);
  }
  if (lowers[0] === "&") return lowers.length === 1;
  if (lowers[0] === "for") return ORG_HEADS.has(last.lower) || /^(?:centers?|centres?|campaign|society|coalition|alliance)$/.test(last.lower);
  // "International Campaign to Ban Landmines", "Committee to Protect Journalists".
  if (lowers[0] === "to") return lowers.length === 1 && /^(?:campaign|coalition|committee|movement|alliance|society|fund|league|initiative|mission|commission)$/.test(last.lower);
  if (lowers[0] === "of") return lowers.length <= 2 && (lowers.length === 1 || lowers[1] === "the") && OF_HEADS.has(last.lower);
  return lowers.length <= 2;
}

/** A saint's title, whose possessive is part of a name: "St Bride's Church". */
const SAINT = /^(?:st\.?|saint)$/;

/** Maximal runs of capitalized words in a sentence, with the particles inside them. */
function capitalRuns(sentence: string, ws: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const prev = run[run.length - 1];
    // "I" is the pronoun unless it numbers a name ("Clotaire I").
    const cap = w.kind === "word" && w.cap && (w.text !== "I" || (prev !== undefined && onlySpace(sentence, prev, w)));
    // Function words, and past participles outside a particle ("Dre Released", "Symphony Directed"),
    // are the labels of a page or a Title-Case heading: the run ends and the word is no name.
    if (cap && /\p{Ll}/u.test(w.text) && (FUNCTION_WORDS.has(w.lower) || isParticiple(w, prev))) {
      flush();
      continue;
    }
    if (cap) {
      // An initial before a common word ends its sentence: "…by the band Symphony X. It was…".
      // A capitalized "The" inside a run starts another name: "Mill Site The Grist Mill Bridge".
      // A saint's possessive goes on naming: "St Bride's Hospital", "St. John's College".
      const saints = prev?.possessive && run.length === 2 && SAINT.test(run[0]!.lower);
      if (prev && (w.text === "The" || prev.last || (prev.possessive && !saints) || !onlySpace(sentence, prev, w) || (prev.initial && prev.text.length === 2 && STOP_WORDS.has(w.lower)))) flush();
      if (run.length === 0 && w.opening === false && ws[i - 1]?.initial && STOP_WORDS.has(w.lower)) w.opening = true;
      run.push(w);
      continue;
    }
    if (w.kind === "word" && prev && PARTICLES.has(w.lower) && !prev.possessive && !prev.last) {
      const particles: Word[] = [];
      let j = i;
      let before = prev;
      while (j < ws.length && ws[j]!.kind === "word" && PARTICLES.has(ws[j]!.lower) && !ws[j]!.cap && onlySpace(sentence, before, ws[j]!)) {
        particles.push(ws[j]!);
        before = ws[j]!;
        j++;
      }
      const next = ws[j];
      if (particles.length && next && next.kind === "word" && next.cap && next.text !== "I" && onlySpace(sentence, before, next) && particlesJoin(run, particles, next)) {
        run.push(...particles);
        i = j - 1;
        continue;
      }
    }
    flush();
  }
  flush();
  return runs;
}

/** "Released", "Recorded": a capitalized past participle that is no name ("the Sacred Heart" keeps its word after a particle). */
function isParticiple(w: Word, prev: Word | undefined): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}ed$/u.test(w.text) || ORG_HEADS.has(w.lower) || PLACE_HEADS.has(w.lower) || lexiconKind(w.lower)) return false;
  return !(prev && PARTICLES.has(prev.lower) && !prev.cap);
}

/** A word that opens a sentence or clause and is capitalized only for that. */
function opensOnly(w: Word, alone: boolean): boolean {
  if (STOP_WORDS.has(w.lower) || OPENERS.has(w.lower) || MONTHS_AND_DAYS.has(w.lower)) return true;
  if (lexiconKind(w.lower)) return false;
  // "Marketing Director Lucia Ferraro": an office's words stay for the office to be told apart.
  if (!alone && (OFFICES.has(w.lower) || OFFICE_MODIFIERS.has(w.lower) || DEPARTMENTS.has(w.lower))) return false;
  // "Domestically", "Following", "Asked": adverbs and participles open sentences.
  if (/^\p{Lu}\p{Ll}+(?:ly|ing|ed)$/u.test(w.text) && w.text.length > 5) return true;
  if (isCommonWord(w.lower)) return alone || !/^(?:Singular|Noun|Uncountable|Actor|Adjective)$/.test(lexTags(w.lower)[0] ?? "");
  // "Critics", "Supporters", "Attendees": a plural common noun standing alone.
  return alone && /\p{Ll}(?:ers|ors|ists|ants|ents|ees|ians|ics|ives|ities|ions|als)$/u.test(w.text);
}

/** The run without the words at its edges that are no part of a name. */
function trimRun(run: Word[]): Word[] {
  let a = 0;
  let b = run.length;
  for (;;) {
    const first = run[a];
    if (!first || a >= b) break;
    if (PARTICLES.has(first.lower) && !first.cap) a++;
    else if (first.opening && opensOnly(first, b - a === 1)) {
      a++;
    } else if (MONTHS_AND_DAYS.has(first.lower) || (first.text === "I" && a === 0)) a++;
    else break;
  }
  while (b > a && PARTICLES.has(run[b - 1]!.lower) && !run[b - 1]!.cap) b--;
  // "in May" names a month; "Theresa May" a person.
  while (b > a && MONTHS_AND_DAYS.has(run[b - 1]!.lower) && !(b - a >= 2 && isGivenName(run[b - 2]!.lower))) b--;
  return run.slice(a, b);
}

/** A heading or shouted line: most of its words are in capitals. Its capitals say nothing. */
function isShouted(ws: Word[]): boolean {
  const letters = ws.filter((w) => w.kind === "word" && /\p{L}{2,}/u.test(w.text));
  const caps = letters.filter((w) => !/\p{Ll}/u.test(w.text));
  return caps.length >= 3 && caps.length * 10 >= letters.length * 6; // 60%: a line mostly in capitals
}

// ---------------------------------------------------------------------------------------------
// Offices and the names around them.

/** "Council Members Samir Haddad and…", "Vice-President for Operations": plural and hyphenated offices too. */
function isOfficeWord(lower: string): boolean {
  if (OFFICES.has(lower)) return true;
  if (/[^s]s$/.test(lower) && lower.length > 4 && !ORG_HEADS.has(lower) && OFFICES.has(lower.slice(0, -1))) return true;
  const parts = lower.split("-");
  return parts.length > 1 && OFFICES.has(parts[parts.length - 1]!) && parts.every((part) => OFFICES.has(part) || OFFICE_MODIFIERS.has(part));
}
const isOffice = (w: Word) => isOfficeWord(w.lower) && !w.possessive;
const isQualifier = (w: Word) => OFFICE_MODIFIERS.has(w.lower) || DEPARTMENTS.has(w.lower) || DEMONYM.test(w.text);

/** One word shaped like a nationality: "British", "Italian", "Irish", "Japanese", "Thai". */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ish|ese)$/u;

interface Piece {
  words: Word[];
  /** What the sentence says this name is, from the office around it. */
  hint?: NameKind;
  role?: string;
}

/**
 * Splits a run at the office in it: "Defense Secretary Peter Hegseth" is an office and a person,
 * "Microsoft CEO Satya Nadella" an employer, an office and a person, "CEO of Stratalyne" an office
 * and an employer, "Head of Security" an office only. A name with an organization's or place's
 * head keeps its title-like word ("General Motors", "Justice Department").
 */
function splitOffice(sentence: string, run: Word[]): Piece[] {
  const f = run.findIndex((w) => isOffice(w));
  if (f < 0) return [{ words: run }];
  const tail = run[run.length - 1]!;
  if (run.length > 1 && (ORG_HEADS.has(tail.lower) || PLACE_HEADS.has(tail.lower)) && !isOffice(tail) && !DEPARTMENTS.has(tail.lower)) return [{ words: run }];
  // "Martin Luther King", "Stephen King": a title-like word after a given name is a family name.
  if (f > 0 && isGivenName(run[0]!.lower)) return [{ words: run }];
  // "Dean Martin", "Earl Warren": a word of office that is also a given name, before one other name.
  if (f === 0 && run.length === 2 && !isOffice(run[1]!) && readsAsGivenName(`${run[0]!.text} ${run[1]!.text}`)) return [{ words: run, hint: "person" }];
  if (NOBLE.has(run[f]!.lower) && run[f + 1]?.lower === "of") return [{ words: run, hint: "person" }];
  // The office's own words: more offices, qualifiers and departments ("Chief Executive Officer", "VP Engineering").
  let e = f;
  let employer: Word[] = [];
  let nameFrom = -1;
  while (e + 1 < run.length) {
    const next = run[e + 1]!;
    if (next.lower === "of" || next.lower === "for") {
      // "Head of Security", "Secretary of State": the office goes on.
      let k = e + 2;
      while (k < run.length && DEPARTMENTS.has(run[k]!.lower) && !isGivenName(run[k]!.lower)) k++;
      if (run.slice(e + 2, k).some((w) => !PARTICLES.has(w.lower))) {
        e = k - 1;
        continue;
      }
      // "CEO of Stratalyne", "President of France Emmanuel Macron": what the office is of, then maybe a person.
      let g = k;
      // "Mayor of London Sadiq Khan": a place or organization English knows ends what the office is of…
      for (let len = Math.min(3, run.length - k - 1); len >= 1; len--) {
        if (lexiconKind(run.slice(k, k + len).map((w) => w.lower).join(" ")) && lexiconKind(run.slice(k, k + len).map((w) => w.lower).join(" ")) !== "person") {
          g = k + len;
          break;
        }
      }
      // …and otherwise a given name starts the person's name.
      if (g === k) while (g < run.length && !isGivenName(run[g]!.lower)) g++;
      employer = run.slice(k, g);
      nameFrom = g;
      break;
    }
    if (isOffice(next) || isQualifier(next)) e++;
    else break;
  }
  if (nameFrom < 0) {
    // "Chief Financial Officer", "Chief Revenue Officer": a word no list knows, then another office
    // word, is still the office, unless a given name starts a person's name before it.
    let later = run.length - 1;
    while (later > e && !isOffice(run[later]!)) later--;
    if (later > e && !run.slice(e + 1, later + 1).some((w) => isGivenName(w.lower))) e = later;
    nameFrom = e + 1;
  }
  let s = f;
  while (s > 0 && isQualifier(run[s - 1]!)) s--;
  const lastOfOffice = employer.length ? employer[employer.length - 1]! : run[e]!;
  const office = sentence.slice(run[s]!.start, lastOfOffice.end);
  const pieces: Piece[] = [];
  // "Microsoft CEO Satya Nadella": the name before the office is whom the person works for.
  if (s > 0) pieces.push({ words: run.slice(0, s), hint: "organization" });
  if (employer.length) pieces.push({ words: employer, hint: "organization" });
  const person = run.slice(nameFrom);
  pieces.push({ words: person, hint: person.length ? "person" : undefined, role: office });
  return pieces;
}

// ---------------------------------------------------------------------------------------------
// Evidence of kind.

interface Vote {
  kind: NameKind;
  weight: number;
  by: NameEvidence;
}

/** Weights of evidence: a name's own head decides; a preposition before it only leans. */
const W = {
  head: 5,
  context: 4,
  lexicon: 3,
  given: 3,
  lean: 1.5,
  weak: 1,
  tagger: 1,
  none: 0.2,
};
/** Below this total the kind is only guessed. */
const SURE = 2.5;
/** Longer runs of capitals are headings, menus or titles of works in Title Case, not names. */
const MAX_NAME_WORDS = 8;
/** compromise's tagger is asked only about names of at most this many words: longer ones it guesses no better. */
const TAGGER_MAX_WORDS = 4;

/** Evidence from the name's own words. */
function ownWords(name: Word[], sentence: string): Vote[] {
  const votes: Vote[] = [];
  const caps = name.filter((w) => w.cap);
  const first = caps[0];
  const last = caps[caps.length - 1];
  if (!first || !last) return votes;
  const phrase = name.map((w) => w.lower).join(" ");
  const whole = lexiconKind(phrase);
  if (whole && name.length > 1) votes.push({ kind: whole, weight: W.head, by: "lexicon" });
  const multi = name.length > 1;
  if (multi && (last.lower === "city" || last.lower === "united" || last.lower === "county") && !whole) {
    // "Mexico City" is a town, "Leicester City" a club: the sentence's sports words decide.
    if (last.lower === "county") votes.push({ kind: SPORT.test(sentence) ? "organization" : "place", weight: W.head, by: "name" });
    else votes.push({ kind: SPORT.test(sentence) || last.lower === "united" ? "organization" : "place", weight: W.head, by: "name" });
    return votes;
  }
  const givenFirst = isGivenName(first.lower);
  const surnameHead = givenFirst && SURNAME_HEADS.has(last.lower);
  if (multi && ORG_HEADS.has(last.lower)) votes.push({ kind: "organization", weight: surnameHead ? W.lean : W.head, by: "name" });
  else if (multi && PLACE_HEADS.has(last.lower)) votes.push({ kind: "place", weight: surnameHead ? W.lean : W.head, by: "name" });
  else if (multi && PLACE_OPENERS.has(first.lower)) votes.push({ kind: "place", weight: W.head, by: "name" });
  // "Bank of England", "Centers for Disease Control", "Campaign to Ban Landmines"; "Isle of Man", "Gulf of Mexico".
  const headBefore = name.findIndex((w, i) => i > 0 && /^(?:of|for|to)$/.test(w.lower)) - 1;
  if (headBefore >= 0 && ORG_HEADS.has(name[headBefore]!.lower)) votes.push({ kind: "organization", weight: W.head, by: "name" });
  else if (headBefore >= 0 && PLACE_HEADS.has(name[headBefore]!.lower)) votes.push({ kind: "place", weight: W.head, by: "name" });
  if (!multi && whole) votes.push({ kind: whole, weight: W.lexicon, by: "lexicon" });
  // "Legal asked Colin…": a department named alone is the team, not a person.
  if (!multi && DEPARTMENTS.has(first.lower) && !PARTICLES.has(first.lower)) votes.push({ kind: "organization", weight: W.context, by: "name" });
  // "the Pentagon", "Congress", "the Board": one word that is an institution's head.
  if (!multi && !whole && ORG_HEADS.has(first.lower)) votes.push({ kind: "organization", weight: W.lean, by: "name" });
  // "Lowther & Gale", "Marks & Spencer": names joined by an ampersand are a firm's.
  if (multi && name.some((w) => w.lower === "&")) votes.push({ kind: "organization", weight: W.head, by: "name" });
  if (multi && DOCUMENT_HEADS.has(last.lower)) votes.push({ kind: "organization", weight: W.weak, by: "name" });
  if (multi && COMPASS.has(first.lower) && (COMPASS.has(last.lower) || lexiconKind(last.lower) === "place" || /^(?:africa|america|asia|europe|east|west)$/.test(last.lower)))
    votes.push({ kind: "place", weight: W.head, by: "name" });
  // An all-capitals acronym ("NATO", "BBC") names an organization more often than not.
  if (!multi && /^\p{Lu}{2,6}$/u.test(first.text) && !whole) votes.push({ kind: "organization", weight: W.weak, by: "name" });
  if (multi) {
    if (givenFirst && (surnameHead || (!ORG_HEADS.has(last.lower) && !PLACE_HEADS.has(last.lower)))) votes.push({ kind: "person", weight: W.given, by: "given name" });
    else if (name.some((w) => w.initial && w.text.length === 2) && !/\p{Lu}\.\p{Lu}/u.test(phrase)) votes.push({ kind: "person", weight: W.given, by: "name" });
    else if (lexTags(last.lower).includes("LastName")) votes.push({ kind: "person", weight: W.lean, by: "lexicon" });
    if (/^[IVX]{1,4}$/.test(last.text)) votes.push({ kind: "person", weight: W.lean, by: "name" });
    if (name.some((w) => /^(?:van|von|de|da|del|der|di|du|bin|ibn|dos|das)$/.test(w.lower))) votes.push({ kind: "person", weight: W.weak, by: "name" });
  } else if (!whole && isGivenName(first.lower)) votes.push({ kind: "person", weight: W.lean, by: "given name" });
  return votes;
}

/** Where the local part of an email and the name share a word ("colin.marsh@…" and "Colin Marsh"). */
function emailVote(name: Word[], sentence: string, after: string): Vote | undefined {
  const parts = name.filter((w) => w.cap).map((w) => w.lower.replace(/[^\p{L}\p{N}]/gu, ""));
  const own = /^\s*[(<[]?\s*(?:mailto:)?([\p{L}\p{N}._%+-]+)@/u.exec(after);
  if (own && parts.some((p) => p.length > 1 && own[1]!.toLowerCase().split(/[._+-]/).includes(p))) return { kind: "person", weight: W.context, by: "context" };
  // "Stratalyne" and "…@stratalyne.com": the name is the organization the address belongs to.
  const joined = parts.join("");
  for (const m of sentence.matchAll(/@([\p{L}\p{N}-]+)\./gu)) if (m[1]!.toLowerCase() === joined) return { kind: "organization", weight: W.context, by: "context" };
  return undefined;
}

/** The label a field's value follows ("Name: Priya Raman"), when the name is that value. */
function labelBefore(sentence: string, start: number): string | undefined {
  return /(?:^|[;|\n]|\s[-–—]\s)\s*(?:[-*•]\s*)?\**([\p{L}][\p{L} ]{0,30}?)\**\s*:\s*\**\s*$/u.exec(sentence.slice(Math.max(0, start - 40), start))?.[1]?.trim();
}

/** A lifespan in brackets after a name: "(1834 – 1901)", "(c. 1650 – 3 May 1702)". */
const LIFESPAN = /^\s*\(\s*(?:c\.\s*|ca\.\s*)?(?:\d{1,2}\s+\p{L}+\s+|\p{L}+\s+\d{1,2},?\s+)?\d{3,4}\s*[–—-]/u;

/** Evidence from the words around the name. */
function surroundings(sentence: string, start: number, end: number, name: Word[]): { votes: Vote[]; role?: string } {
  const votes: Vote[] = [];
  let role: string | undefined;
  const after = sentence.slice(end, end + 80);
  const before = sentence.slice(Math.max(0, start - 60), start);
  const label = labelBefore(sentence, start);
  if (label) {
    const kind = LABELS.find(([re]) => re.test(label))?.[1];
    if (kind && kind !== "role") votes.push({ kind, weight: W.context, by: "label" });
  }
  const mail = emailVote(name, sentence, after);
  if (mail) votes.push(mail);
  // "Josiah Harrow (1834 – 1901)", "(born 3 May 1950)", "Alan Hale, 47,".
  if (LIFESPAN.test(after) || /^\s*\((?:born|b\.|née|nee|baptised|baptized)\s/.test(after)) votes.push({ kind: "person", weight: W.context, by: "context" });
  if (/^,\s*(?:aged\s+)?\d{1,3},/.test(after)) votes.push({ kind: "person", weight: W.context, by: "context" });
  // "X, who…" is a person; "X, which…" is not.
  if (/^,\s+who\b/.test(after)) votes.push({ kind: "person", weight: W.context, by: "context" });
  // An apposition with an office: "Ines Carvalho, Head of Security", "Alan Hale, the club's coach,";
  // or with a kind of place or body: "Thornby, a village on the upper Averill,".
  const apposition = /^\s*[,–—-]\s+((?:(?:the|a|an|its|his|her|their|our)\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:of|for|at|on|in|near)\s+[\p{L}&' -]+?)?)\s*(?=[,.;)]|$)/u.exec(after);
  if (apposition) {
    const head = apposition[2]!.toLowerCase();
    if (PERSON_NOUNS.has(head) || OFFICES.has(head)) {
      votes.push({ kind: "person", weight: W.context, by: "context" });
      role = apposition[1]!.replace(/^(?:the|a|an)\s+/i, "");
    } else if (ORG_NOUNS.has(head)) votes.push({ kind: "organization", weight: W.lean, by: "context" });
    else if (PLACE_NOUNS.has(head)) votes.push({ kind: "place", weight: W.lean, by: "context" });
  }
  // A common noun right before the name: "the rapper Jay-Z", "the band Symphony X", "the city of Lyon".
  const noun = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)(\s+of)?\s+(?:the\s+)?$/u.exec(before);
  if (noun) {
    const n = noun[1]!;
    if (noun[2] ? PLACE_NOUNS.has(n) : PLACE_NOUNS.has(n) && !/\b(?:in|at)\s+the\s+\p{Ll}+\s+$/u.test(before)) votes.push({ kind: "place", weight: W.context, by: "context" });
    else if (!noun[2] && PERSON_NOUNS.has(n)) {
      votes.push({ kind: "person", weight: W.context, by: "context" });
      role ??= /(?:^|\s)((?:\p{Ll}+\s+)?\p{Ll}[\p{Ll}-]*)\s+$/u.exec(before)?.[1]?.replace(/^(?:the|a|an|our|their|his|her|its|and|of|by|with|from|to|for|as)\s+/, "");
    } else if (!noun[2] && ORG_NOUNS.has(n)) votes.push({ kind: "organization", weight: W.context, by: "context" });
  }
  // Prepositions lean: "born in X", "based in X" are places; "CEO of X", "works at X" employers.
  if (/\b(?:born|based|located|situated|headquartered|raised|buried|died|lives|lived|grew up|moved|relocated|travel(?:l?ed)?|flew|returned)\s+(?:in|at|to|near|from)\s+(?:the\s+)?$/i.test(before)) votes.push({ kind: "place", weight: W.lexicon, by: "context" });
  else if (/\b(?:work(?:s|ed|ing)?|employed|job|role|position|manager|engineer|analyst|director|lead|head|intern|contractor|consultant|partner|account)\s+(?:at|for|with)\s+(?:the\s+)?$/i.test(before)) votes.push({ kind: "organization", weight: W.lexicon, by: "context" });
  else if (/\b(?:joined|left|founded|co-founded|acquired|hired by|employed by|signed (?:for|with)|contract with|agreement with|deal with)\s+(?:the\s+)?$/i.test(before)) votes.push({ kind: "organization", weight: W.lean, by: "context" });
  else if (/\b(?:in|near|across|throughout|outside|inside|around)\s+(?:the\s+)?$/i.test(before)) votes.push({ kind: "place", weight: W.weak, by: "context" });
  else if (/\bat\s+(?:the\s+)?$/i.test(before)) votes.push({ kind: "organization", weight: W.weak, by: "context" }, { kind: "place", weight: W.weak * 0.8, by: "context" });
  // Honorifics: "Mr Marsh", "Ms. Raman", "Dr Lee".
  if (/\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame)\.?\s+$/.test(before)) votes.push({ kind: "person", weight: W.context, by: "title" });
  if (SAYING.test(after)) votes.push({ kind: "person", weight: W.lean, by: "context" });
  return { votes, role };
}

/** What the tagger's verdicts on names may hold, in bytes: a long-running bot on a large corpus meets names without end. */
const TAGGER_CACHE_BYTES = 4 * 1024 * 1024;
/** The given-name verdicts kept: two-word names opening with a word of office, far fewer than names read. */
const GIVEN_NAME_CACHE_BYTES = 256 * 1024;

/** What compromise's tagger makes of a name on its own, remembered: names recur, and a parse costs milliseconds. */
const taggerCache = new BoundedCache<string, NameKind | null>(TAGGER_CACHE_BYTES, (name) => stringBytes(name.length));

function taggerKind(name: string): NameKind | undefined {
  return (
    taggerCache.remember(name, () => {
      const doc = nlp(name);
      return doc.people().found ? "person" : doc.places().found ? "place" : doc.organizations().found ? "organization" : null;
    }) ?? undefined
  );
}

/** What compromise's tagger makes of a two-word name opening with a word of office, remembered (bounded by bytes). */
const givenNameCache = new BoundedCache<string, boolean>(GIVEN_NAME_CACHE_BYTES, (name) => stringBytes(name.length));

/**
 * The name's first word reads as a given name in context: a person's word that the tagger does not
 * take for an honorific ("Dean Martin", but "President Obama", "Captain Kirk").
 */
function readsAsGivenName(name: string): boolean {
  return givenNameCache.remember(name, () => {
    const tags = new Set<string>((nlp(name).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []);
    return tags.has("Person") && !tags.has("Honorific");
  });
}

function tally(votes: Vote[]): { kind: NameKind; total: number; by: NameEvidence } {
  const totals = new Map<NameKind, number>();
  for (const v of votes) totals.set(v.kind, (totals.get(v.kind) ?? 0) + v.weight);
  let best: NameKind = "organization";
  let total = 0;
  for (const [k, t] of totals) if (t > total) [best, total] = [k, t];
  const strongest = votes.filter((v) => v.kind === best).sort((a, b) => b.weight - a.weight)[0];
  return { kind: best, total, by: strongest?.by ?? "capitals" };
}

// ---------------------------------------------------------------------------------------------
// Public API.

/** Words of rank or office that stand before a name without being part of it. */
const TITLES = new Set([...OFFICES, ...OFFICE_MODIFIERS].filter((w) => !DEPARTMENTS.has(w) || OFFICES.has(w)));

/** A name as compared: no markdown, no trailing punctuation or possessive, no leading article. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[*_`"“”]/g, "")
    .replace(/['’]s$/i, "")
    .replace(/^[\s,.;:!?'’()[\]-]+|[\s,;:!?'’()[\]-]+$/g, "")
    .replace(/\.$/, (m) => (/\b\p{Lu}\.\p{Lu}\.$/u.test(raw.trim()) ? m : ""))
    .replace(/^the\s+/i, "")
    .trim();
}

/** Drops leading titles from a person's name ("Defense Secretary Peter Hegseth" → "Peter Hegseth"), not a given name ("Dean Martin"). */
export function stripTitles(name: string): string {
  const ws = name.split(/\s+/);
  const isTitle = (w: string) => TITLES.has(w.toLowerCase().replace(/\.$/, ""));
  if (ws.length === 2 && isTitle(ws[0]!) && readsAsGivenName(name)) return name;
  let i = 0;
  while (i < ws.length - 1 && isTitle(ws[i]!)) i++;
  return ws.slice(i).join(" ");
}

/** Finds the names in a sentence, each with its kind, and a person's office where the sentence gives it. */
export function findNames(sentence: string): Claim[] {
  // Names are capitalized: a sentence with no capital has none.
  if (!/\p{Lu}/u.test(sentence)) return [];
  const ws = wordsOf(sentence, tokenize(sentence));
  const shouted = isShouted(ws);
  const pieces: Piece[] = [];
  for (const run of capitalRuns(sentence, ws)) {
    const trimmed = trimRun(run);
    if (!trimmed.length) continue;
    pieces.push(...splitOffice(sentence, trimmed));
  }

  interface Found {
    words: Word[];
    start: number;
    end: number;
    votes: Vote[];
    role?: string;
  }
  const found: Found[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    const name = trimRun(piece.words);
    if (!name.length) {
      // An office alone ("Ines Carvalho, Head of Security") is the role of the person before it.
      const prev = found[found.length - 1];
      if (piece.role && prev && /^\s*[,–—-]\s*(?:(?:the|our|their|its)\s+)?$/i.test(sentence.slice(prev.end, piece.words[0]?.start ?? sentence.indexOf(piece.role, prev.end)))) {
        prev.role ??= piece.role;
        prev.votes.push({ kind: "person", weight: W.context, by: "context" });
      }
      continue;
    }
    const first = name[0]!;
    const last = name[name.length - 1]!;
    const single = name.length === 1;
    if (name.length > MAX_NAME_WORDS) continue;
    // Headings and shouting: capitals that say nothing ("ACTION ITEMS", "UPDATE").
    if (name.every((w) => !/\p{Ll}/u.test(w.text)) && (shouted || name.some((w) => w.text.length > 4 && !lexiconKind(w.lower)))) continue;
    // A capital letter or a roman numeral alone names nothing.
    if (single && (/^\p{Lu}\.?$/u.test(first.text) || /^[IVX]+$/.test(first.text))) continue;
    if (single && (STOP_WORDS.has(first.lower) || MONTHS_AND_DAYS.has(first.lower))) continue;
    if (single && DEPARTMENTS.has(first.lower) && first.opening) continue;
    // "Q3", "FY25", "H1": a period or a code (see codes.ts), not a name.
    if (single && /\d/.test(first.text)) continue;
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(last.end))?.[1];
    // A nationality before a noun describes ("the British singer", "the Italian region").
    if (single && DEMONYM.test(first.text) && next && !STOP_WORDS.has(next)) continue;
    if (single && lexTags(first.lower).includes("Demonym")) continue;
    // "the South Korean singer", "a Native American tribe": a nationality of two words describes too.
    if (!single && (DEMONYM.test(last.text) || lexTags(last.lower).includes("Demonym")) && name.length <= 3 && next && !STOP_WORDS.has(next) && !lexiconKind(name.map((w) => w.lower).join(" "))) continue;
    // So does one name before a role and another name: "Tyler" in "Tyler architect Carl A. Gregory".
    if (single && next && PERSON_NOUNS.has(next) && /^\s+\p{Ll}+\s+\p{Lu}/u.test(sentence.slice(last.end)) && lexiconKind(first.lower) !== "organization") continue;
    // A label ("Name:", "Reports to:", "Note:") names nothing, unless it is a speaker's name in minutes.
    if (first.opening && name.length <= 3 && /^[*_]*\s*(?:\p{Ll}+\s+)?[*_]*:(?!\/)/u.test(sentence.slice(last.end)) && !(name.length >= 2 && isGivenName(first.lower))) continue;
    const start = first.start;
    // A possessive is no part of the name, nor the full stop after a closing letter ("…the band Symphony X. It was…").
    const end = last.possessive ? last.start + last.text.replace(/['’]s?$/, "").length : last.initial && last.text.length === 2 && name.length > 1 ? last.end - 1 : last.end;
    const around = surroundings(sentence, start, end, name);
    const votes = [...ownWords(name, sentence), ...around.votes];
    // An office's holder is a person; whom the office is of or for ("Northwind CEO", "CEO of Northwind") an organization, unless English knows it as a place.
    if (piece.hint) votes.push({ kind: piece.hint, weight: piece.hint === "person" ? W.context : W.lexicon, by: piece.hint === "person" ? "title" : "context" });
    found.push({ words: name, start, end, votes, role: piece.role ?? around.role });
  }

  // "the Trump administration": a person's name before "administration" or "government" names an organization.
  const claims: Claim[] = [];
  for (const f of found) {
    let end = f.end;
    const governs = /^\s+(administration|government|cabinet)\b/.exec(sentence.slice(end));
    if (governs) {
      end += governs[0].length;
      f.votes = [{ kind: "organization", weight: W.head, by: "name" }];
    }
    let verdict = tally(f.votes);
    if (verdict.total === 0 && f.words.length <= TAGGER_MAX_WORDS) {
      // compromise's tagger, on the name alone: the last and weakest word.
      const kind = taggerKind(sentence.slice(f.start, end));
      if (kind) verdict = { kind, total: W.tagger, by: "tagger" };
    }
    if (verdict.total === 0) {
      // Two or three name-shaped words ("Priya Raman") are most often a person's name.
      const looksPersonal = f.words.length >= 2 && f.words.length <= 3 && f.words.every((w) => w.cap && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(w.text) && !isCommonWord(w.lower));
      verdict = { kind: looksPersonal ? "person" : "organization", total: W.none, by: "capitals" };
    }
    let start = f.start;
    // Keep a leading "The" in the value as written ("The Washington Post").
    if (sentence.slice(Math.max(0, start - 4), start) === "The ") start -= 4;
    const raw = sentence.slice(start, end);
    const value = raw.replace(/[*_`]/g, "").trim();
    let normalized = cleanName(value);
    if (verdict.kind === "person") normalized = stripTitles(normalized);
    if (!normalized || !/\p{L}/u.test(normalized)) continue;
    const claim: Claim = { type: verdict.kind, value, normalized, start, end, kindBy: verdict.by };
    if (verdict.total < SURE) claim.guessed = true;
    if (verdict.kind === "person" && f.role) claim.role = f.role.trim();
    claims.push(claim);
  }
  return withHouseNumbers(sentence, joinTownAndRegion(sentence, titlesInApposition(sentence, claims)));
}

/** A title of something ("Lord of Valona", "Duke of Orvale"): a word of rank or office, then "of". */
const TITLE_OF = /^(?:the\s+)?(\p{L}+)\s+of\s/iu;

/**
 * "the Lord of Valona, John Komnenos Asen": a title then, after a comma, a person's name is that
 * person, the title their role; the title alone is no other person.
 */
function titlesInApposition(sentence: string, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const next = claims[i + 1];
    const title = c.type === "person" ? TITLE_OF.exec(c.value) : null;
    if (title && TITLES.has(title[1]!.toLowerCase()) && next?.type === "person" && !next.role && /^,\s*$/.test(sentence.slice(c.end, next.start))) {
      out.push({ ...next, role: c.value.replace(/^the\s+/i, "") });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Last words of a street's name: a house number before it makes an address ("88 East Gay Street"). */
const STREET_HEADS = words("street st avenue ave road rd lane ln drive dr boulevard blvd way place square plaza terrace crescent close court row parkway highway");
/** A house number ("88", "1150", "221B", "12-14") right before a street's name. */
const HOUSE_NUMBER = /(?<![\d,.])(\d{1,6}[A-Za-z]?(?:[-–]\d{1,6})?)\s+$/;
/** Words after which a number is a year, not a house number ("in 2019 Broad Street reopened"). */
const BEFORE_A_YEAR = words("in since by until till before after during from of circa");

/** A street with the house number before it is one place, an address: "1150 West Broad Street". */
function withHouseNumbers(sentence: string, claims: Claim[]): Claim[] {
  return claims.map((c) => {
    if (c.type !== "place" || !STREET_HEADS.has((/(\p{L}+)\.?$/u.exec(c.normalized)?.[1] ?? "").toLowerCase())) return c;
    const before = sentence.slice(0, c.start);
    const m = HOUSE_NUMBER.exec(before);
    if (!m) return c;
    const wordBefore = /(\p{L}+)\s*$/u.exec(before.slice(0, m.index))?.[1]?.toLowerCase();
    if (wordBefore && BEFORE_A_YEAR.has(wordBefore) && /^\d{4}$/.test(m[1]!)) return c;
    const start = m.index;
    return { ...c, value: sentence.slice(start, c.end), normalized: `${m[1]} ${c.normalized}`, start };
  });
}

/** A US state's postal code or the District's ("Austin, TX", "Washington, D.C."): a region the lexicon does not tag. */
const US_STATE_CODE = /^(?:D\.\s?C\.|DC|A[KLRZ]|C[AOT]|DE|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/;

/**
 * A city, region or country after a comma ("Fenwick, Iowa", "Thimphu, Bhutan", "Brighton, Boston")
 * says which smaller place is meant: one place. A list of cities or countries ("Russia, China") is not.
 */
function joinTownAndRegion(sentence: string, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const tagged = (name: string, kinds: string[]) => lexTags(name).some((t) => kinds.includes(t));
  for (const c of claims) {
    const prev = out[out.length - 1];
    // A state's code after a name that is also a state's ("Washington, D.C.", "New York, NY") still says which place.
    const stateCode = US_STATE_CODE.test(c.normalized);
    const larger = tagged(c.normalized, ["Region", "Country"]) || stateCode || (tagged(c.normalized, ["City"]) && !tagged(prev?.normalized ?? "", ["City"]));
    if (prev && /^,\s*$/.test(sentence.slice(prev.end, c.start)) && larger && (stateCode || !tagged(prev.normalized, ["Region", "Country"])) && (prev.type === "place" || prev.guessed)) {
      const value = sentence.slice(prev.start, c.end);
      out[out.length - 1] = { type: "place", value, normalized: `${prev.normalized}, ${c.normalized}`, start: prev.start, end: c.end, kindBy: "lexicon" };
      continue;
    }
    out.push(c);
  }
  return out;
}
