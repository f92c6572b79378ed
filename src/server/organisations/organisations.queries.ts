import { randomUUID } from 'node:crypto';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { findAreas } from '../areas/areas.queries.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/tables.js';
import { likeEscape, parseSort } from '../http/list.js';
import type { OrganisationDetail, OrganisationRef, OrganisationsQuery, OrganisationSummary } from './organisations.schema.js';
import type { OrganisationKind, Tier } from './organisations.tables.js';

export interface NewOrganisation {
  id?: string;
  code: string;
  kind: OrganisationKind;
  tier: Tier;
  parentId: string | null;
  nameTh: string;
  nameEn: string;
  abbreviation?: string | null;
  countryCode?: string | null;
  website?: string | null;
}

/** Inserts one organisation, computing its materialised path from its parent's. */
export async function insertOrganisation(db: Db, input: NewOrganisation) {
  const id = input.id ?? randomUUID();
  let path = `/${id}/`;
  let depth = 0;
  if (input.parentId) {
    const parent = await db.selectFrom('organisations').select(['path', 'depth']).where('id', '=', input.parentId).executeTakeFirstOrThrow();
    path = `${parent.path}${id}/`;
    depth = parent.depth + 1;
  }
  return db
    .insertInto('organisations')
    .values({
      id,
      code: input.code,
      kind: input.kind,
      tier: input.tier,
      parent_id: input.parentId,
      path,
      depth,
      name_th: input.nameTh,
      name_en: input.nameEn,
      abbreviation: input.abbreviation ?? null,
      country_code: input.countryCode ?? null,
      website: input.website ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Summary columns; child_count is kept by triggers (migration 0202). */
export function selectSummaries(db: Db) {
  return db
    .selectFrom('organisations as o')
    .select((_eb) => ['o.id', 'o.code', 'o.kind', 'o.tier', 'o.parent_id', 'o.name_th', 'o.name_en', 'o.abbreviation', 'o.child_count']);
}

type SummaryRow = {
  id: string;
  code: string;
  kind: OrganisationKind;
  tier: Tier;
  parent_id: string | null;
  name_th: string;
  name_en: string;
  abbreviation: string | null;
  child_count: number | null;
};

export const toSummary = (r: SummaryRow): OrganisationSummary => ({
  id: r.id,
  code: r.code,
  kind: r.kind,
  tier: r.tier,
  parentId: r.parent_id,
  nameTh: r.name_th,
  nameEn: r.name_en,
  abbreviation: r.abbreviation,
  childCount: Number(r.child_count ?? 0),
});

// exactly the expression of organisations_name_trgm_idx, or the index is not used
const searchExpression = sql<string>`o.name_th || ' ' || o.name_en || ' ' || o.code`;

const SORTS = { nameEn: 'o.name_en', nameTh: 'o.name_th', code: 'o.code' } as const;

/**
 * One page of organisations: the children of a parent (lazy tree), the roots, or the whole tree
 * when no parent is given. Each filter is served by an index: (parent_id, name_en) for children
 * in name order, the trigram index for `q` (the same expression as organisations_name_trgm_idx).
 */
export async function listOrganisations(db: Db, query: OrganisationsQuery): Promise<{ items: OrganisationSummary[]; total: number }> {
  const q = query.q?.trim();
  const filters = (eb: ExpressionBuilder<DB & { o: DB['organisations'] }, 'o'>) => {
    const conditions: Expression<SqlBool>[] = [];
    if (query.parent === 'root') conditions.push(eb('o.parent_id', 'is', null));
    else if (query.parent) conditions.push(eb('o.parent_id', '=', query.parent));
    if (query.kind) conditions.push(eb('o.kind', '=', query.kind));
    if (query.tier) conditions.push(eb('o.tier', '=', query.tier));
    if (q) conditions.push(eb(searchExpression, 'ilike', `%${likeEscape(q)}%`));
    return eb.and(conditions);
  };
  const total = await countOrganisations(db, query, filters);
  const sort = parseSort(query.sort, Object.keys(SORTS) as (keyof typeof SORTS)[], 'nameEn');
  // A search or a kind/tier filter across the whole tree must start from its matches (trigram
  // index, or a scan) and sort them. Ordering by a plain column would let the planner walk the
  // name index instead and filter row by row, hoping to fill the page early: with stale
  // statistics (PGlite runs no autovacuum) a rare match then reads all 100,000 rows. Sorting on
  // `name || ''` (same order, no index) keeps the plan predictable.
  const searching = !query.parent && (q || query.kind || query.tier);
  const orderKey = searching ? sql<string>`${sql.ref(SORTS[sort.field])} || ''` : sql.ref(SORTS[sort.field]);
  const rows = await selectSummaries(db).where(filters).orderBy(orderKey, sort.direction).orderBy('o.id').limit(query.limit).offset(query.offset).execute();
  return { items: rows.map(toSummary), total: Number(total) };
}

export async function findOrganisationRow(db: Db, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organisation's ancestors, root first, read from its materialised path. */
export async function findAncestors(db: Db, path: string, id: string): Promise<OrganisationRef[]> {
  const ids = path.split('/').filter((p) => p && p !== id);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisations').select(['id', 'name_th', 'name_en']).where('id', 'in', ids).orderBy('depth').execute();
  return rows.map((r) => ({ id: r.id, nameTh: r.name_th, nameEn: r.name_en }));
}

export async function findServedAreaCodes(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db.selectFrom('organisation_areas').select('area_code').where('organisation_id', '=', organisationId).orderBy('area_code').execute();
  return rows.map((r) => r.area_code);
}

export async function findOrganisationDetail(db: Db, id: string): Promise<OrganisationDetail | undefined> {
  const row = await findOrganisationRow(db, id);
  if (!row) return undefined;
  const [summary] = await selectSummaries(db).where('o.id', '=', id).execute();
  const [ancestors, areaCodes] = await Promise.all([findAncestors(db, row.path, id), findServedAreaCodes(db, id)]);
  return {
    ...toSummary(summary),
    version: row.version,
    countryCode: row.country_code,
    website: row.website,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    ancestors,
    areas: await findAreas(db, areaCodes),
  };
}

/** Replaces the set of areas an organisation serves. */
export async function replaceServedAreas(trx: Db, organisationId: string, areaCodes: string[]): Promise<void> {
  await trx.deleteFrom('organisation_areas').where('organisation_id', '=', organisationId).execute();
  const unique = [...new Set(areaCodes)];
  if (unique.length > 0) {
    await trx
      .insertInto('organisation_areas')
      .values(unique.map((code) => ({ organisation_id: organisationId, area_code: code })))
      .execute();
  }
}

/**
 * Moves an organisation's whole subtree (itself included) from `oldPath` to `newPath` in one
 * statement: every descendant's path keeps its tail and gets the new prefix.
 */
export async function rewriteSubtreePaths(trx: Db, oldPath: string, newPath: string, depthDelta: number): Promise<void> {
  await trx
    .updateTable('organisations')
    .set({
      path: sql<string>`${newPath} || substr(path, ${oldPath.length + 1})`,
      depth: sql<number>`depth + ${depthDelta}`,
    })
    .where('path', 'like', `${likeEscape(oldPath)}%`)
    .execute();
}

export async function codeInUse(db: Db, code: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('organisations').select('id').where('code', '=', code);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return !!(await query.executeTakeFirst());
}

/** The list total: kept counts when only the tree position filters (the common, cheap case). */
async function countOrganisations(
  db: Db,
  query: OrganisationsQuery,
  filters: (eb: ExpressionBuilder<DB & { o: DB['organisations'] }, 'o'>) => Expression<SqlBool>,
): Promise<number> {
  const onlyTree = !query.q?.trim() && !query.kind && !query.tier;
  if (onlyTree && !query.parent) {
    return Number((await db.selectFrom('organisation_stats').select('total').executeTakeFirstOrThrow()).total);
  }
  if (onlyTree && query.parent && query.parent !== 'root') {
    const parent = await db.selectFrom('organisations').select('child_count').where('id', '=', query.parent).executeTakeFirst();
    return parent?.child_count ?? 0;
  }
  const [{ total }] = await db
    .selectFrom('organisations as o')
    .where(filters)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute();
  return Number(total);
}
