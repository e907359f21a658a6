/**
 * Versions that decide whether a snapshot may be used. Bump INDEX_VERSION whenever the code that
 * turns text into index terms or sentences changes (corpus/, search/, the minisearch options):
 * every snapshot written before is then rebuilt instead of being trusted.
 */
export const INDEX_VERSION = 26;

/** Layout of the snapshot file itself (header + payload); bumped when this folder changes it. */
export const SNAPSHOT_FORMAT = 2;

/** First bytes of every snapshot file: a file without them is not ours. */
export const SNAPSHOT_MAGIC = "crosscheck-snapshot";
