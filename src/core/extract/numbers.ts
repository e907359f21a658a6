/**
 * Numbers and durations in a sentence, normalized to plain digits. Digits are read here ("2,000",
 * "1.5 million", "1.2k", "£8.5m", "34th"); written numbers ("two thousand", "fifth") by
 * compromise. The words that qualify a number ("nearly", "about", "more than") stay in its value,
 * and the noun it counts becomes its unit, so that "how many days" meets "90 days" and "a 90-day
 * review", not "160 countries". Amounts of money carry their currency, measures their unit in
 * the units library's terms (units/measures.ts), ranks are marked ordinal, and a score ("a 2-0
 * win") is no quantity at all.
 */
import nlp from "compromise";
import type { Claim } from "../types.js";
import lemmatizer from "wink-lemmatizer";
import { normalizeTerm, STOP_WORDS } from "../search/terms.js";
import { isNoun } from "../lexicon/wordnet.js";
import { unitAfter } from "../units/measures.js";
import { currencyAfter, currencyBefore } from "../units/currency.js";
import { joinDurations } from "../units/durations.js";

const QUALIFIER = /(?:\b(?:nearly|almost|about|around|approximately|roughly|some|over|under|more than|less than|fewer than|at least|at most|up to|close to|just over|just under|an estimated|estimated|upwards of|as many as|as few as|only|just)\s+)$/i;
const APPROXIMATE = /nearly|almost|about|around|approximately|roughly|some|close to|estimated|upwards|as many as/i;
const TIME_UNIT: Record<string, string> = {
  second: "S", minute: "M", hour: "H", day: "D", week: "W", fortnight: "W", month: "M", year: "Y", decade: "Y", century: "Y",
};
const TIME_UNIT_FACTOR: Record<string, number> = { decade: 10, century: 100, fortnight: 2 };
/**
 * A noun stated to be the number: "the population was 205", "its population is about 924",
 * "the population of Lowville amounts to 1,971", "had a population of 3,046", "an estimated total population of 25,038". A noun before "of" must follow "a"/"an" ("the age of 18" names an
 * age a rule applies at, not a measure).
 */
