/** Worker for parallel.ts: one index over its provinces' projects, pairs back by id. */
import { parentPort, workerData } from 'node:worker_threads';
import { createOverlapIndex, type OverlapOptions } from './detect.js';
import type { WorkerPair } from './parallel.js';
import type { OverlapProject } from './types.js';

const { projects, options } = workerData as { projects: OverlapProject[]; options: OverlapOptions };
const pairs: WorkerPair[] = createOverlapIndex(projects)
  .pairs(options)
  .map(({ a, b, ...comparison }) => ({ a: a.id, b: b.id, ...comparison }));
parentPort!.postMessage(pairs);
