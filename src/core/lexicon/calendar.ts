/** The names of the months, in lower case: a date's words, never a name's or a subject's. */
export const MONTHS: readonly string[] = "january february march april may june july august september october november december".split(" ");
