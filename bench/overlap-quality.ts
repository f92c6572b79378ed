/**
 * Precision / recall / F1 of overlap detection on the labelled evaluation set, train and test
 * splits, at the default threshold; and the plain character-trigram baseline at its best
 * threshold. Run: npx tsx bench/overlap-quality.ts [--errors]
 */
import { EVAL_PAIRS } from '../src/server/coordination/overlap/eval/pairs.js';
import { baselineQuality, type Quality, quality } from '../src/server/coordination/overlap/eval/metrics.js';
import { compareProjects, DEFAULT_THRESHOLD } from '../src/server/coordination/overlap/score.js';

/**
 * Categories of a round being written or not yet measured: left out of every figure until the
 * engine is frozen and `--unseal` measures them once (then they come off this list).
 */
const SEALED = new Set<string>();
const unsealed = process.argv.includes('--unseal');
const PAIRS = EVAL_PAIRS.filter((p) => unsealed || !SEALED.has(p.category));
const train = PAIRS.filter((p) => p.split === 'train');
const test = PAIRS.filter((p) => p.split === 'test');
const scores = new Map(PAIRS.map((p) => [p.id, compareProjects(p.a, p.b)]));

const fmt = (q: Quality) =>
  `precision ${q.precision.toFixed(3)}  recall ${q.recall.toFixed(3)}  F1 ${q.f1.toFixed(3)}  (n=${q.pairs}, tp=${q.truePositives}, fp=${q.falsePositives}, fn=${q.falseNegatives})`;

console.log(`evaluation set: ${PAIRS.length} pairs, ${PAIRS.filter((p) => p.duplicate).length} duplicates; threshold ${DEFAULT_THRESHOLD}`);
for (const [name, pairs] of [
  ['train', train],
  ['test', test],
  ['all', PAIRS],
] as const) {
  console.log(`overlap engine  ${name.padEnd(5)}  ${fmt(quality(pairs, (p) => scores.get(p.id)!.duplicate))}`);
}
// Pairs by the round that added them (each written and labelled before the engine saw it), so
// a round's test split is a held-out measurement of the engine tuned on the rounds before.
const ROUNDS: Array<[string, Set<string>]> = [
  ['round 2', new Set(['village-works', 'programme'])],
  ['round 3', new Set(['sites-purchases', 'networks-services'])],
  ['round 4', new Set(['holdout-works', 'holdout-services'])],
  ['round 5', new Set(['round5-works', 'round5-services'])],
  ['round 6', new Set(['round6-works', 'round6-services', 'round6-levels'])],
  ['round 7', new Set(['round7-works', 'round7-services', 'round7-levels'])],
  ['round 8', new Set(['round8-works', 'round8-services', 'round8-levels'])],
  ['round 9', new Set(['round9-works', 'round9-services', 'round9-levels'])],
  ['round 10', new Set(['round10-works', 'round10-services', 'round10-levels'])],
  ['round 11', new Set(['round11-works', 'round11-services', 'round11-levels'])],
];
const roundOf = (category: string) => ROUNDS.find(([, set]) => set.has(category))?.[0] ?? 'round 1';
for (const round of ['round 1', ...ROUNDS.map(([name]) => name)]) {
  for (const [name, pairs] of [
    ['train', train],
    ['test', test],
  ] as const) {
    const inRound = pairs.filter((p) => roundOf(p.category) === round);
    if (inRound.length === 0) continue;
    console.log(`  ${`${round}, ${name}`.padEnd(16)} ${fmt(quality(inRound, (p) => scores.get(p.id)!.duplicate))}`);
  }
}
for (const [name, pairs] of [
  ['train', train],
  ['test', test],
] as const) {
  const base = baselineQuality(train, pairs);
  console.log(`trigram baseline ${name.padEnd(5)} ${fmt(base.quality)} at its best train threshold ${base.threshold}`);
}
const oracle = baselineQuality(test, test);
console.log(`trigram baseline test, threshold tuned on test itself (${oracle.threshold}): ${fmt(oracle.quality)}`);

if (process.argv.includes('--errors')) {
  const which = process.argv.includes('--test') ? test : train;
  for (const p of which) {
    const c = scores.get(p.id)!;
    if (c.duplicate === p.duplicate) continue;
    console.log(`\n${p.duplicate ? 'MISSED' : 'FALSE '} ${p.id} score=${c.score} — ${p.note}`);
    console.log(`  A ${p.a.areaCodes} ${p.a.titleTh ?? ''} ${p.a.titleEn ?? ''}`);
    console.log(`  B ${p.b.areaCodes} ${p.b.titleTh ?? ''} ${p.b.titleEn ?? ''}`);
    console.log(
      `  ${c.reasons.map((r) => `${r.supports ? '+' : '-'}${r.kind}${r.kind === 'shared_words' ? `(${(r.detail.words as Array<{ token: string }>).map((w) => w.token).join(',')})` : ''}`).join(' ')}`,
    );
  }
}
