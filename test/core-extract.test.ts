/** Normalizers and extractors: dates at each precision, number qualifiers and units, names. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates, parseDateLine } from "../src/core/extract/dates.js";
import { findNumbers, isApproximate } from "../src/core/extract/numbers.js";
import { findNames, cleanName, stripTitles } from "../src/core/extract/names.js";
import { findExpansions, findPredicates } from "../src/core/extract/text.js";
import { normalizeTerm } from "../src/core/search/terms.js";

const normalized = (claims: { normalized: string }[]) => claims.map((c) => c.normalized);

test("dates are normalized to ISO at the precision the text states", () => {
  assert.deepEqual(normalized(findDates("a previously unreleased memorandum dated December 2, 2025.")), ["2025-12-02"]);
  assert.deepEqual(normalized(findDates("Finland announced its withdrawal in July 2025, citing allies.")), ["2025-07"]);
  assert.deepEqual(normalized(findDates("an international treaty signed in 1999 that prohibits")), ["1999"]);
  assert.deepEqual(normalized(findDates("He died on 1 December 1737 at Rambouillet.")), ["1737-12-01"]);
  assert.deepEqual(normalized(findDates("The memo is dated Dec. 2, 2025.")), ["2025-12-02"]);
  assert.deepEqual(normalized(findDates("As of the census of 2010, there were 3,559 people")), ["2010"]);
});

test("a range states both its dates, each at its own precision", () => {
  const lifespan = findDates("James Scudmore (26 June 1624 – 18 June 1668) was an English politician.");
  assert.deepEqual(lifespan.map((c) => [c.value, c.normalized]), [["26 June 1624", "1624-06-26"], ["18 June 1668", "1668-06-18"]]);
  assert.deepEqual(normalized(findDates("It functioned from May 7, 1975 to April 1979.")), ["1975-05-07", "1979-04"]);
});

test("years joined by a hyphen are a range; a decade is a date of its own", () => {
  assert.deepEqual(normalized(findDates("The mill was built in 1874-1876 of local granite.")), ["1874", "1876"]);
  assert.deepEqual(normalized(findDates("Built in 1702-03, it is a fine example of a saltbox.")), ["1702", "1703"]);
  assert.deepEqual(normalized(findDates("He joined Tilbury in the 1986-87 season.")), ["1986", "1987"]);
  assert.deepEqual(normalized(findDates("He played for Harlow in the 1983–84 season.")), ["1983", "1984"]);
  assert.deepEqual(findNumbers("He played for Harlow in the 1983–84 season.", findDates("He played for Harlow in the 1983–84 season.")), []);
  assert.deepEqual(findDates("The chapel was raised in the early 1840s.").map((c) => [c.value, c.normalized]), [["early 1840s", "1840s"]]);
  assert.deepEqual(normalized(findDates("It was begun during the 1330s.")), ["1330s"]);
  assert.ok(!normalized(findDates("Aired 3 November 1981 (1981-11-3).")).includes("1911"));
});

test("a house number is not a year", () => {
  assert.deepEqual(normalized(findDates("The hall stands at 1420 Merton Street in Dunmore and was listed in 1979.")), ["1979"]);
});

test("a day and month without a year take the year closest to the document's date, marked inferred", () => {
  const dated = (t: string, ref: string) => findDates(t, ref).map((c) => [c.value, c.normalized, c.inferredYear]);
  assert.deepEqual(dated("The board appointed her on December 4 after a long search.", "2026-01-10"), [["December 4", "2025-12-04", true]]);
  assert.deepEqual(dated("The vote is on 17 November, the clerk said.", "2025-11-02"), [["on 17 November", "2025-11-17", true]]);
  assert.deepEqual(dated("Harlow play May 2 against Dunmore.", "2026-01-10"), [["May 2", "2026-05-02", true]]);
  // Closest to 15 June 2026 is 1 December 2026, a Tuesday: the stated Monday makes it 2025.
  assert.deepEqual(dated("Monday, December 1, the council met in closed session.", "2026-06-15"), [["Monday, December 1", "2025-12-01", true]]);
  // A reference known to the month only is taken at its middle.
  assert.deepEqual(dated("It reopened on 3 January.", "2025-12"), [["on 3 January", "2026-01-03", true]]);
});

test("without the document's date, a day and month are ISO 8601's year-less form; a stated year is kept", () => {
  assert.deepEqual(findDates("The board appointed her on December 4.").map((c) => [c.value, c.normalized, c.inferredYear]), [["December 4", "--12-04", undefined]]);
  assert.deepEqual(normalized(findDates("Tickets sold out between May 2 and May 9.")), ["--05-02", "--05-09"]);
  assert.deepEqual(normalized(findDates("The fair ran from December 4 to December 6, 2025 in Harlow.")), ["2025-12-04", "2025-12-06"]);
  assert.deepEqual(normalized(findDates("The fair ran December 4–6, 2025 in Harlow.")), ["2025-12-04", "2025-12-06"]);
  assert.deepEqual(findDates("The treaty was signed on 3 March 1999.", "2026-01-10").map((c) => [c.value, c.normalized, c.inferredYear]), [["on 3 March 1999", "1999-03-03", undefined]]);
});

test("relative days, a month alone and lower-case month words stay out, with or without a reference", () => {
  for (const t of ["They met on Saturday.", "The final was played at the 19 Mayıs Stadium.", "She was born 26 Oct 907 in Flanders.", "Last week the mayor resigned.", "Yesterday the river rose.", "Rules are expected by early March.", "It closed in May.", "Every spring the bands march 5 miles to the square.", "Visitors may 3 times a year apply."]) {
    assert.deepEqual(findDates(t, "2025-12-20"), [], t);
    assert.deepEqual(findDates(t), [], t);
  }
});

test("relative dates, a month alone and counts are not dates", () => {
  assert.deepEqual(findDates("a new policy within 90 days"), []);
  assert.deepEqual(findDates("final regulations expected by early March"), []);
  assert.deepEqual(findDates("on Monday the Pentagon said"), []);
  assert.deepEqual(findDates("there were 2000 people at the rally"), []);
  assert.deepEqual(findDates("nearly 2,000 people were killed"), []);
});

test("a dateline is recognized; a sentence is not", () => {
  assert.equal(parseDateLine("Dec 20, 2025 США"), "2025-12-20");
  assert.equal(parseDateLine("Published 2025-12-20"), "2025-12-20");
  assert.equal(parseDateLine("Finland announced its withdrawal in July 2025 after a long debate"), undefined);
  assert.equal(parseDateLine("Dec 20"), undefined, "a dateline without its year dates nothing");
});

test("numbers keep their qualifier in the value and become plain digits", () => {
  const [n] = findNumbers("In 2024 alone, nearly 2,000 people were killed by land mines", findDates("In 2024 alone, nearly 2,000 people were killed by land mines"));
  assert.ok(n);
  assert.equal(n.normalized, "2000");
  assert.equal(n.value, "nearly 2,000 people");
  assert.equal(n.qualifier, "nearly");
  assert.equal(n.unit, "peopl");
  assert.ok(isApproximate(n.qualifier));
  assert.ok(!isApproximate("more than"));
  assert.deepEqual(normalized(findNumbers("over 1.5 million people")), ["1500000"]);
});

test("durations are found with their ISO 8601 form, also when hyphenated", () => {
  const types = (s: string) => findNumbers(s).filter((c) => c.type === "duration").map((c) => c.normalized);
  assert.deepEqual(types("recommend a new one within 90 days."), ["P90D"]);
  assert.deepEqual(types("subject to a 90-day review"), ["P90D"]);
  assert.deepEqual(types("reversing a decade-long restriction"), ["P10Y"]);
  // A number of days still counts as a number of days, for "how many days".
  assert.ok(findNumbers("a 90-day review").some((c) => c.type === "number" && c.normalized === "90" && c.unit === "dai"));
});

test("numbers inside names or dates are not counts", () => {
  const sentence = "Interstate 235 opened on July 4, 1976.";
  assert.deepEqual(findNumbers(sentence, findDates(sentence)), []);
});

test("a count's noun may follow a participle; coordinates are not numbers anyone counts", () => {
  const units = findNumbers("It encompasses 291 contributing buildings, 3 contributing sites, and 1 contributing object.").map((c) => [c.normalized, c.unit]);
  assert.deepEqual(units, [["291", "build"], ["3", "site"], ["1", "object"]]);
  assert.deepEqual(findNumbers("Harlow is located at (38.533731, -76.782220)."), []);
  assert.deepEqual(normalized(findNumbers("With a length of 98 km , [ 1 ] it is the longer headstream.")), ["98"]);
});

test("a hyphenated name stays whole; a nationality or place before a noun names nothing", () => {
  const values = (t: string) => findNames(t).map((c) => c.value);
  assert.ok(values("It is the street album by American rapper Jay-Z, hosted by a DJ.").includes("Jay-Z"));
  assert.ok(!values("It is the street album by American rapper Jay-Z, hosted by a DJ.").includes("Jay"));
  assert.deepEqual(values("It is a town in the Italian region of Lombardy."), ["Lombardy"]);
  assert.deepEqual(values("He moved to Miami in 1990 and Hawaii was next."), ["Miami", "Hawaii"]);
  // A one-word name before a role and a person's name describes that person.
  assert.deepEqual(values("It was designed by the Tyler architect Carl A. Gregory."), ["Carl A. Gregory"]);
});

test("a name keeps its initials, particles and regnal number, without the description before it", () => {
  const values = (t: string) => findNames(t).map((c) => c.value);
  assert.deepEqual(values("It was designed by Tyler architect Carl A. Gregory and built."), ["Carl A. Gregory"]);
  assert.deepEqual(values("It is a 1912 film directed by J. Searle Dawley and starring James Gordon."), ["J. Searle Dawley", "James Gordon"]);
  assert.deepEqual(values("He was one of the sons of the Frankish king Clotaire I and Queen Aregund."), ["Clotaire I", "Aregund"]);
  assert.deepEqual(values("It is the street album by the rapper Slim the Mobster."), ["Slim the Mobster"]);
  assert.deepEqual(values("It is the eighth album by the metal band Symphony X. It was released in 2011."), ["Symphony X"]);
});

test("names lose titles, articles and markup; kinds are told apart", () => {
  assert.equal(stripTitles("Defense Secretary Peter Hegseth"), "Peter Hegseth");
  assert.equal(cleanName("*The Washington Post*,"), "Washington Post");
  const claims = findNames("According to a report by *The Washington Post*, the decision was made by Defense Secretary Peter Hegseth.");
  const post = claims.find((c) => c.normalized === "Washington Post");
  const person = claims.find((c) => c.normalized === "Peter Hegseth");
  assert.equal(post?.type, "organization");
  assert.equal(person?.type, "person");
});

test("a free-text answer is what the sentence says its subject is", () => {
  const s = "Robert Joseph Carpenter, III (born August 1, 1983) is a former American football linebacker.";
  const [p] = findPredicates(s, [0]);
  assert.equal(p?.value, "a former American football linebacker");
});

test("a rate is not a count, and \"one of\" counts nothing", () => {
  const [density] = findNumbers("The population density was 1,280.8 people per square mile.");
  assert.equal(density?.normalized, "1280.8");
  assert.notEqual(density?.unit, "peopl", "people per square mile do not count people");
  assert.equal(findNumbers("The census counted 3,171 people.")[0]?.unit, "peopl");
  assert.deepEqual(findNumbers("Rush Township is one of the sixteen townships of Scioto County.").map((c) => c.normalized), ["16"]);
});

test("a defining predicate is its noun phrase; any other predicate is only a guess", () => {
  const [actor] = findPredicates("Hill is an American actor best known for his role as a detective.", [0]);
  assert.equal(actor?.value, "an American actor");
  assert.equal(actor?.guessed, undefined);
  const [star] = findPredicates("Wood is a former American football All-American linebacker who played for the Jets.", [0]);
  assert.equal(star?.value, "a former American football All-American linebacker");
  const [member] = findPredicates("She was a member of the Quebec Liberal Party until 1990.", [0]);
  assert.equal(member?.value, "a member of the Quebec Liberal Party");
  const [title] = findPredicates("The Girl Who Was There The Girl Who Was There is a 1999 film.", [0]);
  assert.equal(title?.value, "a 1999 film", "a capitalized 'Was' is part of a title, not a copula");
  const [married] = findPredicates("Hill was married to an actress from 1976 to 1981.", [0]);
  assert.equal(married?.guessed, true);
});

test("an acronym's expansion is the phrase whose initials spell it, fillers skipped", () => {
  const values = (t: string, a: string) => findExpansions(t, a).map((c) => c.value);
  assert.deepEqual(values("They proposed an International Geophysical Year (IGY) for 1957.", "IGY"), ["International Geophysical Year"]);
  assert.deepEqual(values("The People's Movement of Kosovo was a party.", "PMK"), ["People's Movement of Kosovo"]);
  assert.deepEqual(values("The sapheno-femoral junction (SFJ) lies in the groin.", "SFJ"), ["sapheno-femoral junction"]);
  // Lower-case words spell it only right before the acronym in brackets.
  assert.deepEqual(values("in global youth matters", "IGY"), []);
});

test("a number stated as a measure (\"the population was 205\") carries that measure; \"the age of 18\" does not", () => {
  assert.equal(findNumbers("The population was 205 as of the 2000 census.")[0]?.measure, "popul");
  assert.equal(findNumbers("Dunmore had a population of 3,046 at the census.")[0]?.measure, "popul");
  assert.equal(findNumbers("It has an estimated total population of 25,038.")[0]?.measure, "popul");
  assert.equal(findNumbers("Out of which the population of Lowmere amounts to 1,971.")[0]?.measure, "popul");
  assert.equal(findNumbers("Those under the age of 18 may not vote.")[0]?.measure, undefined);
  assert.equal(findNumbers("There were 205 people.")[0]?.measure, undefined, "a counted noun is a unit, not a measure");
});

test("a number after a label (a table cell's column, a field) is stated as the label's noun; a price is not", () => {
  const row = findNumbers("Plans — Plan: Basic; Price: $120; Seats included: 5; Extra seat: $15");
  assert.equal(row.find((n) => n.normalized === "5")?.measure, normalizeTerm("seats"));
  // "Extra seat: $15" prices a seat; it counts none.
  assert.notEqual(row.find((n) => n.normalized === "15")?.measure, normalizeTerm("seat"));
  assert.equal(findNumbers("Population (2021): 4,903").find((n) => n.normalized === "4903")?.measure, normalizeTerm("population"));
});

test("a name ending in \"Authority\" is an organization", () => {
  const names = findNames("It is a stop on the Lakeside Bay Transportation Authority line.");
  assert.equal(names.find((n) => /Authority/.test(n.value))?.type, "organization", JSON.stringify(names));
});

/** A number claim's fields that matter here, without offsets. */
const numbers = (t: string) =>
  findNumbers(t, findDates(t))
    .filter((c) => c.type === "number")
    .map((c) => ({ value: c.value, normalized: c.normalized, ...(c.unit ? { unit: c.unit } : {}), ...(c.ordinal ? { ordinal: true } : {}), ...(c.score ? { score: true } : {}), ...(c.currency ? { currency: c.currency } : {}), ...(c.per ? { per: c.per } : {}), ...(c.quantityUnit ? { quantityUnit: c.quantityUnit, quantityKind: c.quantityKind } : {}) }));

