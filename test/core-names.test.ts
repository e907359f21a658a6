/** The name finder on invented company, news and encyclopedia sentences; the code finder beside it. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { findNames } from "../src/core/extract/names.js";
import { findCodes } from "../src/core/extract/codes.js";
import type { Claim } from "../src/core/types.js";

/** "kind:value" for each name, "?" after the kind when it is only guessed. */
const names = (s: string) => findNames(s).map((c) => `${c.type}${c.guessed ? "?" : ""}:${c.value}`);
const find = (s: string, value: string): Claim | undefined => findNames(s).find((c) => c.value === value);

test("a person beside an email address is a person; the address's domain names the organization", () => {
  const s = "Our account manager at Stratalyne is Colin Marsh (colin.marsh@stratalyne.com).";
  assert.deepEqual(names(s), ["organization:Stratalyne", "person:Colin Marsh"]);
});

test("an office after a comma is the person's role, never a name or cut mid-word", () => {
  const [ines, ...rest] = findNames("- Ines Carvalho, Head of Security");
  assert.equal(ines?.value, "Ines Carvalho");
  assert.equal(ines?.type, "person");
  assert.equal(ines?.role, "Head of Security");
  assert.deepEqual(rest, [], "\"Security\" is a department, not an organization");
});

test("a sentence's first word is kept when it is part of the name, dropped when it only opens the sentence", () => {
  assert.deepEqual(names("Keystone Commercial Movers will pack and move everything on moving day."), ["organization:Keystone Commercial Movers"]);
  assert.deepEqual(names("Critics argue that the Orland Group moved too fast."), ["organization:Orland Group"]);
  assert.deepEqual(names("After the audit, Brennock Capital paid the fine."), ["organization:Brennock Capital"]);
});

test("table rows, raw or turned into statements, give their names; labels and roles are not names", () => {
  const raw = findNames("| Priya Raman | VP Engineering | CTO |");
  assert.deepEqual(raw.map((c) => [c.type, c.value]), [["person", "Priya Raman"]]);
  const stated = findNames("Name: Priya Raman; Title: VP Engineering; Reports to: CTO");
  assert.deepEqual(stated.map((c) => [c.type, c.value, c.guessed]), [["person", "Priya Raman", undefined]], "the label \"Name\" says it is a person");
  assert.deepEqual(names("Company: Halvard Freight; Location: Dunmore"), ["organization:Halvard Freight", "place:Dunmore"]);
});

test("particles, ampersands, hyphens and apostrophes stay inside one name; lists are split", () => {
  assert.deepEqual(names("Kwame Asante-Boateng of Lowther & Gale wrote to Siobhan O'Neill at the Bank of Norland."), [
    "person?:Kwame Asante-Boateng",
    "organization:Lowther & Gale",
    "person:Siobhan O'Neill",
    "organization:Bank of Norland",
  ]);
  assert.deepEqual(names("The grant came from the Department of Health and Human Services."), ["organization:Department of Health and Human Services"]);
  assert.deepEqual(names("Delegates flew between Paris and Rome."), ["place:Paris", "place:Rome"]);
  assert.deepEqual(names("Exceptions include Russia, China, and the United States."), ["place:Russia", "place:China", "place:United States"]);
});

test("offices before a name become the person's role; the employer before an office is an organization", () => {
  const hegseth = find("The order was signed by Defense Secretary Peter Hegseth on Monday.", "Peter Hegseth");
  assert.equal(hegseth?.type, "person");
  assert.equal(hegseth?.role, "Defense Secretary");
  assert.deepEqual(names("Northwind CEO Amara Okafor met Mayor of Boston Tomasz Nowak."), [
    "organization:Northwind",
    "person:Amara Okafor",
    "place:Boston",
    "person:Tomasz Nowak",
  ]);
  assert.equal(find("Marketing Director Lucia Ferraro signed the memo.", "Lucia Ferraro")?.role, "Marketing Director");
  // A title-like word after a given name is a family name; a title-like word before an organization's head is the organization's.
  assert.deepEqual(names("Harold King joined General Motors."), ["person:Harold King", "organization:General Motors"]);
});

test("emails, URLs, months, weekdays, codes and shouted headings are never names", () => {
  assert.deepEqual(names("Write to ops@kestrel.io or see https://kestrel.io/Status by Friday, March 3."), []);
  assert.deepEqual(names("ACTION ITEMS FOR THE TEAM"), []);
  assert.deepEqual(names("IMPORTANT: the Q3 review moves to Tuesday."), []);
  assert.deepEqual(names("Theresa May spoke in May."), ["person:Theresa May"]);
  // Words made from names describe: an award, a nationality; a base names the place only.
  assert.deepEqual(names("The South Korean singer, an Oscar-winning actor, joined Kyiv-based Ardent Media."), ["place:Kyiv", "organization:Ardent Media"]);
  // Labels in Markdown, and the labels of a scraped page, are not names either.
  assert.deepEqual(names("* **Vendor**: Halvard Freight"), ["organization:Halvard Freight"]);
  assert.deepEqual(names("Released 2004 Label Halvard Records Producer Wendell Orme").slice(-1), ["person:Wendell Orme"]);
});

