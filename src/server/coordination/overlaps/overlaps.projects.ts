/**
 * Projects as the overlap engine sees them, loaded from the plans area by blocking in SQL: only
 * projects whose areas equal, enclose or lie within the probe's areas (DOPA codes nest by
 * prefix) and whose period overlaps it are read, never the whole table.
 */
import { createHash } from 'node:crypto';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { PlanStatus } from '../../plans/plans.tables.js';
import type { OverlapProject } from '../overlap/index.js';

/** Most projects one check or one area refresh reads (keeps a request bounded). */
export const MAX_PROJECTS = 3000;

export interface ProjectRow {
  id: string;
  title_th: string;
  title_en: string;
  description: string | null;
  area_codes: string[];
  function_codes: string[];
  /** the element's dates, or its plan's fiscal years when it has none */
  starts_on: string;
  ends_on: string;
  plan_id: string;
  plan_status: PlanStatus;
  plan_level_rank: number;
  owner_id: string;
  owner_path: string;
  owner_name_th: string;
  owner_name_en: string;
}

/** Every prefix of DOPA codes: '410101' → 41, 4101, 410101 (the areas enclosing it). */
export function areaPrefixes(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    if (!/^\d{2,}$/.test(code)) continue;
    for (let n = 2; n <= code.length; n += 2) out.add(code.slice(0, n));
  }
  return [...out];
}

/** Projects whose areas equal, enclose or lie within `codes` (same expressions as the migration's indexes). */
export function areaBlockSql(codes: readonly string[], element = 'e'): RawBuilder<SqlBool> {
  const own = codes.filter((c) => /^\d{2,}$/.test(c));
  const column = sql.ref(`${element}.area_codes`);
  return sql<SqlBool>`(${column} && ${sql.val(areaPrefixes(own))}::text[] or overlap_area_prefixes(${column}) && ${sql.val(own)}::text[])`;
}

const startSql = sql`coalesce(e.starts_on, make_date(p.fy_start - 544, 10, 1))`;
const endSql = sql`coalesce(e.ends_on, make_date(p.fy_end - 543, 9, 30))`;

export function periodBlockSql(start: string | undefined, end: string | undefined): RawBuilder<SqlBool> {
  const conditions: RawBuilder<unknown>[] = [];
  if (end) conditions.push(sql`${startSql} <= ${end}::date`);
  if (start) conditions.push(sql`${endSql} >= ${start}::date`);
  return conditions.length ? sql<SqlBool>`(${sql.join(conditions, sql` and `)})` : sql<SqlBool>`true`;
}

/** Projects of live plans matching every condition, at most MAX_PROJECTS. */
export async function loadProjects(db: Db, conditions: RawBuilder<unknown>[]): Promise<ProjectRow[]> {
  const where = [sql`e.kind = 'project'`, sql`p.status <> 'closed'`, sql`not p.is_reference`, ...conditions];
  const rows = await sql<ProjectRow>`
    select e.id, e.title_th, e.title_en, e.description, e.area_codes, e.function_codes,
      ${startSql}::text as starts_on, ${endSql}::text as ends_on,
      p.id as plan_id, p.status as plan_status, p.level_rank as plan_level_rank, p.owner_organisation_id as owner_id,
      o.path as owner_path, o.name_th as owner_name_th, o.name_en as owner_name_en
    from plan_elements e join plans p on p.id = e.plan_id join organisations o on o.id = p.owner_organisation_id
    where ${sql.join(where, sql` and `)}
    order by e.id
    limit ${MAX_PROJECTS}`.execute(db);
  return rows.rows;
}

export async function loadProjectsByIds(db: Db, ids: readonly string[]): Promise<ProjectRow[]> {
  if (ids.length === 0) return [];
  return loadProjects(db, [sql`e.id = any(${sql.val([...ids])}::uuid[])`]);
}

export function toOverlapProject(r: ProjectRow): OverlapProject {
  return {
    id: r.id,
    ownerId: r.owner_id,
    titleTh: r.title_th,
    titleEn: r.title_en,
    description: r.description ?? undefined,
    areaCodes: r.area_codes,
    functionCodes: r.function_codes,
    startDate: r.starts_on,
    endDate: r.ends_on,
  };
}

/** A hash of what makes a project what it is: a change here reopens its dismissed pairs. */
export function projectFingerprint(r: ProjectRow): string {
  const material = [r.title_th, r.title_en, r.description ?? '', [...r.area_codes].sort(), [...r.function_codes].sort(), r.starts_on, r.ends_on, r.owner_id];
  return createHash('sha256').update(JSON.stringify(material)).digest('hex').slice(0, 16);
}

/** Fingerprint of an ordered pair (a.id < b.id). */
export const pairFingerprint = (a: ProjectRow, b: ProjectRow) => `${projectFingerprint(a)}:${projectFingerprint(b)}`;
