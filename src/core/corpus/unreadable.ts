/** A file that cannot become a document; its message is the one sentence that says why, for people. */
export class UnreadableFile extends Error {
  override readonly name = "UnreadableFile";
}
