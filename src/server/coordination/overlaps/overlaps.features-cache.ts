/**
 * Extracted features of stored projects, kept between requests: segmenting and normalising a
 * project's Thai and English text is most of a check's cost, and a project's text only changes
 * with its fingerprint. Bounded; the oldest entries go first.
 */
import { extractFeatures, type ProjectFeatures } from '../overlap/features.js';
import { compareFeatures, DEFAULT_THRESHOLD, scoreBound } from '../overlap/score.js';
import type { Comparison, OverlapProject } from '../overlap/index.js';
import { projectFingerprint, type ProjectRow, toOverlapProject } from './overlaps.projects.js';

const MAX_ENTRIES = 50_000;
const cache = new Map<string, { fingerprint: string; features: ProjectFeatures }>();

export function featuresOf(row: ProjectRow): ProjectFeatures {
  const fingerprint = projectFingerprint(row);
  const hit = cache.get(row.id);
  if (hit && hit.fingerprint === fingerprint) return hit.features;
  const features = extractFeatures(toOverlapProject(row));
  cache.delete(row.id);
  cache.set(row.id, { fingerprint, features });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return features;
}

export interface RowMatch extends Comparison {
  row: ProjectRow;
}

/** The rows that overlap `project`, best first: the engine's cheap bound first, then the full comparison. */
export function matchRows(project: OverlapProject, rows: ProjectRow[], limit: number, threshold = DEFAULT_THRESHOLD): RowMatch[] {
  const probe = extractFeatures(project);
  const matches: RowMatch[] = [];
  for (const row of rows) {
    const features = featuresOf(row);
    if (scoreBound(probe, features, threshold) < threshold) continue;
    const comparison = compareFeatures(probe, features, threshold);
    if (comparison.duplicate) matches.push({ row, ...comparison });
  }
  return matches.sort((a, b) => b.score - a.score || (a.row.id < b.row.id ? -1 : 1)).slice(0, limit);
}
