/**
 * Budget flow at national scale (issue 6): a scratch PostgreSQL database, the reference seed, a
 * synthetic country generated set-based on the server — 76 provinces, 100 local governments each,
 * province strategies linked to the National Strategy (60/40), local programmes linked to their
 * province's strategies, and SCALE project budget lines (4 per project: FY 2569 and 2570 × two
 * sources). Prints the one-off aggregate rebuild, the cost of a budget-line write that keeps the
 * aggregates, and p50/p95 of the budget flow for the national fiscal year 2569 and for one province.
 * Goal: p95 < 200 ms on the server at 2,000,000 lines.
 *
 * Run: npx tsx bench/budget-flow.ts
 * Env: SCALE (2000000 lines), ROUNDS (40), ADMIN_URL (postgres://postgres@127.0.0.1:5432/test),
 * BENCH_DB (prasan_bench_budget_flow), KEEP=1 (keep the database for EXPLAIN), REUSE=1 (measure a kept
 * database again after migrating it, without generating or rebuilding).
 */
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../src/server/auth/actor.js';
import { createBudgetsService } from '../src/server/budgets/budgets.service.js';
import { rebuildFlowAggregates } from '../src/server/budgets/use-cases/flow-aggregates.js';
import type { Database } from '../src/server/db/database.js';
import { migrate } from '../src/server/db/migrate.js';
import { seedReference } from '../src/server/seed/seed.js';
import { percentile, scratchServerDatabase } from './support.js';

const SCALE = Number(process.env.SCALE ?? 2_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 40);
const ADMIN_URL = process.env.ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DB = process.env.BENCH_DB ?? 'prasan_bench_budget_flow';
const REUSE = process.env.REUSE === '1';
const KEEP = process.env.KEEP === '1' || REUSE;
const PROVINCES = 76;
const LOCALS = Number(process.env.LOCALS ?? 7600);
const PROJECTS = Math.ceil(SCALE / 4);

const log = (label: string, started: number) => console.log(`${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1)} s`);

async function main() {
  const { database, cleanup } = await scratchServerDatabase(ADMIN_URL, BENCH_DB, { reuse: REUSE, keep: KEEP });
  const db = database.db;
  try {
    const t = performance.now();
    await migrate(database);
    if (!REUSE) await generate(database, t);
    await database.exec('analyze budget_flow_sources; analyze budget_flow_organisations; analyze budget_flow_strategy_totals; analyze budget_flow_totals;');

    const sizes = await sql<{
      totals: string;
      strategies: string;
    }>`select (select count(*) from budget_flow_totals where fiscal_year = 2569) as totals, (select count(*) from budget_flow_strategies where fiscal_year = 2569) as strategies`.execute(
      db,
    );
    console.log(`aggregate rows for FY 2569: ${sizes.rows[0]!.totals} totals, ${sizes.rows[0]!.strategies} strategy cells`);

    const budgets = createBudgetsService(db);
    // a budget-line write through the service, keeping the aggregates in its transaction
    const projects = (await sql<{ id: string }>`select id from plan_elements where kind = 'project' order by id limit 50`.execute(db)).rows.map((r) => r.id);
    const writes: number[] = [];
    for (const id of projects) {
      const w = performance.now();
      await budgets.createLine(SYSTEM_ACTOR, id, { fiscalYear: 2569, source: 'loan', allocated: '12345.67' });
      writes.push(performance.now() - w);
    }
    writes.sort((a, b) => a - b);
    console.log(
      `budget-line write (service, audit, aggregates)  p50 ${percentile(writes, 50).toFixed(1)} ms  p95 ${percentile(writes, 95).toFixed(1)} ms  (${writes.length} writes)`,
    );

    const province = (await sql<{ id: string }>`select id from organisations where code = 'BENCH-PROV-1'`.execute(db)).rows[0]!.id;
    for (const [label, query] of [
      ['flow, national FY 2569', { fy: 2569, maxOrganisations: 40 }],
      ['flow, one province FY 2569', { fy: 2569, maxOrganisations: 40, organisationId: province }],
      ['flow, national FY 2569, 500 organisations', { fy: 2569, maxOrganisations: 500 }],
    ] as const) {
      const flow = await budgets.flow(SYSTEM_ACTOR, query);
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const s = performance.now();
        await budgets.flow(SYSTEM_ACTOR, query);
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(44)} p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms  max ${times.at(-1)!.toFixed(1)} ms  (${ROUNDS} rounds, ${flow.nodes.length} nodes, ${flow.links.length} links)`,
      );
    }
    console.log(
      `scale ${SCALE} lines, PostgreSQL server, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await cleanup();
  }
}

