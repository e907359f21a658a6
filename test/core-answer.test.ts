/** The query core on the seeds: conflicts with every source cited, agreement, not_found, bad input. */
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { QueryEngine } from "../src/core/engine.js";
import { normalizeTerm } from "../src/core/search/terms.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import type { Answer } from "../src/core/types.js";
import { lifeEvent } from "../src/core/answer/life.js";
import { decide, groupValues } from "../src/core/answer/aggregate.js";
import { MODEL } from "../src/core/answer/model.js";
import type { Candidate } from "../src/core/answer/candidates.js";

let engine: QueryEngine;
before(async () => {
  engine = await QueryEngine.load(DEFAULT_CORPUS_DIR);
});

/** An answer's values, best first, as compared and as printed when an assertion fails. */
const valuesOf = (a: Answer) => a.answers.map((x) => x.normalized);
const listed = (a: Answer) => JSON.stringify(valuesOf(a));

const cites = (a: Answer, normalized: string, prefix: string) =>
  a.answers.some((x) => x.normalized === normalized && x.sources.some((s) => s.id.startsWith(prefix)));

test("the memo's date: a conflict between 003 and 004, with 002's redaction noted", () => {
  const a = engine.ask("when was the memo signed");
  assert.equal(a.status, "conflict");
  assert.equal(a.conflict, true);
  assert.equal(a.answerType, "date");
  assert.ok(cites(a, "2025-12-02", "003_"), JSON.stringify(a.answers));
  assert.ok(cites(a, "2025-01-15", "004_"), JSON.stringify(a.answers));
  assert.ok(a.warnings.some((w) => /disagree/i.test(w) && w.includes("2025-12-02") && w.includes("2025-01-15")));
  assert.ok(a.warnings.some((w) => w.includes("002_") && /redacted|withheld/.test(w)), a.warnings.join("\n"));
  for (const x of a.answers) for (const s of x.sources) assert.ok(engine.document(s.id)!.sentences.includes(s.snippet), "snippets are verbatim sentences");
});

test("other wordings and a typo reach the same conflict", () => {
  for (const q of ["What date was the memorandum signed?", "wen was the memo signd"]) {
    const a = engine.ask(q);
    assert.ok(cites(a, "2025-12-02", "003_") && cites(a, "2025-01-15", "004_"), `${q}: ${listed(a)}`);
  }
});

test("Finland's withdrawal: July 2024 (001, 004) against July 2025 (000)", () => {
  const a = engine.ask("When did Finland withdraw from the Ottawa Convention?");
  assert.equal(a.status, "conflict");
  assert.ok(cites(a, "2024-07", "001_") && cites(a, "2024-07", "004_") && cites(a, "2025-07", "000_"), JSON.stringify(a.answers));
  assert.equal(a.answers[0]!.normalized, "2024-07", "the side with more sources comes first");
});

test("a relation in other words: leaving the treaty is withdrawing from it", () => {
  const a = engine.ask("When did Finland leave the Ottawa treaty?");
  assert.equal(a.answers[0]?.normalized, "2024-07", listed(a));
  assert.ok(cites(a, "2024-07", "001_") && cites(a, "2024-07", "004_") && cites(a, "2025-07", "000_"));
});

test("agreement: one answer, no conflict, every agreeing source cited", () => {
  const who = engine.ask("Who signed the memo?");
  assert.equal(who.status, "answered");
  assert.match(who.answers[0]!.normalized, /Hegseth/);
  const days = engine.ask("How many days does the Pentagon have to draft the new policy?");
  assert.equal(days.status, "answered");
  assert.equal(days.answers[0]!.normalized, "90");
  assert.ok(days.answers[0]!.sources.length >= 3);
  const post = engine.ask("Which newspaper obtained the memo?");
  assert.equal(post.status, "answered");
  assert.match(post.answers[0]!.value, /Washington Post/);
});

test("a number keeps its qualifier in the value", () => {
  const a = engine.ask("How many people were killed by landmines in 2024?");
  assert.equal(a.answers[0]?.normalized, "2000");
  assert.match(a.answers[0]!.value, /nearly 2,000/);
});

test("questions the corpus does not answer are not_found, never a made-up value", () => {
  for (const q of ["Who won the 2022 World Cup?", "What is the capital of France?"]) {
    const a = engine.ask(q);
    assert.equal(a.status, "not_found", q);
    assert.deepEqual(a.answers, []);
    assert.equal(a.conflict, false);
  }
});

test("bad input gets status error with a reason, and changes nothing", () => {
  for (const q of ["", "   ", "?!", "x".repeat(100_000)]) {
    const a = engine.ask(q);
    assert.equal(a.status, "error");
    assert.equal(a.answers.length, 0);
    assert.ok(a.warnings[0]!.length > 0);
  }
  assert.equal(engine.ask("when was the memo signed").status, "conflict");
});

test("prepare() precomputes every value in the background without changing any answer", async () => {
  const fresh = await QueryEngine.load(DEFAULT_CORPUS_DIR);
  const questions = ["when was the memo signed", "Who signed the memo?", "How many people were killed by landmines in 2024?"];
  const before = questions.map((q) => JSON.stringify({ ...fresh.ask(q), tookMs: 0 }));
  const other = await QueryEngine.load(DEFAULT_CORPUS_DIR);
  assert.equal(await other.prepare({ maxSentences: 10 }), false, "a corpus above the limit stays lazy");
  assert.equal(await other.prepare(), true);
  const controller = new AbortController();
  controller.abort();
  assert.equal(await (await QueryEngine.load(DEFAULT_CORPUS_DIR)).prepare({ signal: controller.signal }), false);
  assert.deepEqual(questions.map((q) => JSON.stringify({ ...other.ask(q), tookMs: 0 })), before);
});

test("the Ottawa Convention's signing: three sources state it; the source calling it the 1997 Ottawa Treaty is heard but states no signing", () => {
  const a = engine.ask("In what year was the Ottawa Convention signed?");
  assert.equal(a.status, "answered", listed(a));
  assert.ok(cites(a, "1999", "000_") && cites(a, "1999", "001_") && cites(a, "1999", "002_"), listed(a));
  assert.equal(a.conflict, false);
  // The other name ("Treaty" for "Convention") still makes 003 a source about the subject: its year is ranked, below the bar.
  const ranked = engine.rank("In what year was the Ottawa Convention signed?");
  const other = ranked.find((r) => r.normalized === "1997");
  assert.ok(other && other.sources.some((id) => id.startsWith("003_")) && other.confidence < ranked[0]!.confidence, JSON.stringify(ranked));
});

/** A small corpus of documents, one a string: a title line, then sentences. */
function engineOf(docs: Record<string, string>): QueryEngine {
  return QueryEngine.fromDocuments(
    Object.entries(docs).map(([id, text]) => {
      const [title, ...sentences] = text.split("\n");
      return { id, file: `${id}.txt`, title: title!, sentences };
    }),
    { dir: "memory" },
  );
}

test("a document about a namesake (another Thomas) is not read", () => {
  const e = engineOf({
    c: "Kristin Scott Thomas\nKristin Scott Thomas was born in 1960.",
    d: "Justin Thomas\nJustin Thomas was born in 1993.",
  });
  const born = e.ask("When was Justin Thomas born?");
  assert.deepEqual(valuesOf(born), ["1993"]);
});

test("a title qualified like an encyclopedia's (\"Brenmouth, Ontario\") is a namesake: no disagreement with the bare title's, and asked for by its qualifier", () => {
  const e = engineOf({
    town: "Brenmouth\nBrenmouth is a market town on the Tarrow estuary in Cumbria.\nIts population was 6,240 at the 2021 census.",
    namesake: "Brenmouth, Ontario\nBrenmouth is a village on Lake Huron founded by Welsh settlers.\nIts population was 912 at the 2021 Canadian census.",
  });
  // The name alone may mean either: both are heard, the bare title's town first, and two towns'
  // populations are no disagreement.
  const alone = e.ask("What was the population of Brenmouth in 2021?");
  assert.deepEqual(valuesOf(alone), ["6240", "912"]);
  assert.equal(alone.status, "answered");
  // The qualifier, or a word only the namesake's page uses, asks of the namesake alone.
  assert.deepEqual(valuesOf(e.ask("What was the population of Brenmouth, Ontario in 2021?")), ["912"]);
  assert.deepEqual(valuesOf(e.ask("What was the population of the Canadian Brenmouth in 2021?")), ["912"]);
});

test("an acronym no document uses stands for the phrase they write in lower case: ARR asks for an amount", () => {
  const e = engineOf({
    results: "Brelmark results\nBrelmark grew annual recurring revenue by 12% to $9.4 million in 2025.\nThe sales team doubled.",
    board: "Board minutes\nThe CFO said Brelmark's annual recurring revenue reached $9.4 million at year end.\nThe office lease runs to 2030.",
  });
  const { q } = e.candidatesFor("what was brelmark's arr in 2025");
  assert.deepEqual(q.spelledOut?.["arr"], ["annual", "recur", "revenu"]);
  assert.equal(q.answerType, "number");
  // Seen once, a lower-case run of initials is chance: "the office lease runs" is no OLR.
  assert.equal(e.candidatesFor("what is brelmark's olr").q.spelledOut?.["olr"], undefined);
});

test("the maker of a work is the name its sentence introduces with \"by\", a band as well as a person", () => {
  const e = engineOf({
    a: "The Heat (album)\nThe Heat is the second studio album by American rock band Needtobreathe, released under Atlantic Records with producer Andy Green.",
  });
  const a = e.ask('Who is the artist of the album "The Heat"?');
  assert.equal(a.answers[0]?.normalized, "Needtobreathe", listed(a));
});

