/** Index snapshots: start the engine from a saved index instead of rebuilding it. */
export { loadEngine, saveSnapshot, type LoadEngineOptions, type LoadedEngine } from "./load.js";
export { corpusFingerprint } from "./fingerprint.js";
export { prepareSnapshot, type PrepareResult, type SnapshotEngine } from "./prepare.js";
export { DEFAULT_CACHE_DIR, snapshotPath } from "./store.js";
export { INDEX_VERSION, SNAPSHOT_FORMAT } from "./version.js";
