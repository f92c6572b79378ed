/**
 * Roll-ups at national scale (issue 5): a fresh database, the reference seed, the synthetic shape of
 * bench/rollups-data.ts, the maintained roll-ups built by the set-based recomputation, then p50/p95
 * of the dashboard reads (national, province and district area roll-ups, national and province
 * element roll-ups, a district organisation) and of one verification reaching every roll-up above it
 * (insert a correction, verify it, refresh the area, organisation and contribution chains, commit).
 * Goals on the PostgreSQL server: reads p95 < 100 ms, a verification p95 < 50 ms.
 *
 * Run: npx tsx bench/rollups.ts
 * Env: ENGINE=server|embedded (server), SCALE (1 on the server = 100,000 organisations, 2,000,000
 * projects, 10,000,000 measurements; default 0.01 embedded), ROUNDS (50),
 * DATABASE_URL (postgres://postgres@127.0.0.1:5432/test; a scratch database is created beside it and dropped),
 * BENCH_DB (prasan_bench_rollups), KEEP=1 (keep it), REUSE=1 (server: time a kept database again —
 * migrate it, skip generation and recomputation, so a changed maintenance path is re-measured on the same data).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type Database, openEmbedded } from '../src/server/db/database.js';
import { migrate } from '../src/server/db/migrate.js';
import { markVerified } from '../src/server/indicators/measurements.verify.js';
import { recomputeAllRollups } from '../src/server/indicators/rollups.recompute.js';
import { createRollupReads } from '../src/server/indicators/rollups.service.js';
import { seedReference } from '../src/server/seed/seed.js';
import { generate, shapeFor } from './rollups-data.js';
import { percentile, scratchServerDatabase } from './support.js';

const ENGINE = (process.env.ENGINE ?? 'server') as 'server' | 'embedded';
const SCALE = Number(process.env.SCALE ?? (ENGINE === 'server' ? 1 : 0.01));
const ROUNDS = Number(process.env.ROUNDS ?? 50);
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DB = process.env.BENCH_DB ?? 'prasan_bench_rollups';
const KEEP = process.env.KEEP === '1';
const REUSE = ENGINE === 'server' && process.env.REUSE === '1';

async function openFresh(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (ENGINE === 'embedded') {
    const dir = await mkdtemp(path.join(tmpdir(), 'prasan-bench-rollups-'));
    const database = await openEmbedded({ dataDir: dir });
    return {
      database,
      cleanup: async () => {
        await database.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  return scratchServerDatabase(ADMIN_URL, BENCH_DB, { reuse: REUSE, keep: KEEP });
}

async function time(rounds: number, call: (i: number) => Promise<unknown>) {
  await call(0);
  const ms: number[] = [];
  for (let i = 1; i <= rounds; i += 1) {
    const t = performance.now();
    await call(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms.at(-1)! };
}

const log = (s: string) => console.log(`[${ENGINE} ×${SCALE}] ${s}`);
const shape = shapeFor(SCALE);
log(`load average at start ${loadavg()[0].toFixed(1)} on the shared 2-core machine`);
const { database, cleanup } = await openFresh();
const db = database.db;
try {
  let t = performance.now();
  await migrate(database);
  await seedReference(database);
  log(`migrated + reference seed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  if (!REUSE) {
    t = performance.now();
    await generate(db, shape, log);
    const counts = await sql<{
      o: number;
      e: number;
      m: number;
    }>`select (select count(*) from organisations) as o, (select count(*) from plan_elements where kind = 'project') as e, (select count(*) from measurements) as m`.execute(
      db,
    );
    log(`generated ${JSON.stringify(counts.rows[0])} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    await recomputeAllRollups(db);
    // the steady state autovacuum reaches: statistics, and the visibility map index-only scans need
    await sql`vacuum (analyze)`.execute(db);
    const built = await sql<{
      nodes: number;
      tree: number;
    }>`select (select count(*) from rollup_nodes) as nodes, (select count(*) from rollup_indicators) as tree`.execute(db);
    log(`maintained roll-ups built by recomputation in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(built.rows[0])}`);
  }

  const reads = createRollupReads(db);
  // the generator's md5(text)::uuid, in process: no extra round trip inside the timed calls
  const md5uuid = (text: string) =>
    createHash('md5')
      .update(text)
      .digest('hex')
      .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
  const nationalElement = md5uuid('s0');
  const areaIndicator = md5uuid("i'a'");
  const provinces = (await db.selectFrom('areas').select('code').where('level', '=', 'province').orderBy('code').execute()).map((a) => a.code);
  const districts = (await db.selectFrom('areas').select('code').where('level', '=', 'district').orderBy('code').execute()).map((a) => a.code);
  const subdistricts = (await db.selectFrom('areas').select('code').where('level', '=', 'subdistrict').orderBy('code').execute()).map((a) => a.code);
  const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length]!;

  const rows: [string, { p50: number; p95: number; max: number }, number][] = [];
  const run = async (name: string, goal: number, call: (i: number) => Promise<unknown>) => {
    const m = await time(ROUNDS, call);
    rows.push([name, m, goal]);
    log(`${name}: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, max ${m.max.toFixed(1)} ms`);
  };
  await run('national area roll-up (TH + 77 provinces)', 100, () => reads.areaRollup(null, areaIndicator, { area: 'TH' }));
  await run('province area roll-up (+ its districts)', 100, (i) => reads.areaRollup(null, areaIndicator, { area: pick(provinces, i) }));
  await run('district area roll-up (+ its subdistricts)', 100, (i) => reads.areaRollup(null, areaIndicator, { area: pick(districts, i) }));
  await run('national element roll-up (contribution tree)', 100, () => reads.elementRollup(null, nationalElement, {}));
  await run('province element roll-up', 100, async (i) => reads.elementRollup(null, md5uuid(`s${1 + (i % 77)}`), {}));
  await run('district organisation roll-up', 100, async (i) => reads.organisationRollup(null, md5uuid(`o${78 + (i % 928)}`), {}));

  // one correction verified: insert + verify + every roll-up above it, committed
  const verify = async (indicatorId: string, organisationId: string, period: string, areaCode: string | null, value: number) =>
    db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('measurements')
        .values({ indicator_id: indicatorId, period, area_code: areaCode, organisation_id: organisationId, value, status: 'submitted' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await markVerified(trx, row.id, null);
    });
  await run('verify a project value (org + contribution chains)', 50, async (i) => {
    const g = 1 + ((i * 104729) % shape.projects);
    const local = 1006 + (g % shape.locals);
    await verify(md5uuid(`i${g}`), md5uuid(`o${local}`), '2569-Q2', null, (i * 11) % 100);
  });
  await run('verify a subdistrict value (area chain of 4)', 50, async (i) =>
    verify(areaIndicator, md5uuid('o0'), '2569-Q3', pick(subdistricts, i), (i * 13) % 100),
  );

  console.log('');
  console.log(`engine ${ENGINE}, scale ${SCALE} (${shape.organisations} organisations, ${shape.projects} projects), ${ROUNDS} rounds`);
  console.log('case | p50 ms | p95 ms | max ms | goal p95');
  for (const [name, m, goal] of rows)
    console.log(`${name} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.max.toFixed(1)} | < ${goal} ms ${m.p95 < goal ? 'met' : 'NOT met'}`);
  log(`load average at end ${loadavg()[0].toFixed(1)}`);
} finally {
  await cleanup();
}