test("a birth date does not answer a question about something else", () => {
  const e = engineOf({
    a: "Ipi Morea\nIpi Morea (born 6 May 1975) started playing cricket for Papua New Guinea in the ACC Trophy of 2000.",
  });
  const a = e.ask("When did Morea start playing for Papua New Guinea?");
  assert.equal(a.answers[0]?.normalized, "2000", listed(a));
  assert.equal(e.ask("When was Ipi Morea born?").answers[0]?.normalized, "1975-05-06");
});

test("a passage that defines the subject speaks of it by part of its name or a pronoun: every such source is heard", () => {
  const e = engineOf({
    a: "Hanna Elisabet Lind\nHanna Elisabet Lind was a Swedish shipowner in Gothenburg, where her firm traded timber with England.\nShe was one of the city's more prominent merchants.\nElisabet was born 4 March 1761 in Borås.",
    b: "Hanna Lind\nHanna Lind was a Swedish painter, born on 9 May 1890 in Uppsala, whose landscapes of the archipelago hang in the national museum.",
  });
  const born = e.ask("When was Hanna Lind born?");
  const values = valuesOf(born);
  assert.ok(values.includes("1761-03-04") && values.includes("1890-05-09"), JSON.stringify(values));
  assert.equal(born.conflict, true);
});

test("a lifespan in brackets states a birth, even when it is read as one date range", () => {
  const e = engineOf({
    a: "Tomas Berg (athlete)\nTomas Berg (September 3, 1911 – May 2, 1970) was a Norwegian skier.",
  });
  assert.equal(e.ask("When was Tomas Berg born?").answers[0]?.normalized, "1911-09-03");
});

test("\"founded\" answers \"established\", and a parish founded is not a cathedral consecrated", () => {
  const e = engineOf({
    a: "Cathedral of Saint Mark (Ledford)\nThe parish was founded in 1861, the present church was completed in 1950, and it was raised to cathedral status in 1972.",
  });
  assert.equal(e.rank("When was the Cathedral of Saint Mark established?")[0]?.normalized, "1861");
});

test("a free-text answer is what the subject is, not what happened to it", () => {
  const e = engineOf({
    a: "Paul Hender\nPaul Hender (born 1950) is an American actor best known for his role in a soap opera.\nHender was married to a singer from 1976 to 1981.",
  });
  const a = e.ask("What is the profession of Paul Hender?");
  assert.equal(a.answers[0]?.normalized, "actor", listed(a));
  assert.equal(a.answers[0]?.value, "American actor", "worded as the source words it");
});

test("a question asking for a kind is answered by the kind a source names, anywhere in its sentence", () => {
  const e = engineOf({
    a: "Hong Ning Open (golf)\nThe Hong Ning Open is a tournament held every autumn at the Fanling Golf Club.",
    b: "Hong Ning Open (tennis)\nThe Hong Ning Open is a tournament on the WTA tour, played on hard courts; it is a tennis event sponsored by a bank.",
  });
  const a = e.ask("What sport is the Hong Ning Open associated with?");
  assert.deepEqual(valuesOf(a).sort(), ["golf", "tennis"], listed(a));
});

test("a lifespan may name the birthplace before its dash, and may use a minus sign", () => {
  const e = engineOf({
    a: "Marten Dobbs (musician)\nMarten Dobbs (19 April 1918 in Edinburgh – 30 April 1984 in Henley-on-Thames), was a British musician, composer and teacher of the oboe at the college of music in the city for many years.",
    b: "Marten Dobbs (officer)\nMajor General Marten Dobbs (8 March 1897 − 9 April 1966) was a British Army officer who commanded a division in Burma and wrote two books on the campaign there.",
    c: "Marten Dobbs (minister)\nDobbs, a minister, was born on 11 April 1834 at the manse of Belford near the river.",
  });
  const a = e.ask("When was Marten Dobbs born?");
  assert.deepEqual(valuesOf(a).sort(), ["1834-04-11", "1897-03-08", "1918-04-19"], listed(a));
});

test("a work's maker named with \"by\" answers who made it, however far the question's words are; the verb that names each maker decides", () => {
  const e = engineOf({
    a: "Down Lane (Joey Barton album)\nDown Lane is an album by the artist Joey Barton, recorded in Zurich in 1997.",
    b: "Down Lane (Chet Hawkins album)\nReleased in 1965 on a small Nashville label, Down Lane is the nineteenth studio LP by guitarist Chet Hawkins.",
  });
  const a = e.ask('Who is the artist of the album "Down Lane"?');
  assert.deepEqual(valuesOf(a).sort(), ["Chet Hawkins", "Joey Barton"], listed(a));
  const film = engineOf({
    a: "The Green Ticket\nThe Green Ticket is a 1931 drama film based on the 1914 play of the same name by Michael Morten, produced by the Fax Film Company and directed by Raoul Welsh.",
  });
  assert.equal(film.ask('Who directed the film "The Green Ticket"?').answers[0]?.normalized, "Raoul Welsh");
});

test("a quoted title is read only where a source writes it out, not from its words scattered over another work", () => {
  const e = engineOf({
    a: "The Lone Album\nThe Lone Album is the third LP by the singer Jon Hartley, released in 1968.",
    b: "A Lone Time (Arto Sando album)\nA Lone Time is the title of a studio album released by the trumpeter Arto Sando in 2010.",
  });
  const a = e.ask('Who is the artist of "The Lone Album"?');
  assert.deepEqual(valuesOf(a), ["Jon Hartley"], listed(a));
});

test("a relative's lifespan or birth is not the subject's", () => {
  const e = engineOf({
    a: "Meir Porrash\nMeir Porrash (born 11 June 1955) is an Israeli politician.\nHis father Rabbi Menachem Porrash (1916–2010) was one of the longest-serving members of the Knesset.",
    b: "Nina Porrash\nHer older sister was Princess Nina Porrash, born in 1901, and the family lived in London.",
  });
  const a = e.ask("When was Meir Porrash born?");
  assert.deepEqual(valuesOf(a), ["1955-06-11"], listed(a));
});

test("the end of a range does not say when something began", () => {
  const e = engineOf({
    a: "Cosmo Albrici\nCosmo Albrici was Grand Duke of Lucca.\nHe reigned from 1670 to 1723, and was the elder son of Grand Duke Ferdinand.",
  });
  assert.equal(e.ask("When did Cosmo Albrici become Grand Duke of Lucca?").answers[0]?.normalized, "1670");
});

test("a decade a source names in passing is made precise by the year it states", () => {
  const e = engineOf({
    a: "Ned Corrie (1910s bowler)\nNed Corrie (1910s bowler) was an English cricketer.\nCorrie played one season of first-class cricket for Kent in 1913.",
  });
  const a = e.ask("When did Ned Corrie play?");
  assert.deepEqual(valuesOf(a), ["1913"], listed(a));
});

test("\"What year…\" is answered where a source states the event, not where it says \"year\"", () => {
  const e = engineOf({
    a: "Harbor Lights (album)\nHarbor Lights is the second album by Mira Voss.\nThe album was recorded over one year in Lisbon, and released in Spain in 1990.\nIn 1994 Harbor Lights was voted album of the year.",
  });
  const a = e.ask("What year was the album Harbor Lights released?");
  assert.deepEqual(valuesOf(a), ["1990"], listed(a));
});

test("a pronoun right after a sentence naming the subject speaks of it, though the passage opens on something else", () => {
  const e = engineOf({
    a: "Ian Brodie (footballer)\nIan Brodie (footballer, born 1941) Ian Brodie (19 March 1941 – 10 April 2018) was a Scottish footballer and manager.",
    b: "Caledonian locomotives\nIn 1894 the railway introduced condensing tank engines for its underground lines.\nIan Brodie was a Scottish engineer.\nHe was born in Saltcoats, Ayrshire, in 1833 and died in Glasgow on 1 February 1895.",
  });
  const a = e.ask("When was Ian Brodie born?");
  assert.ok(cites(a, "1833", "b"), listed(a));
});

test("a near relation is heard where a source states no other: a fort \"founded\" when asked when it was built", () => {
  const e = engineOf({
    a: "Harlan Fort\nHarlan Fort is a fort and historical site in Millard County, Utah.\nIt was founded in 1867 by Ira Lowe at the request of the territorial governor.\nOne of its distinctive features is the use of volcanic rock in its walls.",
    b: "Harlan Fort (Oregon)\nThe stone fort Harlan Fort was built in 1857 and protected telegraph lines.",
    c: "Harlan Fort (Idaho)\nHarlan Fort was built in 1857 by the army.",
  });
  const a = e.ask("When was Harlan Fort built?");
  assert.ok(cites(a, "1857", "b") && cites(a, "1867", "a"), listed(a));
  // Three forts of one name ("Harlan Fort (Oregon)") do not disagree; the bare title's comes first.
  assert.equal(a.status, "answered");
  assert.equal(a.answers[0]?.normalized, "1867");
  // Where a source states the relation asked about, a near one beside it does not compete.
  const p = engineOf({
    a: "Olaf Cathedral\nOlaf Cathedral is a church in Tana.\nThe parish was founded in 1856, the present church building was completed in 1951.",
    b: "Olaf Cathedral (Tana)\nOlaf Cathedral is a church in Tana.\nThe parish was founded in 1900, the present church building was completed in 1951.",
  });
  const founded = p.ask("When was Olaf Cathedral established?");
  assert.deepEqual(valuesOf(founded).sort(), ["1856", "1900"], listed(founded));
});