test("the words of a name tell its kind: an organization's suffix or head, a place's head", () => {
  assert.deepEqual(names("Harlow Relocation Partners moved the archive from Fore Street to Kestrel Bay."), [
    "organization:Harlow Relocation Partners",
    "place:Fore Street",
    "place:Kestrel Bay",
  ]);
  assert.deepEqual(names("Lowmere Fell rises above Gannet Rocks."), ["place:Lowmere Fell", "place:Gannet Rocks"]);
  assert.deepEqual(names("Staff of Ardent Holdings Ltd and the University of Dunmore met."), ["organization:Ardent Holdings Ltd", "organization:University of Dunmore"]);
  // "City" is a club where the sentence speaks of a match, a town otherwise.
  assert.equal(find("Dunmore City beat Harlow Rovers 2-1 in the cup.", "Dunmore City")?.type, "organization");
  assert.equal(find("Harlow Rovers", "Harlow Rovers")?.type, "organization");
  assert.equal(find("The festival returns to Dunmore City each spring.", "Dunmore City")?.type, "place");
});

test("the words around a name tell its kind: an age, an apposition, an honorific, \"born in\"", () => {
  assert.equal(find("Alan Trevick, 47, was arrested.", "Alan Trevick")?.type, "person");
  const coach = find("Brennock Rovers lost again, and Wendell Orme, the club's coach, resigned.", "Wendell Orme");
  assert.equal(coach?.type, "person");
  assert.equal(coach?.role, "club's coach");
  assert.equal(find("Mr Trevick declined to comment.", "Trevick")?.type, "person");
  assert.equal(find("She was born in Kestrelton and raised abroad.", "Kestrelton")?.type, "place");
  assert.equal(find("Dunmore", "Dunmore")?.guessed, true, "a bare capitalized word is only guessed");
});

test("a Wikipedia lead: the lifespan makes a person, the heads make an organization and a place", () => {
  const s = "Josiah Harrow (1834 – 1901) was an English civil engineer who built the Lowmere Viaduct for the Great Northern Railway near Kestrel Bay.";
  assert.deepEqual(names(s), ["person:Josiah Harrow", "place:Lowmere Viaduct", "organization:Great Northern Railway", "place:Kestrel Bay"]);
  assert.equal(find(s, "Josiah Harrow")?.type, "person");
  assert.equal(find(s, "Josiah Harrow")?.guessed, undefined);
  assert.equal(find(s, "Great Northern Railway")?.type, "organization");
  assert.equal(find(s, "Kestrel Bay")?.type, "place");
  assert.ok(!findNames(s).some((c) => c.value === "English"), "a nationality before a noun describes");
});

test("a news sentence with several people and organizations", () => {
  const s = "Speaking to The Dunmore Herald, Ardent Holdings chief executive Maren Solberg said Finance Minister Otto Vance had met Brennock Capital twice.";
  const found = findNames(s).map((c) => [c.type, c.normalized, c.role ?? ""]);
  assert.deepEqual(found, [
    ["organization", "Dunmore Herald", ""],
    ["organization", "Ardent Holdings", ""],
    ["person", "Maren Solberg", "chief executive"],
    ["person", "Otto Vance", "Finance Minister"],
    ["organization", "Brennock Capital", ""],
  ]);
});

test("an office of several words is no person's name, before or after the person", () => {
  assert.deepEqual(names("Orla Brennick, Chief Revenue Officer (since May 2025), joined from Tallis."), ["person:Orla Brennick", "organization?:Tallis"]);
  assert.equal(find("Chief Operating Officer Dev Marlow resigned.", "Dev Marlow")?.type, "person");
  assert.ok(!findNames("Chief Operating Officer Dev Marlow resigned.").some((c) => /Officer/.test(c.value)));
  assert.deepEqual(names("City Clerk Orla Brennick read the minutes."), ["person:Orla Brennick"]);
  assert.ok(names("Council Members Ada Quell and Tom Reddan voted no.").includes("person:Ada Quell"));
});

test("a name does not end on an adjective; an apposition names a place's kind", () => {
  assert.deepEqual(names("She joined the Quarrow Literary and Philosophical Society in 1880."), ["organization:Quarrow Literary and Philosophical Society"]);
  assert.deepEqual(names("Barack Obama and Joe Biden spoke."), ["person:Barack Obama", "person:Joe Biden"]);
  assert.equal(find("He was born in 1801 at Brindlecombe, a village on the upper Tamsey.", "Brindlecombe")?.type, "place");
});

