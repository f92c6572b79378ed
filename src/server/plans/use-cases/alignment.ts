import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import type { ElementRef } from '../linkages.schema.js';
import { requireReadableElement, requireReadablePlan } from '../plans.access.js';
import { readablePlanSql } from '../plans.queries.js';
import type { ElementKind } from '../plans.tables.js';
import { withUpwardFrom } from '../upward-walk.js';
import { contributorCursor, parseContributorCursor } from './contributor-cursor.js';
import { ALIGNMENT_HUB_RANK, hubAlignmentQuery, hubOrganisationsQuery, TOP_ORGANISATIONS } from './alignment-hub.js';

/** Columns of an ElementRef, from `e` (element) and `p` (plan). */
const REF = sql`e.id, e.kind, e.code, e.title_th as "titleTh", e.title_en as "titleEn", p.id as "planId", p.title_th as "planTitleTh",
  p.title_en as "planTitleEn", p.status as "planStatus", p.level_code as "levelCode", p.level_rank as "levelRank",
  p.owner_organisation_id as "ownerOrganisationId", e.lead_organisation_id as "leadOrganisationId"`;

/**
 * Everything that contributes to an element, in one statement: the recursive walk goes down the
 * tree (children) and down linkages (sources linked into a node), deduplicated by UNION so shared
 * sub-graphs are walked once. Each step is an index-only lookup (plan_elements_parent_idx,
 * plan_linkages_target_idx, both covering); counts and the requested page come back as one JSON
 * row. Organisation counts are by the owner of the contributing plan.
 */
const contributorsCte = (elementId: string) => sql`
  contrib(id, kind, plan_id) as (
    select e.id, e.kind, e.plan_id from plan_elements e where e.id = ${elementId}::uuid
    union
    select x.id, x.kind, x.plan_id from contrib c join lateral (
      select e.id, e.kind, e.plan_id from plan_elements e where e.parent_id = c.id
      union all
      select l.source_element_id, l.source_kind, l.source_plan_id from plan_linkages l where l.target_element_id = c.id
    ) x on true
  )`;

/**
 * `c`: the readable contributors of an element, with the owner organisation and level of their plan.
 * Readability is decided once per contributing plan (a few hundred, looked up by key) rather than by
 * hashing every plan and organisation against thousands of contributors.
 */
const readableContributorsCtes = (actor: Actor | null, elementId: string) => sql`
  ${contributorsCte(elementId)},
  c_plans as materialized (
    select p.id, p.owner_organisation_id as org_id, p.level_code, p.level_rank, p.status
    from (select distinct plan_id from contrib) cp join plans p on p.id = cp.plan_id join organisations o on o.id = p.owner_organisation_id
    where ${readablePlanSql(actor)}
  ),
  c as materialized (
    select ce.id, ce.kind, ce.plan_id, p.org_id, p.level_code, p.level_rank, p.status
    from contrib ce join c_plans p on p.id = ce.plan_id
    where ce.id <> ${elementId}::uuid
  )`;

/** Contributors by owner organisation, largest first (ties by id, so pages never overlap). */
const organisationRanking = sql`org_rank as materialized (select org_id, count(*)::int as n from c group by org_id)`;
const organisationPage = (limit: number, offset: number) => sql`
  (select coalesce(json_agg(json_build_object('organisationId', r.org_id, 'nameTh', o.name_th, 'nameEn', o.name_en, 'count', r.n) order by r.n desc, r.org_id), '[]')
   from (select org_id, n from org_rank order by n desc, org_id limit ${limit} offset ${offset}) r join organisations o on o.id = r.org_id)`;

/**
 * `after`: a contributor cursor (`<level rank>:<element id>`, the `next` of the previous page), so a
 * deep page is an index range scan rather than skipping `offset` rows; `offset` then counts from it.
 */
export interface AlignmentOptions {
  limit: number;
  offset: number;
  after?: string;
  kind?: ElementKind;
  coverage?: boolean;
  orphans?: boolean;
}

/**
 * The whole alignment of a non-hub element as a single JSON row (exported for EXPLAIN in benchmarks):
 * its contributors are walked, bounded by its size; coverage and orphans read the kept unserved and
 * orphan sets (alignment-closure.migration.ts), which hold for every element, not only hubs.
 */