const MEASURE_BEFORE = /(?:\b(\p{Ll}+)(?:\s+of(?:\s+\p{Lu}[\p{L}'-]*){1,4})?\s+(?:was|is|were|are|stood at|stands at|amounts to|amounted to|totall?ed|totals|numbered|reached)|\ban?\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s+of)\s*$/u;
/** Number words: only a sentence with one needs compromise, which is slow. */
const CARDINAL_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half)\b/i;
/** Ordinal words, read only where a rank may be spoken of (see RANK_BEFORE, RANK_AFTER). */
const ORDINAL_WORDS = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)\b/i;
const RANK_WORDS = /\b(?:finish|plac|rank|came|come|end|seeded|sit|sat|lie|lay|lying|stand|stood|position|spot|seed|minute|round|lap|overall)/i;

/**
 * A number in digits: "2,000", "1,280.8", with what is written against it: an ordinal suffix
 * ("34th"), a scale ("1.2k", "£8.5m", "3bn") or a unit symbol ("66km"), checked in `readDigits`.
 */
const DIGITS = /(?<![\p{L}\p{N}_.,/–—-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([A-Za-z]+[²³]?)?(?![\p{L}\p{N}_]|[.,]\d)/gu;
/** Scales written against digits; "m", "b" and "tn" are scales only after a currency ("£8.5m"), else "5m" is five metres. */
const SUFFIX_SCALE: Readonly<Record<string, number>> = { k: 3, K: 3, mn: 6, M: 6, bn: 9, m: 6, b: 9, B: 9, tn: 12 };
const SCALE_ONLY_AS_MONEY = new Set(["m", "b", "B", "tn"]);
/** Scale words after digits: "8.5 million", "3 bn"; powers of ten. */
const SCALE_AFTER = /^\s?(thousand|million|billion|trillion|lakh|crore|bn|mn)\b/i;
const RANGE_SCALE = /^\s?(?:[–—-]|to)\s?[\d.,]+\s?(thousand|million|billion|trillion|lakh|crore|bn|mn)\b/i;
const SCALE_POWER: Readonly<Record<string, number>> = { thousand: 3, million: 6, billion: 9, trillion: 12, lakh: 5, crore: 7, bn: 9, mn: 6 };

/**
 * Two numbers joined by a dash in a sentence about a result: "a 2-0 win", "the 3–3 draw",
 * "won 2-1", "a 5-4 ruling". They are a score or a vote's tally: one value ("7-2"), which answers
 * "what was the score", "what was the vote", and counts nothing.
 */
const SCORE = /(?<![\p{L}\p{N}_.,/-])\d{1,3}\s?[-–—]\s?\d{1,3}(?![\p{L}\p{N}_]|[.,]\d|\s?[-–—]\s?\d)/gu;
const RESULT_WORDS = /\b(?:w[oi]n|wins|winning|winners?|victor(?:y|ies|ious)|defeat(?:s|ed|ing)?|beat(?:s|en|ing)?|los(?:e|es|t|ing|s)|draw(?:s|n)?|drew|tie[ds]?|tying|lead(?:s|ing)?|led|trail(?:s|ed|ing)?|scores?|scored|scoreline|results?|aggregate|thrash(?:ed|ing)?|rout(?:ed)?|edged?|triumph(?:ed)?|swept|sweep|vote[ds]?|voting|ruling|ruled|verdict|decision|majority|margin|carried|passed|approved|adopted|rejected)\b/i;

/** Words before a written ordinal that make it a rank: "finished fifth", "placed third", "came joint second". */
const RANK_BEFORE = /\b(?:finish(?:ed|es|ing)?|plac(?:ed|es|ing)|rank(?:ed|s|ing)?|came|comes?|end(?:ed|s|ing)?|seeded|sit(?:s|ting)?|sat|lie[sd]?|lying|stand(?:s|ing)?|stood)\s+(?:(?:a|in|the)\s+)?(?:joint|equal|tied)?[-\s]*$/i;
/** …or words after it: "third place", "the second-placed team", "fifth in the table". */
const RANK_AFTER = /^(?:\s+|-)(?:place[ds]?|position|spot|seed|minute|round|lap|overall)\b|^\s+in\s+the\s+(?:table|standings|league|rankings?|poll|race|division|group|championship|competition|conference|world)\b/i;

/** Sentences that speak of money, where "pounds" are sterling: "paid 500 pounds", "a fine of 40 pounds". */
const MONEY_WORDS = /\b(?:cost(?:s|ing)?|pric(?:e|ed|es|ing)|paid|pay(?:s|ing|ment|ments)?|fees?|fund(?:s|ed|ing)?|worth|salar(?:y|ies)|wages?|budget(?:s|ed)?|spen[dt](?:ing)?|sold|sells?|selling|bought|buy(?:s|ing)?|fine[ds]?|rais(?:e|ed|es|ing)|deal|contract|transfer|bid|offer(?:s|ed)?|donat(?:e|ed|ion|ions)|grants?|loans?|debts?|revenues?|profits?|income|sterling|tax(?:es)?|compensation|award(?:s|ed)?|prizes?|invest(?:ed|ment|ments)?|earn(?:s|ed|ings)?|charg(?:e|ed|es)|rent|valued?|bonus(?:es)?|wage)\b/i;
/** …and sentences that speak of weight, where they are pounds avoirdupois. */
const WEIGHT_WORDS = /\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|overweight|underweight|lbs?)\b/i;

/** A period a price or wage is stated for: "$12/month", "£9 an hour", "£40,000-a-year", "$5 monthly". */
const PER_PERIOD = /^(?:\s*\/\s*|\s+per\s+|\s+an?\s+|-an?-|\s+each\s+|\s+every\s+)(hour|hr|day|week|wk|month|mo|year|yr|annum)\b|^\s+(hourly|daily|weekly|monthly|annually|yearly)\b/i;
const PERIOD_NAME: Readonly<Record<string, string>> = {
  hr: "hour", hourly: "hour", daily: "day", wk: "week", weekly: "week", mo: "month", monthly: "month", yr: "year", annum: "year", annually: "year", yearly: "year",
};

interface NumberMention {
  start: number;
  end: number;
  num: number;
  /** The number's own text, as digits or words (without scale or unit). */
  text: string;
  ordinal: boolean;
  spelled: boolean;
  /** Scaled by a suffix or word ("1.2k", "8.5 million"). */
  scaled: boolean;
  /** Letters written against the digits that are neither an ordinal suffix nor an unconditional scale ("m", "km", "bn"). */
  suffix?: string;
  /** Where the digits end (before any suffix). */
  digitsEnd: number;
}

/** Multiplies a number written as digits by a power of ten without binary rounding ("8.5" × 10⁶). */
const scale = (digits: string, power: number) => Number(`${digits.replace(/,/g, "")}e${power}`);

/** Numbers written in digits, with their ordinal suffix or scale. */
function readDigits(sentence: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of sentence.matchAll(DIGITS)) {
    const start = m.index ?? 0;
    const digits = m[1]! + (m[2] ?? "");
    const digitsEnd = start + digits.length;
    const suffix = m[3];
    let end = start + m[0].length;
    let num = Number(digits.replace(/,/g, ""));
    let ordinal = false;
    let scaled = false;
    let pending: string | undefined;
    if (suffix && /^(st|nd|rd|th)$/.test(suffix)) {
      if (m[2]) continue; // "1.5th" is no rank
      ordinal = true;
    } else if (suffix && SUFFIX_SCALE[suffix] !== undefined && !SCALE_ONLY_AS_MONEY.has(suffix)) {
      num = scale(digits, SUFFIX_SCALE[suffix]!);
      scaled = true;
    } else if (suffix) pending = suffix;
    if (!ordinal && !pending) {
      const word = SCALE_AFTER.exec(sentence.slice(end));
      // The first of a range takes the scale written after the second: "210–220 million".
      const ranged = word ? null : RANGE_SCALE.exec(sentence.slice(end));
      if (word) {
        num = scale(String(num), SCALE_POWER[word[1]!.toLowerCase()]!);
        scaled = true;
        end += word[0].length;
      } else if (ranged) {
        // Its value is the range as written; the number, its lower bound.
        num = scale(String(num), SCALE_POWER[ranged[1]!.toLowerCase()]!);
        scaled = true;
        end += ranged[0].length;
      }
    }
    out.push({ start, end, num, text: digits, ordinal, spelled: false, scaled, suffix: pending, digitsEnd });
  }
  return out;
}

/** Numbers written in words ("two thousand", "fifth"), by compromise; only where digits are not. */
function readWords(sentence: string, digits: readonly NumberMention[]): NumberMention[] {
  if (!CARDINAL_WORDS.test(sentence) && !(ORDINAL_WORDS.test(sentence) && RANK_WORDS.test(sentence))) return [];
  type Found = { text: string; offset: { start: number; length: number }; number: { num: number }; terms?: { tags: string[] }[] };
  const found = nlp(sentence).numbers().json({ offset: true }) as Found[];
  const out: NumberMention[] = [];
  for (const f of found) {
    if (!Number.isFinite(f.number?.num) || f.number.num === 0) continue;
    const start = f.offset.start;
    const raw = sentence.slice(start, start + f.offset.length);
    // Digits are read above ("2-1" comes back as a range and an empty part); "one of two" is not the fraction one half.
    if (/\d/.test(raw) || /\sof\s/i.test(raw)) continue;
    let text = raw.replace(/[\s.,;:!?)"'”’]+$/, "");
    let num = f.number.num;
    // compromise reads "five seconds" as the fraction five halves: the seconds are a unit.
    const seconds = /^(.*\S)\s+seconds?$/i.exec(text);
    if (seconds) {
      text = seconds[1]!;
      num = (nlp(text).numbers().get() as number[])[0] ?? NaN;
    }
    // A scale word alone after digits ("210–220 million") belongs to them.
    if (!text || !Number.isFinite(num) || (/^(?:hundred|thousand|million|billion|trillion)\b/i.test(text) && /\d[\s–—-]*$/.test(sentence.slice(0, start)))) continue;
    const end = start + text.length;
    if (digits.some((d) => start < d.end && end > d.start)) continue;
    const ordinal = f.terms?.some((t) => t.tags.includes("Ordinal")) ?? false;
    out.push({ start, end, num, text, ordinal, spelled: true, scaled: /thousand|million|billion/i.test(text), digitsEnd: end });
  }
  return out;
}

/** Spans of scores in a sentence about a result; a range of a measure ("5-10 days", "3-4%") is not one. */
function scoreSpans(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of sentence.matchAll(SCORE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = sentence.slice(end);
    if (/^\s*%|^\s+per\s?cent\b/i.test(after) || unitAfter(after) || TIME_UNIT[(/^[\s-]+(\p{L}+)/u.exec(after)?.[1] ?? "").toLowerCase().replace(/s$/, "")]) continue;
    const around = `${sentence.slice(Math.max(0, start - 40), start).split(/\s+/).slice(-5).join(" ")} ${after.slice(0, 30).split(/\s+/).slice(0, 4).join(" ")}`;
    if (RESULT_WORDS.test(around)) spans.push({ start, end });
  }
  return spans;
}

/** The noun a number counts, written after it: "2,000 people", "a 90-day", "291 contributing buildings". */
function countedNoun(after: string): { word: string; length: number } | undefined {
  const hyphen = /^-(\p{L}+)/u.exec(after);
  // A participle may stand between a count and its noun: "291 contributing buildings".
  const modified = /^\s+\p{Ll}+(?:ing|ed)\s+(\p{Ll}+)/u.exec(after);
  const modifiedNoun = modified && !/(ed|ing)$/.test(modified[1]!) && !STOP_WORDS.has(modified[1]!) ? modified : null;
  // …and so may an acronym: "38,000 API calls", "12 CPU cores".
  const byAcronym = /^\s+\p{Lu}{2,6}\s+(\p{Ll}+)\b/u.exec(after);
  const acronymNoun = byAcronym && !/(ed|ing)$/.test(byAcronym[1]!) && !STOP_WORDS.has(byAcronym[1]!) ? byAcronym : null;
  const plain = /^\s*(\p{L}+)/u.exec(after);
  const [word, length] = hyphen
    ? [hyphen[1]!, hyphen[0].length]
    : modifiedNoun
      ? [modifiedNoun[1]!, modifiedNoun[0].length]
      : acronymNoun
        ? [acronymNoun[1]!, acronymNoun[0].length]
        : plain
          ? [plain[1]!, plain[0].length]
          : ["", 0];
  const lower = word.toLowerCase();
  // A unit is a noun: "2,000 people", "90-day", not "235 opened".
  if (!lower || /(ed|ing)$/.test(lower) || STOP_WORDS.has(lower)) return undefined;
  // "36 league matches", "120 parking spaces", "14 light rail vehicles": nouns before a plural
  // noun name the kind of the things counted; the plural is what is counted.
  if (plain && !hyphen && !modifiedNoun && !acronymNoun) {
    const compound = COMPOUND_PLURAL.exec(after);
    if (compound && compoundHead(compound[0])) return { word: compound[2]!.toLowerCase(), length: compound[0].length };
  }
  return { word: lower, length };
}

/** "of their 36", "of the twenty": a part of a counted whole follows. */
const PART_OF = /^\s+of\s+(?:the|their|its|his|her|our|your|all|these|those)\s+(?:[\d,]+|\p{Ll}+)(?=\s)/u;

/** One or two singular nouns, then a plural one: "league matches", "light rail vehicles". */
const COMPOUND_PLURAL = /^\s*((?:\p{Ll}+\s+){1,2})(\p{Ll}+s)\b/u;

/** The words of such a run are nouns English knows, the modifiers singular and the last a plural of one. */
function compoundHead(run: string): boolean {
  const words = run.trim().split(/\s+/);
  const last = words.pop()!;
  const singular = lemmatizer.noun(last);
  // "18 month contracts" is a duration of each: a unit of time stays the unit.
  if (TIME_UNIT[words[0]!]) return false;
  return singular !== last && isNoun(singular) && words.every((w) => !STOP_WORDS.has(w) && lemmatizer.noun(w) === w && !/s$/.test(w) && isNoun(w));
}

/** "pounds" after an amount: sterling where the sentence speaks of money, weight where it speaks of weight. */
function poundsAreMoney(sentence: string, after: string, scaled: boolean): boolean {
  if (/^\s+pounds?\s+of\b/i.test(after) || WEIGHT_WORDS.test(sentence)) return false;
  return scaled || MONEY_WORDS.test(sentence);
}

const format = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000));

/**
 * Finds numbers (with their unit) and durations in a sentence. `taken` are spans already claimed
 * as dates: a year is not a count.
 */
/** Whether the number at [start, end) is part of a time of day: beside a colon and minutes, or before a.m./p.m. */
function isClockTime(sentence: string, start: number, end: number): boolean {
  return /\d:$/.test(sentence.slice(Math.max(0, start - 2), start)) || /^:\d\d/.test(sentence.slice(end)) || /^\s*[ap]\.?\s?m\b\.?/i.test(sentence.slice(end));
}

export function findNumbers(sentence: string, taken: readonly { start: number; end: number }[] = []): Claim[] {
  const scores = scoreSpans(sentence).filter((span) => !taken.some((t) => span.start < t.end && span.end > t.start));
  const claims: Claim[] = scores.map(({ start, end }) => {
    const value = sentence.slice(start, end);
    return { type: "number", value, normalized: value.replace(/\s/g, "").replace(/[–—]/, "-"), start, end, score: true };
  });
  const blocked = [...taken, ...scores];
  const digits = readDigits(sentence);
  const mentions = [...digits, ...readWords(sentence, digits)].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (blocked.some((t) => m.start < t.end && m.end > t.start)) continue;
    // A reference mark ("98 km [1]", "[ 2 ]") counts nothing.
    if (/\[\s*$/.test(sentence.slice(Math.max(0, m.start - 2), m.start)) && /^\s*\]/.test(sentence.slice(m.end, m.end + 2))) continue;
    // Coordinates ("located at (38.533731, −76.782220)", "41°37′4″N") measure nothing anyone asks to count.
    if (/\.\d{5,}$/.test(m.text) || /[°′″]$/.test(sentence.slice(0, m.start)) || /^[°′″]/.test(sentence.slice(m.end))) continue;
    // A time of day ("7:02 p.m.", "10:30", "7 pm") is when, not how many.
    if (isClockTime(sentence, m.start, m.end)) continue;
    // A section of a code names a thing ("a 401(k) plan", "a 501(c)(3) charity"): it counts nothing.
    if (/^\(\p{L}\)/u.test(sentence.slice(m.end)) || /\)\($/.test(sentence.slice(Math.max(0, m.start - 2), m.start))) continue;
    const before = sentence.slice(Math.max(0, m.start - 24), m.start);
    const prevWord = /([\p{L}]+)\s*$/u.exec(before)?.[1] ?? "";

    // Money: a currency symbol or code before the amount, or a currency named after it.
    const symbol = m.spelled ? undefined : currencyBefore(sentence.slice(Math.max(0, m.start - 6), m.start));
    let num = m.num;
    let end = m.end;
    let scaled = m.scaled;
    if (m.suffix && SUFFIX_SCALE[m.suffix] !== undefined && symbol) {
      num = scale(m.text, SUFFIX_SCALE[m.suffix]!);
      scaled = true;
    } else if (m.suffix && !unitAfter(sentence.slice(m.digitsEnd))) continue; // "5G", "747s", "3D": not a count
    const named = symbol ? undefined : currencyAfter(sentence.slice(end));
    const currency = symbol?.code ?? (named && (!/^pound/.test(named.noun) || poundsAreMoney(sentence, sentence.slice(end), scaled)) ? named.code : undefined);
    const qualifier = QUALIFIER.exec(sentence.slice(Math.max(0, m.start - (symbol?.length ?? 0) - 24), m.start - (symbol?.length ?? 0)));
    const qual = qualifier?.[0]?.trim();
    const start = m.start - (symbol?.length ?? 0) - (qualifier?.[0].length ?? 0);
    if (currency) {
      if (named && !symbol) end += named.length;
      const period = PER_PERIOD.exec(sentence.slice(end));
      const per = period ? (PERIOD_NAME[(period[1] ?? period[2])!.toLowerCase()] ?? (period[1] ?? period[2])!.toLowerCase()) : undefined;
      if (period) end += period[0].length;
      const measure = measureBefore(sentence, start);
      claims.push({ type: "number", ...(measure ? { measure } : {}), value: sentence.slice(start, end), normalized: format(num), start, end, qualifier: qual, currency, ...(per ? { per } : {}) });
      continue;
    }

    const after = sentence.slice(m.suffix ? m.digitsEnd : end);
    // Part of a name or code ("Interstate 235", "Boeing 747"): right after a capitalized word,
    // counting nothing, and not written like a large count ("Total 12,878").
    const capitalizedBefore = /^\p{Lu}/u.test(prevWord) && /^\S+\s$|^\S+$/.test(before.slice(before.lastIndexOf(prevWord)));

    if (m.ordinal) {
      // "first half", "the second time": a written ordinal ranks only where a rank is spoken of.
      if (m.spelled && !RANK_BEFORE.test(sentence.slice(0, start)) && !RANK_AFTER.test(after)) continue;
      // A rank in a name ("2nd Duke of Newcastle", "42nd Motor Rifle Division") or a century, a
      // period rather than a rank ("the 19th century"), is no number anyone asks for.
      if (/^[\s-]+(?:\p{Lu}|centur|millenni)/u.test(after)) continue;
      const noun = countedNoun(after);
      if (capitalizedBefore && !noun) continue;
      const unit = noun ? (normalizeTerm(noun.word) ?? undefined) : undefined;
      const unitEnd = unit ? end + noun!.length : end;
      claims.push({ type: "number", value: sentence.slice(start, unitEnd), normalized: format(num), start, end: unitEnd, qualifier: qual, unit, ordinal: true });
      continue;
    }

    // A measure in a unit the units library knows: "41 miles", "312 km²", "a 347-metre tower".
    const measured = unitAfter(after);
    if (measured) {
      const unitEnd = (m.suffix ? m.digitsEnd : end) + measured.length;
      claims.push({
        type: "number", value: sentence.slice(start, unitEnd), normalized: format(num), start, end: unitEnd, qualifier: qual,
        unit: measured.term, quantityUnit: measured.unit, quantityKind: measured.kind,
      });
      continue;
    }

    if (/^%|^\s+per\s?cent\b/i.test(after)) {
      const pct = /^%|^\s+per\s?cent\b/i.exec(after)![0].length;
      claims.push({ type: "number", value: sentence.slice(start, end + pct), normalized: format(num), start, end: end + pct, qualifier: qual, unit: "percent" });
      continue;
    }
    const noun = countedNoun(after);
    if (capitalizedBefore && !noun && !m.text.includes(",")) continue;
    // "one of the sixteen townships" picks one out; it counts nothing.
    if (/^one$/i.test(m.text) && /^\s+of\b/i.test(after)) continue;
    // "won 24 of their 36 league matches": a part counts what the whole does.
    const whole = noun ? undefined : PART_OF.exec(after);
    const wholeNoun = whole ? countedNoun(after.slice(whole[0].length)) : undefined;
    const unitTerm = noun ? (normalizeTerm(noun.word) ?? undefined) : wholeNoun ? (normalizeTerm(wholeNoun.word) ?? undefined) : undefined;
    // "1,280.8 people per square mile" is a rate, not a count of people.
    const rate = unitTerm !== undefined && /^\s*\p{L}+\s+per\b/iu.test(after);
    const unitEnd = end + (noun?.length ?? 0);
    const timeKey = (noun?.word ?? "").replace(/s$/, "").replace(/centurie$/, "century");
    if (TIME_UNIT[timeKey]) {
      const n = num * (TIME_UNIT_FACTOR[timeKey] ?? 1);
      const designator = TIME_UNIT[timeKey]!;
      const iso = designator === "H" || designator === "S" || (designator === "M" && timeKey === "minute") ? `PT${format(n)}${designator}` : `P${format(n)}${designator}`;
      claims.push({ type: "duration", value: sentence.slice(start, unitEnd), normalized: iso, start, end: unitEnd, qualifier: qual, unit: normalizeTerm(timeKey) ?? timeKey });
    }
    const measure = unitTerm ? undefined : (measureBefore(sentence, start) ?? labelBefore(sentence, start));
    claims.push({
      type: "number",
      ...(measure ? { measure } : {}),
      value: sentence.slice(start, unitEnd),
      normalized: format(num),
      start,
      end: unitEnd,
      qualifier: qual,
      unit: rate ? `${unitTerm} per` : unitTerm,
    });
  }
  // "a decade-long restriction", "a fortnight": a duration with no digits.
  for (const m of sentence.matchAll(/\b(a|one|two|three|several)\s+(decade|century|year|month|week|day)s?-long\b|\b(a|one)\s+(fortnight)\b/gi)) {
    const word = (m[1] ?? m[3])!.toLowerCase();
    const count = { a: 1, one: 1, two: 2, three: 3, several: 3 }[word as "a"] ?? 1;
    const unit = (m[2] ?? m[4])!.toLowerCase();
    const n = count * (TIME_UNIT_FACTOR[unit] ?? 1);
    claims.push({ type: "duration", value: m[0], normalized: `P${n}${TIME_UNIT[unit]}`, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, unit: normalizeTerm(unit) ?? unit });
  }
  return joinCompoundDurations(sentence, claims);
}

