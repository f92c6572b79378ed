/**
 * Alignment at national scale (issue 4): a fresh database, the reference seed, a synthetic
 * national-shape forest (bench/alignment-forest.ts), then p50/p95/max of the real service calls:
 * alignment of a National Strategy strategy (counts only, and full with coverage and orphans),
 * alignment of a province strategy, and the chain of a community project. Goal: p95 < 100 ms on
 * the PostgreSQL server.
 *
 * Run: npx tsx bench/alignment.ts
 * Env: ENGINE=server|embedded|both (server), ELEMENTS (500000; embedded 100000), LINKAGES
 * (1000000; embedded 200000), ROUNDS (10), BUDGET_S (seconds per case before stopping early, 60),
 * ADMIN_URL (postgres://postgres@127.0.0.1:5432/test), BENCH_DB (prasan_bench_align), KEEP=1 (keep it),
 * WRITES=0 (skip the write cases), REUSE=1 (server: reuse a kept BENCH_DB that already holds the forest; new migrations are applied),
 * FOREST_TRIGGERS=1 (load the forest through the alignment triggers rather than rebuild after).
 * Also: contributor pages of a national strategy, and linkage insert/delete cost with and without
 * the triggers that keep the alignment state (bench/alignment-writes.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Actor } from '../src/server/auth/actor.js';
import { type Database, openEmbedded, openServer } from '../src/server/db/database.js';
import { migrate } from '../src/server/db/migrate.js';
import { createPlansService } from '../src/server/plans/plans.service.js';
import { seedReference } from '../src/server/seed/seed.js';
import { forestFacts, generateForest } from './alignment-forest.js';
import { timedWrite, writeCases } from './alignment-writes.js';
import { percentile, scratchServerDatabase } from './support.js';

const ENGINE = process.env.ENGINE ?? 'server';
const ROUNDS = Number(process.env.ROUNDS ?? 10);
const BUDGET_MS = Number(process.env.BUDGET_S ?? 60) * 1000;
const ADMIN_URL = process.env.ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DB = process.env.BENCH_DB ?? 'prasan_bench_align';
/** KEEP=1 leaves the database (server) in place for EXPLAIN; the next run drops it first. */
const KEEP = process.env.KEEP === '1' || process.env.REUSE === '1';
/** REUSE=1 keeps the forest of a previous KEEP run: generating it takes minutes on the shared machine. */
const REUSE = process.env.REUSE === '1';
const GOAL_MS = 100;

interface Row {
  engine: string;
  scale: string;
  case: string;
  rounds: number;
  p50: number;
  p95: number;
  max: number;
  result: string;
}