test("an ordinal ranks: a number marked ordinal, never a duration", () => {
  assert.deepEqual(numbers("Okafor scored in the 34th minute."), [{ value: "34th minute", normalized: "34", unit: "minut", ordinal: true }]);
  assert.deepEqual(numbers("It was an 88th-minute winner from the bench."), [{ value: "88th-minute", normalized: "88", unit: "minut", ordinal: true }]);
  assert.deepEqual(findNumbers("Okafor scored in the 34th minute.").filter((c) => c.type === "duration"), [], "34th minute is not PT34M");
  assert.deepEqual(numbers("Harlow finished fifth in the league."), [{ value: "fifth", normalized: "5", ordinal: true }]);
  assert.deepEqual(numbers("They took 5th place at the regional meet."), [{ value: "5th place", normalized: "5", unit: "place", ordinal: true }]);
  assert.deepEqual(numbers("Dunmore were 19th in the table at Christmas."), [{ value: "19th", normalized: "19", ordinal: true }]);
  // A rank inside a name, and a century, are not numbers anyone asks for.
  assert.deepEqual(numbers("He was the 2nd Duke of Harlow and served in the 42nd Rifle Division."), []);
  assert.deepEqual(numbers("The chapel dates from the 12th century."), []);
});

test("a score or a vote's tally is one value, marked a score; a written ordinal outside a ranking is no quantity", () => {
  assert.deepEqual(numbers("It was a 2-0 win over Dunmore."), [{ value: "2-0", normalized: "2-0", score: true }]);
  assert.deepEqual(numbers("The 3–3 draw left both sides level."), [{ value: "3–3", normalized: "3-3", score: true }]);
  assert.deepEqual(numbers("Harlow won 2-1 at home."), [{ value: "2-1", normalized: "2-1", score: true }]);
  assert.deepEqual(numbers("The council voted 7-2 to approve the plan."), [{ value: "7-2", normalized: "7-2", score: true }]);
  assert.deepEqual(numbers("Motion carried, 5-4."), [{ value: "5-4", normalized: "5-4", score: true }]);
  // Without a word of a result or a vote, two numbers and a dash are no score.
  assert.ok(!findNumbers("Rooms 4-6 are on the second floor.").some((c) => c.score));
  assert.deepEqual(numbers("Both goals came in the first half."), []);
  assert.deepEqual(numbers("It was the second time the bridge had closed."), []);
  assert.deepEqual(numbers("She is one of the founders."), []);
  // A range of a measure is not a score, even beside a result word.
  assert.deepEqual(normalized(findNumbers("The winners waited 3-4 days for the results.")), ["3"]);
});

