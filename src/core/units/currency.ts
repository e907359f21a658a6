/**
 * Currencies written around an amount: a symbol or code before it ("£8.5m", "US$3", "EUR 40"),
 * a name after it ("1.2 billion dollars", "40,000 Swiss francs", "5 million USD"). Symbols, codes
 * and names come from the runtime's Unicode CLDR data (Intl); English news adds a few of its own.
 */

/** ISO 4217 codes the runtime knows. */
const CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/**
 * Codes that are also English words or common all-capital abbreviations: written before a number
 * ("ALL 5 survived", "TOP 10") they are not currencies.
 */
const CODE_WORDS = new Set(["ALL", "TOP", "CUP", "PEN", "BOB", "MOP", "SOS", "TRY", "LAK", "BAM", "BIF", "GEL", "MAD", "TOT"]);

/** Symbols in news style that CLDR's English writes otherwise ("CA$", "SGD"). */
const NEWS_SYMBOLS: Readonly<Record<string, string>> = { US$: "USD", C$: "CAD", S$: "SGD", AU$: "AUD", NT$: "TWD" };

/**
 * Currency nouns written alone: the currency an English reader takes them for. "pound" is read
 * as money only where the sentence speaks of money (see numbers.ts).
 */
const BARE_NOUNS: Readonly<Record<string, string>> = {
  dollar: "USD", pound: "GBP", sterling: "GBP", euro: "EUR", yen: "JPY", rupee: "INR", yuan: "CNY", renminbi: "CNY",
  rouble: "RUB", ruble: "RUB",
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

function currencyPart(code: string, display: "symbol" | "narrowSymbol" | "name", amount: number): string {
  const parts = new Intl.NumberFormat("en", { style: "currency", currency: code, currencyDisplay: display }).formatToParts(amount);
  return parts.filter((p) => p.type === "currency").map((p) => p.value).join("").trim();
}

interface Tables {
  symbols: Map<string, string>;
  names: Map<string, string>;
  before: RegExp;
  after: RegExp;
}

let tables: Tables | undefined;

/** Symbol and name tables, built once from Intl on first use. */
function build(): Tables {
  if (tables) return tables;
  const symbols = new Map<string, string>(Object.entries(NEWS_SYMBOLS));
  const narrow = new Map<string, string[]>();
  const names = new Map<string, string>();
  for (const code of CODES) {
    const symbol = currencyPart(code, "symbol", 1);
    // A symbol that is only letters is a code or an abbreviation ("CHF", "kr"): not a symbol.
    if (/[^\p{L}\s]/u.test(symbol) && !symbols.has(symbol)) symbols.set(symbol, code);
    const n = currencyPart(code, "narrowSymbol", 1);
    if (/[^\p{L}\s]/u.test(n)) narrow.set(n, [...(narrow.get(n) ?? []), code]);
    for (const name of [currencyPart(code, "name", 1), currencyPart(code, "name", 2)]) if (name) names.set(name.toLowerCase(), code);
  }
  // A narrow symbol one currency alone uses ("₽") stands for it; "$" is many currencies' and keeps USD.
  for (const [n, codes] of narrow) if (codes.length === 1 && !symbols.has(n)) symbols.set(n, codes[0]!);
  for (const [noun, code] of Object.entries(BARE_NOUNS)) {
    names.set(noun, code);
    names.set(noun === "yen" || noun === "yuan" || noun === "renminbi" || noun === "sterling" ? noun : `${noun}s`, code);
  }
  names.set("pounds sterling", "GBP");
  tables = {
    symbols,
    names,
    before: new RegExp(`(?<![\\p{L}\\p{N}$])(${alternation(symbols.keys())})\\s?$`, "u"),
    after: new RegExp(`^\\s+(${alternation(names.keys())})(?![\\p{L}])`, "iu"),
  };
  return tables;
}

/** A currency written right before an amount. */
export interface CurrencyMark {
  code: string;
  /** Characters it takes before the amount (symbol or code, and a space). */
  length: number;
}

/** The currency whose symbol or code ends `before` ("… paid £", "… US$ ", "… EUR "). */
export function currencyBefore(before: string): CurrencyMark | undefined {
  const t = build();
  const symbol = t.before.exec(before);
  if (symbol) return { code: t.symbols.get(symbol[1]!)!, length: symbol[0].length };
  const code = /(?<![\p{L}])([A-Z]{3})\s?$/u.exec(before);
  // A code in a run of capitals is a headline word, not a currency ("WON 5 TITLES").
  if (code && CODES.has(code[1]!) && !CODE_WORDS.has(code[1]!) && !/\p{Lu}{2,}\s+$/u.test(before.slice(0, code.index)))
    return { code: code[1]!, length: code[0].length };
  return undefined;
}

/** The currency named at the start of `after` ("  dollars", " Swiss francs", " USD"), and the noun's length. */
export function currencyAfter(after: string): { code: string; length: number; noun: string } | undefined {
  const t = build();
  const name = t.after.exec(after);
  if (name) return { code: t.names.get(name[1]!.toLowerCase())!, length: name[0].length, noun: name[1]!.toLowerCase() };
  const code = /^\s+([A-Z]{3})(?![\p{L}])/u.exec(after);
  if (code && CODES.has(code[1]!) && !CODE_WORDS.has(code[1]!)) return { code: code[1]!, length: code[0].length, noun: code[1]! };
  return undefined;
}
