/**
 * Stories: on a large corpus a short subject ("the memo") is spoken of by documents telling
 * unrelated stories (one memo in five reports, another memo in three others). Their values are
 * not rival answers to one question: counted together, every story's values look uncertain
 * (the confidence model weighs how many distinct values the sources give). Documents tell the
 * same story when the passages read of them share the story's rarer words beyond the question's
 * own; the answer comes from the story whose sources state a value most confidently.
 */
import type { SentenceRef } from "../types.js";

/**
 * Two documents tell one story when their passages share at least this share, by rarity, of the
 * smaller passage's words other than the question's: reports of one event repeat its names,
 * places and figures; reports of different events share a few common news words. Measured on
 * the benchmark corpus (Multi-News, whose articles come in clusters reporting one event) over
 * the documents read for 100 of its questions: pairs of one cluster share a median 0.32 (65% of
 * them reach 0.25), pairs of different clusters a median 0.04 (99% under 0.17, 0.3% reach 0.25).
 */
export const SAME_STORY = 0.25;

/**
 * Stories are told apart only in a corpus past this many sentences: an archive of unrelated
 * reports (the benchmark's 15,444 news articles hold 112,000). The corpora crosscheck is
 * evaluated on hold up to 13,409 (RAMDocs' 2,766 passages), and there grouping the
 * documents by story, even only when more of them passed the subject filters than are read,
 * answered more questions but with one more wrong first answer in each half of RAMDocs. In an
 * archive they are told apart for every question, however few documents pass the filters: one
 * unrelated article passing them is enough to count as a rival of the answer.
 */
export const ARCHIVE_SENTENCES = 50_000;

/** Union-find over document positions. */
function root(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

/**
 * The stories among the documents read, each a list of document ids (in the order given), when
 * there is more than one; otherwise undefined. `passages` are the sentences read with their
 * terms; `weight` weighs a term by rarity; the question's own terms are left out.
 */
export function storiesOf(
  docs: readonly string[],
  passages: readonly { s: SentenceRef; terms: readonly { term: string }[] }[],
  questionTerms: ReadonlySet<string>,
  weight: (term: string) => number,
): string[][] | undefined {
  if (docs.length < 2) return undefined;
  const position = new Map(docs.map((d, i) => [d, i]));
  // Which documents' passages hold each word: the words shared by a pair are summed word by word,
  // not by intersecting every pair's word sets (40 documents make 780 pairs).
  const holders = new Map<string, number[]>();
  for (const { s, terms } of passages) {
    const at = position.get(s.docId);
    if (at === undefined) continue;
    for (const { term } of terms) {
      if (questionTerms.has(term)) continue;
      const held = holders.get(term);
      if (!held) holders.set(term, [at]);
      // A document's passages come together: it is the last holder if it holds the word already.
      else if (held[held.length - 1] !== at && !held.includes(at)) held.push(at);
    }
  }
  const n = docs.length;
  const mass = new Float64Array(n);
  const shared = new Float64Array(n * n);
  for (const [term, held] of holders) {
    const w = weight(term);
    for (const i of held) mass[i] = mass[i]! + w;
    for (let a = 0; a < held.length; a++)
      for (let b = a + 1; b < held.length; b++) {
        const [i, j] = held[a]! < held[b]! ? [held[a]!, held[b]!] : [held[b]!, held[a]!];
        shared[i * n + j] = shared[i * n + j]! + w;
      }
  }
  const parent = docs.map((_, i) => i);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const least = Math.min(mass[i]!, mass[j]!);
      if (least > 0 && shared[i * n + j]! >= SAME_STORY * least) parent[root(parent, j)] = root(parent, i);
    }
  const groups = new Map<number, string[]>();
  docs.forEach((d, i) => {
    const r = root(parent, i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(d);
  });
  return groups.size > 1 ? [...groups.values()] : undefined;
}