test("of two events in one sentence, the date in the asked event's clause answers", () => {
  const e = engineOf({
    a: "Mirei Tano\nMirei Tano passed the group's 2nd generation auditions on 3 March 2011, and debuted on 9 May 2011 at the Team K stage.",
    b: "Mirei Tano (singer)\nMirei Tano passed the group's 2nd generation auditions on 3 March 2011, and debuted on 2 June 2011 at the Team K stage.",
  });
  const a = e.ask("When did Mirei Tano debut?");
  assert.deepEqual(valuesOf(a).sort(), ["2011-05-09", "2011-06-02"], listed(a));
});

test("a population is a whole count: a density's decimals do not answer it", () => {
  const e = engineOf({
    a: "Harlow Township\nIn Harlow Township the population density was 20.1 people.\nIts population was 533 at the 2000 census.",
  });
  assert.deepEqual(valuesOf(e.ask("What is the population of Harlow Township?")), ["533"]);
});

test("a work's maker may follow \"album from\" or \"album of\", or stand in its disambiguated title; a producer is not the artist", () => {
  const e = engineOf({
    a: "Beyond Reach (Dynastic album)\nBeyond Reach is the second studio album from Dynastic, recorded over two weeks in Tulsa with a new drummer.",
    b: "Beyond Reach (Doru album)\nBeyond Reach is the eleventh studio album of the German hard rock singer Doru.",
    c: "Beyond Reach\nBeyond Reach (Marlow Hatch album) Beyond Reach was produced by Tom Vail and Ed Sarn at a studio in Ohio.",
    d: "Beyond Reach\nBeyond Reach is an album by the singer Anna Quill, released by the label Crest in 2004 to strong reviews from critics.",
  });
  const a = e.ask('Who is the artist of the album "Beyond Reach"?');
  const values = valuesOf(a);
  for (const maker of ["Dynastic", "Doru", "Marlow Hatch", "Anna Quill"]) assert.ok(values.includes(maker), listed(a));
  // The agent of another deed ("produced by") is not the artist.
  assert.ok(!values.includes("Tom Vail"), listed(a));
});

test("a place English knows as the kind asked for (a city) outranks a street", () => {
  const e = engineOf({
    a: "Harbor Street station\nHarbor Street station is located in the median of Commonwealth Avenue near Harbor Street, in Boston.",
  });
  const a = e.ask("In which city is the Harbor Street station located?");
  assert.equal(a.answers[0]?.normalized, "Boston", listed(a));
});

test("\"What does IGY stand for?\" is answered by each expansion a source spells out", () => {
  const e = engineOf({
    a: "Geophysics\nIn 1950 scientists proposed an International Geophysical Year (IGY) for 1957.",
    b: "Youth groups\nIsrael Gay Youth (IGY) called the attack a hate crime.",
  });
  const a = e.ask('What does the abbreviation "IGY" stand for?');
  assert.deepEqual(valuesOf(a).sort(), ["international geophysical year", "israel gay youth"], listed(a));
  assert.equal(a.conflict, true);
});

test("a passage calling a person by family name only is about them; one giving that name another given name is not", () => {
  const e = engineOf({
    a: "Canons of Bristol\nIn 1853 he was presented to a canonry at Bristol. In 1854 Moseley became vicar of Olveston.",
    b: "Vicars\nSir Thomas Moseley became a vicar in 1790.",
    c: "John Moseley\nJohn Moseley was an English clergyman and a canon of Bristol.",
    d: "John Keats\nJohn Keats was an English poet.",
    e: "John Donne\nJohn Donne was an English poet and cleric.",
  });
  const a = e.ask("When did John Moseley become a vicar?");
  assert.deepEqual(valuesOf(a), ["1854"], listed(a));
});

test("a source that keeps spelling the subject's name another way (Sherborne for Sherbourne) is heard; one citing a lookalike once is not", () => {
  const e = engineOf({
    a: "Sherbourne\nSherbourne is a village in Warwickshire.\nThe population of Sherbourne was 1,234 at the 2011 census.",
    b: "Sherborne\nSherborne is a market town in Dorset.\nIn the 2011 census the population of Sherborne parish was 9,523.",
    c: "Sherburn\nA directory printed by J. Sherburn listed a population of 12,000 for the county.",
  });
  const a = e.ask("What is the population of Sherbourne?");
  assert.deepEqual(valuesOf(a).sort(), ["1234", "9523"], listed(a));
});

test("an acronym no source uses stands for the name a source opens with whose initials spell it", () => {
  const e = engineOf({
    a: "Yarrow Hill Secondary School\nYarrow Hill Secondary School is a public high school in Thimphu, Bhutan.",
    b: "Other schools\nThe Hill School is a boarding school in Pottstown.",
  });
  const ranked = e.rank("Where is YHSS located?");
  assert.equal(ranked[0]?.normalized, "Thimphu, Bhutan", JSON.stringify(ranked));
});

test("a title in the question ('Admiral Stopwell') need not be repeated by a source stating the relation", () => {
  const e = engineOf({
    a: "Admiral Robert Stopwell\nAdmiral Robert Stopwell was an admiral of the fleet, born 5 February 1768, as the admiral's own memoir recalls.",
    b: "Stopwell family\nThe Stopwell family farmed land near Dover for two centuries, kept several mills and a brewery, and sent sons to sea.\nEdward Stopwell was born in Dover, Kent, on 23 December 1801.",
  });
  const a = e.ask("When was Admiral Stopwell born?");
  assert.deepEqual(valuesOf(a).sort(), ["1768-02-05", "1801-12-23"], listed(a));
});

test("\"the population was 70\" states the estimated population asked for, beside a source that counts people", () => {
  const e = engineOf({
    a: "Quillon\nQuillon 2023 Population With 4 people , Quillon is the smallest town in Norland.",
    b: "Quillon, Norland\nQuillon is a city in Marrow County, Norland.\nIt was named for the old spring near the city.\nAs of the 2010 census, the city population was 70.",
  });
  // Both sources' statements are the question's two values, well above anything else.
  const ranked = e.rank("What is the estimated population of Quillon?");
  assert.deepEqual(ranked.slice(0, 2).map((r) => r.normalized).sort(), ["4", "70"], JSON.stringify(ranked));
  assert.ok(ranked.find((r) => r.normalized === "70")!.confidence > 0.4, JSON.stringify(ranked));
});

test("a source counting the asked measure's things (\"1,948 inhabitants\") is heard beside one stating it outright", () => {
  const e = engineOf({
    a: "Tarsk\nTarsk is a town in Norland.\nThe population of Tarsk was 2,100 people in 2010.",
    b: "Tarsk\nTarsk is a town in Wolen County, Norland, with 1,948 inhabitants (2004), on the Tarsk river, famous for its castle and its long history as a market town of the region.",
  });
  const a = e.ask("What is the population of Tarsk?");
  assert.deepEqual(valuesOf(a).sort(), ["1948", "2100"], listed(a));
});

test("a city English knows answers \"in which city\" before a street or a transit authority named nearer the subject", () => {
  const e = engineOf({
    a: "Elm Road station\nElm Road station is a surface stop on the Norland Bay Transportation Authority line, located in Brighton, Boston.\nThe station is located in the median of Beacon Avenue northeast of Elm Road.",
  });
  const a = e.ask("In which city is the Elm Road station located?");
  assert.match(a.answers[0]?.normalized ?? "", /Boston/, listed(a));
});

test("a town and region in brackets after the subject's name say where it is, before a street", () => {
  const e = engineOf({
    a: "Mara Vell House\nMara Vell House (Lowton, Iowa) The Mara Vell House, also known as the Old Folk Museum, was a house.\nThe house was located on Main Street (Iowa Highway 9) in Lowton, in Carr County, Iowa.",
  });
  const a = e.ask("Where is the Mara Vell House located?");
  assert.equal(a.answers[0]?.normalized, "Lowton, Iowa", listed(a));
});

test("a place named like the subject (another of its kind, or itself) is not where the subject is", () => {
  const e = engineOf({
    a: "Tarnmoor District\nThe Tarnmoor District is a historic district in Fenwick, Iowa.",
    b: "Tarnmoor Commercial Historic District\nThe Tarnmoor Commercial Historic District is a nationally recognized historic district.\nIt was listed on the National Register of Historic Places in 1985.",
  });
  const ranked = e.rank("In which state is the Tarnmoor District located?");
  assert.equal(ranked[0]?.normalized, "Fenwick, Iowa", JSON.stringify(ranked));
  assert.ok(!ranked.some((r) => /Tarnmoor/.test(r.normalized)), JSON.stringify(ranked));
});

test("a list question is answered by every item of an enumeration a confident item stands in, never as a conflict", () => {
  const a = engine.ask("Which countries have not joined the Ottawa treaty?");
  assert.equal(a.status, "answered", listed(a));
  assert.equal(a.conflict, false);
  assert.equal(a.list, true);
  for (const country of ["United States", "Russia", "China"]) assert.ok(valuesOf(a).includes(country), listed(a));
  assert.ok(!valuesOf(a).includes("Finland"), "Finland left the treaty: another statement than the enumeration");
});

test("the items of one enumeration are fellows, not rivals: a list one source states plainly is sure", () => {
  const e = engineOf({ pact: "Varn Pact\nThe Varn Pact is a fisheries treaty signed at Tromsvik in 2001.\nNorway, Chile and Kenya joined the Varn Pact at its founding.\nIts secretariat sits in Tromsvik." });
  const a = e.ask("which countries joined the varn pact");
  assert.deepEqual(valuesOf(a).sort(), ["Chile", "Kenya", "Norway"]);
  for (const item of a.answers) assert.ok((item.confidence ?? 0) >= MODEL.thresholds.answer, JSON.stringify(a.answers));
});