export function alignmentQuery(actor: Actor | null, elementId: string, levelRank: number, query: AlignmentOptions) {
  const coverage = query.coverage !== false;
  const orphans = query.orphans !== false;
  const kindFilter = query.kind ? sql`and c.kind = ${query.kind}` : sql``;
  const after = parseContributorCursor(query.after);
  const afterFilter = after ? sql`and (c.level_rank < ${after.rank} or (c.level_rank = ${after.rank} and c.id > ${after.id}::uuid))` : sql``;
  return sql<{ data: Record<string, unknown> }>`
        with recursive ${readableContributorsCtes(actor, elementId)},
        -- an element some public project is at or below is served (the kept unserved set is the
        -- rest); readable private projects below may serve more: walked up, within the contributors
        served_private(id) as (
          select id from c where kind = 'project' and ${coverage} and not plan_status_is_public(status)
          union
          select x.up from served_private s join lateral (
            select e.parent_id as up from plan_elements e where e.id = s.id and e.parent_id is not null
            union all
            select l.target_element_id from plan_linkages l where l.source_element_id = s.id
          ) x on true
          where x.up in (select id from contrib)
        ),
        units as (
          select e.id, e.kind from plan_elements e where e.id = ${elementId}::uuid and e.kind in ('strategy','tactic')
          union all
          select c.id, c.kind from c where c.kind in ('strategy','tactic')
        ),
        gaps as materialized (
          select u.id, u.kind from units u
          where ${coverage} and exists (select 1 from plan_alignment_unserved x where x.element_id = u.id)
            and not exists (select 1 from served_private s where s.id = u.id)
        ),
        ${organisationRanking},
        -- orphans of the lower plans in scope, from the kept orphan set
        scope_plans as (select distinct plan_id from c where level_rank < ${levelRank} and ${orphans}),
        orphan as (select x.plan_id, x.element_id as id from plan_alignment_orphans x where x.plan_id in (select plan_id from scope_plans))
        select json_build_object(
          'total', (select count(*) from c),
          'byKind', (select coalesce(json_agg(json_build_object('kind', kind, 'count', n) order by kind), '[]') from (select kind, count(*) as n from c group by kind) k),
          'byLevel', (select coalesce(json_agg(json_build_object('levelCode', level_code, 'levelRank', level_rank, 'count', n) order by level_rank desc), '[]')
                      from (select level_code, level_rank, count(*) as n from c group by level_code, level_rank) l),
          'byOrganisation', ${organisationPage(TOP_ORGANISATIONS, 0)},
          'organisationTotal', (select count(*) from org_rank),
          'strategies', (select count(*) from units where kind = 'strategy'),
          'covered', (select count(*) from units where kind = 'strategy') - (select count(*) from gaps where kind = 'strategy'),
          'gapIds', (select coalesce(json_agg(id), '[]') from gaps),
          'orphanTotal', (select count(*) from orphan),
          'orphanIds', (select coalesce(json_agg(id), '[]') from (select id from orphan order by plan_id, id limit 50) o),
          'pageIds', (select coalesce(json_agg(id), '[]') from (select c.id from c where true ${kindFilter} ${afterFilter}
                      order by c.level_rank desc, c.id limit ${query.limit + 1} offset ${query.offset}) pg),
          'pageTotal', (select count(*) from c where true ${kindFilter})
        ) as data`;
}

/**
 * Runs the walk with JIT compilation off. The recursive CTEs have no useful row estimates (the
 * planner guessed millions of rows for the former orphan walk), so the estimated cost crosses
 * jit_above_cost and PostgreSQL spends seconds compiling expressions for a statement whose real
 * work is index lookups: measured with bench/alignment.ts, JIT was 5.6 s of an 8.4 s alignment at
 * 20,000 elements. `set local` keeps the setting to this one transaction (no-op on PGlite).
 */
