/**
 * The indicator search behind the province map's picker and the agreement form's KPI picker
 * (GET /indicators), on the synthetic national shape of bench/rollups-data.ts: one indicator per
 * project, one of them broken down by area. Prints p50/p95 of the first page of indicators with
 * an area breakdown (the map), a text search (the KPI picker, as typed) and an organisation's
 * subtree. Env: SCALE (0.1 = 200,000 project indicators), ROUNDS (30), DATABASE_URL (admin
 * connection; the scratch database BENCH_DB=prasan_bench_resultsui is created and dropped), REUSE=1
 * (time a kept database, e.g. BENCH_DB=prasan_bench_rollups left by bench/rollups.ts KEEP=1, after
 * applying any new migrations; nothing is generated or dropped).
 */
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { migrate } from '../src/server/db/migrate.js';
import { createIndicatorsService } from '../src/server/indicators/indicators.service.js';
import { seedReference } from '../src/server/seed/seed.js';
import { generate, shapeFor } from './rollups-data.js';
import { percentile, scratchServerDatabase } from './support.js';

const SCALE = Number(process.env.SCALE ?? 0.1);
const ROUNDS = Number(process.env.ROUNDS ?? 30);
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DB = process.env.BENCH_DB ?? 'prasan_bench_resultsui';
const REUSE = process.env.REUSE === '1';

const log = (s: string) => console.log(`[server ×${SCALE}] ${s}`);
log(`load average at start ${loadavg()[0].toFixed(1)} on the shared 2-core machine`);
const { database, cleanup } = await scratchServerDatabase(ADMIN_URL, BENCH_DB, { reuse: REUSE, poolSize: 2 });
try {
  const t = performance.now();
  await migrate(database);
  if (!REUSE) {
    await seedReference(database);
    await generate(database.db, shapeFor(SCALE), log);
  }
  await sql`analyze indicators`.execute(database.db);
  const n = (await sql<{ n: number }>`select count(*)::int as n from indicators`.execute(database.db)).rows[0]!.n;
  log(`${REUSE ? 'migrated' : 'generated'} ${n} indicators in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const service = createIndicatorsService(database.db);
  const province = (await sql<{ id: string }>`select md5('o5')::uuid as id`.execute(database.db)).rows[0]!.id;
  const base = { limit: 20, offset: 0 };
  const cases: [string, () => Promise<unknown>][] = [
    ['map picker: first 200 with an area breakdown', () => service.searchIndicators(null, { limit: 200, offset: 0, areaBreakdown: 'any' })],
    ['map picker: searching "house" among those with a breakdown', () => service.searchIndicators(null, { ...base, areaBreakdown: 'any', q: 'house' })],
    ['KPI picker: searching "province 7" over all indicators', () => service.searchIndicators(null, { ...base, q: 'province 7' })],
    ["a province organisation's subtree, first 20", () => service.searchIndicators(null, { ...base, responsibleOrganisationId: province })],
  ];
  for (const [name, call] of cases) {
    await call();
    const ms: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const start = performance.now();
      await call();
      ms.push(performance.now() - start);
    }
    ms.sort((a, b) => a - b);
    log(`${name}: p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms (${ROUNDS} rounds)`);
  }
  // the map's query should read the partial index on area_breakdown, not scan every indicator
  const plan = await sql<{
    'QUERY PLAN': string;
  }>`explain select i.id from indicators i join plans p on p.id = i.plan_id where i.area_breakdown is not null`.execute(database.db);
  log(
    `map picker plan: ${plan.rows
      .map((r) => r['QUERY PLAN'].trim())
      .filter((l) => /Scan/.test(l))
      .join(' | ')}`,
  );
  log(`load average at end ${loadavg()[0].toFixed(1)}`);
} finally {
  await cleanup();
}
