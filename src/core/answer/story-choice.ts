/**
 * Which of the stories the documents read tell (see stories.ts) answer a question: in an archive
 * of unrelated reports, values of another story are not rival answers, and counted as rivals
 * they make every value look uncertain (the confidence model weighs how many distinct values
 * the sources give).
 */
import type { QuestionAnalysis } from "../question/analyze.js";
import type { Candidate, CandidateSearch } from "./candidates.js";
import { rateValues, type RatedValue } from "./aggregate.js";
import { MODEL } from "./model.js";

/**
 * The candidates worth weighing against each other, the stories listed most on-subject first,
 * and their rated values when they are all the candidates (so they are not rated again).
 * Kept: every story that states a value confident enough to be listed among all the others (two
 * entities of one name, a source that contradicts the rest), and the story of the most confident
 * value. When that story is told by one document only, every story more on-subject than it is
 * kept too: a lone document is not told apart from the archive by other reports of its event,
 * and its value is only as sure as the others read allow (without them, chance matches of a
 * question's words in one article were answered confidently). A story told by several documents
 * is one; another story none of whose values could be listed is about something else.
 */
export function storyCandidates(q: QuestionAnalysis, found: CandidateSearch): { candidates: Candidate[]; rated?: RatedValue[] } {
  if (!found.stories) return { candidates: found.candidates };
  const storyOf = new Map(found.stories.flatMap((docs, i) => docs.map((d) => [d, i] as const)));
  // Values of one story only: nothing to choose.
  const first = storyOf.get(found.candidates[0]?.sentence.docId ?? "");
  if (found.candidates.every((c) => storyOf.get(c.sentence.docId) === first)) return { candidates: found.candidates };
  const rated = rateValues(q.answerType, found.candidates, MODEL, q.asksList);
  const listedStories = new Set<number>();
  let topStory = -1;
  rated.forEach((r, i) => {
    if (i > 0 && r.confidence < MODEL.thresholds.list) return;
    for (const m of r.group.members) {
      const story = storyOf.get(m.sentence.docId) ?? -1;
      listedStories.add(story);
      if (i === 0) topStory = Math.max(topStory, story);
    }
  });
  const toldByOne = (found.stories[topStory]?.length ?? 0) <= 1;
  const kept = (docId: string) => {
    const story = storyOf.get(docId) ?? -1;
    return listedStories.has(story) || (toldByOne && story <= topStory);
  };
  const own = found.candidates.filter((c) => kept(c.sentence.docId));
  return own.length === found.candidates.length ? { candidates: found.candidates, rated } : { candidates: own };
}
