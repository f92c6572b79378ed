/**
 * Candidate generation: an in-memory index over many projects that answers "which existing
 * projects does this one overlap?" without comparing it with all of them.
 *
 * Within each block (blocking.ts) a token → projects posting list accumulates the exact shared
 * token weight of every pair in one pass, so the token similarity of a pair is known before the
 * full comparison; only pairs that can reach the threshold (or share a road) are compared.
 */
import { blocksOf } from './blocking.js';
import { extractFeatures, type ProjectFeatures, weighingAgainst } from './features.js';
import { compareFeatures, DEFAULT_THRESHOLD, scoreBound } from './score.js';
import { whatSimilarity } from './similarity.js';
import type { Comparison, OverlapProject } from './types.js';

export interface OverlapOptions {
  /** Score at or above which a pair is reported (default DEFAULT_THRESHOLD). */
  minScore?: number;
  /** Pairs of one owner are not overlaps between agencies; include them only when asked. */
  includeSameOwner?: boolean;
  /** Most matches to return per project (check) or in all (findCandidates). */
  limit?: number;
}

export interface OverlapMatch extends Comparison {
  project: OverlapProject;
}

export interface CandidatePair extends Comparison {
  a: OverlapProject;
  b: OverlapProject;
}

/**
 * Token similarity below which no pair can reach a threshold of 0.5 (the same-place bonus
 * adds at most a quarter of the gap); road-sharing pairs are compared regardless. Lower
 * `minScore` options lower it in proportion. A pair alike only in Thai character trigrams
 * (heavy OCR damage) is not generated; compareProjects still scores it.
 */
const MIN_TOKEN_SCORE = 0.3;

export interface OverlapIndex {
  readonly size: number;
  /** Existing projects that overlap `project` (which need not be in the index), best first. */
  check(project: OverlapProject, options?: OverlapOptions): OverlapMatch[];
  /** Adds or replaces a project (by id): the incremental re-check when a project is saved. */
  upsert(project: OverlapProject): void;
  remove(id: string): void;
  /** Every candidate pair in the index, best first. */
  pairs(options?: OverlapOptions): CandidatePair[];
}

/** The entries of one block that have a token, with the token's weight in each. */
interface Posting {
  ids: number[];
  weights: number[];
}

interface Entry {
  features: ProjectFeatures;
  alive: boolean;
}

export function createOverlapIndex(projects: OverlapProject[] = []): OverlapIndex {
  return indexOfFeatures(projects.map(extractFeatures));
}