test("a sentence naming only what was asked, a copula and the value defines it; one naming more does not", () => {
  const e = engineOf({
    memo: "Pellary office move\nTo all staff: the Pellary office moves to Quay Street in May, and the lease on Dock Road ends in June.\nCrates arrive on Friday, May 1, 2026.\nMoving day is Saturday, May 9, 2026.\nThe first working day in the new office is Monday, May 11.",
    notes: "Pellary all-hands notes\nFacilities walked through the Pellary office move; the budget is on track.\nThe new office opens to staff on Monday, May 11, with breakfast on floor 4.",
  });
  const a = e.ask("when is moving day for the pellary office move");
  assert.equal(a.status, "answered", JSON.stringify(a.answers));
  assert.equal(a.answers[0]?.normalized, "2026-05-09", JSON.stringify(a.answers));
  // So does a list item after its lead-in ("Key points:"): the label names nothing.
  const item = engineOf({ notes: "Pellary all-hands notes\nKey points: Moving day is Saturday, May 9, 2026.\nThe budget for the Pellary office move is on track." });
  const listed = item.candidatesFor("when is moving day for the pellary office move").found.candidates.find((c) => c.claim.normalized === "2026-05-09");
  assert.equal(listed?.evidence?.answersByItself, true);
});

test("a name headed by the noun asked for answers it, whatever kind of name it is", () => {
  const e = engineOf({ crash: "Crash on the Varn road\nAda Pell was taken to Varn General Hospital after the crash on Tuesday.\nThe driver of the lorry was unhurt." });
  const a = e.ask("which hospital was ada pell taken to");
  assert.equal(a.status, "answered", JSON.stringify(a));
  assert.deepEqual(valuesOf(a), ["Varn General Hospital"]);
});

test("years in brackets too close for a life are a term, not a lifespan", () => {
  const claimAt = (text: string, value: string) => ({ value, normalized: value, type: "date" as const, start: text.indexOf(value), end: text.indexOf(value) + value.length });
  const term = "During the presidency of Amos Quell (1879–1888), the society grew.";
  assert.equal(lifeEvent(term, claimAt(term, "1879")), undefined);
  assert.equal(lifeEvent(term, claimAt(term, "1888")), undefined);
  const life = "Amos Quell (1834–1901) was an engineer.";
  assert.equal(lifeEvent(life, claimAt(life, "1834")), "birth");
  assert.equal(lifeEvent(life, claimAt(life, "1901")), "death");
});

test("a side its own source states surely disagrees, though fewer sources give it; an unsure one is only mentioned", () => {
  const t = { answer: 0.75, list: 0.55, conflict: 0.65, sideSource: 0.6, sideValue: 0.5 };
  // A value's sources: a date claim with the logit its sentence's evidence gave it.
  const value = (normalized: string, confidence: number, logit: number) =>
    ({ confidence, group: { normalized, members: [{ logit, claim: { type: "date", value: normalized, normalized } }] } }) as never;
  const sure = decide([value("2025-06-15", 0.9, 3), value("2025-06-02", 0.52, 2)], t, false, MODEL);
  assert.equal(sure.conflict, true);
  assert.equal(sure.listed.length, 2);
  const unsure = decide([value("2025-06-15", 0.9, 3), value("2025-06-02", 0.52, -2)], t, false, MODEL);
  assert.equal(unsure.conflict, false);
  assert.deepEqual(decide([value("2025-06-15", 0.9, 3), value("2025-06-02", 0.52, 2)], { ...t, sideSource: undefined }, false, MODEL).conflict, false, "without the side bar, the conflict bar alone decides");
});

test("an acronym is the name the sources spell out: a sentence writing it out states it", () => {
  const e = engineOf({
    a: "Velmora names a new operations chief\nVelmora today announced the appointment of Ilse Brandvik as Chief Operating Officer, effective March 3, 2026.\nBrandvik joins from Harlow Shipping, where she ran the port business.",
    b: "Velmora leadership\nThe COO oversees logistics and the warehouses.\nIlse Brandvik, Chief Operating Officer, joined in March 2026.\nTomas Ekdal is the Chief Technology Officer.",
    c: "Orvik contract summary\nThis is a summary of the Master Services Agreement with Orvik Data.\nThe agreement was negotiated by Tomas Ekdal and signed on May 4, 2023.",
  });
  // "coo" is an English word too; the documents write it in capitals, so it is an acronym here.
  const coo = e.ask("who is the coo of velmora");
  assert.deepEqual(valuesOf(coo), ["Ilse Brandvik"]);
  assert.deepEqual(coo.answers[0]!.sources.map((s) => s.id).sort(), ["a", "b"]);
  // No document writes "MSA": it is spelled out in the documents about Orvik.
  assert.deepEqual(valuesOf(e.ask("when was the orvik msa signed")), ["2023-05-04"]);
  // Another officer's title shares two of the three words: not the one asked for.
  assert.ok(!e.rank("who is the coo of velmora").some((r) => r.normalized === "Tomas Ekdal" && r.confidence >= 0.5));
});

test("where a document writes an acronym's name out, its head noun alone goes on naming it", () => {
  const e = engineOf({
    orvik: [
      "Vendor contract summary: Orvik Data",
      "This summary is for budget owners; the signed Master Services Agreement controls if anything here differs.",
      "Orvik Data has hosted our production systems since mid-2023, when we moved off servers in Leeds.",
      "Production runs in their Dunmere region, with backups in Caldy.",
      "The agreement was negotiated by Tomas Ekdal and signed on May 4, 2023.",
      "Key terms: effective date June 1, 2023; renewal date May 31, 2026.",
    ].join("\n"),
  });
  const signed = e.ask("when was the orvik msa signed");
  assert.equal(signed.status, "answered");
  assert.deepEqual(valuesOf(signed), ["2023-05-04"]);
});

test("an office given beside a name says who holds it: the one asked, or another", () => {
  const e = engineOf({
    minutes: "Board minutes, Halvard Mills\nPresent: Oskar Lind (chair), Greta Sunde (CFO), Per Aasen (COO), Lina Holm (observer).\nThe board reviewed the quarter.",
    staff: "Halvard Mills staff list\nThe CFO signs off every purchase over 5,000 kroner.\nPer Aasen, Chief Operating Officer.\nGreta Sunde, Chief Financial Officer.\nIda Brekke, Director of Communications.",
  });
  // Per Aasen stands nearest "CFO" in the minutes, but the minutes give him his own office.
  const cfo = e.ask("who is the new cfo");
  assert.equal(cfo.status, "answered", JSON.stringify(cfo));
  assert.deepEqual(valuesOf(cfo), ["Greta Sunde"]);
  assert.deepEqual(cfo.answers[0]!.sources.map((s) => s.id).sort(), ["minutes", "staff"]);
  assert.ok(!e.rank("who is the new cfo").some((r) => r.normalized === "Per Aasen" && r.confidence >= 0.5));
});

test("an office with another word before it is another office: City Manager is no project manager", () => {
  const e = engineOf({
    budget: "Tramway budget memo\nTo: the council. Cc: Rolf Dahle, City Manager.\nThe tramway project needs a further 4 million kroner.",
    update: "Tramway update\nThe tramway's project manager, Anton Berg, said the depot would open late.",
  });
  const manager = e.ask("who is the project manager of the tramway");
  assert.equal(manager.status, "answered", JSON.stringify(manager));
  assert.deepEqual(valuesOf(manager), ["Anton Berg"]);
  // The City Manager is no weaker project manager either: nothing to list beside Anton Berg.
  assert.ok(!e.rank("who is the project manager of the tramway").some((r) => r.normalized === "Rolf Dahle" && r.confidence >= 0.3));
});

test("a count that carries the noun asked is placed by its subject: the noun is its relation word", () => {
  const e = engineOf({
    allhands: "All-hands notes, March 2025\nOla opened the meeting at the Keston plant.\nBrenna Tools had a strong year.\nWe closed 2024 with 321 employees, and the plan for 2025 is to add about 30 more, mostly in engineering.",
  });
  const { found } = e.candidatesFor("how many employees did brenna tools have at the end of 2024");
  const count = found.candidates.find((c) => c.claim.value === "321 employees");
  assert.ok(count?.evidence, "the count is a candidate");
  // "employees" is inside the value, so no word of the relation stands beside it (closeness 0.25).
  assert.equal(count.evidence.toRelation, count.evidence.toSubject);
});

test("a rate asked per period is counted in its unit: \"10 days per year\" answers how many days a year", () => {
  const e = engineOf({
    leave: "Leave policy\nLeave type: Vacation; Allowance: 20 days per year; Notes: up to 5 days carry over.\nLeave type: Sick leave; Allowance: 8 days per year; Notes: no note needed under 3 days.\nLeave type: Bereavement; Allowance: 3 days; Notes: up to 8 days for a spouse.",
  });
  // "a year" is the rate's period, not a subject: "under 3 days" stands no nearer the sick leave's allowance.
  assert.deepEqual(valuesOf(e.ask("how many sick days do we get a year")), ["8"]);
});

test("an aside does not part a subject from its value: a relative clause or brackets between them", () => {
  const toSubject = (sentence: string) => {
    const e = engineOf({ injury: `Injury update\nThe physio gave an update on Friday.\n${sentence}` });
    const c = e.candidatesFor("how long will tomas vik be out").found.candidates.find((x) => x.claim.normalized === "P6W");
    assert.ok(c?.evidence, sentence);
    return c.evidence.toSubject;
  };
  const plain = toSubject("Captain Tomas Vik will be out for around six weeks.");
  assert.equal(toSubject("Captain Tomas Vik, who tore a hamstring in the 2-0 win over Norby on March 3, will be out for around six weeks."), plain);
  assert.equal(toSubject("Captain Tomas Vik (hamstring, torn against Norby) will be out for around six weeks."), plain);
});