test("money: the amount in plain digits with its currency, the value as written", () => {
  assert.deepEqual(numbers("The club paid £8.5 million for the striker."), [{ value: "£8.5 million", normalized: "8500000", currency: "GBP" }]);
  assert.deepEqual(numbers("The club paid £8.5m for the striker."), [{ value: "£8.5m", normalized: "8500000", currency: "GBP" }]);
  assert.deepEqual(numbers("The grant came to €40,000 in all."), [{ value: "€40,000", normalized: "40000", currency: "EUR" }]);
  assert.deepEqual(numbers("Sales reached $1.2k in the first week."), [{ value: "$1.2k", normalized: "1200", currency: "USD" }]);
  assert.deepEqual(numbers("The deal was worth 1.2 billion dollars."), [{ value: "1.2 billion dollars", normalized: "1200000000", currency: "USD" }]);
  assert.deepEqual(numbers("The repairs cost eighty-six thousand pounds."), [{ value: "eighty-six thousand pounds", normalized: "86000", currency: "GBP" }]);
  assert.deepEqual(numbers("The fine was 5 million USD."), [{ value: "5 million USD", normalized: "5000000", currency: "USD" }]);
  assert.equal(numbers("Tickets are A$30 each.")[0]?.currency, "AUD");
});

test("a price per period keeps its period", () => {
  assert.deepEqual(numbers("The plan costs $12/month for one seat."), [{ value: "$12/month", normalized: "12", currency: "USD", per: "month" }, { value: "one seat", normalized: "1", unit: "seat" }]);
  assert.equal(numbers("Cleaners earn £9 an hour.")[0]?.per, "hour");
  assert.equal(numbers("It is a £40,000-a-year post.")[0]?.per, "year");
});