/** A fresh country: reference seed, generated organisations, plans and lines, then one aggregate rebuild. */
async function generate(database: Database, started: number) {
  const db = database.db;
  let t = started;
  await seedReference(database);
  log('migrate + reference seed', t);

  t = performance.now();
  await database.exec(generateCountrySql());
  log(`generate ${LOCALS + PROVINCES} organisations, plans, linkages`, t);
  t = performance.now();
  await database.exec(`alter table budget_lines disable trigger budget_lines_keep_flow;
${generateProjectsSql()}
alter table budget_lines enable trigger budget_lines_keep_flow;
analyze;`);
  const lines = Number((await sql<{ n: string }>`select count(*) as n from budget_lines`.execute(db)).rows[0]!.n);
  log(`generate ${PROJECTS} projects, ${lines} budget lines`, t);

  t = performance.now();
  await db.transaction().execute((trx) => rebuildFlowAggregates(trx));
  await database.exec('analyze budget_flow_totals; analyze budget_flow_strategies; analyze budget_element_shares;');
  log('rebuild flow aggregates (after a plan change)', t);
}

const uuid = (expr: string) => `md5(${expr})::uuid`;

/** Organisations, province and local plans with their strategies, programmes and linkages. */
function generateCountrySql(): string {
  const prov = (p: string) => uuid(`'prov' || ${p}`);
  const local = (l: string) => uuid(`'local' || ${l}`);
  const provOf = (l: string) => `((${l} - 1) % ${PROVINCES} + 1)`;
  return `
insert into organisations (id, code, kind, tier, parent_id, path, depth, name_th, name_en)
select ${uuid("'bench-root'")}, 'BENCH-ROOT', 'member_state', 'central', null, '/' || ${uuid("'bench-root'")} || '/', 0, 'ประเทศ', 'Country';
insert into organisations (id, code, kind, tier, parent_id, path, depth, name_th, name_en)
select ${prov('p')}, 'BENCH-PROV-' || p, 'provincial_office', 'regional', ${uuid("'bench-root'")}, '/' || ${uuid("'bench-root'")} || '/' || ${prov('p')} || '/', 1, 'จังหวัด ' || p, 'Province ' || p
from generate_series(1, ${PROVINCES}) p;
insert into organisations (id, code, kind, tier, parent_id, path, depth, name_th, name_en)
select ${local('l')}, 'BENCH-LOCAL-' || l, 'municipality', 'local', ${prov(provOf('l'))}, '/' || ${uuid("'bench-root'")} || '/' || ${prov(provOf('l'))} || '/' || ${local('l')} || '/', 2, 'เทศบาล ' || l, 'Municipality ' || l
from generate_series(1, ${LOCALS}) l;

insert into plans (id, family_id, owner_organisation_id, level_code, level_rank, fy_start, fy_end, title_th, title_en, status)
select ${uuid("'pplan' || p")}, ${uuid("'pplan' || p")}, ${prov('p')}, 'province', 40, 2567, 2570, 'แผนจังหวัด ' || p, 'Province plan ' || p, 'active' from generate_series(1, ${PROVINCES}) p;
insert into plan_elements (id, lineage_id, plan_id, kind, sort_order, title_th, title_en)
select ${uuid("'pstrat' || p || '-' || s")}, ${uuid("'pstrat' || p || '-' || s")}, ${uuid("'pplan' || p")}, 'strategy', s, 'ยุทธศาสตร์ ' || s, 'Strategy ' || s
from generate_series(1, ${PROVINCES}) p, generate_series(1, 4) s;
-- each province strategy serves two National Strategy strategies, 60 % and 40 %
insert into plan_linkages (source_element_id, target_element_id, source_plan_id, target_plan_id, mode, weight)
select ${uuid("'pstrat' || p || '-' || s")}, ns.id, ${uuid("'pplan' || p")}, ns.plan_id, 'link', case when ns.code = 'NS' || ((p + s) % 6 + 1) then 60 else 40 end
from generate_series(1, ${PROVINCES}) p cross join generate_series(1, 4) s
join plan_elements ns on ns.code in ('NS' || ((p + s) % 6 + 1), 'NS' || ((p + s + 1) % 6 + 1)) and ns.parent_id is null;

insert into plans (id, family_id, owner_organisation_id, level_code, level_rank, fy_start, fy_end, title_th, title_en, status)
select ${uuid("'lplan' || l")}, ${uuid("'lplan' || l")}, ${local('l')}, 'local', 20, 2566, 2570, 'แผนท้องถิ่น ' || l, 'Local plan ' || l, 'approved' from generate_series(1, ${LOCALS}) l;
insert into plan_elements (id, lineage_id, plan_id, kind, sort_order, title_th, title_en)
select ${uuid("'lprog' || l || '-' || g")}, ${uuid("'lprog' || l || '-' || g")}, ${uuid("'lplan' || l")}, 'programme', g, 'แผนงาน ' || g, 'Programme ' || g
from generate_series(1, ${LOCALS}) l, generate_series(1, 2) g;
-- local programmes serve one strategy of their province, 50–100 %
insert into plan_linkages (source_element_id, target_element_id, source_plan_id, target_plan_id, mode, weight)
select ${uuid("'lprog' || l || '-' || g")}, ${uuid(`'pstrat' || ${provOf('l')} || '-' || ((l + g) % 4 + 1)`)}, ${uuid("'lplan' || l")}, ${uuid(`'pplan' || ${provOf('l')}`)}, 'link', 50 + l % 51
from generate_series(1, ${LOCALS}) l, generate_series(1, 2) g;`;
}

