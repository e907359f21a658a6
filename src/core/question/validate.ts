/** What makes a question unanswerable before any search: nothing asked, or far too much. */

/** Longest question accepted, in characters. A question is a sentence, not a document. */
export const MAX_QUESTION_LENGTH = 500;

/** Returns why a question cannot be asked, or undefined when it can. */
export function checkQuestion(question: unknown): string | undefined {
  if (typeof question !== "string") return "A question must be text.";
  const text = question.trim();
  if (!text) return "Ask a question, e.g. \"when was the memo signed?\".";
  if (text.length > MAX_QUESTION_LENGTH)
    return `That question is ${text.length} characters long; please keep it under ${MAX_QUESTION_LENGTH}.`;
  if (!/[\p{L}\p{N}]/u.test(text)) return "That question has no words in it.";
  return undefined;
}