test("pounds are sterling where the sentence speaks of money, weight where it speaks of weight", () => {
  assert.equal(numbers("He was fined 500 pounds by the court.")[0]?.currency, "GBP");
  assert.deepEqual(numbers("The calf weighs 180 pounds."), [{ value: "180 pounds", normalized: "180", unit: "pound", quantityUnit: "lbs", quantityKind: "mass" }]);
  assert.equal(numbers("They sold 40 pounds of apples.")[0]?.quantityKind, "mass");
});

test("measures carry a unit the units library converts", () => {
  assert.deepEqual(numbers("The mast is 1,140 ft (347 m) tall."), [
    { value: "1,140 ft", normalized: "1140", unit: "foot", quantityUnit: "ft", quantityKind: "length" },
    { value: "347 m", normalized: "347", unit: "meter", quantityUnit: "m", quantityKind: "length" },
  ]);
  const unit = (t: string) => numbers(t).map((c) => [c.normalized, c.quantityUnit, c.quantityKind]);
  assert.deepEqual(unit("The trail runs 41 miles along the coast."), [["41", "mi", "length"]]);
  assert.deepEqual(unit("The road is 66 km long."), [["66", "km", "length"]]);
  assert.deepEqual(unit("It won a 66km race."), [["66", "km", "length"]]);
  assert.deepEqual(unit("The park covers 312 km² of forest."), [["312", "km2", "area"]]);
  assert.deepEqual(unit("The park covers 120 sq mi of forest."), [["120", "mi2", "area"]]);
  assert.deepEqual(unit("The park covers 120 square miles of forest."), [["120", "mi2", "area"]]);
  assert.deepEqual(unit("The ferry was 1,214 gross tons."), [["1214", "GT", "tonnage"]]);
  assert.deepEqual(unit("The ferry made 14 knots."), [["14", "kt", "speed"]]);
  assert.deepEqual(unit("Cars may not pass 30 miles per hour there."), [["30", "mi/h", "speed"]]);
  assert.deepEqual(unit("It is a 347-metre tower."), [["347", "m", "length"]]);
  assert.deepEqual(unit("The farm spans 200 hectares."), [["200", "hectare", "area"]]);
  // Words the library would read as units are prose here.
  assert.deepEqual(unit("He scored 12 points in 5 in the morning games."), [["12", undefined, undefined], ["5", undefined, undefined]]);
});