function withoutJit<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local jit = off`.execute(trx);
    return work(trx);
  });
}

export function createAlignment(db: Db) {
  return {
    async alignment(actor: Actor | null, elementId: string, query: AlignmentOptions) {
      const { plan } = await requireReadableElement(db, actor, elementId);
      // hubs (National Strategy level and above) read the maintained state; the rest walk, bounded by their size
      const statement = plan.level_rank >= ALIGNMENT_HUB_RANK ? hubAlignmentQuery : alignmentQuery;
      const result = await withoutJit(db, (trx) => statement(actor, elementId, plan.level_rank, query).execute(trx));
      const d = result.rows[0].data as {
        total: number;
        byKind: { kind: ElementKind; count: number }[];
        byLevel: { levelCode: string; levelRank: number; count: number }[];
        byOrganisation: { organisationId: string; nameTh: string; nameEn: string; count: number }[];
        organisationTotal: number;
        strategies: number;
        covered: number;
        gapIds: string[];
        orphanTotal: number;
        orphanIds: string[];
        pageIds: string[];
        pageTotal: number;
      };
      const refs = await elementRefs(db, [elementId, ...d.gapIds, ...d.orphanIds, ...d.pageIds]);
      const pick = (ids: string[]) => ids.map((id) => refs.get(id)!).filter(Boolean);
      // one more id than the page was read, so whether a next page exists is known
      const items = pick(d.pageIds.slice(0, query.limit));
      const last = items.at(-1);
      return {
        element: refs.get(elementId)!,
        total: Number(d.total),
        byKind: d.byKind,
        byLevel: d.byLevel,
        byOrganisation: d.byOrganisation,
        organisationTotal: Number(d.organisationTotal),
        coverage:
          query.coverage === false
            ? null
            : {
                strategies: Number(d.strategies),
                covered: Number(d.covered),
                percent: d.strategies > 0 ? Math.round((1000 * d.covered) / d.strategies) / 10 : 0,
              },
        gaps: query.coverage === false ? null : pick(d.gapIds),
        orphans: query.orphans === false ? null : { total: Number(d.orphanTotal), items: pick(d.orphanIds) },
        contributors: { total: Number(d.pageTotal), items, next: d.pageIds.length > query.limit && last ? contributorCursor(last) : null },
      };
    },

    /** A page of an element's contributors by owner organisation (the alignment holds the first TOP_ORGANISATIONS). */
    async alignmentOrganisations(actor: Actor | null, elementId: string, page: { limit: number; offset: number }) {
      const { plan } = await requireReadableElement(db, actor, elementId);
      const statement =
        plan.level_rank >= ALIGNMENT_HUB_RANK
          ? hubOrganisationsQuery(actor, elementId, page)
          : sql<{ data: { total: number; items: { organisationId: string; nameTh: string; nameEn: string; count: number }[] } }>`
            with recursive ${readableContributorsCtes(actor, elementId)}, ${organisationRanking}
            select json_build_object('total', (select count(*) from org_rank), 'items', ${organisationPage(page.limit, page.offset)}) as data`;
      const { data } = (await withoutJit(db, (trx) => statement.execute(trx))).rows[0];
      return { total: Number(data.total), items: data.items };
    },

    /** Projects of one plan linked to nothing above (neither they nor any ancestor has a linkage). */
    async planOrphans(actor: Actor | null, planId: string, page: { limit: number; offset: number }): Promise<{ total: number; items: ElementRef[] }> {
      await requireReadablePlan(db, actor, planId);
      const rows = await sql<{ id: string; total: number }>`
        select o.element_id as id, count(*) over () as total from plan_alignment_orphans o join plan_elements e on e.id = o.element_id
        where o.plan_id = ${planId}::uuid order by e.sort_order, e.id limit ${page.limit} offset ${page.offset}`.execute(db);
      const refs = await elementRefs(
        db,
        rows.rows.map((r) => r.id),
      );
      return { total: Number(rows.rows[0]?.total ?? 0), items: rows.rows.map((r) => refs.get(r.id)!) };
    },

    /** The element and everything above it (tree parents and linkage targets), as a graph plus its paths. */
    async chain(actor: Actor | null, elementId: string) {
      await requireReadableElement(db, actor, elementId);
      const nodes = await sql<ElementRef & { parentId: string | null }>`
        ${withUpwardFrom(elementId)}
        select ${REF}, e.parent_id as "parentId" from up join plan_elements e on e.id = up.id join plans p on p.id = e.plan_id
        join organisations o on o.id = p.owner_organisation_id where ${readablePlanSql(actor)}
        order by p.level_rank desc, e.sort_order`.execute(db);
      const ids = new Set(nodes.rows.map((n) => n.id));
      const linkages = ids.size
        ? await db
            .selectFrom('plan_linkages')
            .select(['source_element_id', 'target_element_id', 'mode', 'weight'])
            .where('source_element_id', 'in', [...ids])
            .execute()
        : [];
      const edges = [
        ...nodes.rows
          .filter((n) => n.parentId && ids.has(n.parentId))
          .map((n) => ({ from: n.id, to: n.parentId!, kind: 'parent' as const, mode: null, weight: null })),
        ...linkages
          .filter((l) => ids.has(l.target_element_id))
          .map((l) => ({ from: l.source_element_id, to: l.target_element_id, kind: 'linkage' as const, mode: l.mode, weight: Number(l.weight) })),
      ];
      const { paths, truncated } = enumeratePaths(elementId, edges, 100);
      return { elementId, nodes: nodes.rows, edges, paths, truncated };
    },
  };
}

/** Every path from `start` upward to a node with no way further up; stops after `max` paths. */
function enumeratePaths(start: string, edges: { from: string; to: string }[], max: number) {
  const up = new Map<string, string[]>();
  for (const e of edges) up.set(e.from, [...(up.get(e.from) ?? []), e.to]);
  const paths: string[][] = [];
  let truncated = false;
  const walk = (node: string, path: string[]) => {
    if (paths.length >= max) {
      truncated = true;
      return;
    }
    const next = (up.get(node) ?? []).filter((n) => !path.includes(n));
    if (next.length === 0) paths.push(path);
    for (const n of next) walk(n, [...path, n]);
  };
  walk(start, [start]);
  return { paths, truncated };
}

async function elementRefs(db: Db, ids: string[]): Promise<Map<string, ElementRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await sql<ElementRef>`select ${REF} from plan_elements e join plans p on p.id = e.plan_id where e.id = any(${sql.val(unique)}::uuid[])`.execute(
    db,
  );
  return new Map(rows.rows.map((r) => [r.id, r]));
}
