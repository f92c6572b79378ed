/**
 * The synthetic national shape for bench/rollups.ts, generated set-based in the database
 * (INSERT … SELECT generate_series, never row by row). At SCALE=1: 100,000 organisations
 * (a root, 77 provincial, 928 district and the rest local), 2,000,000 projects in 77 province
 * plans, one indicator per project contributing to its province strategy's indicator and on to a
 * national one, and 10,000,000 measurements (four verified quarters per project plus one corrected
 * value kept as history), and a national percentage indicator broken down by subdistrict.
 */
import { sql } from 'kysely';
import type { Db } from '../src/server/db/database.js';

export interface BenchShape {
  organisations: number;
  projects: number;
  locals: number;
}

export const shapeFor = (scale: number): BenchShape => {
  const organisations = Math.max(1200, Math.round(100_000 * scale));
  return { organisations, projects: Math.max(1000, Math.round(2_000_000 * scale)), locals: organisations - 1006 };
};

const id = (prefix: string, n: unknown) => sql`md5(${prefix}::text || (${n})::text)::uuid`;

export async function generate(db: Db, shape: BenchShape, log: (s: string) => void): Promise<void> {
  const step = async (name: string, query: ReturnType<typeof sql>) => {
    const t = performance.now();
    await query.execute(db);
    log(`  ${name} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await step(
    'organisations',
    sql`
    with root as (
      insert into organisations (id, code, kind, tier, path, depth, name_th, name_en)
      values (${id('o', 0)}, 'B-0', 'ministry', 'central', '/' || ${id('o', 0)} || '/', 0, 'ราก', 'Bench root') returning id, path
    ), prov as (
      insert into organisations (id, code, kind, tier, parent_id, path, depth, name_th, name_en)
      select ${id('o', sql`g`)}, 'B-' || g, 'provincial_office', 'regional', root.id, root.path || ${id('o', sql`g`)} || '/', 1, 'จังหวัด ' || g, 'Province ' || g
      from root, generate_series(1, 77) g returning id, path
    ), dist as (
      insert into organisations (id, code, kind, tier, parent_id, path, depth, name_th, name_en)
      select ${id('o', sql`g`)}, 'B-' || g, 'district_office', 'regional', prov.id, prov.path || ${id('o', sql`g`)} || '/', 2, 'อำเภอ ' || g, 'District ' || g
      from generate_series(78, 1005) g join prov on prov.id = ${id('o', sql`1 + g % 77`)} returning id, path
    )
    insert into organisations (id, code, kind, tier, parent_id, path, depth, name_th, name_en)
    select ${id('o', sql`g`)}, 'B-' || g, 'subdistrict_administration', 'local', dist.id, dist.path || ${id('o', sql`g`)} || '/', 3, 'อปท. ' || g, 'Local ' || g
    from generate_series(1006, ${shape.organisations - 1}) g join dist on dist.id = ${id('o', sql`78 + g % 928`)}`,
  );

  await step(
    'plans and strategies',
    sql`
    with plans_in as (
      insert into plans (id, family_id, owner_organisation_id, level_code, level_rank, fy_start, fy_end, title_th, title_en, status)
      select ${id('p', sql`g`)}, ${id('p', sql`g`)}, ${id('o', sql`g`)}, case when g = 0 then 'national_strategy' else 'province' end,
        (select rank from plan_levels where code = case when g = 0 then 'national_strategy' else 'province' end), 2568, 2570, 'แผน ' || g, 'Plan ' || g, 'active'
      from generate_series(0, 77) g returning id
    )
    insert into plan_elements (id, plan_id, lineage_id, kind, title_th, title_en, lead_organisation_id)
    select ${id('s', sql`g`)}, ${id('p', sql`g`)}, ${id('s', sql`g`)}, 'strategy', 'ยุทธศาสตร์ ' || g, 'Strategy ' || g, ${id('o', sql`g`)}
    from generate_series(0, 77) g where (select count(*) from plans_in) > 0`,
  );

  // project g: local organisation L = 1006 + g % locals, its district 78 + L % 928, its province 1 + district % 77
  const local = sql`(1006 + g % ${shape.locals})`;
  const province = sql`(1 + (78 + ${local} % 928) % 77)`;
  // The plans' alignment trigger is off for this one load: it walks every inserted id through
  // `= any(array)` look-ups, and with 2,000,000 ids in one statement it did not finish in 20 minutes.
  // Alignment is not what this bench measures (bench/alignment*.ts does); the roll-ups never read it.
  await db.transaction().execute(async (trx) => {
    await sql`alter table plan_elements disable trigger plan_alignment_elements_inserted`.execute(trx);
    const t = performance.now();
    await sql`
      insert into plan_elements (id, plan_id, parent_id, lineage_id, kind, title_th, title_en, lead_organisation_id)
      select ${id('e', sql`g`)}, ${id('p', province)}, ${id('s', province)}, ${id('e', sql`g`)}, 'project', 'โครงการ ' || g, 'Project ' || g, ${id('o', local)}
      from generate_series(1, ${shape.projects}) g`.execute(trx);
    log(`  ${shape.projects} projects (alignment trigger off) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await sql`alter table plan_elements enable trigger plan_alignment_elements_inserted`.execute(trx);
  });

  await step(
    'indicators',
    sql`
    insert into indicators (id, element_id, plan_id, name_th, name_en, kind, unit, direction, rollup_rule, responsible_organisation_id, area_breakdown, contributes_to_indicator_id, contribution_weight)
    select ${id('i', "'n'")}, ${id('s', 0)}, ${id('p', 0)}, 'ผู้รับบริการ', 'People served', 'outcome', 'count', 'up', 'sum', ${id('o', 0)}, null::text, null::uuid, 100
    union all
    select ${id('i', "'a'")}, ${id('s', 0)}, ${id('p', 0)}, 'ร้อยละครัวเรือน', 'Households reached (%)', 'outcome', 'percent', 'up', 'mean', ${id('o', 0)}, 'subdistrict', null, 100
    union all
    select ${id('i', sql`'p' || g`)}, ${id('s', sql`g`)}, ${id('p', sql`g`)}, 'ผู้รับบริการ จ. ' || g, 'People served, province ' || g, 'outcome', 'count', 'up', 'sum', ${id('o', sql`g`)}, null, ${id('i', "'n'")}, 100
    from generate_series(1, 77) g`,
  );
  await step(
    `${shape.projects} project indicators`,
    sql`
    insert into indicators (id, element_id, plan_id, name_th, name_en, kind, unit, direction, rollup_rule, responsible_organisation_id, contributes_to_indicator_id, contribution_weight)
    select ${id('i', sql`g`)}, ${id('e', sql`g`)}, ${id('p', province)}, 'ผลผลิต', 'Output', 'output', 'count', 'up', 'sum', ${id('o', local)}, ${id('i', sql`'p' || ${province}`)}, 1 + g % 100
    from generate_series(1, ${shape.projects}) g`,
  );
  await step(
    'targets',
    sql`
    insert into indicator_targets (indicator_id, period, value)
    select ${id('i', "'n'")}, '2569-Q' || q, ${shape.projects} * 50 from generate_series(1, 4) q
    union all select ${id('i', "'a'")}, y || '-Q' || q, 60 from generate_series(1, 4) q, generate_series(2568, 2569) y
    union all select ${id('i', sql`'p' || g`)}, '2569-Q' || q, ${Math.round(shape.projects / 77) * 50} from generate_series(1, 4) q, generate_series(1, 77) g`,
  );

  // four verified quarters per project, then one earlier value of Q1 kept as the superseded history row
  const chunk = 250_000;
  for (let from = 1; from <= shape.projects; from += chunk) {
    const to = Math.min(shape.projects, from + chunk - 1);
    await step(
      `measurements of projects ${from}–${to}`,
      sql`
      insert into measurements (id, indicator_id, period, organisation_id, value, status, seq, verified_at)
      select ${id('m', sql`g || '-' || q`)}, ${id('i', sql`g`)}, '2569-Q' || q, ${id('o', local)}, (g * 7 + q * 13) % 100, 'verified', nextval('measurement_seq'), now()
      from generate_series(${from}::int, ${to}::int) g, generate_series(1, 4) q`,
    );
    await step(
      '  history rows',
      sql`
      insert into measurements (id, indicator_id, period, organisation_id, value, status, seq, verified_at, superseded_by)
      select ${id('m', sql`g || '-old'`)}, ${id('i', sql`g`)}, '2569-Q1', ${id('o', local)}, (g * 3) % 100, 'verified', nextval('measurement_seq'), now(), ${id('m', sql`g || '-1'`)}
      from generate_series(${from}::int, ${to}::int) g`,
    );
  }
  await step(
    'subdistrict measurements',
    sql`
    insert into measurements (indicator_id, period, area_code, organisation_id, value, status, seq, verified_at)
    select ${id('i', "'a'")}, y || '-Q' || q, a.code, ${id('o', 0)}, (hashtext(a.code || q || y) & 1023) % 101, 'verified', nextval('measurement_seq'), now()
    from areas a, generate_series(1, 4) q, generate_series(2568, 2569) y where a.level = 'subdistrict'`,
  );
}
