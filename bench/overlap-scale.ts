/**
 * Overlap detection at national scale: candidate generation over N synthetic projects
 * (goal: 100,000 in < 10 s on 2 cores) and the single-project check while typing
 * (goal: p95 < 200 ms). Wall time and this process's CPU time are both printed: on a
 * shared machine the wall time includes waiting for the CPU.
 * The 2-core figure is findCandidatesParallel with two worker threads (provinces split between
 * them); it must find exactly the pairs of the single index, and the bench says whether it did.
 * Run: npx tsx bench/overlap-scale.ts [count] [--serial-only]
 */
import { loadavg } from 'node:os';
import { createOverlapIndex } from '../src/server/coordination/overlap/detect.js';
import { findCandidatesParallel } from '../src/server/coordination/overlap/parallel.js';
import { generateProjects } from './overlap-synthetic.js';

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
const projects = generateProjects(count);
const probes = generateProjects(1_000, 99).map((p) => ({ ...p, id: `new-${p.id}`, ownerId: `new-${p.ownerId}` }));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const s = (x: number) => `${x.toFixed(2)} s`;

console.log(`projects: ${count.toLocaleString('en')}; load average at start ${loadavg()[0].toFixed(1)}`);
const [w0, c0] = [performance.now(), cpu()];
const index = createOverlapIndex(projects);
const [w1, c1] = [performance.now(), cpu()];
const pairs = index.pairs();
const [w2, c2] = [performance.now(), cpu()];
console.log(`index build (features + blocking): wall ${s((w1 - w0) / 1000)}, cpu ${s(c1 - c0)}`);
console.log(`candidate pairs: wall ${s((w2 - w1) / 1000)}, cpu ${s(c2 - c1)} → ${pairs.length.toLocaleString('en')} pairs at the default threshold`);
console.log(`candidate generation total: wall ${s((w2 - w0) / 1000)}, cpu ${s(c2 - c0)} (goal < 10 s)`);
const byReason = new Map<string, number>();
for (const p of pairs) for (const r of p.reasons) if (r.supports) byReason.set(r.kind, (byReason.get(r.kind) ?? 0) + 1);
console.log(`supporting reasons: ${[...byReason].map(([k, v]) => `${k} ${v}`).join(', ')}`);

const times: number[] = [];
let found = 0;
for (const probe of probes) {
  const t = performance.now();
  found += index.check(probe).length;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
console.log(`single check (${probes.length} new projects): p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms (goal p95 < 200 ms); ${found} matches`);

if (!process.argv.includes('--serial-only')) {
  const [w3, c3] = [performance.now(), cpu()];
  const parallel = await findCandidatesParallel(projects, { workers: 2 });
  const [w4, c4] = [performance.now(), cpu()];
  const key = (list: typeof pairs) =>
    list
      .map((p) => `${[p.a.id, p.b.id].sort().join('|')} ${p.score}`)
      .sort()
      .join('\n');
  const same = key(parallel) === key(pairs) ? 'the same pairs as one index' : 'DIFFERENT pairs from one index';
  console.log(
    `candidate generation on 2 worker threads (features, blocking, pairs): wall ${s((w4 - w3) / 1000)}, cpu ${s(c4 - c3)} (all threads) → ${parallel.length.toLocaleString('en')} pairs, ${same} (goal < 10 s)`,
  );
}
console.log(`load average at end ${loadavg()[0].toFixed(1)} (2 cores)`);