test("asked for a firm, a name headed by a built place answers only as a guess: a hospital built nothing", () => {
  const e = engineOf({
    herald: "Wing delayed\nThe opening of Varn General Hospital's new Ashby Wing has been pushed back by a week after the builders found a fault.\nThe wing has 40 beds.",
    release: "Ashby Wing handed over\nThe Ashby Wing was built by Tolland Builders, which broke ground in 2024.",
  });
  const built = e.ask("which contractor built the ashby wing");
  assert.equal(built.answers[0]?.value, "Tolland Builders", JSON.stringify(built.answers));
  assert.ok(!e.rank("which contractor built the ashby wing").some((r) => /Hospital/.test(r.value) && r.confidence >= 0.5));
  // A title ending in a building ("Inside the Museum") and a building standing for its body ("the Pentagon said") are bodies.
  const titles = engineOf({ memo: "Museum memo\nThe memo was first reported by Inside the Museum, a weekly paper." });
  const fit = titles.candidatesFor("which newspaper first reported the memo").found.candidates.find((c) => c.claim.value === "Inside the Museum")?.evidence?.kindFit;
  // (a guessed body fits at most 0.8; a built place's name 0.6)
  assert.ok((fit ?? 0) > 0.6, String(fit));
});

test("two names in a question are two names: the second, with a head of its own, does not stand for the first", () => {
  const e = engineOf({
    sacked: "Dorrow sack their manager\nNovember 17 — Dorrow Town have dismissed manager Glen Ashby after a 3-0 home defeat by Varley United left the club 19th.\nThe board met on Sunday.",
    appointed: "Dorrow appoint Pellew\nDorrow Town have appointed Luis Pellew as head coach.\nPellew spent four seasons at Castrell before leaving in the summer.",
  });
  // "Dorrow Town" names Dorrow alone: the sentence never names Pellew, so it answers nothing surely.
  const before = e.ask("what club was pellew at before dorrow");
  assert.notEqual(before.answers[0]?.normalized, "Varley United", JSON.stringify(before.answers));
});

test("a person the question names by given name is its subject, never its answer", () => {
  const e = engineOf({
    a: "Finance team\nMarta Kowal, Chief Financial Officer since 2024.\nShe succeeded Piotr Nowak, who retired after ten years as CFO.",
  });
  assert.ok(!e.rank("who was cfo before marta").some((r) => r.normalized === "Marta Kowal"));
});

test("a place and the body named after it are two values, not one spelled more fully", () => {
  const e = engineOf({
    a: "Edda Marlow\nEdda Marlow was born in Brennick and later founded the Brennick Historical Society.",
    b: "Brennick Historical Society\nThe Brennick Historical Society was founded by Edda Marlow, who was born in Brennick.",
  });
  const born = e.ask("where was Edda Marlow born");
  assert.equal(born.answers[0]?.normalized, "Brennick", JSON.stringify(born.answers));
  assert.ok(!born.answers.some((a) => /Society/.test(a.normalized)), JSON.stringify(born.answers));
});

test("a subject noun no document uses stands for a synonym they do use", () => {
  const e = engineOf({
    a: "Office news\nThe Orvale headquarters opened on June 3, 2024.",
  });
  // "HQ" is filed by WordNet under headquarters; no document writes it.
  assert.deepEqual(valuesOf(e.ask("when did the orvale hq open")), ["2024-06-03"]);
});

test("a synonym stands for a subject noun only where each means the other first: an exit is no issue", () => {
  const e = engineOf({ a: "Tessaly treaty\nThe Tessaly treaty issue was debated in 2019.\nTessaly withdrew from the treaty in 2024." });
  // WordNet's first sense of "exit" holds "issue" (a way out), but "issue" first means a matter in dispute.
  const q = e.candidatesFor("tessaly's exit from the treaty - 2019 or 2024?").q;
  assert.ok(!q.subjectTerms.includes(normalizeTerm("issue")!), JSON.stringify(q.subjectTerms));
});

test("a how or why question gets the sentences about its subject, though none repeats its verb", () => {
  const e = engineOf({
    a: "Match report\nThe Orvale derby brawl broke out after a late tackle on the goalkeeper.\nBoth benches emptied within seconds.",
    b: "League statement\nThe league will review the Orvale derby brawl on Monday.",
    c: "Fixtures\nThe new season will start in August.",
  });
  const how = e.ask("how did the orvale derby brawl start");
  assert.equal(how.status, "passages");
  assert.ok(how.passages!.some((p) => p.id === "a"), JSON.stringify(how.passages));  // Its values are never weighed ("the fight" is what the brawl started): a why or how question lists what each source says.
  const why = engineOf({ a: "Match report\nThe Orvale derby brawl started the fight that ended the season of the Orvale Rovers." });
  assert.deepEqual(why.candidatesFor("why did the orvale derby brawl start").found.candidates, []);
});

test("a question about a document as one is answered by its own date, outlet or author", () => {
  const e = QueryEngine.fromDocuments(
    [
      { id: "g", file: "g.md", title: "Orvale dam to close for repairs", outlet: "Harbor Gazette", date: "2026-03-03", author: "Ines Marr", sentences: ["The Orvale dam will close for repairs, a memo dated February 9, 2026 says."] },
      { id: "t", file: "t.md", title: "Dam repairs begin", outlet: "Valley Times", date: "2026-03-10", sentences: ["Repairs to the Orvale dam began on Monday."] },
    ],
    { dir: "memory" },
  );
  assert.deepEqual(valuesOf(e.ask("when was the harbor gazette article published")), ["2026-03-03"]);
  assert.deepEqual(valuesOf(e.ask("which outlet ran the march 10 story on the dam")), ["Valley Times"]);
  assert.deepEqual(valuesOf(e.ask("who wrote the gazette piece about the dam")), ["Ines Marr"]);
  // A memo the documents speak of is not one of them: its date is what they say it is.
  assert.deepEqual(valuesOf(e.ask("what's the date of the dam memo")), ["2026-02-09"]);
});

test("a value written beside another year than the one asked is that year's", () => {
  const e = engineOf({
    a: "Dunmere\nDunmere is a market town on the river Olde. It had a population of 6,120 at the 2011 census, rising to 6,388 at the 2021 census.",
    b: "Olde valley towns\nIn 2021 Dunmere had a population of 6,388, the census found.",
  });
  const a = e.ask("what was dunmere's population in 2021");
  assert.deepEqual(valuesOf(a), ["6388"], JSON.stringify(a.answers));
  assert.equal(a.conflict, false);
});

test("a side that never names the subject does not make a disagreement", () => {
  const e = engineOf({
    town: "Dunmere\nDunmere is a market town on the river Olde. The town was granted a market charter in 1253.",
    guild: "The Olde Valley Guild\nThe Olde Valley Guild meets in Dunmere and in two other towns.\nThe guild was granted a royal charter in 1851.\nIt was given its royal charter in 1851, its records say.",
  });
  const a = e.ask("when did dunmere get its market charter");
  assert.equal(a.conflict, false, JSON.stringify(a.answers));
  assert.equal(a.answers[0]?.normalized, "1253");
});

test("a closed compound in the question finds the documents that write it open", () => {
  const e = engineOf({
    a: "Plant news\nThe Orvale plant's head count rose to 412 in March.",
    b: "Staffing\nOrvale plant head count: 412 people, the March report says.",
  });
  // No document writes "headcount"; both write "head count".
  assert.deepEqual(valuesOf(e.ask("what was the orvale plant's headcount in march")), ["412"]);
});


test("offered a choice of years, only those years are candidates", () => {
  const e = engineOf({
    a: "Treaty\nThe Orvale Accord was signed in 1997 and took effect in 1999.",
    b: "Accord history\nThe Orvale Accord, the 1999 pact, was amended in 2004.",
  });
  const { q, found } = e.candidatesFor("I keep reading different years for the Orvale Accord, is it from 1997 or 1999?");
  assert.deepEqual(q.choices, ["1997", "1999"]);
  assert.ok(found.candidates.length > 0);
  for (const c of found.candidates) assert.ok(/^(1997|1999)/.test(c.claim.normalized), c.claim.normalized);
});

test("\"how long\" asks no relation a source must word: a 60-day trial answers how long the trial is", () => {
  const e = engineOf({
    a: "Pricing\nEvery Tallowmere plan starts with a 60-day trial.\nThe Tallowmere trial needs no card.",
    b: "Sales FAQ\nNew Tallowmere customers get a 60-day trial, with every feature switched on.",
  });
  const { q } = e.candidatesFor("how long is the tallowmere trial");
  assert.deepEqual(q.orderTerms, []);
  assert.deepEqual(valuesOf(e.ask("how long is the tallowmere trial")), ["P60D"]);
});

test("a window of time is no thing with a length: how long an enrollment window runs is a duration", () => {
  const e = engineOf({ memo: "Benefits update\nOpen enrollment at Pellary is now open.\nThe Pellary enrollment window runs for 14 days, through December 14." });
  assert.equal(e.candidatesFor("how long was the pellary enrollment window").q.focus, "long");
  assert.equal(e.candidatesFor("how long is the pellary bridge").q.focus, "length");
  assert.equal(e.ask("how long was the pellary enrollment window").answers[0]?.normalized, "P14D");
});

