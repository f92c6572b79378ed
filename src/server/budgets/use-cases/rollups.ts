import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { requireAnyScope, requireOrganisation } from '../../auth/policy.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { requireReadableElement } from '../../plans/plans.access.js';
import type { Amounts, ElementRollup } from '../budgets.schema.js';

/** The four baht sums, rounded to the satang only at the end (the weighted products are exact numeric). */
const sums = (alias: string, factor = sql`1`) => sql`
  round(coalesce(sum(${sql.ref(`${alias}.requested_thb`)} * ${factor}), 0), 2)::text as requested,
  round(coalesce(sum(${sql.ref(`${alias}.allocated_thb`)} * ${factor}), 0), 2)::text as allocated,
  round(coalesce(sum(${sql.ref(`${alias}.committed_thb`)} * ${factor}), 0), 2)::text as committed,
  round(coalesce(sum(${sql.ref(`${alias}.disbursed_thb`)} * ${factor}), 0), 2)::text as disbursed`;
const fyIs = (alias: string, fy?: number) => (fy ? sql`${sql.ref(`${alias}.fiscal_year`)} = ${fy}` : sql`true`);
const amounts = (r: Amounts): Amounts => ({ requested: r.requested, allocated: r.allocated, committed: r.committed, disbursed: r.disbursed });

/**
 * Everything below an element through the tree (weight 1) and incoming linkages (weight/100), with
 * the direct contributor each path starts from (`first`; null for the element itself).
 */
const downwardFrom = (elementId: string) => sql`with recursive down(first, via, weight, id, share) as (
    select null::uuid, null::text, null::numeric, ${elementId}::uuid, 1::numeric
    union all
    select coalesce(down.first, x.id), coalesce(down.via, x.via), coalesce(down.weight, x.weight), x.id, down.share * x.w
    from down join lateral (
      select c.id, 'child'::text as via, 100::numeric as weight, 1::numeric as w from plan_elements c where c.parent_id = down.id
      union all
      select l.source_element_id, 'linkage'::text, l.weight, l.weight * 0.01 from plan_linkages l where l.target_element_id = down.id
    ) x on true
  )`;

export function createRollups(db: Db) {
  return {
    /** total = own + Σ children's totals + Σ linked sources' totals × weight/100 (every path counted). */
    async elementRollup(actor: Actor | null, elementId: string, fy?: number): Promise<ElementRollup> {
      await requireReadableElement(db, actor, elementId);
      const total = await sql<Amounts>`${downwardFrom(elementId)}
        select ${sums('b', sql`d.share`)} from down d join budget_lines b on b.element_id = d.id and ${fyIs('b', fy)}`.execute(db);
      const own = await sql<Amounts>`select ${sums('b')} from budget_lines b where b.element_id = ${elementId} and ${fyIs('b', fy)}`.execute(db);
      const parts = await sql<
        Amounts & { id: string; via: 'child' | 'linkage'; weight: string; kind: string; code: string | null; title_th: string; title_en: string }
      >`
        ${downwardFrom(elementId)}, per_first as (
          select d.first, d.via, d.weight, ${sums('b', sql`d.share`)}
          from down d left join budget_lines b on b.element_id = d.id and ${fyIs('b', fy)}
          where d.first is not null group by d.first, d.via, d.weight
        )
        select e.id, p.via, p.weight::text as weight, e.kind, e.code, e.title_th, e.title_en, p.requested, p.allocated, p.committed, p.disbursed
        from per_first p join plan_elements e on e.id = p.first
        order by p.via, e.sort_order, e.title_en`.execute(db);
      return {
        elementId,
        fiscalYear: fy ?? null,
        own: amounts(own.rows[0]!),
        total: amounts(total.rows[0]!),
        parts: parts.rows.map((r) => ({
          elementId: r.id,
          via: r.via,
          weight: Number(r.weight),
          kind: r.kind,
          code: r.code,
          titleTh: r.title_th,
          titleEn: r.title_en,
          amounts: amounts(r),
        })),
      };
    },

    /** Lines of plans owned by the organisation (own) and by its whole subtree (total), and each child's subtree. */
    async organisationRollup(actor: Actor, organisationId: string, fy?: number) {
      const path = await requireOrganisation(db, actor, 'private.read', organisationId);
      const own = await sql<Amounts>`select ${sums('b')} from budget_lines b where b.organisation_id = ${organisationId} and ${fyIs('b', fy)}`.execute(db);
      const total = await sql<Amounts>`
        select ${sums('b')} from budget_lines b join organisations o on o.id = b.organisation_id
        where o.path like ${`${path}%`} and ${fyIs('b', fy)}`.execute(db);
      const children = await sql<Amounts & { id: string; name_th: string; name_en: string }>`
        select c.id, c.name_th, c.name_en, s.* from organisations c cross join lateral (
          select ${sums('b')} from budget_lines b join organisations o on o.id = b.organisation_id
          where o.path like c.path || '%' and ${fyIs('b', fy)}
        ) s where c.parent_id = ${organisationId} order by c.name_en`.execute(db);
      return {
        organisationId,
        fiscalYear: fy ?? null,
        own: amounts(own.rows[0]!),
        total: amounts(total.rows[0]!),
        children: children.rows.map((r) => ({ id: r.id, nameTh: r.name_th, nameEn: r.name_en, amounts: amounts(r) })),
      };
    },

    /** Lines of elements placed in the area or anywhere below it; a line in several places counts once per area. */
    async areaRollup(actor: Actor, areaCode: string, fy?: number) {
      requireAnyScope(actor, 'private.read');
      const area = await db.selectFrom('areas').select(['code', 'path']).where('code', '=', areaCode).executeTakeFirst();
      if (!area) throw new AppError('not_found');
      const within = (pathSql: ReturnType<typeof sql>) =>
        sql`exists (select 1 from areas a where a.code = any(e.area_codes) and a.path like ${pathSql} || '%')`;
      const total = await sql<Amounts>`
        select ${sums('b')} from budget_lines b join plan_elements e on e.id = b.element_id
        where ${within(sql`${area.path}`)} and ${fyIs('b', fy)}`.execute(db);
      const children = await sql<Amounts & { code: string; name_th: string; name_en: string }>`
        select c.code, c.name_th, c.name_en, s.* from areas c cross join lateral (
          select ${sums('b')} from budget_lines b join plan_elements e on e.id = b.element_id
          where ${within(sql`c.path`)} and ${fyIs('b', fy)}
        ) s where c.parent_code = ${areaCode} order by c.code`.execute(db);
      return {
        areaCode,
        fiscalYear: fy ?? null,
        total: amounts(total.rows[0]!),
        children: children.rows.map((r) => ({ id: r.code, nameTh: r.name_th, nameEn: r.name_en, amounts: amounts(r) })),
      };
    },
  };
}
