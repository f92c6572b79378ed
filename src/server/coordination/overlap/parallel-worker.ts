/** Worker for parallel.ts: one index over its provinces' projects, pairs back by id. */
import { parentPort, workerData } from 'node:worker_threads';
import { indexOfFeatures, type OverlapOptions } from './detect.js';
import { extractFeatures } from './features.js';
import type { WorkerResult } from './parallel.js';
import type { OverlapProject } from './types.js';

const { projects, options } = workerData as { projects: OverlapProject[]; options: OverlapOptions };
const features = projects.map(extractFeatures);
const result: WorkerResult = {
  pairs: indexOfFeatures(features)
    .pairs(options)
    .map(({ a, b, ...comparison }) => ({ a: a.id, b: b.id, ...comparison })),
  roadIds: features.filter((f) => f.cues.roads.length > 0).map((f) => f.project.id),
};
parentPort!.postMessage(result);
