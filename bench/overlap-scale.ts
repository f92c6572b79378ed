/**
 * Overlap detection at national scale: candidate generation over N synthetic projects
 * (goal: 100,000 in < 10 s on 2 cores) and the single-project check while typing
 * (goal: p95 < 200 ms). Run: npx tsx bench/overlap-scale.ts [count]
 */
import { createOverlapIndex } from '../src/server/coordination/overlap/detect.js';
import { generateProjects } from './overlap-synthetic.js';

const count = Number(process.argv[2] ?? 100_000);
const projects = generateProjects(count);
const probes = generateProjects(1_000, 99).map((p) => ({ ...p, id: `new-${p.id}`, ownerId: `new-${p.ownerId}` }));

const t0 = performance.now();
const index = createOverlapIndex(projects);
const t1 = performance.now();
const pairs = index.pairs();
const t2 = performance.now();
console.log(`projects: ${count.toLocaleString('en')}`);
console.log(`index build (features + blocking): ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`candidate pairs: ${((t2 - t1) / 1000).toFixed(2)} s → ${pairs.length.toLocaleString('en')} pairs at the default threshold`);
console.log(`candidate generation total: ${((t2 - t0) / 1000).toFixed(2)} s (goal < 10 s)`);
const byReason = new Map<string, number>();
for (const p of pairs) for (const r of p.reasons) if (r.supports) byReason.set(r.kind, (byReason.get(r.kind) ?? 0) + 1);
console.log(`supporting reasons: ${[...byReason].map(([k, v]) => `${k} ${v}`).join(', ')}`);

const times: number[] = [];
let found = 0;
for (const probe of probes) {
  const s = performance.now();
  found += index.check(probe).length;
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
console.log(`single check (${probes.length} new projects): p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms (goal p95 < 200 ms); ${found} matches`);
