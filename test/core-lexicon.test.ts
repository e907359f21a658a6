/** Kinds of things from WordNet, and finding them in a sentence. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { isKnownAcronym, kindsAsked, kindsOf } from "../src/core/lexicon/wordnet.js";
import { findFocusPhrases, findKinds, findPredicates, withKinds } from "../src/core/extract/text.js";
import { normalizeTerm } from "../src/core/search/terms.js";

test("WordNet knows the kinds of a sport and of a language, not of a word too general to help", () => {
  const sports = kindsOf("sport");
  assert.ok(sports, "sport is a category");
  for (const s of ["golf", "ice hockey", "baseball", "cricket", "boxing"]) assert.ok(sports.has(s), s);
  assert.ok(!sports.has("sport"), "a noun is not its own kind");
  assert.ok(!sports.has("round") && !sports.has("track"), "a word whose common senses are other things names no sport");
  assert.ok(kindsOf("language")?.has("telugu"));
  assert.equal(kindsOf("thing"), undefined, "everything is a thing: no category");
  assert.equal(kindsOf("zzxqv"), undefined, "an unknown word is no category");
});

test("a sentence's kinds: longest match first, never overlapping, as written", () => {
  const sports = kindsOf("sport")!;
  const found = findKinds("He played ice hockey for Boston before a season at the Rinkven International Golf Club.", sports);
  assert.deepEqual(found.map((c) => c.value), ["ice hockey", "Golf"]);
  assert.deepEqual(found.map((c) => c.normalized), ["ice hockey", "golf"]);
});

test("a profession is a kind of person who works, not a hyponym of 'profession'; a medium is a kind of work", () => {
  const jobs = kindsAsked("profession")!;
  for (const j of ["chef", "actor", "physicist", "politician", "photographer", "cricketer", "judge"]) assert.ok(jobs.has(j), j);
  for (const n of ["american", "son", "bar"]) assert.ok(!jobs.has(n), n);
  assert.ok(!jobs.has("mozart"), "a named person is no profession");
  assert.ok(jobs.predicated, "kinds of worker are named of many people: only the subject's counts");
  const works = kindsAsked("medium")!;
  for (const w of ["novel", "play", "film", "radio"]) assert.ok(works.has(w), w);
  assert.ok(kindsAsked("genre")?.has("film noir"));
  assert.ok(kindsAsked("sport")?.has("golf"), "other nouns keep their own kinds");
});

test("a kind WordNet writes as a name is found only so, and by its own words before the noun asked", () => {
  const parties = kindsOf("party")!;
  const found = (s: string) => findKinds(s, parties).map((c) => `${c.value}=${c.normalized}`);
  assert.deepEqual(found("Ada Pell was a Republican member of the Ohio House."), ["Republican=republican party"]);
  assert.deepEqual(found("She joined the Labour Party in 1931."), ["Labour Party=labour party"]);
  assert.deepEqual(found("Rising labour costs closed the republican club."), [], "common words are not the parties' names");
  assert.deepEqual(found("He was elected as a Democrat in 1844."), ["Democrat=democratic party"], "a member's name names the party");
  assert.deepEqual(found("An American by birth, he joined no party."), [], "a word for where one is from is no party");
});

test("a plural names its kind", () => {
  const jobs = kindsAsked("profession")!;
  assert.deepEqual(findKinds("Categories: Politicians from Drell", jobs).map((c) => c.normalized), ["politician"]);
});

test("a kind of worker answers only as what the subject is, worded as its source words it", () => {
  const jobs = kindsAsked("profession")!;
  const s = "Orla Venn is an Irish chef who trained under a baker in Cork.";
  const claims = withKinds(s, findPredicates(s, [0]), jobs);
  assert.deepEqual(claims.map((c) => `${c.value}=${c.normalized}`), ["Irish chef=chef"]);
  assert.equal(s.slice(claims[0]!.start, claims[0]!.end), "Irish chef");
  const both = "Dara Quill is a Welsh politician and writer.";
  const [two] = withKinds(both, findPredicates(both, [0]), jobs);
  assert.equal(`${two?.value}=${two?.normalized}`, "Welsh politician and writer=politician and writer", "both kinds, not either");
  assert.ok(jobs.has("politician and writer"), "kinds joined by 'and' are a kind");
});

test("a phrase built on a kind is that kind, worded as the source words it", () => {
  const parties = kindsOf("party")!;
  const s = "Olander was a member of the Dakota Farmer-Labor Party from 1931.";
  const phrases = findFocusPhrases(s, normalizeTerm("party")!, normalizeTerm);
  assert.deepEqual(phrases.map((c) => c.value), ["Dakota Farmer-Labor Party"]);
  const claims = withKinds(s, phrases, parties);
  assert.deepEqual(claims.map((c) => `${c.value}=${c.normalized}`), ["Dakota Farmer-Labor Party=farmer-labor party"]);
});

test("one who does a kind names it, and two kinds make a compound one", () => {
  const sports = kindsOf("sport")!;
  const found = (s: string) => findKinds(s, sports).map((c) => `${c.value}=${c.normalized}`);
  assert.deepEqual(found("Eero Lampi is a Finnish cross-country skier."), ["cross-country skier=cross-country skiing"]);
  assert.deepEqual(found("Toma Kawa, a retired sumo wrestler, coaches tennis players."), ["sumo wrestler=sumo wrestling", "tennis players=tennis"]);
  assert.ok(sports.has("sumo wrestling") && !sports.has("sumo club"));
});

test("WordNet tells an acronym it files from a word", () => {
  assert.equal(isKnownAcronym("cfo"), true);
  assert.equal(isKnownAcronym("nato"), true);
  assert.equal(isKnownAcronym("memo"), false);
  assert.equal(isKnownAcronym("draft"), false);
});

test("a singular ending in \"ss\" is its own lemma: boss and bosses are one term, as glass and glasses", () => {
  assert.equal(normalizeTerm("boss"), normalizeTerm("bosses"));
  assert.equal(normalizeTerm("loss"), normalizeTerm("losses"));
  assert.equal(normalizeTerm("glass"), normalizeTerm("glasses"));
});

test("of two names of kinds in a row the second is the kind: an Indian Finnish-language series is in Finnish", () => {
  const languages = kindsAsked("language")!;
  const series = findKinds("Orvale Nights is a 2017 Indian Finnish-language television series.", languages);
  assert.deepEqual(series.map((c) => c.normalized), ["finnish"]);
  // Quoted as the source words it: the hyphenated compound whole.
  assert.deepEqual(series.map((c) => c.value), ["Finnish-language"]);
  assert.deepEqual(findKinds("The Orvale charter is written in Latin and in English.", languages).map((c) => c.normalized), ["latin", "english"]);
  // Two names are no compound kind; a name and a common kind may be ("sumo wrestling").
  assert.equal(languages.has("indian finnish"), false);
  assert.equal(kindsAsked("sport")!.has("sumo wrestling"), true);
});
