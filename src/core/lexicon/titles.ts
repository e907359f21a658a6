/**
 * Titles that stand before a person's name without being part of it ("Justice Dunn", "Sir Thomas
 * Moseley", "Admiral Stopford"): a question may give one, a source may leave it out, and a word
 * before a family name that is a title is not another given name. "Major" and "St." are left out:
 * they are more often part of a name or a phrase ("C major", "St. Michael Academy").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  "sir dame dr mr mrs ms lord lady rev reverend saint professor general colonel captain admiral judge justice senator governor president mayor king queen prince princess sultan emperor duke earl bishop".split(" "),
);