/** Projects under local programmes, four budget lines each (FY 2569 and 2570 × a state or province source and local revenue). */
function generateProjectsSql(): string {
  const localOf = `((j - 1) % ${LOCALS} + 1)`;
  return `
insert into plan_elements (id, lineage_id, plan_id, parent_id, kind, sort_order, title_th, title_en)
select ${uuid("'proj' || j")}, ${uuid("'proj' || j")}, ${uuid(`'lplan' || ${localOf}`)}, ${uuid(`'lprog' || ${localOf} || '-' || (j % 2 + 1)`)}, 'project', j, 'โครงการ ' || j, 'Project ' || j
from generate_series(1, ${PROJECTS}) j;
insert into budget_lines (element_id, plan_id, organisation_id, level_code, fiscal_year, source, requested, allocated, committed, disbursed)
select ${uuid("'proj' || j")}, ${uuid(`'lplan' || ${localOf}`)}, ${uuid(`'local' || ${localOf}`)}, 'local', fy,
  case when k = 1 then (array['state_budget', 'subsidy_grant', 'province_budget'])[j % 3 + 1] else 'local_revenue' end,
  a * 1.1, a, round(a * 0.8, 2), round(a * 0.5, 2)
from generate_series(1, ${PROJECTS}) j, (values (2569), (2570)) y(fy), (values (1), (2)) s(k),
  lateral (select round(((j::bigint * 7919 + fy * 31 + k * 17) % 100000000) / 100.0 + 1000, 2) as a) amount
limit ${SCALE};`;
}

await main();