/** Words that join the parts of one duration: "3 hours and 42 minutes", "2 years, 3 months". */
const DURATION_JOINT = /^\s*(?:,\s*(?:and\s+)?|and\s+|\s)$/;

/** Durations said in parts ("3 hours and 42 minutes") as one duration; the parts' counts stay numbers. */
function joinCompoundDurations(sentence: string, claims: Claim[]): Claim[] {
  const durations = claims.filter((c) => c.type === "duration").sort((a, b) => a.start - b.start);
  const joined = new Set<Claim>();
  const out: Claim[] = [];
  for (let i = 0; i < durations.length; i++) {
    let whole = durations[i]!;
    const parts = [whole];
    for (let j = i + 1; j < durations.length; j++) {
      const next = durations[j]!;
      const iso = DURATION_JOINT.test(sentence.slice(whole.end, next.start)) && !whole.qualifier?.match(/\b(?:to|and|or)\b/) ? joinDurations(whole.normalized, next.normalized) : undefined;
      if (!iso) break;
      whole = { ...whole, value: sentence.slice(whole.start, next.end), normalized: iso, end: next.end, unit: next.unit };
      parts.push(next);
      i = j;
    }
    if (parts.length > 1) {
      for (const p of parts) joined.add(p);
      out.push(whole);
    }
  }
  return joined.size ? [...claims.filter((c) => !joined.has(c)), ...out] : claims;
}

