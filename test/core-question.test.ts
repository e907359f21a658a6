/** Reading a question: the answer type, the noun asked for, subject and relation words. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeQuestion } from "../src/core/question/analyze.js";
import { normalizeTerm } from "../src/core/search/terms.js";
import { wholeWordMatches } from "../src/core/engine.js";

test("the answer type comes from the wh-phrase's head", () => {
  const cases: [string, string][] = [
    ["when was the memo signed", "date"],
    ["In what year was the Ottawa Convention signed?", "date"],
    ["How many days does the Pentagon have to draft the new policy?", "number"],
    ["How long does the Pentagon have to review the policy?", "duration"],
    ["Who signed the memo?", "person"],
    ["Which newspaper obtained the memo?", "organization"],
    ["Where were anti-personnel mines allowed?", "place"],
    ["What is the population of Pilzno?", "number"],
    ["What sport is Justin Thomas associated with?", "text"],
    ["What political party was Ada Pell affiliated with?", "text"],
  ];
  for (const [q, type] of cases) assert.equal(analyzeQuestion(q).answerType, type, q);
});

test("\"What is the X of Y\": X is asked for, Y is the subject", () => {
  const a = analyzeQuestion("What is the profession of Kim So-yeong?");
  assert.equal(a.focus, "profession");
  assert.ok(a.relationTerms.includes("profess"), JSON.stringify(a));
  assert.ok(a.subjectTerms.includes("kim") && a.subjectTerms.includes("soyeong"), JSON.stringify(a));
  assert.equal(analyzeQuestion("What is the medium of Musketeer?").focus, "medium");
  assert.equal(analyzeQuestion("What is the type of institution of Hollins College?").focus, "institution");
});

test("a noun asked for ends at a participle or preposition after an article; a quoted title is no noun asked for", () => {
  assert.equal(analyzeQuestion("What is the primary instrument played by Orvo Lann?").focus, "instrument");
  assert.equal(analyzeQuestion("What is the historical period associated with the Pell Mill?").focus, "period");
  assert.equal(analyzeQuestion('What is "The 1990"?').focus, undefined);
  const known = analyzeQuestion("What is Orvo Lann known for?");
  assert.ok(known.subjectTerms.includes("lann"), JSON.stringify(known));
});

test("a capitalized word past the first is part of the subject's name, whatever the tagger thinks", () => {
  const a = analyzeQuestion("When was Carl Roth born?");
  assert.deepEqual(a.nameTerms.sort(), ["carl", "roth"]);
  assert.ok(!a.subjectTerms.includes("bear") && a.relationTerms.includes("bear"));
});

test("\"Who is the band associated with…\" asks for a band; every word of a quoted title is the subject's", () => {
  const band = analyzeQuestion('Who is the band associated with the album "Interiors"?');
  assert.equal(band.focus, "band");
  assert.equal(band.answerType, "organization");
  const prince = analyzeQuestion('Who is the main character in "The Lost Prince"?');
  assert.ok(prince.subjectTerms.includes("princ"), JSON.stringify(prince));
  assert.deepEqual(prince.titles, [["the", "lost", "prince"]]);
});

test("an adjective before the office asked about is not the office", () => {
  const a = analyzeQuestion("Who is the current Minister of Immigration?");
  assert.equal(a.focus, "minister");
  assert.equal(a.answerType, "person");
});

test("an office named without its article is asked for; an adjective like 'new' or 'previous' names no relation", () => {
  const a = analyzeQuestion("who was incident commander for the march outage");
  assert.equal(a.answerType, "person");
  assert.equal(a.focus, "commander");
  assert.deepEqual(a.relationTerms, ["command"], JSON.stringify(a));
  assert.ok(a.subjectTerms.includes("outag"), JSON.stringify(a));
  assert.equal(analyzeQuestion("who was Orla Brennick").focus, "role", "a name alone still asks who the person is");
  assert.ok(analyzeQuestion("which station got moved after the hearing").relationTerms.includes("move"), "a light verb is the relation when nothing else states one");
  assert.deepEqual(analyzeQuestion("where was Amos Quell the Elder born").relationTerms, ["bear"], "an inflected verb after a name is the question's verb");
  const previous = analyzeQuestion("Where were drones allowed under the previous rules?");
  assert.deepEqual(previous.relationTerms.filter((t) => !previous.hedgeTerms?.includes(t)), ["allow"], JSON.stringify(previous));
});

test("the date of a writing is the day it was dated or signed; the date of an event names no relation", () => {
  const memo = analyzeQuestion("what's the date of the Quarrow lease memo");
  assert.equal(memo.answerType, "date");
  assert.deepEqual(memo.relationTerms, ["date"], JSON.stringify(memo));
  assert.ok(memo.relationAlternatives.date?.includes("sign"), JSON.stringify(memo.relationAlternatives));
  assert.deepEqual(analyzeQuestion("what's the date of the Quarrow concert").relationTerms, []);
});

test("an office written as a name stays the subject's, though it is asked for", () => {
  const a = analyzeQuestion("Who is the current Minister of Immigration?");
  assert.ok(a.subjectTerms.includes("minist") && a.subjectTerms.includes("immigr"), JSON.stringify(a));
});

test("the head of the asked noun phrase is its last typed noun; a measure's hedges name no subject", () => {
  const total = analyzeQuestion("What is the total population of Quarrow?");
  assert.equal(total.focus, "population");
  assert.deepEqual(total.subjectTerms, ["quarrow"], JSON.stringify(total));
  const estimated = analyzeQuestion("What is the estimated population of Quarrow?");
  assert.equal(estimated.focus, "population");
  assert.deepEqual(estimated.subjectTerms, ["quarrow"], JSON.stringify(estimated));
  assert.ok(estimated.hedgeTerms?.length, JSON.stringify(estimated));
  assert.equal(analyzeQuestion("What is the state where Judge Ovid Marr was born?").answerType, "place");
});

test("a word's whole-word uses in a sentence are found exactly as the lookbehind pattern finds them", () => {
  const escape = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const cases: [string, string][] = [
    ["Finland left; finland's army, FINLAND and Finlandia", "finland"],
    ["o'o'o o'o", "o'o"],
    ["aaa aa", "aa"],
    ["\u212Aelvin kelvin", "kelvin"],
    ["\u017Ftreet street", "street"],
    ["x\u{1D400}abc abc\u{1D400} abc", "abc"],
    ["co-op co-op-co 2co-op", "co-op"],
    ["abc\u0301 abc", "abc"],
  ];
  for (const [text, word] of cases) {
    const expected = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, "giu"))].map((m) => ({ index: m.index, match: m[0] }));
    assert.deepEqual(wholeWordMatches(text, new RegExp(escape(word), "giu")), expected, `${word} in ${text}`);
  }
});

test("a person asked for before or after a named one is a predecessor or successor; a deed or a year is not", () => {
  const succeed = normalizeTerm("succeed")!;
  assert.ok(analyzeQuestion("who was treasurer before Oskar Lindqvist").relationTerms.includes(succeed));
  assert.ok(analyzeQuestion("who was cfo after marta").relationTerms.includes(succeed));
  assert.ok(!analyzeQuestion("who was treasurer before 1990").relationTerms.includes(succeed));
  assert.ok(!analyzeQuestion("who coached the Kestrels after Arbuthnot left").relationTerms.includes(succeed));
});

test("a light verb kept as the only relation scopes the question as a hedge does", () => {
  const q = analyzeQuestion("how long did the Orvale strike go on for");
  const go = normalizeTerm("go")!;
  assert.ok(q.relationTerms.includes(go) && q.hedgeTerms?.includes(go), JSON.stringify(q));
  // Beside a verb that states a relation, it is dropped altogether.
  assert.ok(!analyzeQuestion("when did the Orvale council go on to approve the scheme").relationTerms.includes(go));
});

test("a view or a reason asked for is told in passages; a position played is a value", () => {
  assert.equal(analyzeQuestion("what's Marrow's argument against the tram").asksPassages, true);
  assert.equal(analyzeQuestion("what reason did the mayor give for the delay").asksPassages, true);
  assert.notEqual(analyzeQuestion("what position did Tomas Ekdal play").asksPassages, true);
});

test("a possessive pronoun is no word of the relation or the subject", () => {
  const q = analyzeQuestion("when did the town get its charter");
  assert.ok(!q.relationTerms.includes("it") && !q.subjectTerms.includes("it"), JSON.stringify(q.relationTerms));
  assert.ok(!analyzeQuestion("when did she step down").subjectTerms.includes("she"));
});

test("how much of a period (leave, vacation) asks for a duration; a paid period is no money", () => {
  const leave = analyzeQuestion("how much paid parental leave do primary caregivers get");
  assert.equal(leave.answerType, "duration");
  assert.equal(analyzeQuestion("how much vacation do new hires get").answerType, "duration");
  // Money still: a money verb as a verb, and "how many days" counts days.
  assert.equal(analyzeQuestion("how much did Dunmore pay for the land").answerType, "number");
  assert.equal(analyzeQuestion("how many days did the strike last").answerType, "number");
});

test("right after who, a verb's form before a determiner is the question's verb", () => {
  const q = analyzeQuestion("who chairs the audit committee");
  assert.ok(q.relationTerms.includes(normalizeTerm("chair")!), JSON.stringify(q.relationTerms));
  assert.ok(!q.subjectTerms.includes(normalizeTerm("chair")!));
  assert.ok(analyzeQuestion("who reports to the cto").relationTerms.includes(normalizeTerm("report")!));
});

test("after a copula, the noun a possessor owns is asked for: what's the park's capacity", () => {
  const q = analyzeQuestion("what's linfield park's capacity at the moment");
  assert.equal(q.answerType, "number");
  assert.equal(q.focus, "capacity");
  // Without a copula the possessor is asked for: "which country's defense minister".
  assert.equal(analyzeQuestion("which country's defense minister resigned").focus, "country");
});

test("a preposition that only places a fact in time is no word of the question", () => {
  const q = analyzeQuestion("who did greyhaven sign during january");
  assert.ok(![...q.relationTerms, ...q.subjectTerms].some((t) => t === normalizeTerm("during") || t === "dure"), JSON.stringify(q.relationTerms));
});

test("of two nouns that could be verbs, the one closing the question is its verb: the first is a modifier", () => {
  const outage = analyzeQuestion("how long did the jan 14 route api outage last");
  assert.ok(outage.relationTerms.includes(normalizeTerm("last")!), JSON.stringify(outage.relationTerms));
  assert.ok(outage.subjectTerms.includes(normalizeTerm("route")!), JSON.stringify(outage.subjectTerms));
  assert.ok(analyzeQuestion("what does velmora route growth cost").relationTerms.includes(normalizeTerm("cost")!));
  // A determiner opens the first verb's object: "ban" is what was dropped, not the verb.
  const drop = analyzeQuestion("what year did the US drop its mine ban");
  assert.ok(drop.relationTerms.includes(normalizeTerm("drop")!), JSON.stringify(drop));
});

test("after the plural noun asked for, a verb's base form before a preposition is the verb: which companies bid for…", () => {
  const bid = analyzeQuestion("which companies bid for the tessaly tram contract");
  assert.equal(bid.answerType, "organization");
  assert.equal(bid.focus, "companies");
  assert.equal(bid.asksList, true);
  assert.ok(bid.relationTerms.includes(normalizeTerm("bid")!), JSON.stringify(bid));
  assert.equal(analyzeQuestion("which streams flow into the orvale").focus, "streams");
  // A plural that modifies a noun, with the verb after it, leaves the noun asked for.
  assert.equal(analyzeQuestion("which sports team plays at farrow road").focus, "team");
});

test("the question's own verb names the deed asked about; a copula or a light verb names none", () => {
  assert.equal(analyzeQuestion("when did tessaly quit the orvale accord").deedTerm, normalizeTerm("quit"));
  assert.equal(analyzeQuestion("who is the band associated with the album \"Interiors\"").deedTerm, undefined);
  assert.equal(analyzeQuestion("how many libraries are part of the LCLS").deedTerm, undefined);
});

test("a body of water or a landform asked for is a place", () => {
  for (const q of ["which streams flow into the orvale", "what lake is tessaly on", "which mountain overlooks tessaly", "what cave did they find the hoard in"]) assert.equal(analyzeQuestion(q).answerType, "place", q);
  // A built thing is one too, named as a place ("the Saltings Bridge").
  assert.equal(analyzeQuestion("which bridge did harrow design").answerType, "place");
});

test("a plural after a noun, with a verb right after it, is what is counted: how many api calls errored", () => {
  const q = analyzeQuestion("how many api calls errored during the outage in january");
  assert.equal(q.focus, "calls");
});

test("a count may be stated in the counted noun's other words: nations are countries, cars automobiles", () => {
  assert.ok(analyzeQuestion("how many nations have signed the Orvale Accord").units?.includes(normalizeTerm("countries")!));
  assert.ok(analyzeQuestion("how many cars did Velmora sell in 2025").units?.includes(normalizeTerm("automobiles")!));
  // A word with no other word for it is counted by itself.
  assert.deepEqual(analyzeQuestion("how many employees does Velmora have").units, [normalizeTerm("employees")]);
});

test("\"how long\" is the question word's: a hedge, and no event's order", () => {
  const q = analyzeQuestion("how long was the Tallowmere outage");
  assert.deepEqual(q.hedgeTerms, ["long"]);
  assert.deepEqual(q.orderTerms, []);
  assert.deepEqual(analyzeQuestion("when did Arden first take the Kestrel job").orderTerms, ["first"]);
});

test("a relative clause on the subject says which thing is meant: its verb hedges, the question's own verb is the relation", () => {
  const lifted = analyzeQuestion("which administration brought in the ban that's now been lifted");
  assert.ok(lifted.hedgeTerms?.includes(normalizeTerm("lifted")!));
  const signed = analyzeQuestion("who signed the memo that lifted the ban");
  assert.deepEqual(signed.hedgeTerms, [normalizeTerm("lifted")]);
  // The clause ends where the question's own verb comes back: "signed" is what is asked.
  const treaty = analyzeQuestion("when was the treaty that bans landmines signed");
  assert.ok(treaty.relationTerms.includes(normalizeTerm("signed")!));
  assert.deepEqual(treaty.hedgeTerms, []);
  // "said that…" is a complement, not a relative clause.
  assert.deepEqual(analyzeQuestion("who said that the memo was signed").hedgeTerms, []);
});

test("a clause saying when places the thing asked about: its verb hedges, a time without a verb changes nothing", () => {
  const boss = analyzeQuestion("who was Brenford's interim boss after Dallow left");
  assert.ok(boss.hedgeTerms?.includes(normalizeTerm("left")!), JSON.stringify(boss));
  const evacuated = analyzeQuestion("how many people were evacuated before the storm hit Orvale");
  assert.deepEqual(evacuated.hedgeTerms, [normalizeTerm("hit")], JSON.stringify(evacuated));
  assert.deepEqual(analyzeQuestion("what club was Ferrow at before Brenford").hedgeTerms, []);
  // A question that opens with "when" asks when: its verb is the relation.
  assert.deepEqual(analyzeQuestion("when did Dallow leave Brenford").hedgeTerms, []);
});

test("\"the number of X\" counts X, as \"how many X\" does", () => {
  for (const asked of ["number of stations on the Orvale line?", "what is the total number of stations on the Orvale line"]) {
    const q = analyzeQuestion(asked);
    assert.equal(q.answerType, "number", asked);
    assert.equal(q.unit, normalizeTerm("stations"), asked);
    assert.ok(!q.subjectTerms.includes("number") && !q.relationTerms.includes("number"), JSON.stringify([q.subjectTerms, q.relationTerms]));
  }
  // A number that names something is no count.
  assert.equal(analyzeQuestion("what is the ticket number of the Orvale outage").answerType, "text");
});

test("\"going to\" marks the future: no relation of its own", () => {
  const q = analyzeQuestion("how long is Mara Quell going to be out for");
  assert.ok(!q.relationTerms.includes(normalizeTerm("going")!) && !q.relationTerms.includes("go"), JSON.stringify(q.relationTerms));
  assert.ok(analyzeQuestion("where is Mara Quell going to play next season").relationTerms.includes(normalizeTerm("play")!));
});

test("where something finished in a table or a race asks for its position; \"end up\" asks nothing of its own", () => {
  const table = analyzeQuestion("where did Orvale Town end up finishing in the table");
  assert.deepEqual([table.answerType, table.focus], ["number", "position"]);
  assert.ok(!table.relationTerms.includes(normalizeTerm("end")!), JSON.stringify(table.relationTerms));
  const election = analyzeQuestion("where did Mara Quell place in the 2024 election");
  assert.deepEqual([election.answerType, election.focus], ["number", "position"]);
  // Where a race ended is a place; so is where a team plays.
  assert.equal(analyzeQuestion("where did the Orvale marathon finish").answerType, "place");
  assert.equal(analyzeQuestion("where do Orvale Town play their home games").answerType, "place");
});

test("a terse question asks for its head phrase's noun: one after a preposition only says which is meant", () => {
  // "line" is a kind of organization to the lexicon, but the forecast is asked for, not the line.
  const forecast = analyzeQuestion("ridership forecast for the orvale line?");
  assert.notEqual(forecast.answerType, "organization");
  assert.equal(analyzeQuestion("landlord for the new tessaly office").answerType, "organization");
  assert.equal(analyzeQuestion("founding year of the orvale rowing club?").answerType, "date");
  // With no preposition, any typed noun still says what is asked.
  assert.equal(analyzeQuestion("orvale bridge opening date?").answerType, "date");
});

test("a list command's object is read as after a copula: the noun a possessor owns is asked for", () => {
  const novels = analyzeQuestion("list orla varne's novels");
  assert.equal(novels.focus, "novels");
  assert.equal(novels.asksList, true);
});

test("who is on, or sits on, a group asks for its members, a list; belonging is no deed a source must state", () => {
  for (const question of ["who's on the Tessaly board of directors", "who sits on the orvale oversight committee", "who served on the jury"]) {
    const q = analyzeQuestion(question);
    assert.equal(q.answerType, "person", question);
    assert.equal(q.asksList, true, question);
    assert.ok(q.relationTerms.every((t) => q.hedgeTerms?.includes(t)), `${question}: ${q.relationTerms} / ${q.hedgeTerms}`);
  }
  // On or in something that is no group of people: one person.
  assert.equal(analyzeQuestion("who is on the phone").asksList, false);
  assert.equal(analyzeQuestion("who's in charge of the orvale office move").asksList, false);
});

test("a title word before \"of\" is the office asked about, a relation; before a name it only titles the name", () => {
  const office = analyzeQuestion("when did varne become president of the orvale society");
  const president = normalizeTerm("president")!;
  assert.ok(office.relationTerms.includes(president), JSON.stringify(office.relationTerms));
  assert.ok(!office.titleTerms.includes(president), JSON.stringify(office.titleTerms));
  assert.ok(analyzeQuestion("when did President Varne sign the orvale accord").titleTerms.includes(president));
});

test("the part of a period a question is placed in (\"at the end of 2025\") is no subject word a source must name", () => {
  const end = normalizeTerm("end")!;
  const staff = analyzeQuestion("how many staff did orvale have at the end of 2025");
  assert.ok(!staff.subjectTerms.includes(end) && !staff.relationTerms.includes(end), JSON.stringify(staff));
  assert.ok(staff.subjectTerms.includes("2025"), JSON.stringify(staff.subjectTerms));
  assert.ok(!analyzeQuestion("who coached varne at the start of the season").subjectTerms.includes(normalizeTerm("start")!));
  // Of a thing, not a period, the part is the subject: "the end of the pier".
  assert.ok(analyzeQuestion("what is at the end of the orvale pier").subjectTerms.includes(end));
});

test("a score names its match without being required (\"the 3-3 at Varne\"); a range of years still is", () => {
  const score = analyzeQuestion("who got orvale's equaliser in the 3-3 at varne");
  assert.ok(!score.subjectTerms.includes("33") && score.hedgeTerms?.includes("33"), JSON.stringify(score));
  assert.ok(analyzeQuestion("who won the 1983-84 orvale cup").subjectTerms.includes("198384"));
});

test("an adverb of the asker's stance is no word a source must state", () => {
  for (const q of ["which company is actually building the varn line", "when will people really be able to ride the varn line", "roughly how many stations does the varn line have"]) {
    const a = analyzeQuestion(q);
    for (const t of ["actual", "realli", "roughli"]) assert.ok(!a.relationTerms.includes(t) && !a.subjectTerms.includes(t), `${q}: ${JSON.stringify(a)}`);
  }
  assert.ok(analyzeQuestion("which company is actually building the varn line").relationTerms.includes("build"));
});

test("a built place asked for is a place; a terse question's noun asked for is its last typed noun", () => {
  for (const q of ["which hospital was Ada Pell taken to", "which museum holds the Varn hoard", "which airport did the Velmora team fly from"]) assert.equal(analyzeQuestion(q).answerType, "place", q);
  const terse = analyzeQuestion("velmora bridge opening date?");
  assert.equal(terse.answerType, "date");
  assert.equal(terse.focus, "date");
});

test("'start' said of an event names no relation, its date is the start; said of a thing, it is the relation", () => {
  assert.deepEqual(analyzeQuestion("when did the quarrow dock strike start").relationTerms, []);
  assert.deepEqual(analyzeQuestion("when did the quarrow depot start").relationTerms, ["start"]);
});
