/**
 * Identifiers and codes in a sentence: ticket and incident ids ("PLAT-1178", "INC-2291",
 * "ticket #4521"), versions ("v1", "version 4.2", "2.14.0"), HTTP statuses ("410 Gone", "HTTP
 * 503"), model and part numbers ("XR-200", "A320"), email addresses. Each is a `text` claim whose
 * `code` says which kind it is, so "what incident id was the outage" or "which version fixed it"
 * is answered by a code of that kind, never by a count or a date.
 */
import type { Claim, CodeKind } from "../types.js";

/** HTTP reason phrases, the words that make "410" a status rather than a count. */
const REASONS = [
  "Continue", "Switching Protocols", "OK", "Created", "Accepted", "Non-Authoritative Information", "No Content", "Reset Content",
  "Partial Content", "Multiple Choices", "Moved Permanently", "Found", "See Other", "Not Modified", "Temporary Redirect",
  "Permanent Redirect", "Bad Request", "Unauthorized", "Payment Required", "Forbidden", "Not Found", "Method Not Allowed",
  "Not Acceptable", "Proxy Authentication Required", "Request Timeout", "Conflict", "Gone", "Length Required",
  "Precondition Failed", "Payload Too Large", "Content Too Large", "URI Too Long", "Unsupported Media Type",
  "Range Not Satisfiable", "Expectation Failed", "I'm a teapot", "Misdirected Request", "Unprocessable Entity",
  "Unprocessable Content", "Locked", "Failed Dependency", "Too Early", "Upgrade Required", "Precondition Required",
  "Too Many Requests", "Request Header Fields Too Large", "Unavailable For Legal Reasons", "Internal Server Error",
  "Not Implemented", "Bad Gateway", "Service Unavailable", "Gateway Timeout", "HTTP Version Not Supported",
  "Insufficient Storage", "Loop Detected", "Network Authentication Required",
];
const REASON = REASONS.map((r) => r.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`)).replace(/ /g, "\\s+")).join("|");

interface Pattern {
  code: CodeKind;
  re: RegExp;
  /** The canonical form of a match (its first group, or the whole match). */
  normalize: (m: RegExpExecArray) => string;
  /** The span of the value inside the match, when the match holds words around it. */
  group?: number;
}

const PATTERNS: Pattern[] = [
  {
    code: "email",
    re: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
    normalize: (m) => m[0].toLowerCase(),
  },
  {
    // "410 Gone", "503 Service Unavailable": a status code with its reason phrase.
    code: "status",
    // Case-sensitive: "202 accepted the offer" counts people.
    re: new RegExp(String.raw`\b([1-5]\d\d)\s+(?:${REASON})\b`, "gu"),
    normalize: (m) => m[1]!,
  },
  {
    // "HTTP 503", "status code 429", "returned a 404", "a 502 error".
    code: "status",
    // A verb's number is a status only where no noun follows it ("returned 404 for…", not "returned 150 books").
    re: /\b(?:HTTP(?:\/[\d.]+)?|status(?:\s+code)?)\s+([1-5]\d\d)\b(?![.,]\d)|\b(?:returns?|returned|returning|responds?\s+with|responded\s+with)\s+(?:an?\s+)?([1-5]\d\d)(?=\s*(?:[,.;:)]|$)|\s+(?:errors?|responses?|status|codes?|page|for|to|on|when|from|after|instead|and|or)\b)|\b(?:an?\s+)([1-5]\d\d)(?=\s+(?:errors?|responses?|status|codes?|page)\b)/gi,
    normalize: (m) => (m[1] ?? m[2] ?? m[3])!,
    group: 0,
  },
  {
    // Tracker ids: "PLAT-1178", "INC-2291", "CVE-2024-3094", "JIRA-12".
    code: "id",
    re: /\b[A-Z][A-Z0-9]{1,9}-\d{1,7}(?:-\d{1,7})?\b(?!\.\d)/g,
    normalize: (m) => m[0].toUpperCase(),
  },
  {
    // "ticket #4521", "PR #88", "incident 2291", "issue no. 12", "order number 55-1120".
    code: "id",
    // Singular nouns only: "runs 5 times" and "tasks 3 people" count.
    re: /\b(?:ticket|issue|incident|bug|case|PR|pull\s+request|merge\s+request|MR|request|change|CR|order|invoice|PO|purchase\s+order|story|epic|task|commit|reference|ref\.?|claim|policy|account|booking|reservation|confirmation|tracking)\s+(?:(?:id|number|no\.?|num\.?|code)\s*:?\s*)?(#?[A-Z0-9][A-Z0-9-]{1,24}|#\d+)\b/gi,
    normalize: (m) => m[1]!.replace(/^#/, "").toUpperCase(),
    group: 1,
  },
  {
    // "#4521" alone in running text.
    code: "id",
    re: /(?<![\p{L}\p{N}&])#(\d{2,9})\b/gu,
    normalize: (m) => m[1]!,
  },
  {
    // "v1", "v2.3.1", "version 4.2", "release 10", "firmware 3.1b".
    code: "version",
    // "release 500 hostages" is no version: after those words the number must be dotted.
    re: /\b(?:v|ver\.?\s*|version\s+)(\d+(?:\.\d+){0,3}(?:[-+.]?(?:alpha|beta|rc|b|a)\.?\d*)?)\b(?![.,]\d)|\b(?:release|firmware|build|patch|update)\s+(\d+(?:\.\d+){1,3}(?:[-+.]?(?:alpha|beta|rc|b|a)\.?\d*)?)\b(?![.,]\d)/gi,
    normalize: (m) => (m[1] ?? m[2])!.toLowerCase(),
  },
  {
    // Three-part versions stand alone: "2.14.0" (four parts are an IP address).
    code: "version",
    re: /(?<![\d.])(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)(?![\d.]*\.\d)(?!\.\d)/g,
    normalize: (m) => m[1]!,
  },
  {
    // A product's name then its number: "Postgres 16.1", "Node.js 20.11", "upgraded to 4.2".
    code: "version",
    re: /\b(?:(?:upgrad(?:e|ed|ing)|downgrad(?:e|ed|ing)|migrat(?:e|ed|ing)|roll(?:ed)?\s+back|pin(?:ned)?|bump(?:ed)?)\s+(?:\S+\s+){0,2}?to\s+|(?!(?:Chapter|Section|Figure|Fig|Table|Article|Clause|Paragraph|Step|Page|Rule|Part|Appendix|Exhibit|Item|Note|Level|Grade|Phase|Stage|Tier|Room|Floor|Gate|Platform|Score|Rating|Rule|Verse|Act|Scene|Book|Volume|Vol|Issue|No|Question|Problem|Exercise|Equation|Lemma|Theorem|Definition|Example|Objective|Goal|KR)\b)[A-Z][\w.+-]*[a-z][\w.+-]*\s+)(\d+\.\d+)(?![\d.]*\d)(?!\s*(?:%|percent|million|billion|thousand|per|times|x\b|[kKmM]\b|km|kg|GB|MB|TB|hours?|days?|weeks?|months?|years?|points?|stars?|seconds?|minutes?))/g,
    normalize: (m) => m[1]!,
    group: 1,
  },
  {
    // Model and part numbers: "XR-200", "A320", "RTX 4090"-like codes of capitals and digits.
    code: "model",
    re: /\b(?:model|part|sku|serial|item|product|device|unit|p\/n)\s+(?:(?:no\.?|number|#)\s*)?([A-Z0-9][A-Za-z0-9-]{1,20})\b/gi,
    normalize: (m) => m[1]!.toUpperCase(),
    group: 1,
  },
  {
    // Capitals then digits, as written: "A320", "RTX4090", "N95".
    code: "model",
    re: /\b[A-Z]{1,4}\d{2,6}[A-Z]{0,3}\b/g,
    normalize: (m) => m[0],
  },
];

/** Letters-and-digits codes that are no model: years, times, units and ordinals ("Q3", "H1", "2FA", "4K", "COVID19"). */
const NOT_A_MODEL = /^(?:[QH]\d|FY\d+|CY\d+|\d+(?:ST|ND|RD|TH|AM|PM|K|M|G|FA|D|X|P)|(?:KM|KG|MB|GB|TB|MHZ|GHZ|MS)\d*|COVID\d+)$/i;
/** Names of diseases and the like shaped like tracker ids: "COVID-19". */
const NOT_AN_ID = /^(?:COVID|SARS|MERS|SARS-COV)-/i;

/** Words beside a code that make it a model or part number rather than a ticket. */
const HARDWARE = /\b(?:models?|parts?|units?|devices?|series|hardware|aircraft|printers?|routers?|switch(?:es)?|laptops?|phones?|sensors?|engines?|chips?|cards?|drives?|cameras?|vehicles?|machines?|sku)\b/i;

/** Finds the identifiers and codes of a sentence, each a text claim with its `code` kind. */
export function findCodes(sentence: string): Claim[] {
  if (!/\d|@/.test(sentence)) return [];
  const claims: Claim[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) {
      let start = m.index;
      let value = m[0];
      // Keep only the code itself when the match holds the words that introduce it ("ticket #4521" → "#4521").
      const inner = p.group === 0 ? (m.slice(1).find((g) => g !== undefined) ?? m[0]) : p.group ? m[p.group] : undefined;
      if (inner !== undefined && p.code !== "status") {
        start += m[0].lastIndexOf(inner);
        value = inner;
      }
      if (p.code === "status") {
        // "returned a 404" → "404"; "HTTP 503" and "status code 429" keep their words.
        const verb = /^(?:(?:returns?|returned|returning|responds?\s+with|responded\s+with)\s+)?(?:an?\s+)?/i.exec(value)![0];
        start += verb.length;
        value = value.slice(verb.length);
      }
      if (p.code === "model" && (NOT_A_MODEL.test(value) || !/\d/.test(value) || !/\p{L}/u.test(value))) continue;
      if (p.code === "id" && (!/\d/.test(value) || NOT_AN_ID.test(value))) continue;
      const end = start + value.length;
      if (!free(start, end)) continue;
      // A tracker id is no version or model: "PLAT-1178" stays one code.
      taken.push([start, end]);
      // "the XR-200 units", "model XR-200": a hardware word beside a tracker-shaped code makes it a model.
      const code = p.code === "id" && HARDWARE.test(`${sentence.slice(Math.max(0, start - 25), start)} ${sentence.slice(end, end + 25)}`) ? "model" : p.code;
      claims.push({ type: "text", value, normalized: p.normalize(m), start, end, code });
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}