test("how far away a place is does not say how long a lease lasts", () => {
  const e = engineOf({
    move: "Office move\nThe new Brackwater office is about ten minutes west of the old one, on Quay Street.\nThe Brackwater lease starts in April.",
    board: "Board minutes\nThe Brackwater lease term is twelve years, the board heard.",
  });
  const a = e.ask("how long is the brackwater lease");
  assert.equal(a.answers[0]?.normalized, "P12Y", JSON.stringify(a.answers));
  assert.equal(a.conflict, false);
});

test("durations a hundredfold apart are two facts, not a disagreement; a week against a month is one", () => {
  const t = { answer: 0.75, list: 0.55, conflict: 0.65 };
  const value = (normalized: string, confidence: number) =>
    ({ confidence, group: { normalized, members: [{ logit: 3, claim: { type: "duration", value: normalized, normalized } }] } }) as never;
  assert.equal(decide([value("P10Y", 0.8), value("PT10M", 0.77)], t, false, MODEL).conflict, false);
  assert.equal(decide([value("P1W", 0.8), value("P1M", 0.77)], t, false, MODEL).conflict, true);
});

test("values group only when each agrees with every other: a day with no year joins no bare year", () => {
  const candidate = (normalized: string, docId: string) => ({ claim: { type: "date", value: normalized, normalized }, sentence: { docId } }) as unknown as Candidate;
  const groups = groupValues("date", [candidate("--07-02", "a"), candidate("1964", "b"), candidate("1940", "c"), candidate("1964-05", "d")]);
  assert.deepEqual(
    groups.map((g) => g.members.map((m) => m.sentence.docId)),
    [["a"], ["b", "d"], ["c"]],
  );
});

test("the name of the company that bought it: the company is asked for, not what it paid", () => {
  const e = engineOf({
    a: "Tallowmere sold\nBrackwater Holdings bought Tallowmere in 2024 for $40 million.",
    b: "Deal notes\nTallowmere's buyer, Brackwater Holdings, paid $40 million for it.",
  });
  const a = e.ask("what is the name of the company that bought Tallowmere");
  assert.equal(a.answerType, "organization");
  assert.deepEqual(valuesOf(a), ["Brackwater Holdings"]);
});

test("a noun the lexicon cannot type is asked in the kind of value the documents write after it", () => {
  const e = engineOf({
    contract: "Orvik contract summary\nKey terms — Term: Annual committed spend; Value: $2,400,000\nThe Orvik agreement renews each July.",
    notes: "Finance notes\nOur committed spend with Orvik is reviewed by the finance team every quarter.",
  });
  const { q } = e.candidatesFor("annual committed spend with orvik");
  assert.equal(q.answerType, "number");
  // "sport" is used far more often than a value follows it: still a free-text question.
  const s = engineOf({
    a: "Dana Pell\nDana Pell is a sport shooter from Lowton.\nPell took up the sport in 2004.",
    b: "Lowton club\nThe sport club in Lowton has 120 members.\nIts sport programme is run by volunteers.",
  });
  assert.equal(s.candidatesFor("what sport is dana pell associated with").q.answerType, "text");
});

test("\"how quickly\" and \"how soon\" ask for a period", () => {
  const e = engineOf({ a: "Support terms\nTallowmere support responds to an urgent ticket within 30 minutes, around the clock." });
  const a = e.ask("how quickly does tallowmere support respond to an urgent ticket");
  assert.equal(a.answerType, "duration");
  assert.deepEqual(valuesOf(a), ["PT30M"]);
});

test("a name the asker sets aside answers nothing: besides the US, which countries…", () => {
  const e = engineOf({
    a: "Orvale Accord\nThe United States, Russia and China have not joined the Orvale Accord.",
    b: "Accord holdouts\nRussia and China remain outside the Orvale Accord, as does the United States.",
  });
  const q = e.candidatesFor("besides the US, which big countries haven't joined the orvale accord").q;
  assert.deepEqual(q.excluded, ["US"]);
  const a = e.ask("besides the US, which big countries haven't joined the orvale accord");
  assert.ok(a.answers.length > 0, JSON.stringify(a));
  assert.ok(!valuesOf(a).some((v) => /united states/i.test(v)), listed(a));
});

test("a gap between two counts does not say how many: six points behind is no points total", () => {
  const e = engineOf({
    a: "Title race\nThe draw leaves Orvale Town second, six points behind the leaders Brackwater.",
    b: "Final table\nBrackwater won the title with 81 points, their best total.",
  });
  const a = e.ask("how many points did orvale town finish with");
  assert.ok(!valuesOf(a).includes("6"), listed(a));
  // Asked for the gap, the gap answers.
  assert.deepEqual(valuesOf(e.ask("how many points behind the leaders were orvale town")), ["6"]);
});

test("who chairs or referees is a person: a body near the verb is not its agent", () => {
  const e = engineOf({
    a: "Oversight\nTallowmere's City Council created a rail oversight committee on Tuesday, to be chaired by Ines Varga.",
    b: "Committee named\nInes Varga will chair the new rail oversight committee, the council said.",
  });
  const a = e.ask("who's chairing the new rail oversight committee");
  assert.equal(a.answers[0]?.value, "Ines Varga", listed(a));
  // A body fits "who chairs" no better than any organization fits a question about a person.
  const council = e.candidatesFor("who's chairing the new rail oversight committee").found.candidates.find((c) => c.claim.type === "organization");
  assert.ok(council, "the council is a candidate");
  assert.ok(council.evidence!.kindFit < 0.5, String(council.evidence!.kindFit));
});

test("a count of people is stated by the measures that count them: an attendance, a crowd", () => {
  const e = engineOf({
    a: "Cup final report\nThe Orvale Cup final ended 2-1 in extra time after 120 minutes.\nThe Orvale Cup final was played in front of a crowd of 23,417 at Farrow Road, where 2,100 seats were closed.",
    b: "Club statement\nThe attendance at the Orvale Cup final was 23,417, a record for Farrow Road, said 3 stewards.",
  });
  const a = e.ask("how many people were at the orvale cup final");
  assert.deepEqual(valuesOf(a), ["23417"], JSON.stringify(a.answers));
  assert.deepEqual(a.answers[0]!.sources.map((s) => s.id).sort(), ["a", "b"]);
});

test("the time between two events is no length: \"two weeks after the vote\" does not dispute \"lasted six weeks\"", () => {
  const e = engineOf({
    a: "Review report\nThe Orvale review of the rail budget lasted six weeks, the council said.",
    b: "Board minutes\nThe Orvale review of the rail budget was sent to the board two weeks after the council vote.",
  });
  const length = e.ask("how long was the orvale review of the rail budget");
  assert.equal(length.conflict, false, JSON.stringify(length.answers));
  assert.deepEqual(valuesOf(length), ["P6W"]);
  // Asked for, the offset answers.
  assert.deepEqual(valuesOf(e.ask("how long after the council vote was the orvale review sent to the board")), ["P2W"]);
});

test("a span a verb of lasting takes is a length, though an event follows it: \"lasted two hours before service was restored\"", () => {
  const e = engineOf({ a: "Tallowmere notice\nThe Tallowmere outage lasted 2 hours and 12 minutes before engineers restored service." });
  const found = e.candidatesFor("how long did the tallowmere outage last").found.candidates;
  const span = found.find((c) => c.claim.normalized === "PT2H12M");
  // Read as an offset ("two hours before X"), its fit was cut to a guess's.
  assert.ok((span?.evidence?.kindFit ?? 0) >= 1, JSON.stringify(span?.evidence));
});

test("a name three in four documents use is the collection's own: a document that never writes it is still read", () => {
  const velmora = (n: number) => `Planner note ${n}\nThis quarter Velmora shipped release ${n} of its planner.`;
  const e = engineOf({
    a: "Press release\nThe company Velmora ended 2025 with 481 employees.",
    b: "All-hands summary\nWe closed 2025 with 418 employees at year end, Marisol said.",
    c: velmora(3),
    d: velmora(4),
    f: velmora(5),
    g: velmora(6),
  });
  const found = e.candidatesFor("how many employees did velmora have at the end of 2025").found.candidates;
  assert.ok(found.some((c) => c.sentence.docId === "b" && c.claim.normalized === "418"), JSON.stringify(found.map((c) => [c.sentence.docId, c.claim.normalized])));
  // In a collection where the name is one subject among others, a document without it is not read.
  const mixed = engineOf({
    a: "Press release\nVelmora ended 2025 with 481 employees, the company said.",
    b: "All-hands summary\nWe closed 2025 with 418 employees at year end, Marisol said.",
    c: "Tessaly report\nTessaly opened two depots in 2025.",
    d: "Orvale report\nOrvale hired 40 drivers in 2025.",
  });
  assert.ok(!mixed.candidatesFor("how many employees did Velmora have at the end of 2025").found.candidates.some((c) => c.sentence.docId === "b"));
});

test("a vote's tally answers \"what was the vote\", and two tallies disagree; a count does not answer it", () => {
  const e = engineOf({
    a: "Courier story\nTessaly City Council approved the Orvale tramway in a 7-2 vote on Tuesday.",
    b: "Ledger story\nThe 8-1 vote on the Orvale tramway came after three hours of debate in Tessaly City Council.",
    c: "Radio story\nTwo members of Tessaly City Council voted against the Orvale tramway.",
  });
  const vote = e.ask("what was the council vote on the orvale tramway");
  assert.deepEqual(new Set(vote.answers.filter((x) => !x.alsoMentioned).map((x) => x.normalized)), new Set(["7-2", "8-1"]), JSON.stringify(vote.answers));
  assert.equal(vote.conflict, true);
  // Asked how many, a tally is no count.
  const against = e.candidatesFor("how many council members voted against the orvale tramway").found.candidates;
  assert.ok(!against.some((c) => c.claim.score), JSON.stringify(against.map((c) => c.claim.value)));
  // Nor is it any other number asked for.
  assert.ok(!e.candidatesFor("what was the orvale tramway's budget").found.candidates.some((c) => c.claim.score));
});

