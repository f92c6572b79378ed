/**
 * A synthetic national-shape plan forest for the alignment benchmark, generated with set-based SQL
 * (insert … select … generate_series) so half a million elements load in seconds, not hours.
 *
 * Shape at scale 1 (≈ 500,000 elements, ≈ 1,000,000 linkages), after the Thai chain of plans:
 * 20 ministries (plan: 5 strategies × 10 programmes × 20 projects), 76 provinces (4 strategies ×
 * 5 tactics × 25 projects), 878 districts (3 strategies × 40 projects), 7,850 local governments
 * (3 strategies × 12 projects) and 2,500 communities (10 projects). Linkages go upward only, into
 * plans of a higher level whose fiscal years overlap, and stay local below the province: a district
 * links into its own province's plan, a local government into its own district's, a community into
 * its own local government's. Ministries and provinces link into the national reference plans
 * (National Strategy, master plans) loaded by seedReference.
 */
import { sql } from 'kysely';
import type { Database } from '../src/server/db/database.js';

export interface ForestScale {
  elements: number;
  linkages: number;
}

/** Plans per level at scale 1 and the element shape of each plan. */
const BASE = { ministry: 20, province: 76, district: 878, local: 7850, community: 2500 };
const BASE_ELEMENTS = 500_068;
const BASE_LINKAGES = 1_000_000;

export interface ForestFacts {
  plans: number;
  elements: number;
  linkages: number;
  organisations: number;
  seconds: number;
}

