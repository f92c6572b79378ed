/**
 * Candidate generation over a large batch on several cores (the nightly or import-time run).
 *
 * Blocking never pairs projects of different provinces except through a shared road number
 * (blocking.ts), so provinces are split among worker threads, each building its own index;
 * the main thread adds the cross-group road pairs from the projects the workers found to name
 * a road (read from their cues, titles and descriptions alike).
 */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type CandidatePair, findCandidates, type OverlapOptions } from './detect.js';
import type { Comparison, OverlapProject } from './types.js';

export interface ParallelOptions extends OverlapOptions {
  /** Worker threads (default: the number of CPUs, at most 8). */
  workers?: number;
}

/** What a worker sends back: ids instead of projects (the main thread has them). */
export interface WorkerPair extends Comparison {
  a: string;
  b: string;
}

export interface WorkerResult {
  pairs: WorkerPair[];
  /** Projects whose cues name a road number: only these can pair across provinces. */
  roadIds: string[];
}

/** Provinces of a project ('' when it has no area): it goes to the group of each. */
function provincesOf(project: OverlapProject): string[] {
  const provinces = new Set(project.areaCodes.map((c) => c.slice(0, 2)));
  return provinces.size > 0 ? [...provinces] : [''];
}

/** Splits provinces into `n` groups of similar size (largest first, into the lightest group). */
function partition(projects: OverlapProject[], n: number): OverlapProject[][] {
  const byProvince = new Map<string, OverlapProject[]>();
  for (const p of projects) {
    for (const key of provincesOf(p)) {
      const list = byProvince.get(key) ?? [];
      list.push(p);
      byProvince.set(key, list);
    }
  }
  const groups: OverlapProject[][] = Array.from({ length: n }, () => []);
  for (const list of [...byProvince.values()].sort((x, y) => y.length - x.length)) {
    groups.reduce((light, g) => (g.length < light.length ? g : light)).push(...list);
  }
  return groups.filter((g) => g.length > 0).map((g) => [...new Map(g.map((p) => [p.id, p])).values()]);
}

function runWorker(projects: OverlapProject[], options: OverlapOptions): Promise<WorkerResult> {
  // Built, the worker is a .js file beside this one; under tsx (tests, bench) it is .ts and the
  // worker thread must register tsx itself (Node 20 workers do not inherit loader hooks).
  const source = import.meta.url.endsWith('.ts');
  const url = new URL(`./parallel-worker.${source ? 'ts' : 'js'}`, import.meta.url).href;
  const code = source
    ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`
    : `import(${JSON.stringify(url)})`;
  const worker = new Worker(code, { eval: true, workerData: { projects, options } });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: WorkerResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** findCandidates on several threads: the same pairs, best first. */
export async function findCandidatesParallel(projects: OverlapProject[], options: ParallelOptions = {}): Promise<CandidatePair[]> {
  const { workers = Math.min(8, cpus().length), ...rest } = options;
  const byId = new Map(projects.map((p) => [p.id, p]));
  const groups = partition(projects, Math.max(1, workers));
  const results = await Promise.all(groups.map((g) => runWorker(g, { ...rest, limit: undefined })));

  const out: CandidatePair[] = [];
  const seen = new Set<string>();
  for (const { pairs } of results) {
    for (const { a, b, ...comparison } of pairs) {
      // A project of two provinces may meet the same partner in two groups.
      const key = pairKey(a, b);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ a: byId.get(a)!, b: byId.get(b)!, ...comparison });
    }
  }
  // Pairs across groups can only come from a shared road number (blocking.ts): the projects
  // that name one (about a tenth) are indexed again here; pairs already found are skipped.
  const roadIds = new Set(results.flatMap((r) => r.roadIds));
  for (const pair of findCandidates(
    [...roadIds].map((id) => byId.get(id)!),
    { ...rest, limit: undefined },
  )) {
    if (!seen.has(pairKey(pair.a.id, pair.b.id))) out.push(pair);
  }
  out.sort((x, y) => y.score - x.score);
  return options.limit === undefined ? out : out.slice(0, options.limit);
}