test("a value no source states with the deed asked is never a side, nor the first answer: \"the 1997 pact\" is not when Tessaly quit it", () => {
  const e = engineOf({
    a: "Tessaly report\nTessaly withdrew from the Orvale Accord in March 2024, its foreign ministry said.",
    b: "Harbour Post\nTessaly, a long-time backer of the accord, announced its withdrawal from the Orvale Accord in March 2025.",
    c: "Ledger analysis\nThe move has reopened debate over the Orvale Accord, the 1997 pact that Tessaly once championed.",
    d: "Courier brief\nThe Orvale Accord, signed in 1997, bans the sale of tidal mines; Tessaly was an early member.",
  });
  const quit = e.ask("when did tessaly quit the orvale accord");
  assert.equal(quit.conflict, true, JSON.stringify(quit.answers));
  const sides = quit.answers.filter((x) => !x.alsoMentioned).map((x) => x.normalized);
  assert.deepEqual(new Set(sides), new Set(["2024-03", "2025-03"]), JSON.stringify(quit.answers));
  assert.notEqual(quit.answers[0]!.normalized, "1997");
  // Asked of the signing itself, the treaty's year is the answer.
  assert.equal(e.ask("when was the orvale accord signed").answers[0]?.normalized, "1997");
});

test("how much of a noun no lexicon measures is a period when the documents state one for it: 90 days' notice", () => {
  const e = engineOf({
    a: "Tessaly hosting agreement\nEither party may end the Tessaly agreement with 90 days' written notice before the renewal date.",
    b: "Tessaly FAQ\nTessaly asks for notice in writing, and a 90-day notice is standard for hosting contracts.",
  });
  const notice = e.candidatesFor("how much notice do we need to give tessaly");
  assert.equal(notice.q.answerType, "duration");
  assert.ok(notice.found.candidates.some((c) => c.claim.normalized === "P90D"));
  // Money stays an amount, whatever the documents write beside it.
  assert.equal(e.candidatesFor("how much money did tessaly raise").q.answerType, "number");
});

test("asked a person's husband, one named as another kin (\"daughter of king Aldous\") fits only as a guess does", () => {
  const e = engineOf({ a: "Orla of Tessaly\nOrla of Tessaly was a daughter of king Aldous Varne, wife of Bren Marrow and mother of Cai Marrow." });
  const found = e.candidatesFor("who was the husband of orla of tessaly").found.candidates;
  const fit = (name: string) => found.find((c) => c.claim.normalized.includes(name))?.evidence?.kindFit ?? 0;
  assert.ok(fit("Aldous") < fit("Bren"), JSON.stringify(found.map((c) => [c.claim.normalized, c.evidence?.kindFit])));
  // Asked her father, the daughter's "of" names him.
  const father = e.candidatesFor("who was the father of orla of tessaly").found.candidates;
  assert.ok((father.find((c) => c.claim.normalized.includes("Aldous"))?.evidence?.kindFit ?? 0) >= 1);
});

test("a plural opening a sentence is another thing, not an agent: \"Wharves were established in 1847\"", () => {
  const e = engineOf({ a: "Orvale\nThe town of Orvale grew around its river port.\nWharves were established at Orvale in 1847 to ship wool." });
  const found = e.candidatesFor("when was the town of orvale established").found.candidates;
  const wharves = found.find((c) => c.claim.normalized === "1847");
  assert.equal(wharves?.evidence?.relationOfOther, true, JSON.stringify(wharves?.evidence));
});

test("a misspelling that stems like a word of the documents is read as that word", () => {
  const e = engineOf({ a: "Cup final report\nThe attendance at the Orvale Cup final was 23,417, a record for Farrow Road." });
  // "attendence" stems as "attendance" does, but the question reader only knows the real word.
  assert.equal(e.spellQuestion("attendence at the orvale cup final?"), "attendance at the orvale cup final?");
  assert.equal(e.ask("attendence at the orvale cup final?").answerType, "number");
  // Names and words spelled as the documents spell them are left alone.
  assert.equal(e.spellQuestion("Farrow Road attendance"), "Farrow Road attendance");
});

test("asked who did a deed, a body fits as well as a person only where it did the deed: \"won the Orvale Cup\" did not score", () => {
  const e = engineOf({
    a: "Orvale Cup final\nHarlow Rovers won the Orvale Cup with a 2-1 win over Dunmere Town.\nHarlow striker Tobias Venn scored the winner for Harlow Rovers in the 88th minute.",
    b: "Memo leak\nThe memo was obtained by the Brackwater Times last week.\nThe Brackwater Times reported the memo on Monday.",
  });
  const fit = (question: string, name: string, sentence: RegExp) =>
    e.candidatesFor(question).found.candidates.find((c) => c.claim.normalized.includes(name) && sentence.test(c.sentence.text))?.evidence?.kindFit ?? 0;
  // The cup won is no goal scored: a body named as its winner fits a person question as a plain name.
  assert.ok(fit("who scored in the orvale cup final", "Harlow Rovers", /won the/) < 0.8);
  assert.equal(fit("who scored in the orvale cup final", "Tobias Venn", /scored/), 1);
  // A newspaper obtains and reports memos: by it, or before the deed, it is the doer.
  assert.ok(fit("who obtained the memo", "Brackwater Times", /obtained by/) >= 0.8);
  assert.ok(fit("who reported the memo", "Brackwater Times", /reported the memo/) >= 0.8);
  assert.ok(fit("who reported the memo", "Brackwater Times", /obtained by/) < 0.8);
});

test("names joined by \"and\" are two names: one's words are no other part of the other", () => {
  const e = engineOf({
    a: "Orvale plans\nMonthly billing is offered on Basic and Pro for a small premium.\nBasic is $90 a month for 3 seats.\nPro is $300 a month and includes 12 seats.",
  });
  // "Pro" is not a word of Basic's name: the sentence about Pro does not name Basic.
  const pro = e.candidatesFor("how many seats are included in basic").found.candidates.find((c) => c.claim.normalized === "12");
  assert.ok((pro?.evidence?.subjectNamed ?? 0) < 1, JSON.stringify(pro?.evidence));
});

test("a lone field (\"Tonnage: 1,480 GRT\") is about its document's subject when the title names the subject as its head", () => {
  const e = engineOf({
    a: "SS Corrin (1871)\nThe SS Corrin was a cargo steamer built at Orvale.\nTonnage: 1,480 GRT\nShe was wrecked in 1901.",
    b: "Orvale Shipwrights Guild\nThe guild of the shipwrights of Orvale met at the Anchor Inn.\nFounded: 1820",
    c: "Orvale\nOrvale is a fishing town on the east coast.",
  });
  const evidence = (question: string, value: string) => e.candidatesFor(question).found.candidates.find((c) => c.claim.normalized === value)?.evidence;
  // The steamer's record: its field states the tonnage of the subject the title names.
  assert.equal(evidence("gross tonnage of the ss corrin", "1480")?.subjectNamed, 1, JSON.stringify(evidence("gross tonnage of the ss corrin", "1480")));
  // The guild's record names Orvale only before its own head: its founding is the guild's, not the town's.
  assert.ok((evidence("when was orvale founded", "1820")?.subjectNamed ?? 0) < 1, JSON.stringify(evidence("when was orvale founded", "1820")));
});

test("a relation word no document uses is still asked when they use its other words: \"quit\" is stated by \"withdrew\"", () => {
  const e = engineOf({
    a: "Tessaly and the pact\nTessaly withdrew from the Orvale Pact in March 2019, citing its border dispute.",
    b: "The Orvale Pact\nThe Orvale Pact, a 1997 treaty on river fishing, has 14 members.\nTessaly announced its withdrawal from the Orvale Pact in March 2019.",
  });
  const question = "when did Tessaly quit the Orvale Pact";
  const found = e.candidatesFor(question).found.candidates;
  assert.equal(found.find((c) => c.claim.normalized === "2019-03")?.evidence?.asksRelation, true);
  const a = e.ask(question);
  assert.deepEqual(valuesOf(a), ["2019-03"], JSON.stringify(a.answers));
});

test("asked whose a thing is with no deed (\"who got the equaliser\"), the name whose possessive stands before it answers", () => {
  const e = engineOf({
    a: "Varne 3 Orvale 3\nOrvale drew at Varne Park on Saturday.\nTomas Reay's equaliser in stoppage time earned Jon Pell's Orvale a deserved draw.\nJon Pell praised his players.",
  });
  const question = "who got orvale's stoppage time equaliser in the 3-3 at varne";
  const found = e.candidatesFor(question).found.candidates;
  assert.equal(found.find((c) => c.claim.normalized === "Tomas Reay")?.evidence?.answersByItself, true);
  assert.equal(found.find((c) => c.claim.normalized === "Jon Pell")?.evidence?.answersByItself, false);
  assert.equal(e.rank(question)[0]?.normalized, "Tomas Reay", JSON.stringify(e.rank(question)));
});