export async function generateForest(database: Database, scale: ForestScale): Promise<ForestFacts> {
  const started = performance.now();
  const f = scale.elements / BASE_ELEMENTS;
  // linkage fan-out grows with the requested linkages per element (1M per 500k at scale 1)
  const r = scale.linkages / scale.elements / (BASE_LINKAGES / BASE_ELEMENTS);
  const k = (base: number) => Math.max(1, Math.round(base * r));
  const n = Object.fromEntries(Object.entries(BASE).map(([level, count]) => [level, Math.max(2, Math.round(count * f))])) as typeof BASE;
  const run = (text: string) => database.exec(text);

  // Organisations: a synthetic government root with ministries, provinces → districts → local
  // governments → communities, each with its materialised path. `bench_org` keeps the index of each
  // organisation within its level and the index of its parent, so linkages can stay local.
  await run(`
    create temp table bench_org as
      select gen_random_uuid() as id, 'root' as level, 1 as idx, null::int as parent_idx;
    insert into bench_org select gen_random_uuid(), 'ministry', i, 1 from generate_series(1, ${n.ministry}) i;
    insert into bench_org select gen_random_uuid(), 'province', i, 1 from generate_series(1, ${n.province}) i;
    insert into bench_org select gen_random_uuid(), 'district', i, 1 + (i - 1) % ${n.province} from generate_series(1, ${n.district}) i;
    insert into bench_org select gen_random_uuid(), 'local', i, 1 + (i - 1) % ${n.district} from generate_series(1, ${n.local}) i;
    insert into bench_org select gen_random_uuid(), 'community', i, 1 + (i - 1) % ${n.local} from generate_series(1, ${n.community}) i;
    create index on bench_org (level, idx);
    alter table bench_org add column parent_level text, add column path text, add column province_idx int, add column district_idx int, add column local_idx int;
    update bench_org set parent_level = case level when 'ministry' then 'root' when 'province' then 'root' when 'district' then 'province' when 'local' then 'district' when 'community' then 'local' end;
    update bench_org set path = '/' || id || '/' where level = 'root';
    update bench_org o set path = p.path || o.id || '/', province_idx = o.idx from bench_org p where p.level = 'root' and o.level in ('ministry', 'province');
    update bench_org o set path = p.path || o.id || '/', province_idx = p.idx, district_idx = o.idx from bench_org p where p.level = 'province' and o.level = 'district' and p.idx = o.parent_idx;
    update bench_org o set path = p.path || o.id || '/', province_idx = p.province_idx, district_idx = p.idx, local_idx = o.idx from bench_org p where p.level = 'district' and o.level = 'local' and p.idx = o.parent_idx;
    update bench_org o set path = p.path || o.id || '/', province_idx = p.province_idx, district_idx = p.district_idx, local_idx = p.idx from bench_org p where p.level = 'local' and o.level = 'community' and p.idx = o.parent_idx;
    insert into organisations (id, code, kind, tier, parent_id, path, depth, name_th, name_en)
      select o.id, 'BENCH-' || o.level || '-' || o.idx,
        case o.level when 'root' then 'government' when 'ministry' then 'ministry' when 'province' then 'provincial_office' when 'district' then 'district_office' when 'local' then 'local_government' else 'community' end,
        case o.level when 'root' then 'central' when 'ministry' then 'central' when 'province' then 'regional' when 'district' then 'regional' when 'local' then 'local' else 'community' end,
        p.id, o.path, array_length(string_to_array(trim(both '/' from o.path), '/'), 1) - 1,
        'หน่วยงาน ' || o.level || ' ' || o.idx, 'Bench ' || o.level || ' ' || o.idx
      from bench_org o left join bench_org p on p.level = o.parent_level and p.idx = o.parent_idx;
  `);

  // One approved plan per organisation below the root, at the organisation's level.
  await run(`
    create temp table bench_plan as
      select gen_random_uuid() as id, o.id as org_id, o.level, o.idx, o.province_idx, o.district_idx, o.local_idx from bench_org o where o.level <> 'root';
    create index on bench_plan (level, idx);
    insert into plans (id, family_id, code, owner_organisation_id, level_code, level_rank, fy_start, fy_end, title_th, title_en, status)
      select p.id, p.id, 'BENCH-' || p.level || '-' || p.idx, p.org_id, l.code, l.rank,
        case p.level when 'district' then 2567 when 'community' then 2568 else 2566 end, 2570,
        'แผน ' || p.level || ' ' || p.idx, 'Plan ' || p.level || ' ' || p.idx, 'approved'
      from bench_plan p join plan_levels l on l.code = p.level;
  `);

  // Element trees, one level of the tree per statement. `bench_el` remembers, per element, the
  // level and index of its plan so the linkage step can pick targets within the right group.
  await run(`
    create temp table bench_el (id uuid, plan_id uuid, parent_id uuid, kind text, level text, idx int, province_idx int, district_idx int, local_idx int, ord int);
    insert into bench_el select gen_random_uuid(), p.id, null, 'strategy', p.level, p.idx, p.province_idx, p.district_idx, p.local_idx, s
      from bench_plan p cross join generate_series(1, case p.level when 'ministry' then 5 when 'province' then 4 else 3 end) s where p.level <> 'community';
    insert into bench_el select gen_random_uuid(), e.plan_id, e.id, case e.level when 'ministry' then 'programme' else 'tactic' end, e.level, e.idx, e.province_idx, e.district_idx, e.local_idx, s
      from bench_el e cross join generate_series(1, case e.level when 'ministry' then 10 else 5 end) s where e.kind = 'strategy' and e.level in ('ministry', 'province');
    insert into bench_el select gen_random_uuid(), e.plan_id, e.id, 'project', e.level, e.idx, e.province_idx, e.district_idx, e.local_idx, s
      from bench_el e cross join generate_series(1, case e.level when 'ministry' then 20 when 'province' then 25 when 'district' then 40 else 12 end) s
      where (e.kind in ('programme', 'tactic')) or (e.kind = 'strategy' and e.level in ('district', 'local'));
    insert into bench_el select gen_random_uuid(), p.id, null, 'project', p.level, p.idx, p.province_idx, p.district_idx, p.local_idx, s
      from bench_plan p cross join generate_series(1, 10) s where p.level = 'community';
    insert into plan_elements (id, lineage_id, plan_id, parent_id, kind, sort_order, title_th, title_en, code)
      select id, id, plan_id, parent_id, kind, ord, kind || ' ' || ord, kind || ' ' || ord, null from bench_el;
  `);

  // Reference targets (the national plans from seedReference) join bench_el as level 'national'.
  await run(`
    insert into bench_el select e.id, e.plan_id, e.parent_id, e.kind, p.code, 1, null, null, null, e.sort_order
      from plan_elements e join plans p on p.id = e.plan_id where p.code in ('NS-2561-2580', 'MP-2566-2580') and e.kind = 'strategy';
  `);

  // Upward linkages: each source element gets `per` linkages to random targets in its group.
  // The group is the whole target level (group 1) or the source's own province/district/local.
  const link = async (from: [string, string], to: [string, string], per: number, group: string) => {
    await run(`
      create temp table bench_t as select id, plan_id, ${group === 'all' ? 1 : group} as grp, row_number() over (partition by ${group === 'all' ? 1 : group} order by id)::int as rn
        from bench_el where level = '${to[0]}' and kind = '${to[1]}';
      create temp table bench_n as select grp, count(*)::int as n from bench_t group by grp;
      create index on bench_t (grp, rn);
      insert into plan_linkages (source_element_id, target_element_id, source_plan_id, target_plan_id, source_kind, mode, weight)
        select s.id, t.id, s.plan_id, t.plan_id, '${from[1]}', 'link', 50 from (
          select e.id, e.plan_id, e.grp, 1 + floor(random() * z.n)::int as pick
          from (select id, plan_id, ${group === 'all' ? 1 : group} as grp from bench_el where level = '${from[0]}' and kind = '${from[1]}') e
          cross join generate_series(1, ${per}) i
          join bench_n z on z.grp = e.grp offset 0) s
        join bench_t t on t.grp = s.grp and t.rn = s.pick
        on conflict do nothing;
      drop table bench_t; drop table bench_n;
    `);
  };
  await link(['ministry', 'strategy'], ['NS-2561-2580', 'strategy'], 2, 'all');
  await link(['ministry', 'programme'], ['MP-2566-2580', 'strategy'], 1, 'all');
  await link(['province', 'strategy'], ['NS-2561-2580', 'strategy'], 1, 'all');
  await link(['province', 'strategy'], ['ministry', 'programme'], 2, 'all');
  await link(['province', 'tactic'], ['ministry', 'programme'], 2, 'all');
  await link(['province', 'project'], ['ministry', 'project'], 1, 'all');
  await link(['district', 'strategy'], ['province', 'tactic'], k(2), 'province_idx');
  await link(['district', 'project'], ['province', 'project'], k(3), 'province_idx');
  await link(['local', 'strategy'], ['district', 'strategy'], k(2), 'district_idx');
  await link(['local', 'project'], ['district', 'project'], k(2), 'district_idx');
  await link(['community', 'project'], ['local', 'project'], 1, 'local_idx');
  await run('drop table bench_el; drop table bench_plan; drop table bench_org;');
  // as autovacuum would after a bulk load: statistics, and the visibility map for index-only scans
  await run('vacuum analyze');
  return forestFacts(database, started);
}

/** What the database holds now (also for a forest kept from an earlier run). */
export async function forestFacts(database: Database, started = performance.now()): Promise<ForestFacts> {
  const count = async (table: 'plans' | 'plan_elements' | 'plan_linkages' | 'organisations') =>
    Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db)).rows[0].n);
  return {
    plans: await count('plans'),
    elements: await count('plan_elements'),
    linkages: await count('plan_linkages'),
    organisations: await count('organisations'),
    seconds: (performance.now() - started) / 1000,
  };
}