test("a town and its region after a comma are one place; a list of countries is not", () => {
  assert.deepEqual(names("The plant is in Dunmore, Iowa."), ["place:Dunmore, Iowa"]);
  assert.deepEqual(names("Talks included France, Germany and Spain."), ["place:France", "place:Germany", "place:Spain"]);
});

test("codes: ticket and incident ids, versions, HTTP statuses, model numbers and emails, each with its kind", () => {
  const codes = (s: string) => findCodes(s).map((c) => `${c.code}:${c.value}=${c.normalized}`);
  assert.deepEqual(codes("The outage was INC-2291; the fix is tracked in PLAT-1178."), ["id:INC-2291=INC-2291", "id:PLAT-1178=PLAT-1178"]);
  assert.deepEqual(codes("After the upgrade to 4.2, v1 of the API returns 410 Gone."), ["version:4.2=4.2", "version:v1=1", "status:410 Gone=410"]);
  assert.deepEqual(codes("Clients saw HTTP 503, then a 429 error."), ["status:HTTP 503=503", "status:429=429"]);
  assert.deepEqual(codes("See ticket #4521 or write to help@kestrel.io."), ["id:#4521=4521", "email:help@kestrel.io=help@kestrel.io"]);
  assert.deepEqual(codes("Release 2.14.0 failed on the XR-200 units."), ["version:Release 2.14.0=2.14.0", "model:XR-200=XR-200"]);
  for (const c of findCodes("x PLAT-1178")) assert.equal(c.type, "text");
  // Counts, amounts, shares, times, addresses and quarters are not codes.
  assert.deepEqual(codes("In Q3 2024, revenue rose 4.2 percent to 4.2 million; 1,200 staff met at 10.30 in room 12."), []);
  assert.deepEqual(codes("The server at 10.0.0.1 restarted."), []);
});

test("a house number before a street's name makes one address; a year before it does not", () => {
  const names = (s: string) => findNames(s).map((c) => `${c.type}:${c.normalized}`);
  assert.ok(names("Until May the clinic was at 42 North Tanner Street in Orvale.").includes("place:42 North Tanner Street"));
  assert.ok(names("Deliveries go to 7B Quayside Road.").includes("place:7B Quayside Road"));
  assert.ok(!names("In 2019 Quayside Road was closed to traffic.").some((n) => n.includes("2019")));
});

test("a US state's postal code after a town says which town: one place, even after a state's name", () => {
  const places = (text: string) => findNames(text).filter((c) => c.type === "place").map((c) => c.normalized);
  assert.deepEqual(places("An analyst at a think tank in Washington, D.C. said so."), ["Washington, D.C."]);
  assert.deepEqual(places("The plant in Springfield, IL, closed in 2020."), ["Springfield, IL"]);
  // Two regions in a row are a list, not one place.
  assert.deepEqual(places("Russia, China and Iran did not sign."), ["Russia", "China", "Iran"]);
});

test("a word of office that is also a given name stays in the name: Dean Halloran, not Halloran; President Okafor stays Okafor", () => {
  const dean = find("Harbour Lights is a 1961 album by Dean Halloran.", "Dean Halloran");
  assert.equal(dean?.type, "person");
  assert.equal(dean?.normalized, "Dean Halloran");
  const president = findNames("President Okafor met the board.").find((c) => c.type === "person");
  assert.equal(president?.normalized, "Okafor");
});

test("a title then a name after a comma is one person, the title their role: \"the Duke of Orvale, Henry Castell\"", () => {
  const people = findNames("In 1850 she married the Duke of Orvale, Henry Castell, at Brenmouth.").filter((c) => c.type === "person");
  assert.deepEqual(people.map((c) => [c.value, c.role]), [["Henry Castell", "Duke of Orvale"]]);
});

test("a saint's possessive is part of a name; another possessive ends it", () => {
  const text = "Ada Pell was taken to St Bride's Hospital after Varn's worst crash; she studied at St. John's College.";
  const names = findNames(text).map((n) => n.value);
  assert.ok(names.includes("St Bride's Hospital") && names.includes("St. John's College"), JSON.stringify(names));
  assert.ok(names.includes("Varn"), JSON.stringify(names));
});

test("a name headed by a part of a building is a place; one headed by a builder's trade is a firm", () => {
  assert.equal(find("The new Rowan Cardiac Wing opens in March.", "Rowan Cardiac Wing")?.type, "place");
  assert.equal(find("The stand was built by Ashgrove Construction, which broke ground in May.", "Ashgrove Construction")?.type, "organization");
  assert.equal(find("Tenders came from Brill Contractors and Oak Builders.", "Brill Contractors")?.type, "organization");
});