/** The noun a number is stated as ("the population was 205"), as an index term. */
function measureBefore(sentence: string, start: number): string | undefined {
  const m = MEASURE_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
  const noun = m ? (m[1] ?? m[2])! : undefined;
  return noun && !STOP_WORDS.has(noun) && !/(ed|ing)$/.test(noun) ? (normalizeTerm(noun) ?? undefined) : undefined;
}

/** A label right before a value: a table cell's column ("Seats included: 5") or a field ("Population (2021): 4,903"). */
const LABEL_BEFORE = /(?:^|[;|—–]\s*)([\p{L}][\p{L}\s'’()0-9-]{0,40}?)\s*:\s*$/u;

/**
 * The noun a label states a number as, as an index term: its last word that is no participle
 * ("Seats included": seats), brackets left out. Only for a count: "Extra seat: $55" is a price.
 */
function labelBefore(sentence: string, start: number): string | undefined {
  const label = LABEL_BEFORE.exec(sentence.slice(Math.max(0, start - 50), start))?.[1];
  const words = label?.replace(/\([^)]*\)/g, " ").match(/\p{L}+/gu) ?? [];
  const noun = words.reverse().find((w) => !STOP_WORDS.has(w.toLowerCase()) && !/(ed|ing|ly)$/i.test(w));
  return noun ? (normalizeTerm(noun.toLowerCase()) ?? undefined) : undefined;
}

/** True when a number's qualifier makes it approximate ("nearly 2,000"). */
export function isApproximate(qualifier: string | undefined): boolean {
  return !!qualifier && APPROXIMATE.test(qualifier);
}
