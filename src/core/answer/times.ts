/**
 * A value's own time. "It had a population of 4,812 at the 2011 census, rising to 4,903 at the
 * 2021 census": asked for 2021, the sentence holds the year, yet 4,812 is the 2011 figure. A value
 * is bound to the year written right beside it, not to every year of its sentence.
 */

/** A year as a word: four digits from 1000 to 2099. */
const YEAR = /^(?:1\d|20)\d\d$/;

/**
 * How close a year must stand to a value to be its year, in words: "4,812 at the 2011 census",
 * "1,262 in 2016", "(2019) 3,100". Further than this, a year usually dates another clause.
 */
const BOUND_REACH = 3;

/** The years among a question's stated terms ("in 2021" gives "2021"). */
export function yearsOf(terms: readonly string[]): string[] {
  return terms.filter((t) => YEAR.test(t));
}

/**
 * The value at words first..last of a sentence (its raw tokens) is bound to a year the question
 * does not ask for: another year stands within BOUND_REACH words of it, nearer than any asked one.
 * A sentence that names no asked year is left to the sentence-level evidence.
 */
export function boundToOtherYear(tokens: readonly string[], first: number, last: number, asked: readonly string[]): boolean {
  let other = Infinity;
  let own = Infinity;
  let askedHere = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!YEAR.test(t) || (i >= first && i <= last)) continue;
    const distance = i < first ? first - i : i - last;
    if (asked.includes(t)) {
      askedHere = true;
      own = Math.min(own, distance);
    } else other = Math.min(other, distance);
  }
  return askedHere && other <= BOUND_REACH && other < own;
}
