/**
 * Units of physical measures written after a number ("41 miles", "66km", "312 km²", "120 sq mi",
 * "14 knots", "a 347-metre tower", "1,214 gross tons"), recognized by the names the units library
 * (js-quantities) gives its units, and converted by it. Only the grammar of English unit phrases
 * is ours ("square X", "X per hour", plurals); every factor comes from the library.
 */
import Qty from "js-quantities";
import { normalizeTerm } from "../search/terms.js";

/** A unit found in text. */
export interface MeasureUnit {
  /** The unit as the library writes it ("mi", "km2", "kt", "km/h"), or "GT" / "DWT" for tonnage. */
  unit: string;
  /** "length", "area", "mass", "speed", "volume", "power", or "tonnage" / "deadweight". */
  kind: string;
  /** Index term of the unit's name ("mile", "km", "knot"): what "how many miles" asks for. */
  term: string;
  /** Characters of the text the unit phrase takes, from the end of the number. */
  length: number;
}

/** Kinds of measure prose gives numbers in. */
const KINDS: ReadonlySet<string> = new Set(["length", "area", "mass", "speed", "volume", "power"]);

/**
 * The library's aliases that in prose are ordinary words or marks ("5 in the morning", "10
 * points", "3 cups"), letters that abbreviate too much ("t", "l", "W"), or units nobody writes
 * after a count in a news report or an encyclopedia ("redshift", "dalton"). "sqft" is left to the
 * "square feet" grammar below: the library's own "sqft" has the scale of a square metre.
 */
const NOT_IN_PROSE = new Set([
  "in", "\"", "'", "#", "point", "points", "pt", "cup", "cups", "cu", "rod", "rods", "rd", "league", "leagues",
  "grain", "grains", "gr", "dr", "dram", "drams", "mil", "mils", "z", "red-shift", "redshift", "u", "AMU", "amu",
  "Da", "Dalton", "Daltons", "dalton", "daltons", "ct", "st", "stone", "stones", "bl", "bl-us", "bu", "bsh",
  "var", "Var", "VAr", "VAR", "VA", "tb", "tbs", "ls", "pc", "DM", "datamile", "t", "l", "L", "W", "fps",
  "slug", "slugs", "pica", "picas", "tn", "lmin", "ly", "AU", "sqft",
]);

/** SI prefixes written before metres, grams, watts and litres in prose, symbol and word. */
const PREFIXES: readonly [string, string][] = [["k", "kilo"], ["c", "centi"], ["m", "milli"], ["M", "mega"], ["G", "giga"]];
const PREFIXED_BASES: readonly [string, string[]][] = [
  ["m", ["meter", "meters", "metre", "metres"]],
  ["g", ["gram", "grams", "gramme", "grammes"]],
  ["W", ["watt", "watts"]],
  ["L", ["liter", "liters", "litre", "litres"]],
];

interface Known {
  /** What the library parses. */
  alias: string;
  /** The unit's name in words, for its index term. */
  name: string;
}

let known: Map<string, Known> | undefined;

/** Every unit word we accept, from the library's own names; built on first use. */
function knownUnits(): Map<string, Known> {
  if (known) return known;
  known = new Map();
  const add = (alias: string, name: string) => {
    if (NOT_IN_PROSE.has(alias) || known!.has(alias)) return;
    const kind = kindOf(alias);
    if (kind && KINDS.has(kind)) known!.set(alias, { alias, name });
  };
  for (const kind of KINDS)
    for (const unit of Qty.getUnits(kind)) {
      // The unit's name in words: "foot" for "ft", "mile" for "mi".
      const name = Qty.getAliases(unit).find((a) => /^[a-z]{4,}$/.test(a)) ?? unit;
      for (const alias of Qty.getAliases(unit)) add(alias, name);
    }
  for (const [symbol, words] of PREFIXED_BASES)
    for (const [p, prefix] of PREFIXES) {
      add(`${p}${symbol}`, `${prefix}${words[0]}`);
      for (const w of words) add(`${prefix}${w}`, `${prefix}${words[0]}`);
    }
  // Litres are written "ml" as often as "mL".
  add("ml", "milliliter");
  return known;
}

const parsed = new Map<string, { kind: string; unit: string } | undefined>();

/** The library's reading of a unit expression ("miles^2" → area, "mi2"), or undefined when it knows none. */
function read(expression: string): { kind: string; unit: string } | undefined {
  if (parsed.has(expression)) return parsed.get(expression);
  let found: { kind: string; unit: string } | undefined;
  try {
    const q = Qty(`1 ${expression}`);
    found = { kind: q.kind(), unit: q.units() };
  } catch {
    found = undefined;
  }
  parsed.set(expression, found);
  return found;
}

const kindOf = (expression: string) => read(expression)?.kind;