/** The index over features already extracted (the parallel worker keeps them to read roads). */
export function indexOfFeatures(features: ProjectFeatures[]): OverlapIndex {
  const entries: Entry[] = [];
  const byId = new Map<string, number>();
  /** block key → token → entry numbers. */
  const postings = new Map<string, Map<string, Posting>>();
  /** `A:41|2568` → the district blocks of province 41 in that year. */
  const districts = new Map<string, Array<Map<string, Posting>>>();
  /** By entry number, beside `entries`: the hot loop reads these without touching an Entry. */
  const live: number[] = [];
  const all: ProjectFeatures[] = [];
  let alive = 0;

  function file(n: number): void {
    const f = entries[n].features;
    for (const key of blocksOf(f).own) {
      let block = postings.get(key);
      if (!block) {
        block = new Map();
        postings.set(key, block);
        if (key.startsWith('D:')) {
          const all = `A:${key.slice(2, 4)}|${key.slice(key.indexOf('|') + 1)}`;
          if (!districts.has(all)) districts.set(all, []);
          districts.get(all)!.push(block);
        }
      }
      for (const [token, weight] of f.tokens) post(block, token, n, weight);
      // An empty what still needs a posting so a shared road finds it.
      if (key.startsWith('R:')) post(block, '', n, 0);
    }
  }

  function post(block: Map<string, Posting>, token: string, n: number, weight: number): void {
    const posting = block.get(token);
    if (posting) {
      posting.ids.push(n);
      posting.weights.push(weight);
    } else block.set(token, { ids: [n], weights: [weight] });
  }

  function upsert(project: OverlapProject): void {
    add(extractFeatures(project));
  }

  function add(features: ProjectFeatures): void {
    const { project } = features;
    remove(project.id);
    const n = entries.length;
    entries.push({ features, alive: true });
    live.push(1);
    all.push(features);
    byId.set(project.id, n);
    alive++;
    file(n);
  }

  function remove(id: string): void {
    const n = byId.get(id);
    if (n === undefined) return;
    entries[n].alive = false;
    live[n] = 0;
    byId.delete(id);
    alive--;
  }

  // Scratch space for candidates(): typed arrays reused across queries (no per-query maps).
  let sharedWeight = new Float64Array(0);
  let stamp = new Int32Array(0);
  let clock = 0;

  /** Live entries after `after` worth a full comparison with `f`. */
  function candidates(f: ProjectFeatures, minScore: number, after: number): number[] {
    if (sharedWeight.length < entries.length) {
      sharedWeight = new Float64Array(entries.length * 2);
      stamp = new Int32Array(entries.length * 2);
      clock = 0;
    }
    const blocks: Array<Map<string, Posting>> = [];
    const out: number[] = [];
    const touched: number[] = [];
    const queryStamp = ++clock;
    for (const key of blocksOf(f).probe) {
      if (key.startsWith('A:')) {
        blocks.push(...(districts.get(key) ?? []));
        continue;
      }
      const block = postings.get(key);
      if (!block) continue;
      blocks.push(block);
      if (!key.startsWith('R:')) continue;
      // Same road number: always compared (sections decide), marked so it is not added twice.
      const ids = block.get('')?.ids ?? [];
      for (let k = ids.length - 1; k >= 0 && ids[k] > after; k--) {
        const n = ids[k];
        if (stamp[n] === -queryStamp || live[n] === 0) continue;
        stamp[n] = -queryStamp;
        out.push(n);
      }
    }
    for (const [token, weight] of f.tokens) {
      // A token counts once per pair even when the pair meets in several blocks.
      const tokenStamp = ++clock;
      for (const block of blocks) {
        const posting = block.get(token);
        if (!posting) continue;
        const { ids, weights } = posting;
        // Entry numbers are filed in ascending order: walk down and stop at `after`.
        for (let k = ids.length - 1; k >= 0; k--) {
          const n = ids[k];
          if (n <= after) break;
          const s = stamp[n];
          if (s === tokenStamp || s === -queryStamp) continue;
          if (s < queryStamp) {
            if (live[n] === 0) continue;
            sharedWeight[n] = 0;
            touched.push(n);
          }
          stamp[n] = tokenStamp;
          sharedWeight[n] += Math.min(weight, weights[k]);
        }
      }
    }
    const floor = Math.min(MIN_TOKEN_SCORE, minScore * 0.6);
    for (const n of touched) {
      if (stamp[n] === -queryStamp) continue;
      const w = sharedWeight[n];
      // As whatSimilarity weighs them (words count only against a text in their script).
      const other = all[n];
      const [wf, wo] = [weighingAgainst(f, other), weighingAgainst(other, f)];
      const dice = (2 * w) / (wf + wo);
      const containment = w / Math.min(wf, wo);
      if ((dice + containment) / 2 >= floor) out.push(n);
    }
    return out;
  }

  function keep(f: ProjectFeatures, other: ProjectFeatures, options: OverlapOptions): boolean {
    if (other.project.id === f.project.id) return false;
    return options.includeSameOwner === true || other.project.ownerId !== f.project.ownerId;
  }

  /** The full comparison, explained, for pairs that reach `minScore`; undefined otherwise. */
  function compare(f: ProjectFeatures, other: ProjectFeatures, minScore: number): Comparison | undefined {
    // The score is rounded to 3 decimals; the bound is not.
    if (scoreBound(f, other, minScore - 0.001) + 0.001 < minScore) return undefined;
    // Most pairs that pass the cheap relations still read too differently: bound again from
    // the what-similarity before building the explained comparison.
    if (scoreBound(f, other, minScore - 0.001, whatSimilarity(f, other, false).score) + 0.001 < minScore) return undefined;
    if (compareFeatures(f, other, minScore, false).score < minScore) return undefined;
    return compareFeatures(f, other, minScore, true);
  }

  function check(project: OverlapProject, options: OverlapOptions = {}): OverlapMatch[] {
    const f = extractFeatures(project);
    const minScore = options.minScore ?? DEFAULT_THRESHOLD;
    const matches: OverlapMatch[] = [];
    for (const n of candidates(f, minScore, -1)) {
      const other = entries[n].features;
      const comparison = keep(f, other, options) ? compare(f, other, minScore) : undefined;
      if (comparison) matches.push({ project: other.project, ...comparison });
    }
    matches.sort((x, y) => y.score - x.score);
    return options.limit === undefined ? matches : matches.slice(0, options.limit);
  }

  function pairs(options: OverlapOptions = {}): CandidatePair[] {
    const minScore = options.minScore ?? DEFAULT_THRESHOLD;
    const out: CandidatePair[] = [];
    entries.forEach((entry, i) => {
      if (!entry.alive) return;
      const f = entry.features;
      for (const n of candidates(f, minScore, i)) {
        const other = entries[n].features;
        const comparison = keep(f, other, options) ? compare(f, other, minScore) : undefined;
        if (comparison) out.push({ a: f.project, b: other.project, ...comparison });
      }
    });
    out.sort((x, y) => y.score - x.score);
    return options.limit === undefined ? out : out.slice(0, options.limit);
  }

  for (const f of features) add(f);
  return {
    get size() {
      return alive;
    },
    check,
    upsert,
    remove,
    pairs,
  };
}

/** All candidate duplicate pairs among `projects`, best first (blocking avoids O(n²)). */
export function findCandidates(projects: OverlapProject[], options: OverlapOptions = {}): CandidatePair[] {
  return createOverlapIndex(projects).pairs(options);
}
