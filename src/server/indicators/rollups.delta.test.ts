import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { RollupRule } from '../../shared/results.js';
import type { Db } from '../db/database.js';
import { useTestApp } from '../test-support/test-app.js';
import { TEST_ENGINE } from '../test-support/test-db.js';
import { markVerified } from './measurements.verify.js';
import { recomputeAllRollups } from './rollups.recompute.js';

const ctx = useTestApp();

/** Every stored column of the indicators' roll-ups, so a delta that drifts in any aggregate shows. */
async function stored(db: Db, ids: string[]) {
  const nodes = await db
    .selectFrom('rollup_nodes')
    .selectAll()
    .where('indicator_id', 'in', ids)
    .orderBy('indicator_id')
    .orderBy('period')
    .orderBy('axis')
    .orderBy('node')
    .execute();
  const tree = await db.selectFrom('rollup_indicators').selectAll().where('indicator_id', 'in', ids).orderBy('indicator_id').orderBy('period').execute();
  return { nodes, tree };
}

/** A root organisation with two children and a chain of indicators (the first contributes to the second, and so on). */
async function world(db: Db, rules: RollupRule[]) {
  const root = randomUUID();
  const kids = [randomUUID(), randomUUID()];
  await db
    .insertInto('organisations')
    .values({ id: root, code: `D-${root}`, kind: 'ministry', tier: 'central', path: `/${root}/`, depth: 0, name_th: 'ราก', name_en: 'root' })
    .execute();
  for (const id of kids)
    await db
      .insertInto('organisations')
      .values({ id, code: `D-${id}`, kind: 'department', tier: 'central', parent_id: root, path: `/${root}/${id}/`, depth: 1, name_th: 'x', name_en: 'x' })
      .execute();
  const element = await db.selectFrom('plan_elements').select(['id', 'plan_id']).limit(1).executeTakeFirstOrThrow();
  const ids = rules.map(() => randomUUID());
  for (const [i, rule] of [...rules.entries()].reverse()) {
    await db
      .insertInto('indicators')
      .values({
        id: ids[i]!,
        element_id: element.id,
        plan_id: element.plan_id,
        name_th: 'x',
        name_en: 'x',
        kind: 'output',
        unit: 'number',
        direction: 'up',
        rollup_rule: rule,
        responsible_organisation_id: root,
        contributes_to_indicator_id: ids[i + 1] ?? null,
        contribution_weight: 10 * (i + 1),
      })
      .execute();
  }
  const report = async (trx: Db, indicatorId: string, organisationId: string, value: number | string, area: string | null = null) => {
    const row = await trx
      .insertInto('measurements')
      .values({ indicator_id: indicatorId, period: '2569-Q1', area_code: area, organisation_id: organisationId, value, status: 'submitted' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await markVerified(trx, row.id, null);
  };
  return { root, kids, ids, report };
}

/** Runs `work`, then checks every stored aggregate against the set-based recomputation, and rolls back. */
async function expectEqualToRecomputation(work: (trx: Db) => Promise<string[]>) {
  const rollback = new Error('rollback');
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      const ids = await work(trx);
      const maintained = await stored(trx, ids);
      await recomputeAllRollups(trx);
      expect(maintained).toEqual(await stored(trx, ids));
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
}

describe('roll-ups kept by difference', () => {
  it('recomputes a node whose minimum was corrected away, and only then is it exact', async () => {
    await expectEqualToRecomputation(async (trx) => {
      const { root, ids, report } = await world(trx, ['min']);
      await report(trx, ids[0]!, root, 5, '410101');
      await report(trx, ids[0]!, root, 3, '410102');
      await report(trx, ids[0]!, root, 9, '410102');
      const province = await trx
        .selectFrom('rollup_nodes')
        .select(['n', 'value', 'min_v'])
        .where('indicator_id', '=', ids[0]!)
        .where('axis', '=', 'area')
        .where('node', '=', '41')
        .executeTakeFirstOrThrow();
      expect({ n: province.n, value: Number(province.value) }).toEqual({ n: 2, value: 5 });
      return ids;
    });
  });

  it('lowers a contribution maximum when the input holding it is corrected', async () => {
    await expectEqualToRecomputation(async (trx) => {
      const { root, kids, ids, report } = await world(trx, ['sum', 'max', 'latest']);
      await report(trx, ids[0]!, kids[0]!, 40);
      await report(trx, ids[1]!, root, 30);
      await report(trx, ids[2]!, root, 7);
      // the contribution of ids[0] held the max of ids[1]
      await report(trx, ids[0]!, kids[0]!, 10);
      const top = await trx.selectFrom('rollup_indicators').select('value').where('indicator_id', '=', ids[1]!).executeTakeFirstOrThrow();
      expect(Number(top.value)).toBe(30);
      return ids;
    });
  });

  it('moves a corrected value from the organisation that first reported it to the one that corrects it', async () => {
    await expectEqualToRecomputation(async (trx) => {
      const { kids, ids, report } = await world(trx, ['latest', 'weighted_mean']);
      await report(trx, ids[0]!, kids[0]!, '0.5', '410101');
      await report(trx, ids[0]!, kids[0]!, '12.50');
      // the latest value of the first organisation leaves it: its latest is the older one again
      await report(trx, ids[0]!, kids[1]!, 2);
      const nodes = await trx.selectFrom('rollup_nodes').select(['node', 'n', 'value']).where('indicator_id', '=', ids[0]!).where('axis', '=', 'org').execute();
      expect(nodes.find((r) => r.node === kids[0])).toMatchObject({ n: 1, value: '0.5' });
      expect(nodes.find((r) => r.node === kids[1])).toMatchObject({ n: 1, value: '2' });
      return ids;
    });
  });

  // PGlite is one session: only the server can run two verifications at once
  it.runIf(TEST_ENGINE === 'server')('counts both of two verifications that commit at the same time under one indicator', async () => {
    const { kids, ids, report } = await world(ctx.db, ['sum', 'sum']);
    let second: Promise<void> | undefined;
    await ctx.db.transaction().execute(async (trx) => {
      await report(trx, ids[0]!, kids[0]!, 4, '410101');
      second = ctx.db.transaction().execute((other) => report(other, ids[0]!, kids[1]!, 6, '410102'));
      // hold the first open until the second waits for it
      for (let i = 0; i < 200; i += 1) {
        const { rows } = await sql<{
          n: number;
        }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(ctx.db);
        if (rows[0]!.n > 0) break;
        await new Promise((r) => setTimeout(r, 25));
      }
    });
    await second;
    const maintained = await stored(ctx.db, ids);
    const national = maintained.tree.find((r) => r.indicator_id === ids[1]);
    expect(Number(national?.value)).toBe(10);
    await ctx.db.transaction().execute((trx) => recomputeAllRollups(trx));
    expect(maintained).toEqual(await stored(ctx.db, ids));
  });
});
