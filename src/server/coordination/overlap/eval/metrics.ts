/** Precision, recall and F1 of a scorer over labelled pairs; and the baseline it is judged against. */
import { trigrams } from '../features.js';
import { normalise } from '../normalise.js';
import { jaccard } from '../similarity.js';
import type { OverlapProject } from '../types.js';
import type { EvalPair } from './load.js';

export interface Quality {
  pairs: number;
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export function quality(pairs: EvalPair[], predict: (pair: EvalPair) => boolean): Quality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const pair of pairs) {
    const predicted = predict(pair);
    if (predicted && pair.duplicate) tp++;
    else if (predicted) fp++;
    else if (pair.duplicate) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pairs: pairs.length, precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

function title(p: OverlapProject): string {
  return normalise([p.titleTh, p.titleEn].filter(Boolean).join(' ')).toLowerCase();
}

/** The baseline from the issue: plain character-trigram similarity of the titles. */
export function baselineScore(pair: EvalPair): number {
  return jaccard(trigrams(title(pair.a)), trigrams(title(pair.b)));
}

/** The baseline at its best threshold on `tuneOn` (generous to the baseline), applied to `pairs`. */
export function baselineQuality(tuneOn: EvalPair[], pairs: EvalPair[]): { threshold: number; quality: Quality } {
  let best = { threshold: 0, f1: -1 };
  for (let t = 0.01; t < 0.96; t += 0.01) {
    const q = quality(tuneOn, (p) => baselineScore(p) >= t);
    if (q.f1 > best.f1) best = { threshold: t, f1: q.f1 };
  }
  return { threshold: Math.round(best.threshold * 100) / 100, quality: quality(pairs, (p) => baselineScore(p) >= best.threshold) };
}