test("scale suffixes: k and bn anywhere, m only after a currency (else metres)", () => {
  assert.deepEqual(numbers("The post drew 1.2k replies.").map((c) => c.normalized), ["1200"]);
  assert.deepEqual(numbers("Exports fell by 3bn in a year.").map((c) => c.normalized), ["3000000000"]);
  assert.deepEqual(numbers("The wall is 5m high.").map((c) => [c.normalized, c.quantityUnit]), [["5", "m"]]);
  assert.deepEqual(numbers("It has a 5G mast and a fleet of 747s."), []);
});

test("durations in words and digits are ISO 8601", () => {
  const durations = (s: string) => findNumbers(s).filter((c) => c.type === "duration").map((c) => c.normalized);
  const cases: [string, string][] = [
    ["The strike lasted two weeks.", "P2W"], ["The strike lasted a fortnight.", "P2W"], ["The strike lasted 14 days.", "P14D"],
    ["Work stopped for three months.", "P3M"], ["Work stopped for 90 days.", "P90D"], ["She was held for nine months.", "P9M"],
    ["The course takes six weeks.", "P6W"], ["He served 22 years on the bench.", "P22Y"], ["The search went on for eleven days.", "P11D"],
  ];
  for (const [sentence, iso] of cases) assert.deepEqual(durations(sentence), [iso], sentence);
});

