/**
 * A short name for a fact, cut from the words of one of its sentences: the words around the
 * value that the sources share ("Finland’s recent withdrawal from the treaty in …"), the value
 * itself left out, since that is what the sources dispute.
 */
import type { Fact } from "./facts.js";
import type { ClaimContext } from "./context.js";
import { rawTokens, tokenOffsets } from "../search/terms.js";
import type { ReportView } from "./context.js";

/** Longest topic, in words. */
const MAX_WORDS = 12;

/** Anchor words that at least two sources of the fact use: what the sources share. */
function sharedWords(fact: Fact): Set<string> {
  const docsByTerm = new Map<string, Set<string>>();
  for (const m of fact.members)
    for (const term of m.context.anchors.keys()) {
      let docs = docsByTerm.get(term);
      if (!docs) docsByTerm.set(term, (docs = new Set()));
      docs.add(m.context.sentence.docId);
    }
  return new Set([...docsByTerm].filter(([, docs]) => docs.size >= 2).map(([term]) => term));
}

/** The span of a sentence from its first to its last token, as written. */
function spanText(text: string, from: number, to: number): string {
  const offsets = tokenOffsets(text);
  const tokens = rawTokens(text);
  const start = offsets[from] ?? 0;
  const end = (offsets[to] ?? 0) + (tokens[to]?.length ?? 0);
  return text.slice(start, end);
}

/** The topic of one claim given the words that matter: those words around the value. */
function topicOf(view: ReportView, c: ClaimContext, shared: ReadonlySet<string>): string {
  const text = c.sentence.text;
  const positions = view
    .terms(c.sentence)
    .filter((t) => shared.has(t.term) && (t.position < c.first || t.position > c.last))
    .map((t) => t.position);
  let from = Math.min(c.first, ...positions);
  let to = Math.max(c.last, ...positions);
  // Too long: keep the shared words nearest the value.
  while (to - from + 1 > MAX_WORDS + (c.last - c.first)) {
    const before = positions.filter((p) => p < c.first && p >= from);
    const after = positions.filter((p) => p > c.last && p <= to);
    if (c.first - from >= to - c.last) from = before.length > 1 ? Math.min(...before.filter((p) => p !== from)) : c.first;
    else to = after.length > 1 ? Math.max(...after.filter((p) => p !== to)) : c.last;
  }
  const valueStart = tokenOffsets(text)[c.first] ?? c.claim.start;
  const spanStart = tokenOffsets(text)[from] ?? valueStart;
  const span = spanText(text, from, to);
  const at = Math.max(0, Math.min(valueStart, c.claim.start) - spanStart);
  const withGap = span.slice(0, at) + "…" + span.slice(Math.max(at, c.claim.end - spanStart));
  // Another clause on either side ("…, and Finland withdrew", "… that prohibits") is not the topic.
  const [head = "", tail = ""] = withGap.split("…");
  const trimmed = head.replace(/^.*[,;]\s+(?:and|but|while)\s+/i, "") + "…" + tail.replace(/\s+(?:that|which|who|and|but)\b.*$/i, "");
  return trimmed.replace(/[*_`]/g, "").replace(/^[\s,;:.'’"“”()-]+|[\s,;:'’"“”()-]+$/g, "").replace(/\s+/g, " ");
}

/** The topic of a fact: from the member whose sentence holds most of the shared words. */
export function factTopic(view: ReportView, fact: Fact): string {
  const shared = sharedWords(fact);
  const weightOf = (c: ClaimContext) => [...c.anchors].reduce((s, [t, w]) => s + (shared.has(t) ? w : 0), 0);
  const best = fact.members.map((m) => m.context).reduce((a, b) => (weightOf(b) > weightOf(a) ? b : a));
  return topicOf(view, best, shared);
}