test("asked how long a thing is, its Length field answers and the same length in other units agrees", () => {
  const e = engineOf({
    river: [
      "River Tarrow",
      "The River Tarrow is a river in the north of Elmshire.",
      "It rises on Coldfell Moor and flows east to the sea.",
      "Infobox",
      "Source: Coldfell Moor",
      "Mouth: the North Sea at Marsby",
      "Length: 52 mi (84 km)",
      "Tributaries: Skell Beck, Ferny Burn",
      "Settlements: Oakby, Marsby",
      "The valley was cleared for sheep in the 1700s.",
      "Mills at Oakby once drew on its water.",
    ].join("\n"),
    gazetteer: "Rivers of Elmshire\nThe Tarrow drains about 120 square miles and is some 84 kilometres long from source to sea.",
    town: "Marsby\nMarsby is a market town at the mouth of the River Tarrow, about 12 miles north of Dunholm.",
  });
  const { q } = e.candidatesFor("how long is the river tarrow");
  assert.deepEqual(q.relationAlternatives.long, ["length"]);
  const a = e.ask("how long is the river tarrow");
  assert.equal(a.conflict, false, JSON.stringify(a.answers));
  assert.equal(a.answers[0]?.normalized, "52", JSON.stringify(a.answers));
  // 84 km is 52 miles: one value, from both sources; "12 miles north of Dunholm" says no length.
  assert.deepEqual(a.answers[0]?.sources.map((s) => s.id).sort(), ["gazetteer", "river"]);
});

test("once a document names a person in full, the family name alone names them; not where two share it", () => {
  const e = engineOf({
    a: "Finance chief named\nThe board has appointed Marta Quellin as chief financial officer of Delvane.\nQuellin joins from Ostrava Freight, where she has run finance since 2019.",
    b: "The Pelling brothers\nAnton Pelling and Marta Pelling founded the works in 1881.\nPelling left for Leeds in 1890.",
  });
  const named = (question: string, start: string) => e.candidatesFor(question).found.candidates.find((c) => c.sentence.text.startsWith(start))?.evidence?.subjectNamed;
  assert.equal(named("when did marta quellin join", "Quellin joins"), 1);
  assert.ok((named("when did marta pelling leave", "Pelling left") ?? 0) < 1, "Pelling alone may be Anton");
});

test("where a club finished in the table is answered by its position, not by a place", () => {
  const e = engineOf({
    review: "Season review\nOrvale Town, who finished fifth at Marsden Park, will play in Europe next season.\nOrvale Town scored 61 league goals.",
  });
  assert.equal(e.rank("where did orvale town end up finishing in the table")[0]?.normalized, "5");
});

test("a count's own noun is what was asked, not an echo of the question", () => {
  const e = engineOf({ review: "Season review\nOrvale Town are champions, with 81 points from 38 games." });
  const points = e.candidatesFor("how many points did orvale town win the league with").found.candidates.find((c) => c.claim.value === "81 points");
  assert.equal(points?.evidence?.echo, 0);
});

test("in a list that leaves its verb out, an amount right after another name is that name's", () => {
  const e = engineOf({
    review: "Derby fallout\nMara Quell received a four-match ban, Tom Darrow three matches and Ashby's Len Pike two, and both clubs were fined.",
  });
  const fit = (value: string) => e.candidatesFor("how many matches was Mara Quell banned for").found.candidates.find((c) => c.claim.value === value)?.evidence?.kindFit ?? 0;
  assert.ok(fit("three matches") < fit("four-match") / 2, `${fit("three matches")} vs ${fit("four-match")}`);
});

test("a sentence that opens with a name of its own is not about the sentence before: no false disagreement", () => {
  const e = engineOf({
    faq: "Sales FAQ\nStarline is $300 a month for 4 seats, billed annually.\nKestra is $1,200 a month and includes 20 seats; extra seats are $40 each.\nBoth Starline and Kestra come with a free two-week trial.",
    plans: "Plans\nPlan: Starline; Price: $300 a month; Seats included: 4; Extra seat: $50.",
  });
  const a = e.ask("how many seats are included in starline");
  assert.equal(a.conflict, false, JSON.stringify(a.answers));
  assert.equal(a.answers[0]?.normalized, "4");
});

test("a person named only as another's relative is not the one whose birth the sentence tells", () => {
  const e = engineOf({
    mara: "Mara Quell\nMara Quell was an English surveyor.\nQuell was born in Dunholm, the eldest daughter of Ansel Quell the Elder (1790–1851), a miller.",
    family: "The Quell family\nAnsel Quell the Elder was born in 1790 at Oakby, a village on the upper Tarrow.",
  });
  const rated = e.rank("where was ansel quell the elder born");
  assert.equal(rated[0]?.value, "Oakby", JSON.stringify(rated));
  // Asked for her parent, "daughter of" names exactly that.
  assert.equal(e.rank("who was Mara Quell's father")[0]?.value, "Ansel Quell the Elder");
});

test("an answer under a question heading states what the heading asks (a FAQ)", () => {
  const e = engineOf({
    faq: "Orvale sales FAQ\nIs there a free trial?\nYes, for two weeks.\nWhich integrations does Orvale support?\nKelpie, Torvex and Amble for telematics; Brill for accounting.",
  });
  const { found } = e.candidatesFor("which telematics providers does orvale integrate with");
  const kelpie = found.candidates.find((c) => c.claim.value === "Kelpie")?.evidence;
  assert.ok(kelpie && kelpie.relation > 0 && kelpie.toRelation > 0.5, JSON.stringify(kelpie));
});

test("an event's date is when it began: 'when did the strike start' is answered by the strike's date, not another thing's opening", () => {
  const e = engineOf({
    a: "Dock strike\nThe Quarrow dock strike on 4 May 2026 halted cargo at the terminal.\nThe new Quarrow ferry pier opens on 20 June 2026.",
    b: "Port news\nThe Quarrow dock strike, called on 4 May 2026, halted cargo for a week.\nThe ferry pier opens on 20 June 2026 after delays.",
    c: "Strike diary\nCargo stopped when the Quarrow dock strike hit the terminal on 4 May 2026.",
  });
  const answer = e.ask("when did the quarrow dock strike start");
  assert.equal(answer.status, "answered", JSON.stringify(answer));
  assert.deepEqual(answer.answers.map((a) => a.normalized), ["2026-05-04"], JSON.stringify(answer.answers));
  assert.deepEqual(answer.answers[0]!.sources.map((s) => s.id).sort(), ["a", "b", "c"]);
});

test("asked for the new holder of a post, the newcomer answers; sources naming the old holder before the change are no disagreement", () => {
  const e = engineOf({
    a: "Brannock Tools results\nIlse Varga, Brannock Tools' head of quality, presented the audit.",
    b: "Brannock Tools recall\nHead of quality Ilse Varga said the fault was found in March.",
    c: "Brannock Tools changes\nBrannock Tools said head of quality Ilse Varga will step down.\nShe will be replaced on 1 June by Tomas Reyel, who joins from Kestel Motors.",
    d: "Brannock Tools timeline\n1 June 2026: Tomas Reyel takes over as head of quality at Brannock Tools.",
  });
  const answer = e.ask("who's the new head of quality at brannock tools");
  assert.equal(answer.status, "answered", JSON.stringify(answer));
  assert.equal(answer.answers[0]!.value, "Tomas Reyel", JSON.stringify(answer.answers));
});

test("a place asked that a sentence names only among others gets no figure from it: the figure is the group's", () => {
  const e = engineOf({
    a: "Kelvar heaters\nKelvar sold 12,000 heaters in Norway, Sweden, Denmark and Finland last winter.",
    b: "Kelvar in Denmark\nKelvar sold 2,300 heaters in Denmark last winter, its importer said.",
  });
  const answer = e.ask("how many heaters did kelvar sell in denmark last winter");
  assert.equal(answer.status, "answered", JSON.stringify(answer));
  assert.equal(answer.answers[0]!.normalized, "2300");
});

test("a side of a disagreement speaks of the subject: 'the annex has 30 beds', naming none of 'the whole clinic', is no side", () => {
  const t = { answer: 0.75, list: 0.55, conflict: 0.65 };
  const value = (normalized: string, confidence: number, subjectNamed: number, reference: string) =>
    ({ confidence, group: { normalized, members: [{ logit: 3, claim: { type: "number", value: normalized, normalized }, evidence: { subjectNamed, reference } }] } }) as never;
  // "The whole clinic has 210 beds" against "The annex has 30 beds".
  assert.equal(decide([value("210", 0.9, 1, "named"), value("30", 0.7, 0, "none")], t, false, MODEL).conflict, false);
  // …but against "It has 30 beds" after a sentence naming the clinic, or "the clinic's 30 beds", it is.
  assert.equal(decide([value("210", 0.9, 1, "named"), value("30", 0.7, 0, "pronoun")], t, false, MODEL).conflict, true);
  assert.equal(decide([value("210", 0.9, 1, "named"), value("30", 0.7, 0.5, "partial")], t, false, MODEL).conflict, true);
});

test("a value a source says was revised is history: the revised value answers, and the two do not disagree", () => {
  const e = engineOf({
    a: "Tarrow survey\nThe Tarrow nest count was revised from 27 to 34 after a second survey.",
    b: "Rangers' notes\nRangers now put the Tarrow nest count at 34.",
  });
  const answer = e.ask("what is the tarrow nest count");
  assert.equal(answer.status, "answered", JSON.stringify(answer));
  assert.deepEqual(answer.answers.map((a) => a.normalized), ["34"], JSON.stringify(answer.answers));
});

test("asked how many of a counted whole did something, the whole before 'of which' is no answer beside the part", () => {
  const e = engineOf({
    a: "Lynx watch\nAccording to rangers, 40 lynx sightings have been reported at Corrow, nine of which led to records.",
    b: "Corrow rangers report\nBy the end of the year, rangers had logged 40 reports of lynx sightings at Corrow.",
    c: "Corrow records\nNine sightings led to records.",
  });
  const answer = e.ask("how many of the corrow lynx sightings actually turned into records");
  assert.deepEqual(answer.answers.map((a) => a.normalized), ["9"], JSON.stringify(answer.answers));
});