test("compromise's misreadings are mended: seconds are a unit, a scale after a range scales both", () => {
  assert.deepEqual(findNumbers("The fog signal sounds every five seconds.").map((c) => [c.type, c.normalized]), [["duration", "PT5S"], ["number", "5"]]);
  assert.deepEqual(numbers("Estimates put the crowd at 210–220 million."), [{ value: "210–220 million", normalized: "210000000" }]);
  assert.deepEqual(numbers("It took two and a half years.").map((c) => c.normalized), ["2.5"]);
});

test("a duration said in parts is one duration; two durations said apart stay two", () => {
  const durations = (s: string) => findNumbers(s).filter((c) => c.type === "duration").map((c) => `${c.value}=${c.normalized}`).sort();
  assert.deepEqual(durations("The dam was closed for a total of 3 hours and 42 minutes."), ["3 hours and 42 minutes=PT3H42M"]);
  assert.deepEqual(durations("Construction took 2 years, 3 months in all."), ["2 years, 3 months=P2Y3M"]);
  // The smaller unit first, or two subjects' durations: not one length.
  assert.deepEqual(durations("He served 5 years and his son 3 years."), ["3 years=P3Y", "5 years=P5Y"]);
  assert.deepEqual(durations("It took 40 minutes and 2 hours on the return."), ["2 hours=PT2H", "40 minutes=PT40M"]);
});

test("a count names what it counts: the plural after the nouns that modify it, or the whole it is a part of", () => {
  const units = (s: string) => findNumbers(s).filter((c) => c.type === "number").map((c) => `${c.value}=${c.unit ?? "-"}`);
  assert.deepEqual(units("Orvale have scored 31 league goals."), ["31 league goals=goal"]);
  assert.deepEqual(units("The depot will hold 14 light rail vehicles."), ["14 light rail vehicles=vehicl"]);
  assert.deepEqual(units("Orvale won 22 of their 30 cup matches."), ["22=match", "30 cup matches=match"]);
  // A plural first, or a unit of time, is itself the unit: "5 seats included", "18 month contracts".
  assert.deepEqual(units("Basic has 5 seats included."), ["5 seats=seat"]);
  assert.ok(findNumbers("Players sign 18 month contracts.").some((c) => c.type === "duration" && c.normalized === "P18M"));
});
