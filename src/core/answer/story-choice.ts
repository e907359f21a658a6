/**
 * Which of the stories the documents read tell (see stories.ts) answer a question: in an archive
 * of unrelated reports, values of another story are not rival answers, and counted as rivals
 * they make every value look uncertain (the confidence model weighs how many distinct values
 * the sources give).
 */
import type { QuestionAnalysis } from "../question/analyze.js";
import type { Candidate, CandidateSearch } from "./candidates.js";
import { rateValues } from "./aggregate.js";
import { MODEL } from "./model.js";

/**
 * The candidates worth weighing against each other when the documents read tell several stories
 * (see stories.ts, which lists them most on-subject first): those of every story that states a
 * value confident enough to be listed, weighed with all the others (two entities of one name, a
 * source that contradicts the rest), of the story stating the most confident one, and of every
 * story more on-subject than that one. A less on-subject story none of whose values could be
 * listed is about something else: its values would only count as rivals of the answer.
 */
export function storyCandidates(q: QuestionAnalysis, found: CandidateSearch): Candidate[] {
  if (!found.stories) return found.candidates;
  const rated = rateValues(q.answerType, found.candidates, MODEL, q.asksList);
  const storyOf = new Map(found.stories.flatMap((docs, i) => docs.map((d) => [d, i] as const)));
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
  const kept = (docId: string) => {
    const story = storyOf.get(docId) ?? -1;
    return story <= topStory || listedStories.has(story);
  };
  const own = found.candidates.filter((c) => kept(c.sentence.docId));
  return own.length === found.candidates.length ? found.candidates : own;
}
