/**
 * Where one document disagrees with the rest: the engine's disagreement report, kept to the facts
 * that document takes part in. Only the public QueryEngine API is used, so this keeps working
 * whatever the report does inside.
 */
import type { ConflictItem } from "../core/types.js";
import { PREPARE_LIMIT, QueryEngine } from "../core/engine.js";

/** How many sentences to look up per sentence of the document, and how many documents at most to compare it with. */
const NEIGHBOURS_PER_SENTENCE = 10;
const MAX_NEIGHBOURS = 300;

/** The disagreement items that cite this source. */
export function disagreementsWith(engine: QueryEngine, sourceId: string): ConflictItem[] {
  const report = engine.index.sentences.length > PREPARE_LIMIT ? neighbourhood(engine, sourceId).conflicts() : engine.conflicts();
  return report.conflicts.filter((item) => item.answers.some((a) => a.sources.some((s) => s.id === sourceId)));
}

/**
 * On a corpus too large to build the whole report while someone waits, the report of the
 * document and the documents whose sentences best match its own: the only ones it can disagree with.
 */
function neighbourhood(engine: QueryEngine, sourceId: string): QueryEngine {
  const near = new Set([sourceId]);
  for (const sentence of engine.sentencesOf(sourceId)) {
    const terms = engine.terms(sentence).map((t) => t.term);
    for (const hit of engine.index.find(terms, NEIGHBOURS_PER_SENTENCE)) if (near.size < MAX_NEIGHBOURS) near.add(hit.sentence.docId);
  }
  return QueryEngine.fromDocuments(
    engine.documents.filter((d) => near.has(d.id)),
    { dir: engine.report.dir },
  );
}