/** A unit word as written, or its singular ("hectares", "tons", "tonnes" are not the library's). */
function lookUp(word: string): Known | undefined {
  const units = knownUnits();
  const exact = units.get(word);
  if (exact) return exact;
  // Short symbols are case-sensitive ("mm" is not "Mm"); words are not ("Miles").
  if (word.length < 4) return undefined;
  const lower = word.toLowerCase();
  return units.get(lower) ?? units.get(lower.replace(/e?s$/, "")) ?? units.get(lower.replace(/s$/, ""));
}

/**
 * Tonnage is a ship's volume as a number, not a weight: it converts to nothing, so it has
 * its own units. Deadweight is a weight, but stated for ships only, and compared among ships.
 */
const TONNAGE = /^(?:\s+|-)(?:(gross\s+(?:register(?:ed)?\s+)?(?:tons?|tonnes?|tonnage)|GRT|GT|tons?\s+gross)|(dead\s?weight\s+(?:tons?|tonnes?|tonnage)|DWT))\b/;

/**
 * A unit phrase right after a number: a space, a hyphen ("347-metre") or nothing ("66km") before
 * it; "square"/"sq" or "²" for an area, "cubic" or "³" for a volume, "per hour"/"/h" for a speed.
 */
const PHRASE = /^(\s+|-|)(?:(square|sq\.?|cubic|cu\.?)[\s-]*)?(nautical\s+)?([A-Za-z]+)(²|³|\^?[23](?![\d]))?(?:(?:\s*\/\s*|\s+per\s+|\s+an?\s+|-an?-|-per-)(hour|hr|h|second|sec|s)\b)?(?![\p{L}\p{N}])/u;

/** The unit of a measure written at the start of `after` (the text right after a number). */
export function unitAfter(after: string): MeasureUnit | undefined {
  const tonnage = TONNAGE.exec(after);
  if (tonnage) return { unit: tonnage[1] ? "GT" : "DWT", kind: tonnage[1] ? "tonnage" : "deadweight", term: "ton", length: tonnage[0].length };
  const m = PHRASE.exec(after);
  if (!m) return undefined;
  const [, gap, power, nautical, word, exponent, perTime] = m;
  // A glued word is a unit only as a symbol ("66km"), not as "5th" or "747s".
  if (gap === "" && word!.length > 3) return undefined;
  const found = nautical ? (/^miles?$/i.test(word!) ? { alias: "naut-mile", name: "mile" } : undefined) : lookUp(word!);
  if (!found) return undefined;
  const squared = /^sq|^square/i.test(power ?? "") || /²|2/.test(exponent ?? "");
  const cubed = /^cu/i.test(power ?? "") || /³|3/.test(exponent ?? "");
  let expression = found.alias + (squared ? "^2" : cubed ? "^3" : "");
  if (perTime) expression += /^h/.test(perTime) ? "/h" : "/s";
  const { kind, unit } = read(expression) ?? {};
  if (!kind || !unit || !KINDS.has(kind)) return undefined;
  // "square" and "cubic" make areas and volumes of lengths only; "per hour" a speed of a length.
  if ((squared && kind !== "area") || (cubed && kind !== "volume") || (perTime && kind !== "speed")) return undefined;
  const name = word!.length >= 4 && /^[a-z]+$/i.test(word!) ? word!.toLowerCase() : found.name;
  const term = normalizeTerm(name.split("-").pop()!) ?? name;
  return { unit, kind, term, length: m[0].length };
}

/** Units the library does not know are equal only to themselves. */
const OWN_UNITS = new Set(["GT", "DWT"]);

/**
 * A value in one unit expressed in another of the same kind ("41 mi" in "km" → 65.98), or
 * undefined when they measure different things (miles and kilograms).
 */
export function convertMeasure(value: number, from: string, to: string): number | undefined {
  if (from === to) return value;
  if (OWN_UNITS.has(from) || OWN_UNITS.has(to)) return undefined;
  const factor = conversionFactor(from, to);
  return factor === undefined ? undefined : value * factor;
}

/**
 * Factors between two units, kept: an answer compares its values pair by pair, and building the
 * library's quantities for each pair was a fifth of the slowest answers' time (measured on the
 * benchmark). Bounded by the units the library knows, squared; the measures we read are all
 * linear (no temperatures), so one factor serves every value.
 */
const FACTORS = new Map<string, number | undefined>();

function conversionFactor(from: string, to: string): number | undefined {
  const key = `${from}\u0000${to}`;
  if (FACTORS.has(key)) return FACTORS.get(key);
  let factor: number | undefined;
  try {
    const q = Qty(1, from);
    factor = q.isCompatible(to) ? q.to(to).scalar : undefined;
  } catch {
    factor = undefined;
  }
  FACTORS.set(key, factor);
  return factor;
}
