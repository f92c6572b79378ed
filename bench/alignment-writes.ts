/**
 * What the maintained alignment state costs a write (used by bench/alignment.ts): a linkage insert
 * or delete timed as one statement inside a transaction that is rolled back (so every round sees the
 * same graph), with the alignment triggers on ("after") and disabled in that transaction ("before",
 * the cost of the write alone). The source_kind fill trigger stays on in both.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../src/server/db/database.js';

const ALIGNMENT_TRIGGERS = ['plan_alignment_linkages_inserted', 'plan_alignment_linkages_deleted', 'plan_alignment_linkages_updated'];

class Rollback extends Error {}

/** Milliseconds of `statement` alone, in a transaction rolled back afterwards. */
export async function timedWrite(db: Db, statement: RawBuilder<unknown>, triggers: boolean): Promise<number> {
  let ms = 0;
  try {
    await db.transaction().execute(async (trx) => {
      if (!triggers) await sql.raw(`alter table plan_linkages ${ALIGNMENT_TRIGGERS.map((t) => `disable trigger ${t}`).join(', ')}`).execute(trx);
      const t = performance.now();
      await statement.execute(trx);
      ms = performance.now() - t;
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return ms;
}

export interface WriteCase {
  name: string;
  statements: RawBuilder<unknown>[];
}

/** New linkages (not yet there) and existing ones to delete, at three heights of the chain. */
export async function writeCases(db: Db, count: number): Promise<WriteCase[]> {
  const pairs = async (sourcePlan: string, sourceKind: string, targetPlan: string, targetKind: string) =>
    (
      await sql<{ s: string; t: string }>`
      select s.id as s, t.id as t from
        (select e.id, row_number() over (order by md5(e.id::text)) as i from plan_elements e join plans p on p.id = e.plan_id
         where p.code like ${sourcePlan} and e.kind = ${sourceKind} order by md5(e.id::text) limit ${count}) s
        join (select e.id, row_number() over (order by md5(e.id::text)) as i from plan_elements e join plans p on p.id = e.plan_id
         where p.code like ${targetPlan} and e.kind = ${targetKind} order by md5(e.id::text) limit ${count}) t on t.i = s.i
      where not exists (select 1 from plan_linkages l where l.source_element_id = s.id and l.target_element_id = t.id)`.execute(db)
    ).rows;
  const existing = async (sourcePlan: string, sourceKind: string, targetPlan: string) =>
    (
      await sql<{ id: string }>`
      select l.id from plan_linkages l join plans sp on sp.id = l.source_plan_id join plans tp on tp.id = l.target_plan_id
      where sp.code like ${sourcePlan} and l.source_kind = ${sourceKind} and tp.code like ${targetPlan}
      order by md5(l.id::text) limit ${count}`.execute(db)
    ).rows;
  const insert = (rows: { s: string; t: string }[]) =>
    rows.map(
      (r) => sql`
    insert into plan_linkages (source_element_id, target_element_id, source_plan_id, target_plan_id, mode, weight)
    select s.id, t.id, s.plan_id, t.plan_id, 'link', 50 from plan_elements s, plan_elements t where s.id = ${r.s}::uuid and t.id = ${r.t}::uuid`,
    );
  const remove = (rows: { id: string }[]) => rows.map((r) => sql`delete from plan_linkages where id = ${r.id}::uuid`);
  return [
    { name: 'insert community project → local project', statements: insert(await pairs('BENCH-community-%', 'project', 'BENCH-local-%', 'project')) },
    { name: 'insert district strategy → province tactic', statements: insert(await pairs('BENCH-district-%', 'strategy', 'BENCH-province-%', 'tactic')) },
    { name: 'insert province strategy → NS strategy', statements: insert(await pairs('BENCH-province-%', 'strategy', 'NS-2561-2580', 'strategy')) },
    { name: 'delete community project → local project', statements: remove(await existing('BENCH-community-%', 'project', 'BENCH-local-%')) },
    { name: 'delete district strategy → province tactic', statements: remove(await existing('BENCH-district-%', 'strategy', 'BENCH-province-%')) },
    { name: 'delete province strategy → NS strategy', statements: remove(await existing('BENCH-province-%', 'strategy', 'NS-2561-2580')) },
  ];
}
