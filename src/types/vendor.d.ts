// Type declarations for the two small libraries that ship none.

declare module "wink-lemmatizer" {
  const lemmatizer: {
    /** Base form of a verb ("withdrew" → "withdraw"); the word itself when unknown. */
    verb(word: string): string;
    /** Singular of a noun ("children" → "child"). */
    noun(word: string): string;
    /** Base form of an adjective ("better" → "good"). */
    adjective(word: string): string;
  };
  export default lemmatizer;
}

declare module "stopword" {
  /** English stop words. */
  export const eng: string[];
}
