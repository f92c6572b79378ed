import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';
import { insertOrganisation } from './organisations.queries.js';

const ctx = useTestApp();

/** Every kept child count and the kept total, against a recount from scratch. */
async function mismatches() {
  const wrong = await sql<{ code: string }>`
    select o.code from organisations o
    where o.child_count <> (select count(*) from organisations c where c.parent_id = o.id)`.execute(ctx.db);
  const stats = await ctx.db.selectFrom('organisation_stats').select('total').executeTakeFirstOrThrow();
  const actual = await ctx.db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { wrongCodes: wrong.rows.map((r) => r.code), totalOff: Number(stats.total) - Number(actual.n) };
}

describe('kept organisation counts', () => {
  it('stay equal to a recount through bulk inserts, moves and deletes', async () => {
    expect(await mismatches()).toEqual({ wrongCodes: [], totalOff: 0 });
    const moi = await ctx.orgId('MOI');
    const kkn = await ctx.orgId('KKN-PO');
    // a bulk insert in one statement
    await sql`
      insert into organisations (id, code, kind, tier, parent_id, path, depth, name_th, name_en)
      select g.id, 'BULK-' || g.n, 'subdistrict_administration', 'local', p.id, p.path || g.id || '/', p.depth + 1, 'ทดสอบ ' || g.n, 'Bulk ' || g.n
      from organisations p, (select n, gen_random_uuid() as id from generate_series(1, 250) n) g
      where p.id = ${moi}`.execute(ctx.db);
    const child = await insertOrganisation(ctx.db, {
      code: 'ONE-MORE',
      kind: 'community',
      tier: 'community',
      parentId: kkn,
      nameTh: 'ชุมชน',
      nameEn: 'Community',
    });
    expect(await mismatches()).toEqual({ wrongCodes: [], totalOff: 0 });
    // moving many rows in one statement, some to the same new parent
    await ctx.db.updateTable('organisations').set({ parent_id: kkn }).where('code', 'like', 'BULK-1%').execute();
    expect(await mismatches()).toEqual({ wrongCodes: [], totalOff: 0 });
    await ctx.db.deleteFrom('organisations').where('code', 'like', 'BULK-%').execute();
    await ctx.db.deleteFrom('organisations').where('id', '=', child.id).execute();
    expect(await mismatches()).toEqual({ wrongCodes: [], totalOff: 0 });
  });

  it('answer the list totals', async () => {
    const all = (await ctx.app.inject({ method: 'GET', url: '/api/v1/organisations?limit=1' })).json();
    const actual = await ctx.db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(all.total).toBe(Number(actual.n));
    const moi = await ctx.orgId('MOI');
    const children = (await ctx.app.inject({ method: 'GET', url: `/api/v1/organisations?parent=${moi}&limit=1` })).json();
    const recount = await ctx.db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', moi)
      .executeTakeFirstOrThrow();
    expect(children.total).toBe(Number(recount.n));
    expect(children.total).toBeGreaterThan(1);
  });
});