async function openFresh(engine: 'server' | 'embedded'): Promise<{ database: Database; reused: boolean; cleanup: () => Promise<void> }> {
  if (engine === 'embedded') {
    const dir = await mkdtemp(path.join(tmpdir(), 'prasan-bench-align-'));
    const database = await openEmbedded({ dataDir: dir });
    return {
      database,
      reused: false,
      cleanup: async () => {
        await database.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const reused = REUSE && (await holdsForest());
  return { ...(await scratchServerDatabase(ADMIN_URL, BENCH_DB, { reuse: reused, keep: KEEP })), reused };
}

/** Whether BENCH_DB exists and already holds a generated forest (so REUSE=1 can skip generating). */
async function holdsForest(): Promise<boolean> {
  const admin = await openServer(ADMIN_URL, 1);
  const exists = (await sql<{ n: number }>`select count(*)::int as n from pg_database where datname = ${BENCH_DB}`.execute(admin.db)).rows[0].n > 0;
  await admin.close();
  if (!exists) return false;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${BENCH_DB}`;
  const probe = await openServer(url.toString(), 1);
  const found = await sql`select 1 from organisations where code = 'BENCH-root-1'`.execute(probe.db).then(
    (r) => r.rows.length > 0,
    () => false,
  );
  await probe.close();
  return found;
}

/** Times `call` over the given inputs (one warm-up call first), stopping early past the budget. */
async function measure(inputs: string[], call: (id: string) => Promise<string>) {
  await call(inputs[0]);
  const times: number[] = [];
  let result = '';
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    result = await call(inputs[i % inputs.length]);
    times.push(performance.now() - t);
    if (times.length >= 3 && performance.now() - started > BUDGET_MS) break;
  }
  times.sort((a, b) => a - b);
  return { rounds: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, result };
}

async function benchEngine(engine: 'server' | 'embedded'): Promise<Row[]> {
  const elements = Number(process.env.ELEMENTS ?? (engine === 'embedded' ? 100_000 : 500_000));
  const linkages = Number(process.env.LINKAGES ?? (engine === 'embedded' ? 200_000 : 1_000_000));
  const { database, reused, cleanup } = await openFresh(engine);
  try {
    const db = database.db;
    let t = performance.now();
    await migrate(database);
    await seedReference(database);
    console.log(`[${engine}] migrated + reference seed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    // The forest is a bulk load: by default it goes in with the alignment triggers off and the
    // state is then built from scratch by plan_alignment_rebuild() (what the migration does on an
    // existing database); FOREST_TRIGGERS=1 loads it through the triggers instead.
    const bulkTriggers = ['plan_elements.plan_alignment_elements_inserted', 'plan_linkages.plan_alignment_linkages_inserted'];
    const toggle = (on: boolean) =>
      database.exec(
        bulkTriggers
          .map((x) => {
            const [table, trigger] = x.split('.');
            return `alter table ${table} ${on ? 'enable' : 'disable'} trigger ${trigger};`;
          })
          .join('\n'),
      );
    const throughTriggers = process.env.FOREST_TRIGGERS === '1';
    if (!throughTriggers && !reused) await toggle(false);
    const facts = reused ? await forestFacts(database) : await generateForest(database, { elements, linkages });
    if (reused) {
      // statistics for tables a new migration created or backfilled
      await database.exec('vacuum analyze plans, plan_alignment_counts, plan_alignment_public_kinds, plan_alignment_public_levels, plan_alignment_public_orgs');
      console.log(`[${engine}] reusing the forest kept in ${BENCH_DB}`);
    } else if (!throughTriggers) {
      await toggle(true);
      t = performance.now();
      await database.exec('select plan_alignment_rebuild()');
      await database.exec(
        'vacuum analyze plan_alignment_reach, plan_alignment_counts, plan_alignment_unserved, plan_alignment_orphans, plan_alignment_public_kinds, plan_alignment_public_levels, plan_alignment_public_orgs',
      );
      console.log(
        `[${engine}] forest loaded without the alignment triggers; plan_alignment_rebuild() + vacuum analyze in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
    } else {
      console.log(`[${engine}] forest loaded through the alignment triggers (time included below)`);
    }
    const scale = `${facts.elements.toLocaleString('en')} el / ${facts.linkages.toLocaleString('en')} lk`;
    console.log(
      `[${engine}] forest: ${facts.organisations} organisations, ${facts.plans} plans, ${scale} in ${facts.seconds.toFixed(1)} s (asked ${elements}/${linkages})`,
    );

    // a viewer at the synthetic government root: reads everything, as a national planner would
    const root = await db.selectFrom('organisations').select(['id', 'path']).where('code', '=', 'BENCH-root-1').executeTakeFirstOrThrow();
    const actor: Actor = {
      userId: '00000000-0000-0000-0000-0000000000be',
      email: 'bench@prasan.local',
      name: 'bench',
      locale: 'en',
      via: 'session',
      memberships: [{ organisationId: root.id, organisationPath: root.path, role: 'viewer' }],
    };
    const plans = createPlansService(db);
    const pick = async (planCode: string, kind: string, limit: number) =>
      (
        await sql<{
          id: string;
        }>`select e.id from plan_elements e join plans p on p.id = e.plan_id where p.code like ${planCode} and e.kind = ${kind} order by md5(e.id::text) limit ${limit}`.execute(
          db,
        )
      ).rows.map((r) => r.id);
    const national = await pick('NS-2561-2580', 'strategy', 6);
    const province = await pick('BENCH-province-%', 'strategy', 20);
    const community = await pick('BENCH-community-%', 'project', 20);

    const rows: Row[] = [];
    const run = async (name: string, inputs: string[], call: (id: string) => Promise<string>) => {
      t = performance.now();
      const m = await measure(inputs, call);
      rows.push({ engine, scale, case: name, ...m });
      console.log(`[${engine}] ${name}: p50 ${m.p50.toFixed(0)} ms, p95 ${m.p95.toFixed(0)} ms (${m.rounds} rounds; ${m.result})`);
    };
    const align = (opts: { coverage: boolean; orphans: boolean }) => async (id: string) => {
      const a = await plans.alignment(actor, id, { limit: 20, offset: 0, ...opts });
      return `${a.total} contributors${a.coverage ? `, ${a.coverage.covered}/${a.coverage.strategies} strategies covered` : ''}${a.orphans ? `, ${a.orphans.total} orphans` : ''}`;
    };
    await run('national strategy, counts only', national, align({ coverage: false, orphans: false }));
    await run('national strategy, full', national, align({ coverage: true, orphans: true }));
    await run('province strategy, full', province, align({ coverage: true, orphans: true }));
    await run('community project chain', community, async (id) => {
      const c = await plans.chain(actor, id);
      return `${c.nodes.length} nodes, ${c.paths.length} paths${c.truncated ? ' (truncated)' : ''}`;
    });
    await run('national contributors page, offset 0', national, async (id) => {
      const a = await plans.alignment(actor, id, { limit: 50, offset: 0, coverage: false, orphans: false });
      return `${a.contributors.items.length} of ${a.contributors.total}`;
    });
    // deep pages: 100,000 projects in (or half of them on a smaller forest), 5,000 organisations in (or half)
    const shape = await plans.alignment(actor, national[0], { limit: 0, offset: 0, kind: 'project', coverage: false, orphans: false });
    const deep = Math.min(100_000, Math.floor(shape.contributors.total / 2));
    const deepOrganisations = Math.min(5000, Math.floor(shape.organisationTotal / 2));
    await run(`national projects page, offset ${deep}`, national, async (id) => {
      const a = await plans.alignment(actor, id, { limit: 50, offset: deep, kind: 'project', coverage: false, orphans: false });
      return `${a.contributors.items.length} of ${a.contributors.total}`;
    });
    // the same page through a contributor cursor (the cursor of that position, found once per hub)
    const cursors = new Map<string, string>();
    for (const id of national) {
      const at = await sql<{
        c: string;
      }>`select level_rank || ':' || element_id as c from plan_alignment_reach where hub_id = ${id} and kind = 'project' and element_id <> ${id}
        order by level_rank desc, element_id offset ${deep - 1} limit 1`.execute(db);
      cursors.set(id, at.rows[0]?.c ?? '');
    }
    await run(`national projects page, cursor at ${deep}`, national, async (id) => {
      const a = await plans.alignment(actor, id, {
        limit: 50,
        offset: 0,
        after: cursors.get(id) || undefined,
        kind: 'project',
        coverage: false,
        orphans: false,
      });
      return `${a.contributors.items.length} of ${a.contributors.total}`;
    });
    await run(`national organisations page, offset ${deepOrganisations}`, national, async (id) => {
      const o = await plans.alignmentOrganisations(actor, id, { limit: 50, offset: deepOrganisations });
      return `${o.items.length} of ${o.total} organisations`;
    });
    // Readability per request: some district plans turned draft (the viewer at the root reads them
    // through its membership, an anonymous reader does not); restored afterwards.
    const drafts = (await sql<{ id: string }>`select id from plans where code like 'BENCH-district-%' order by code limit 20`.execute(db)).rows.map(
      (r) => r.id,
    );
    await db.updateTable('plans').set({ status: 'draft' }).where('id', 'in', drafts).execute();
    try {
      await run('national strategy, full, 20 draft plans (readable)', national, align({ coverage: true, orphans: true }));
      await run('national strategy, full, 20 draft plans (anonymous)', national, async (id) => {
        const a = await plans.alignment(null, id, { limit: 20, offset: 0, coverage: true, orphans: true });
        return `${a.total} contributors, ${a.coverage?.covered}/${a.coverage?.strategies} strategies covered, ${a.orphans?.total} orphans`;
      });
    } finally {
      await db.updateTable('plans').set({ status: 'approved' }).where('id', 'in', drafts).execute();
    }

    // write cost of the maintained alignment state: each statement alone, rolled back
    for (const c of process.env.WRITES === '0' ? [] : await writeCases(db, ROUNDS)) {
      if (c.statements.length === 0) continue;
      for (const triggers of [false, true]) {
        const name = `${c.name} (${triggers ? 'with' : 'without'} alignment triggers)`;
        await timedWrite(db, c.statements[0], triggers);
        const times = [];
        const started = performance.now();
        for (const statement of c.statements) {
          times.push(await timedWrite(db, statement, triggers));
          if (times.length >= 3 && performance.now() - started > BUDGET_MS) break;
        }
        times.sort((a, b) => a - b);
        rows.push({ engine, scale, case: name, rounds: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, result: '' });
        console.log(`[${engine}] ${name}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${times.length} rounds)`);
      }
    }
    const size = await sql<{ reach: number; bytes: string }>`select (select count(*)::int from plan_alignment_reach) as reach,
      pg_size_pretty(pg_total_relation_size('plan_alignment_reach') + pg_total_relation_size('plan_alignment_counts')
        + pg_total_relation_size('plan_alignment_unserved') + pg_total_relation_size('plan_alignment_orphans')) as bytes`.execute(db);
    console.log(`[${engine}] maintained alignment state: ${size.rows[0].reach.toLocaleString('en')} reach rows, ${size.rows[0].bytes} with indexes`);
    return rows;
  } finally {
    await cleanup();
  }
}

console.log(`alignment benchmark: engine ${ENGINE}, ${ROUNDS} rounds, load average at start ${loadavg()[0].toFixed(1)} on the shared machine`);
const rows: Row[] = [];
for (const engine of ENGINE === 'both' ? (['server', 'embedded'] as const) : [ENGINE as 'server' | 'embedded']) rows.push(...(await benchEngine(engine)));

const ms = (x: number) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`;
const table = [
  ['engine', 'scale', 'case', 'rounds', 'p50', 'p95', 'max', 'goal p95 < 100 ms'],
  ...rows.map((r) => [
    r.engine,
    r.scale,
    r.case,
    String(r.rounds),
    ms(r.p50),
    ms(r.p95),
    ms(r.max),
    r.case.includes('alignment triggers') ? '' : r.engine === 'server' ? (r.p95 < GOAL_MS ? 'met' : 'NOT met') : '(server goal)',
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log('');
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, c) => cell.padEnd(widths[c])).join(' | '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
}
console.log(`load average at end ${loadavg()[0].toFixed(1)}`);
