/**
 * Overlap detection (DESIGN §4, issue 7 item 1): the pure engine the coordination area wires
 * to plans. No database, no HTTP.
 *
 * - `compareProjects(a, b)` → `{ score, duplicate, reasons }` for one pair;
 * - `createOverlapIndex(projects)` → `index.check(draft)` while a planner types, and
 *   `index.upsert(project)` / `index.remove(id)` when a project is saved or deleted;
 * - `findCandidates(projects)` (or `findCandidatesParallel`) → every candidate pair, ranked;
 * - `blockingKeys(project)` → the keys a project is filed under, to shard or store them.
 * Reasons are machine-readable (`types.ts`); the UI words them in Thai and English.
 */
export { blockingKeys } from './blocking.js';
export { createOverlapIndex, findCandidates, type CandidatePair, type OverlapIndex, type OverlapMatch, type OverlapOptions } from './detect.js';
export { conceptLabel } from './lexicon.js';
export { findCandidatesParallel, type ParallelOptions } from './parallel.js';
export { compareProjects, DEFAULT_THRESHOLD } from './score.js';
export type { Comparison, OverlapProject, Reason, ReasonKind } from './types.js';
